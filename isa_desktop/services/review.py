"""Broker pre-certification review of a client's file: findings, comments and the review state.

An accredited broker works through the checklist (``review_checklist``), records a finding per
item and closes the review with a summary opinion. Everything is kept in the client's own file
as records (``review`` / ``review_item`` / ``review_comment``); the state sits in the file's meta
(``review_state``) where the broker dashboard reads it. A finding with a comment becomes a
comment the importer sees beside the question it concerns, and marks addressed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from isa_desktop.errors import AnswerError, UserError
from isa_desktop.services.preparer import Preparer, load_preparer
from isa_desktop.services.review_checklist import Checklist, ChecklistItem, load_checklist

if TYPE_CHECKING:
    from isa_desktop.services.application import Application

STATE_META = "review_state"
IN_REVIEW, COMPLETED = "in_review", "completed"
FINDINGS = ("meets", "needs_work", "not_applicable")
FINDING_LABELS = {"meets": "Meets", "needs_work": "Needs work",
                  "not_applicable": "Not applicable"}
OPINIONS = ("ready", "ready_after_changes", "not_ready")
OPINION_LABELS = {"ready": "Ready to present to CBP",
                  "ready_after_changes": "Ready once the open items are settled",
                  "not_ready": "Not ready to present to CBP"}
ATTACHMENT_PREFIX = "attachment:"
_KEY = "current"
MAX_COMMENT = 4000


@dataclass(frozen=True)
class ItemFinding:
    """The reviewer's finding on one checklist item."""

    item_id: str
    finding: str
    comment: str = ""
    reference: str = ""
    updated_on: str = ""


@dataclass(frozen=True)
class ReviewComment:
    """A review comment shown to the importer beside the question it concerns (``question_id``
    empty: a general comment, shown on the Overview)."""

    id: str
    question_id: str
    text: str
    reviewer: str
    created_on: str
    finding: str = ""
    addressed: bool = False
    addressed_on: str = ""


@dataclass(frozen=True)
class Review:
    """The review of one file: who reviews, since when, the opinion and every finding."""

    state: str = ""  # "" (never reviewed) | in_review | completed
    reviewer: str = ""
    firm: str = ""
    filer_code: str = ""
    started_on: str = ""
    completed_on: str = ""
    opinion: str = ""
    summary: str = ""
    checklist_version: int = 0
    findings: dict[str, ItemFinding] | None = None

    def finding(self, item_id: str) -> ItemFinding | None:
        """The finding on ``item_id`` (None while the item has none)."""
        return (self.findings or {}).get(item_id)


def checklist_for(app: Application) -> Checklist:
    """The checklist the file's program uses."""
    return load_checklist(app.program.id)


def current_review(app: Application) -> Review:
    """The review stored in the file (an empty one when the file was never reviewed)."""
    data = app.file.record("review", _KEY) or {}
    findings = {key: ItemFinding(key, str(r.get("finding") or ""), str(r.get("comment") or ""),
                                 str(r.get("reference") or ""), str(r.get("updated_on") or ""))
                for key, r in app.file.records("review_item").items()}
    return Review(state=str(app.file.meta(STATE_META) or ""),
                  **{k: str(data.get(k) or "") for k in (
                      "reviewer", "firm", "filer_code", "started_on", "completed_on",
                      "opinion", "summary")},
                  checklist_version=int(data.get("checklist_version") or 0),
                  findings=findings)


def start_review(app: Application, reviewer: Preparer | None = None,
                 today: dt.date | None = None) -> Review:
    """Open (or reopen) the review under the preparer's name; findings already made stay."""
    reviewer = reviewer or load_preparer()
    if reviewer.empty:
        raise UserError("Enter your name as the preparer first, so the review records who "
                        "made it.")
    day = (today or dt.date.today()).isoformat()
    current = current_review(app)
    keep = current.state == IN_REVIEW and current.started_on
    app.file.put_record("review", _KEY, {
        "reviewer": reviewer.name, "firm": reviewer.firm, "filer_code": reviewer.filer_code,
        "started_on": current.started_on if keep else day, "completed_on": None,
        "opinion": current.opinion or None, "summary": current.summary,
        "checklist_version": checklist_for(app).version})
    _set_state(app, IN_REVIEW)
    return current_review(app)


def _require_open(app: Application) -> Review:
    review = current_review(app)
    if review.state != IN_REVIEW:
        raise UserError("Start the review first; findings are recorded only while a review "
                        "is open.")
    return review


def _item(app: Application, item_id: str) -> ChecklistItem:
    item = checklist_for(app).item(item_id)
    if item is None:
        raise AnswerError(f"{item_id} is not an item of the review checklist.")
    return item


def check_reference(app: Application, reference: str) -> str:
    """The question a reference points at; ``AnswerError`` when it points at nothing."""
    if reference.startswith(ATTACHMENT_PREFIX):
        number = reference[len(ATTACHMENT_PREFIX):]
        found = next((a for a in app.file.attachments() if str(a.id) == number), None)
        if found is None:
            raise AnswerError(f"There is no attached document number {number} in this file.")
        return found.question_id
    base = app.program.base_question_id(reference)
    if base not in app.program.questions:
        raise AnswerError(f"{reference} is not a question of this application.")
    return base


def save_finding(app: Application, item_id: str, finding: str, comment: str = "",
                 reference: str | None = None, today: dt.date | None = None) -> ItemFinding:
    """Record the finding on one item; ``reference`` None takes the item's default question."""
    review = _require_open(app)
    item = _item(app, item_id)
    if finding not in FINDINGS:
        raise AnswerError(f"{finding!r} is not a finding; use one of {', '.join(FINDINGS)}.")
    comment = comment.strip()[:MAX_COMMENT]
    reference = (item.refers_to or "") if reference is None else reference.strip()
    question = check_reference(app, reference) if reference else ""
    day = (today or dt.date.today()).isoformat()
    app.file.put_record("review_item", item_id, {"finding": finding, "comment": comment,
                                                 "reference": reference, "updated_on": day})
    _sync_comment(app, item_id, question, comment, finding, review.reviewer, day)
    return ItemFinding(item_id, finding, comment, reference, day)


def _sync_comment(app: Application, item_id: str, question: str, comment: str, finding: str,
                  reviewer: str, day: str) -> None:
    """Keep the importer-facing comment in step with the finding's comment and reference."""
    old = app.file.record("review_comment", item_id)
    if not comment:
        if old is not None:
            app.file.delete_record("review_comment", item_id)
        return
    same = old is not None and old.get("text") == comment and old.get("question") == question
    app.file.put_record("review_comment", item_id, {
        "question": question, "text": comment, "finding": finding, "reviewer": reviewer,
        "created_on": old.get("created_on", day) if same and old else day,
        # A reworded comment asks again: the importer's earlier "addressed" no longer holds.
        "addressed": bool(old.get("addressed")) if same and old else False,
        "addressed_on": old.get("addressed_on") if same and old else None})


def complete_review(app: Application, opinion: str, summary: str,
                    today: dt.date | None = None) -> Review:
    """Close the review with a summary opinion once every item has a finding."""
    _require_open(app)
    if opinion not in OPINIONS:
        raise AnswerError(f"{opinion!r} is not an opinion; use one of {', '.join(OPINIONS)}.")
    if not summary.strip():
        raise UserError("Write the summary opinion before completing the review.")
    review = current_review(app)
    missing = [i.id for i in checklist_for(app).items if review.finding(i.id) is None]
    if missing:
        raise UserError(f"{len(missing)} checklist item(s) have no finding yet, the first "
                        f"being {missing[0]}.")
    data = dict(app.file.record("review", _KEY) or {})
    data.update(opinion=opinion, summary=summary.strip()[:MAX_COMMENT],
                completed_on=(today or dt.date.today()).isoformat())
    app.file.put_record("review", _KEY, data)
    _set_state(app, COMPLETED)
    return current_review(app)


def comments(app: Application, question_id: str | None = None,
             open_only: bool = False) -> list[ReviewComment]:
    """Review comments (for one question, or all), in checklist order."""
    records = app.file.records("review_comment")
    if not records:  # the usual case: no checklist to load
        return []
    order = {item.id: n for n, item in enumerate(checklist_for(app).items)}
    found = [_comment(key, data) for key, data in records.items()]
    found = [c for c in found if (question_id is None or c.question_id == question_id)
             and not (open_only and c.addressed)]
    return sorted(found, key=lambda c: (order.get(c.id, len(order)), c.id))


def _comment(key: str, data: dict[str, Any]) -> ReviewComment:
    return ReviewComment(key, str(data.get("question") or ""), str(data.get("text") or ""),
                         str(data.get("reviewer") or ""), str(data.get("created_on") or ""),
                         str(data.get("finding") or ""), bool(data.get("addressed")),
                         str(data.get("addressed_on") or ""))


def mark_comment_addressed(app: Application, comment_id: str, addressed: bool = True,
                           today: dt.date | None = None) -> ReviewComment:
    """The importer marks a review comment addressed (or open again)."""
    data = app.file.record("review_comment", comment_id)
    if data is None:
        raise AnswerError(f"There is no review comment {comment_id}.")
    data.update(addressed=addressed,
                addressed_on=(today or dt.date.today()).isoformat() if addressed else None)
    app.file.put_record("review_comment", comment_id, data)
    return _comment(comment_id, data)


def reference_choices(app: Application, lang: str = "en") -> list[tuple[str, str]]:
    """(reference, label) pairs a finding may point at: questions, then attached documents."""
    choices = [(q.id, f"{q.id} — {q.label.get(lang)}")
               for q in app.program.questions.values() if not q.follow_up_of]
    choices += [(f"{ATTACHMENT_PREFIX}{a.id}", f"Attachment: {a.filename} ({a.question_id})")
                for a in app.file.attachments()]
    return choices


def _set_state(app: Application, state: str) -> None:
    app.file.set_meta(STATE_META, state)
    from isa_desktop.services.summary import store_summary

    try:  # the dashboard shows the state; a stale summary is refreshed on the next close
        store_summary(app)
    except UserError:
        pass
