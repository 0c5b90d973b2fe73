"""Which required answers are missing, per form and overall.

Works on the *answers view*: stored answers plus, for attachment questions, the number of
attached documents (so conditions and completeness treat a document as an answer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from isa_desktop.domain.findings import Finding, cell_question
from isa_desktop.formspec.models import Question
from isa_desktop.formspec.program import Program
from isa_desktop.formspec.values import is_empty, validation_problems


@dataclass
class FormProgress:
    """Required answers given and expected in one form."""

    form_id: str
    answered: int = 0
    required: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        """Share of required answers given (100 when nothing is required)."""
        return 100.0 if self.required == 0 else round(100.0 * self.answered / self.required, 1)


def cell_findings(question: Question, rows: list[dict[str, Any]]) -> list[Finding]:
    """Missing required cells and cells failing their column's validator."""
    findings = []
    for index, row in enumerate(rows):
        for column in question.columns or []:
            path = cell_question(question.id, index, column.id)
            value = row.get(column.id) if isinstance(row, dict) else None
            if column.required and is_empty(value):
                findings.append(Finding(
                    code="required", question=path,
                    message=f"{question.label.en}, row {index + 1}: {column.label.en} is "
                    "required."))
            for code, message in validation_problems(column, value):
                findings.append(Finding(code=code, question=path,
                                        message=f"{question.label.en}, row {index + 1}: "
                                        f"{message}"))
    return findings


def _is_answered(question: Question, value: Any) -> bool:
    if question.type == "table":
        rows = value if isinstance(value, list) else []
        return len(rows) >= max(question.min_rows or 1, 1)
    return not is_empty(value)


def progress(program: Program, view: Mapping[str, Any]) -> dict[str, FormProgress]:
    """Per visible form: how many required answers are given."""
    result: dict[str, FormProgress] = {}
    for form in program.forms:
        if not program.form_visible(form, view):
            continue
        item = FormProgress(form.id)
        for question in form.questions():
            if program.is_required(question, view):
                item.required += 1
                if _is_answered(question, view.get(question.id)):
                    item.answered += 1
                else:
                    item.missing.append(question.id)
        result[form.id] = item
    return result


def overall_percent(items: Mapping[str, FormProgress]) -> float:
    """Share of all required answers given, across forms."""
    required = sum(item.required for item in items.values())
    answered = sum(item.answered for item in items.values())
    return 100.0 if required == 0 else round(100.0 * answered / required, 1)


def _required_message(program: Program, question: Question) -> str:
    """Say what is missing in words that name the question the user sees."""
    if question.follow_up_of and (parent := program.questions.get(question.follow_up_of)):
        if question.id.endswith(".narrative"):
            return f"{parent.label.en} You answered yes: describe how the control works."
        return f"{parent.label.en} You answered no: give the remediation plan (what, who, when)."
    if question.type == "attachment":
        return f"{question.label.en}: attach at least one document."
    label = question.label.en
    if label.endswith("?"):  # "…written down?: an answer…" reads badly after a question
        return f"{label} An answer is required."
    return f"{label}: an answer is required."


def answer_findings(program: Program, view: Mapping[str, Any]) -> list[Finding]:
    """Missing required answers and values failing their validators, in page order."""
    findings: list[Finding] = []
    for question in program.visible_questions(view):
        value = view.get(question.id)
        if program.is_required(question, view) and not _is_answered(question, value):
            findings.append(Finding(code="required", question=question.id,
                                    message=_required_message(program, question)))
        if question.type == "table" and isinstance(value, list):
            findings.extend(cell_findings(question, value))
            continue
        for code, message in validation_problems(question, value):
            findings.append(Finding(code=code, message=message, question=question.id))
    return findings
