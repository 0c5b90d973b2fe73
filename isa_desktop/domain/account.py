"""The account as CBP manages it: what it groups, its center, its account manager, benefits.

An account is an importer (one or more Importer of Record numbers) or a customs broker (one or
more filer codes). CBP gives each member a National Account Manager inside one of the ten
Centers of Excellence and Expertise. The center shown is the one CBP assigned; before that,
the one the importer chose, else a suggestion from the tariff numbers of its main products.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from isa_desktop.domain.cee import CEES, suggest_cee

KINDS = ("importer", "broker")


@dataclass(frozen=True)
class AccountInfo:
    """Everything a compliance officer looks for about the account, as plain text."""

    kind: str  # importer | broker
    identifiers: list[tuple[str, str]]  # (IOR number or filer code, entity or firm)
    manager_name: str = ""
    manager_email: str = ""
    manager_phone: str = ""
    cee_id: str = ""
    cee_name: str = ""
    cee_city: str = ""
    cee_source: str = ""  # assigned | chosen | suggested | "" (none known)
    cee_reason: str = ""
    benefits: list[str] = field(default_factory=list)  # benefit values (account.benefits)
    accepted_on: str = ""

    @property
    def identifier_label(self) -> str:
        """What the identifiers are called."""
        return "Filer codes" if self.kind == "broker" else "Importer of Record numbers"

    @property
    def manager_line(self) -> str:
        """Name, email and phone of the account manager on one line ('' when unknown)."""
        return " · ".join(p for p in (self.manager_name, self.manager_email,
                                      self.manager_phone) if p)

    @property
    def cee_line(self) -> str:
        """The center with its city and where it comes from ('' when none is known)."""
        if not self.cee_id:
            return ""
        source = {"assigned": "assigned by CBP", "chosen": "chosen by the importer",
                  "suggested": "suggested from your main products"}[self.cee_source]
        return f"{self.cee_name} ({self.cee_city}) — {source}"


def _text(answers: Mapping[str, Any], key: str) -> str:
    value = answers.get(key)
    return "" if value is None else str(value).strip()


def _rows(answers: Mapping[str, Any], key: str, number: str, name: str) -> list[tuple[str, str]]:
    rows = answers.get(key)
    return [(str(r.get(number) or "").strip(), str(r.get(name) or "").strip())
            for r in rows if isinstance(r, Mapping) and r.get(number)] \
        if isinstance(rows, list) else []


def _center(answers: Mapping[str, Any]) -> tuple[str, str, str]:
    """(center id, source, reason): CBP's assignment, else the choice, else the suggestion."""
    for key, source in (("account.cee_assigned", "assigned"), ("company.cee", "chosen")):
        if _text(answers, key) in CEES:
            return _text(answers, key), source, ""
    products = answers.get("company.top_products")
    suggestion = suggest_cee(products) if isinstance(products, list) else None
    if suggestion is None:
        return "", "", ""
    return suggestion.cee_id, "suggested", suggestion.reason


def account_info(answers: Mapping[str, Any], lang: str = "en") -> AccountInfo:
    """The account facts from the answers (company profile and account management)."""
    kind = _text(answers, "account.kind") or "importer"
    if kind == "broker":
        identifiers = _rows(answers, "account.filer_codes", "code", "name")
    else:
        identifiers = _rows(answers, "company.ior_numbers", "number", "entity")
    cee_id, source, reason = _center(answers)
    cee = CEES.get(cee_id)
    benefits = answers.get("account.benefits")
    return AccountInfo(
        kind=kind if kind in KINDS else "importer", identifiers=identifiers,
        manager_name=_text(answers, "account.manager_name"),
        manager_email=_text(answers, "account.manager_email"),
        manager_phone=_text(answers, "account.manager_phone"),
        cee_id=cee_id, cee_name=(cee.name_fr if lang.startswith("fr") else cee.name_en)
        if cee else "", cee_city=cee.city if cee else "", cee_source=source, cee_reason=reason,
        benefits=[str(b) for b in benefits] if isinstance(benefits, list) else [],
        accepted_on=_text(answers, "account.accepted_on"))
