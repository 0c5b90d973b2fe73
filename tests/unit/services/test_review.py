"""Broker pre-certification review: round trip, evaluation report read back, comments resolved."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from isa_desktop.errors import AnswerError, UserError
from isa_desktop.services import review as rv
from isa_desktop.services.application import Application
from isa_desktop.services.demo import build_demo
from isa_desktop.services.preparer import Preparer, save_preparer
from isa_desktop.services.review_checklist import AREAS, load_checklist
from isa_desktop.services.review_report import build_review_report
from isa_desktop.services.summary import compute_summary

REVIEWER = Preparer("Marta Ruiz", "Northwind Customs Brokers", "NW4")
DAY = dt.date(2026, 5, 4)


@pytest.fixture
def client(tmp_path: Path):
    """The sample importer's file, open for writing."""
    app = Application.open(build_demo(tmp_path / "client.isa"))
    yield app
    app.close()


def _review_everything(app: Application) -> dict[str, tuple[str, str]]:
    """A finding on every item: every fourth needs work, with a comment."""
    rv.start_review(app, REVIEWER, today=DAY)
    expected = {}
    for number, item in enumerate(load_checklist("isa").items):
        finding = "needs_work" if number % 4 == 0 else (
            "not_applicable" if number % 7 == 0 else "meets")
        comment = f"Point {number}: see the reviewer's note <b>&amp;" if finding == \
            "needs_work" else ""
        rv.save_finding(app, item.id, finding, comment, today=DAY)
        expected[item.id] = (finding, comment)
    return expected


def test_checklist_covers_the_four_areas_in_both_languages() -> None:
    checklist = load_checklist("isa")
    assert 20 <= len(checklist.items) <= 30
    assert {item.area for item in checklist.items} == set(AREAS)
    assert all(item.text.get("fr-CA") and item.help.get("fr-CA") for item in checklist.items)


def test_round_trip_and_report_lists_every_finding(client: Application, tmp_path: Path) -> None:
    expected = _review_everything(client)
    assert client.file.meta("review_state") == rv.IN_REVIEW
    assert compute_summary(client, DAY)["review_state"] == rv.IN_REVIEW
    review = rv.complete_review(client, "ready_after_changes",
                                "A sound package; settle the open items first.", today=DAY)
    assert review.state == rv.COMPLETED and review.completed_on == DAY.isoformat()
    assert (review.reviewer, review.firm, review.filer_code) == (
        "Marta Ruiz", "Northwind Customs Brokers", "NW4")
    reopened = rv.current_review(client)
    assert {k: (f.finding, f.comment) for k, f in reopened.findings.items()} == expected
    assert json.loads(json.dumps(client.file.meta("summary")))["review_state"] == "completed"

    out = tmp_path / "report.pdf"
    result = build_review_report(client, out, today=DAY)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert result.pages == len(reader.pages)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(text.split())
    checklist = load_checklist("isa")
    for item in checklist.items:
        words = " ".join(item.text_in("en").split())
        assert words[:40] in flat, item.id  # every checked point is listed
    for _finding, comment in expected.values():
        if comment:
            assert " ".join(comment.split()) in flat  # printed literally, markup and all
    assert flat.count("Needs work") >= sum(1 for f, _ in expected.values() if f == "needs_work")
    assert "Ready once the open items are settled" in flat
    assert "Marta Ruiz" in flat and "NW4" in flat and "DRAFT" not in flat
    assert "ReviewerSignature" in (reader.get_fields() or {})


def test_comments_reach_the_question_and_are_resolved(client: Application) -> None:
    rv.start_review(client, REVIEWER, today=DAY)
    attachment = client.file.attachments()[0]
    rv.save_finding(client, "policies.manual", "needs_work", "Date the manual.",
                    reference=f"attachment:{attachment.id}", today=DAY)
    rv.save_finding(client, "completeness.ior_numbers", "needs_work", "Add the returns IOR.")
    beside = rv.comments(client, "company.ior_numbers")
    assert [c.text for c in beside] == ["Add the returns IOR."]
    on_document = rv.comments(client, attachment.question_id)
    assert [c.id for c in on_document] == ["policies.manual"]

    resolved = rv.mark_comment_addressed(client, "completeness.ior_numbers", today=DAY)
    assert resolved.addressed and resolved.addressed_on == DAY.isoformat()
    assert [c.id for c in rv.comments(client, open_only=True)] == ["policies.manual"]
    # Rewording the comment asks the importer again.
    rv.save_finding(client, "completeness.ior_numbers", "needs_work", "Add it to the MOU too.")
    assert not rv.comments(client, "company.ior_numbers")[0].addressed
    # Clearing the comment removes it from the importer's view.
    rv.save_finding(client, "completeness.ior_numbers", "meets", "")
    assert rv.comments(client, "company.ior_numbers") == []


def test_refusals(client: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UserError, match="Start the review"):
        rv.save_finding(client, "policies.manual", "meets")
    with pytest.raises(UserError, match="preparer"):
        rv.start_review(client)  # no preparer saved on this computer
    save_preparer(REVIEWER)
    assert rv.start_review(client).reviewer == "Marta Ruiz"
    with pytest.raises(AnswerError, match="not a finding"):
        rv.save_finding(client, "policies.manual", "great")
    with pytest.raises(AnswerError, match="not an item"):
        rv.save_finding(client, "policies.nothing", "meets")
    with pytest.raises(AnswerError, match="not a question"):
        rv.save_finding(client, "policies.manual", "meets", reference="company.nowhere")
    with pytest.raises(AnswerError, match="no attached document"):
        rv.save_finding(client, "policies.manual", "meets", reference="attachment:999")
    with pytest.raises(UserError, match="have no finding"):
        rv.complete_review(client, "ready", "Fine.")
    with pytest.raises(AnswerError):
        rv.mark_comment_addressed(client, "no-such-comment")


def test_cli_writes_the_report(client: Application, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    from isa_desktop.cli import run

    rv.start_review(client, REVIEWER, today=DAY)
    rv.save_finding(client, "policies.manual", "needs_work", "Date the manual.")
    path = client.path
    client.close()
    out = tmp_path / "cli-report.pdf"
    assert run(["review-report", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "DRAFT" in printed and out.is_file()
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(out)).pages)
    assert "Date the manual." in " ".join(text.split())
