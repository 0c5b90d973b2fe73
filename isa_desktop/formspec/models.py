"""Typed models of the form files under ``forms/`` (validated with pydantic at load)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from isa_desktop.formspec.expr import Expression, parse_expression

LANGUAGES = ("en", "fr-CA")
QuestionType = Literal[
    "text", "textarea", "yesno", "choice", "multichoice", "date", "integer", "decimal",
    "money", "percent", "email", "phone", "table", "attachment",
]
NUMERIC_TYPES = frozenset({"integer", "decimal", "money", "percent"})
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
COLUMN_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class Localized(BaseModel):
    """A text in English and Canadian French; English is required, French expected."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)
    en: str
    fr_ca: str | None = Field(default=None, alias="fr-CA")

    def get(self, lang: str = "en") -> str:
        """The text in ``lang``, falling back to English."""
        if lang.lower().startswith("fr") and self.fr_ca:
            return self.fr_ca
        return self.en


def _localized(value: Any) -> Any:
    """Allow a plain string where a localized text is expected (English only)."""
    return {"en": value} if isinstance(value, str) else value


class Choice(BaseModel):
    """One option of a ``choice`` or ``multichoice`` question."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    value: str
    label: Localized

    _loc = field_validator("label", mode="before")(_localized)


class Question(BaseModel):
    """One question (or one column of a table question)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    type: QuestionType
    label: Localized
    help: Localized | None = None
    required: bool = False
    visible_if: str | None = None
    required_if: str | None = None
    validator: str | None = None
    example: Any = None
    choices: list[Choice] | None = None
    columns: list[Question] | None = None
    min_rows: int | None = None
    max_rows: int | None = None
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    tags: list[str] = Field(default_factory=list)
    reference: str | None = None
    control: bool = False
    narrative_label: Localized | None = None
    narrative_help: Localized | None = None
    remediation_label: Localized | None = None
    remediation_help: Localized | None = None
    # Filled in by the loader, never written in a form file.
    form_id: str = ""
    section_id: str = ""
    follow_up_of: str | None = None

    _loc = field_validator(
        "label", "help", "narrative_label", "narrative_help", "remediation_label",
        "remediation_help", mode="before",
    )(_localized)

    @cached_property
    def visible_expr(self) -> Expression | None:
        """The parsed ``visible_if`` (None when always visible)."""
        return parse_expression(self.visible_if) if self.visible_if else None

    @cached_property
    def required_expr(self) -> Expression | None:
        """The parsed ``required_if``."""
        return parse_expression(self.required_if) if self.required_if else None

    @property
    def text_limit(self) -> int:
        """Longest text accepted for text-like types."""
        if self.max_length:
            return self.max_length
        return 20000 if self.type == "textarea" else 500

    def choice_label(self, value: str, lang: str = "en") -> str:
        """The label of choice ``value`` (the value itself if unknown)."""
        for choice in self.choices or []:
            if choice.value == value:
                return choice.label.get(lang)
        return value

    def column(self, column_id: str) -> Question | None:
        """A table column by its bare id."""
        return next((c for c in self.columns or [] if c.id == column_id), None)


class Section(BaseModel):
    """A titled group of questions within a form."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: Localized
    help: Localized | None = None
    questions: list[Question]

    _loc = field_validator("title", "help", mode="before")(_localized)


class Form(BaseModel):
    """One form file: a page of the application."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: Localized
    version: int
    nav: str
    description: Localized | None = None
    visible_if: str | None = None
    sections: list[Section]
    source: str = ""

    _loc = field_validator("title", "description", mode="before")(_localized)

    @cached_property
    def visible_expr(self) -> Expression | None:
        """The parsed form-level ``visible_if``."""
        return parse_expression(self.visible_if) if self.visible_if else None

    def questions(self) -> list[Question]:
        """Every question of the form in order (follow-ups included)."""
        return [q for section in self.sections for q in section.questions]


class ProgramHeader(BaseModel):
    """``program.yaml``: the program's identity and the order of its form files."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: Localized
    version: int
    forms: list[str]
    description: Localized | None = None

    _loc = field_validator("title", "description", mode="before")(_localized)
