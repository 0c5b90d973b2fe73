"""The annual letter reports real business changes, not the first filling-in of the file."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from isa_desktop.services.application import Application
from isa_desktop.services.demo import build_demo
from isa_desktop.services.documents import build_anl


def _letter_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_letter_lists_changed_answers_and_skips_first_answers(tmp_path: Path) -> None:
    demo = build_demo(tmp_path / "demo.isa")
    with Application.open(demo) as app:
        app.set_answer("company.employees", 52)
        build_anl(app, 2026, tmp_path / "anl.pdf")
    text = _letter_text(tmp_path / "anl.pdf")
    changes = text[text.index("Changes to the business"):text.index("Summary of self-testing")]
    assert "Northline Border Services" in changes  # a broker added after the first entry
    assert "84-3927715-01" in changes  # the Canadian division's IOR number
    assert "Number of employees" in changes and "52" in changes
    assert "Legal name" not in changes  # answered once: filling in, not a change
    assert "since 2025-04-01" in text  # the acceptance date starts the first period
    summary = text[text.index("Summary of self-testing"):]
    assert "Classification" in summary and "{" not in summary  # names and counts, not records
