"""The evaluation report of a pre-certification review: filled from the file and written out."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from isa_desktop.errors import FileLocked
from isa_desktop.pdf.assemble import BuildResult
from isa_desktop.pdf.review_report import (
    AreaFindings,
    FindingRow,
    OpenItem,
    ReviewReportData,
    render_review_report,
)
from isa_desktop.services import review as rv
from isa_desktop.services.documents import _remember, _write
from isa_desktop.services.summary import ior_numbers

if TYPE_CHECKING:
    from isa_desktop.services.application import Application


def _reference_text(app: Application, reference: str, lang: str) -> str:
    """A reference as a reader recognises it: the question's label or the document's name."""
    if not reference:
        return "—"
    if reference.startswith(rv.ATTACHMENT_PREFIX):
        number = reference[len(rv.ATTACHMENT_PREFIX):]
        found = next((a for a in app.file.attachments() if str(a.id) == number), None)
        return f"Document: {found.filename}" if found else f"Document {number} (removed)"
    question = app.program.questions.get(app.program.base_question_id(reference))
    return f"{question.label.get(lang)} ({reference})" if question else reference


def report_data(app: Application, lang: str = "en",
                today: dt.date | None = None) -> ReviewReportData:
    """The report's data object from the review stored in ``app``."""
    review = rv.current_review(app)
    checklist = rv.checklist_for(app)
    answers = app.answers()
    areas: list[AreaFindings] = []
    open_items: list[OpenItem] = []
    counts = dict.fromkeys(rv.FINDING_LABELS.values(), 0)
    comments = {c.id: c for c in rv.comments(app)}
    for area in checklist.areas:
        rows = []
        for item in (i for i in checklist.items if i.area == area):
            found = review.finding(item.id)
            label = rv.FINDING_LABELS.get(found.finding, "Not reviewed") if found else \
                "Not reviewed"
            reference = _reference_text(app, found.reference if found else "", lang)
            rows.append(FindingRow(item.text_in(lang), label, reference,
                                   found.comment if found else ""))
            if found:
                counts[label] = counts.get(label, 0) + 1
            if found and found.finding == "needs_work":
                comment = comments.get(item.id)
                status = "Marked addressed" if comment and comment.addressed else "Open"
                open_items.append(OpenItem(item.text_in(lang), found.comment or "—", reference,
                                           status))
        areas.append(AreaFindings(checklist.area_title(area, lang), rows))
    reviewer = review.reviewer
    firm = review.firm + (f" (filer code {review.filer_code})" if review.filer_code else "")
    facts = [("Importer", str(answers.get("company.legal_name") or "Not given")),
             ("Importer of Record numbers", ", ".join(n.normalized for n in
                                                      ior_numbers(answers)) or "None listed"),
             ("Reviewer", ", ".join(p for p in (reviewer, firm) if p) or "Not recorded"),
             ("Review started", review.started_on or "Not started"),
             ("Review completed", review.completed_on or "Not completed"),
             ("Checklist", f"{checklist.title.get('en', '')} version "
                           f"{review.checklist_version or checklist.version}")]
    return ReviewReportData(
        company_name=str(answers.get("company.legal_name") or "Company name not given"),
        facts=facts, opinion=rv.OPINION_LABELS.get(review.opinion, "No opinion given yet"),
        summary=review.summary, areas=areas, open_items=open_items, reviewer=reviewer,
        reviewer_firm=firm, date=(today or dt.date.today()).isoformat(),
        draft=review.state != rv.COMPLETED, counts={k: v for k, v in counts.items() if v})


def build_review_report(app: Application, out_path: Path, lang: str = "en",
                        today: dt.date | None = None) -> BuildResult:
    """Write the evaluation report PDF to ``out_path`` (DRAFT until the review is completed)."""
    data = report_data(app, lang, today)
    pdf, pages = render_review_report(data)
    result = BuildResult(pdf, pages)
    _write(Path(out_path), pdf)
    _remember(app, "review_report", result, "draft" if data.draft else None)
    return result


def review_report_cli(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """``isa-desktop review-report FILE -o OUT.pdf``."""
    from isa_desktop.services.application import Application

    output = Path(args.output)
    try:
        app = Application.open(Path(args.file))
    except FileLocked:  # open in the window: build from a read-only view instead
        app = Application.open(Path(args.file), read_only=True)
    with app:
        result = build_review_report(app, output)
        state = rv.current_review(app).state
    out(f"Wrote {output} ({result.pages} pages).")
    if state != rv.COMPLETED:
        out("Note: the review is not completed; the report is marked DRAFT.")
    return 0
