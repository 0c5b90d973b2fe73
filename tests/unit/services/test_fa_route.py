"""The Focused Assessment transition route: 12 months from the report date, in check and packet."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from isa_desktop import paths
from isa_desktop.services.application import Application
from isa_desktop.services.documents import build_packet

REPORT_DATE = dt.date(2025, 3, 31)
LAST_OPEN_DAY = dt.date(2026, 3, 31)  # twelve months after the report date
FA = {"eligibility.focused_assessment": "yes", "eligibility.fa_acceptable_risk": "yes",
      "eligibility.fa_report_date": REPORT_DATE.isoformat(),
      "eligibility.fa_reference": "FA 25-SEA-0317"}


@pytest.fixture
def fa_app(tmp_path: Path):
    """The sample importer's profile (no questionnaire) with an acceptable-risk assessment."""
    data = json.loads((paths.resources_dir() / "demo" / "answers_profile.json").read_text())
    answers = data.get("answers", data)
    app = Application.create(tmp_path / "fa.isa", "isa", who="tester")
    app.import_answers({k: v for k, v in {**answers, **FA}.items() if k in app.program.questions})
    yield app
    app.close()


def _packet_text(app: Application, out: Path, today: dt.date) -> str:
    build_packet(app, out, today=today)
    reader = PdfReader(str(out))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.mark.parametrize("today", [LAST_OPEN_DAY - dt.timedelta(days=30), LAST_OPEN_DAY])
def test_within_twelve_months_the_transition_route_is_taken(fa_app: Application, tmp_path: Path,
                                                            today: dt.date) -> None:
    report = fa_app.check(today)
    assert report.eligibility.route == "focused_assessment"
    fa = report.to_json()["eligibility"]["focused_assessment"]
    assert fa == {"route_open": True, "reference": "FA 25-SEA-0317",
                  "report_date": "2025-03-31", "window_closes": "2026-03-31",
                  "refused_because": None}
    text = _packet_text(fa_app, tmp_path / "open.pdf", today)
    assert "Focused Assessment transition to ISA" in text
    assert "FA 25-SEA-0317" in text
    assert "Transition window closes 2026-03-31" in text
    assert "not available" not in text


@pytest.mark.parametrize("today", [LAST_OPEN_DAY + dt.timedelta(days=1),
                                   LAST_OPEN_DAY + dt.timedelta(days=200)])
def test_after_twelve_months_the_route_is_refused_with_the_reason(
        fa_app: Application, tmp_path: Path, today: dt.date) -> None:
    report = fa_app.check(today)
    assert report.eligibility.route == "standard" and report.eligibility.eligible
    fa = report.to_json()["eligibility"]["focused_assessment"]
    assert fa["route_open"] is False
    assert "closed on 2026-03-31" in fa["refused_because"]
    text = _packet_text(fa_app, tmp_path / "closed.pdf", today)
    assert "Route Standard application" in text
    assert "The Focused Assessment transition route is not available" in text
    assert "closed on 2026-03-31" in text
    assert "Focused Assessment transition to ISA" not in text


def test_no_assessment_declared_says_nothing_about_it(fa_app: Application) -> None:
    fa_app.set_answer("eligibility.focused_assessment", "no")
    assert fa_app.check(LAST_OPEN_DAY).to_json()["eligibility"]["focused_assessment"] is None
