"""How identifiers are shown on screen: SSN-shaped numbers keep only their last four digits."""

from __future__ import annotations

from typing import Any

from isa_desktop.domain.identifiers import IorNumber, mask_identifiers_in
from isa_desktop.formspec import Question

MASKED_VALIDATORS = frozenset({"ior", "ssn"})


def needs_mask(question: Question) -> bool:
    """Whether the question may hold a Social Security number."""
    return question.validator in MASKED_VALIDATORS


def masked(text: str) -> str:
    """``text`` with any SSN masked; other identifiers pass through unchanged."""
    try:
        return IorNumber.parse(text).masked
    except ValueError:
        return mask_identifiers_in(text)


def display_text(question: Question, value: Any, language: str = "en") -> str:
    """A stored value as a short text for tables and summaries."""
    if value is None:
        return ""
    if question.type in ("choice", "yesno") and question.choices:
        return question.choice_label(str(value), language)
    if question.type == "yesno":
        return {"yes": _t("Yes", "Oui", language), "no": _t("No", "Non", language),
                "na": _t("N/A", "S.O.", language)}.get(str(value), str(value))
    if question.type == "multichoice" and isinstance(value, list):
        return ", ".join(question.choice_label(str(v), language) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return masked(text) if needs_mask(question) else text


def _t(english: str, french: str, language: str) -> str:
    return french if language.startswith("fr") else english
