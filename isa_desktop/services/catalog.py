"""The question bank as data for ``forms --json`` (PRODUCT §9 shape)."""

from __future__ import annotations

from typing import Any

from isa_desktop.formspec import Program, Question, load_program


def question_json(question: Question, lang: str, prefix: str = "") -> dict[str, Any]:
    """One question in the ``forms --json`` shape."""
    data: dict[str, Any] = {
        "id": question.id[len(prefix):] if prefix else question.id,
        "type": question.type,
        "label": question.label.get(lang),
        "help": question.help.get(lang) if question.help else None,
        "required": question.required,
        "visible_if": question.visible_if,
        "required_if": question.required_if,
        "validator": question.validator,
        "choices": [{"value": c.value, "label": c.label.get(lang)} for c in question.choices]
        if question.choices else None,
        "example": question.example,
        "tags": list(question.tags),
        "reference": question.reference,
    }
    if question.follow_up_of:
        data["follow_up_of"] = question.follow_up_of
    if question.type == "table":
        data["columns"] = [question_json(c, lang) for c in question.columns or []]
    return data


def forms_document(program_id: str = "isa", lang: str = "en") -> dict[str, Any]:
    """Every form of a program with its sections and questions."""
    program: Program = load_program(program_id)
    return {
        "program": program.id,
        "title": program.header.title.get(lang),
        "version": program.header.version,
        "forms": [
            {"id": form.id, "title": form.title.get(lang), "version": form.version,
             "nav": form.nav, "visible_if": form.visible_if,
             "sections": [
                 {"id": section.id, "title": section.title.get(lang),
                  "questions": [question_json(q, lang) for q in section.questions]}
                 for section in form.sections]}
            for form in program.forms
        ],
    }
