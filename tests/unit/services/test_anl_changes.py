"""The annual letter reports real business changes, not the first filling-in of the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber

from isa_desktop.domain.deadlines import next_anl_due
from isa_desktop.services.application import Application
from isa_desktop.services.demo import build_demo
from isa_desktop.services.documents import build_anl

#: The demo importer's acceptance date (``account.accepted_on``).
ACCEPTED = dt.date(2025, 4, 1)


def _letter_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_letter_lists_changed_answers_and_skips_first_answers(tmp_path: Path) -> None:
    # The change log is stamped with the real clock: the letter whose period holds today is
    # the next one due (for the demo's fictional today, 2026-12-02, the one due 2027-05-01).
    due = next_anl_due(ACCEPTED, dt.date.today())
    demo = build_demo(tmp_path / "demo.isa")
    with Application.open(demo) as app:
        app.set_answer("company.employees", 52)
        build_anl(app, due.year, tmp_path / "anl.pdf")
    text = _letter_text(tmp_path / "anl.pdf")
    changes = text[text.index("Changes to the business"):text.index("Summary of self-testing")]
    assert "Northline Border Services" in changes  # a broker added after the first entry
    assert "84-3927715-01" in changes  # the Canadian division's IOR number
    assert "Number of employees" in changes and "52" in changes
    assert "Legal name" not in changes  # answered once: filling in, not a change
    start = due.replace(year=due.year - 1) if due.year > 2026 else ACCEPTED
    flat = " ".join(text.split())
    assert f"period from {start.isoformat()} to {due.isoformat()}" in flat
    summary = text[text.index("Summary of self-testing"):]
    assert "Classification" in summary and "{" not in summary  # names and counts, not records
