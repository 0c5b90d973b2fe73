"""A loaded program: its forms and every question, with visibility and requirement rules."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from isa_desktop.formspec.models import Form, ProgramHeader, Question

_ROW_PATH = re.compile(r"^(?P<table>[a-z0-9_.]+)\[(?P<row>\d+)\]\.(?P<column>[a-z0-9_]+)$")


class Program:
    """A program profile (``forms/<id>/``): forms in order and questions by id."""

    def __init__(self, header: ProgramHeader, forms: list[Form], folder: Path) -> None:
        self.header = header
        self.forms = forms
        self.folder = folder
        self.questions: dict[str, Question] = {
            q.id: q for form in forms for q in form.questions()
        }
        self._forms_by_id = {form.id: form for form in forms}

    @property
    def id(self) -> str:
        """The program id (``isa``)."""
        return self.header.id

    def form(self, form_id: str) -> Form:
        """A form by id (KeyError if unknown)."""
        return self._forms_by_id[form_id]

    def all_questions(self) -> list[Question]:
        """Every question of every form, in page order."""
        return list(self.questions.values())

    def form_versions(self) -> dict[str, int]:
        """Each form's version, stored in the file so answers remember what they answered."""
        return {form.id: form.version for form in self.forms}

    def question(self, question_id: str) -> Question | None:
        """A question by id, or a table column addressed as ``table[0].column``."""
        found = self.questions.get(question_id)
        if found is not None:
            return found
        match = _ROW_PATH.match(question_id)
        if match and (table := self.questions.get(match["table"])) is not None:
            return table.column(match["column"])
        return None

    def base_question_id(self, path: str) -> str:
        """``company.ior_numbers[0].number`` → ``company.ior_numbers``; ids pass through."""
        match = _ROW_PATH.match(path)
        return match["table"] if match else path

    def form_visible(self, form: Form, answers: Mapping[str, Any]) -> bool:
        """Whether the whole form applies (e.g. ISA-PS only when opted in)."""
        return form.visible_expr is None or form.visible_expr.evaluate(answers)

    def is_visible(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """Whether the question is shown for these answers."""
        form = self._forms_by_id.get(question.form_id)
        if form is not None and not self.form_visible(form, answers):
            return False
        return question.visible_expr is None or question.visible_expr.evaluate(answers)

    def is_required(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """Whether an answer is needed: visible and required (or its ``required_if`` holds)."""
        if not self.is_visible(question, answers):
            return False
        if question.required:
            return True
        return question.required_expr is not None and question.required_expr.evaluate(answers)

    def visible_questions(self, answers: Mapping[str, Any]) -> Iterator[Question]:
        """The questions shown for these answers, in order."""
        return (q for q in self.questions.values() if self.is_visible(q, answers))
