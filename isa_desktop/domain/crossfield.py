"""Rules that look at several answers together (single fields are checked by validators).

Table cells are reported with question paths like ``company.brokers[0].filer_code`` (0-based
row); messages count rows from 1, as people do.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from isa_desktop.domain import identifiers
from isa_desktop.domain.deadlines import add_months, parse_iso_date
from isa_desktop.domain.findings import Finding, ValidationError, cell_question
from isa_desktop.domain.identifiers import IorNumber

#: Years of import history the program asks for.
HISTORY_YEARS = 2
#: How far broker shares may stray from 100 % (rounding when people type whole numbers).
SHARE_TOLERANCE = 0.5

FIRST_IMPORT = "eligibility.first_import_date"
IOR_TABLE = "company.ior_numbers"
BROKER_TABLE = "company.brokers"
OFFICER = "company.officer_name"


def cross_field_findings(answers: Mapping[str, Any], today: date) -> list[Finding]:
    """Return every cross-field problem in ``answers``, in a stable order."""
    return [
        *_history_findings(answers, today),
        *_ior_findings(answers),
        *_broker_code_findings(answers),
        *_broker_share_findings(answers),
        *_signer_findings(answers),
    ]


def normalize_name(name: object) -> str:
    """Return a person or company name folded for comparison (case, spaces, punctuation)."""
    if not isinstance(name, str):
        return ""
    return re.sub(r"[\W_]+", " ", name.casefold()).strip()


def reviewer_is_independent(reviewer: str, tested_person: str) -> bool:
    """True when a named reviewer is someone other than the person whose work is tested."""
    folded = normalize_name(reviewer)
    return bool(folded) and folded != normalize_name(tested_person)


def _rows(answers: Mapping[str, Any], table_id: str) -> list[dict[str, Any]]:
    """Return the rows of a table answer, skipping anything that is not a row."""
    value = answers.get(table_id)
    if not isinstance(value, list):
        return []
    return [row if isinstance(row, dict) else {} for row in value]


def _text(row: Mapping[str, Any], column: str) -> str:
    """Return a cell's text, or "" when it is empty or not text."""
    value = row.get(column)
    return value.strip() if isinstance(value, str) else ""


def _history_findings(answers: Mapping[str, Any], today: date) -> list[Finding]:
    """Import history must reach two years by today."""
    first = parse_iso_date(answers.get(FIRST_IMPORT))
    if first is None:
        return []
    reached = add_months(first, 12 * HISTORY_YEARS)
    if reached <= today:
        return []
    return [
        Finding(
            code="history_too_short",
            message=(
                f"Your first import was on {first.isoformat()}; the program asks for two years "
                f"of import history, which you reach on {reached.isoformat()}."
            ),
            question=FIRST_IMPORT,
            hint=f"Plan to apply on or after {reached.isoformat()}.",
        )
    ]


def _ior_findings(answers: Mapping[str, Any]) -> list[Finding]:
    """Each IOR row must be a valid number, and no number may be listed twice."""
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(_rows(answers, IOR_TABLE)):
        question = cell_question(IOR_TABLE, index, "number")
        text = _text(row, "number")
        if not text:
            continue  # an empty required cell is the completeness check's business
        try:
            number = IorNumber.parse(text)
        except ValidationError as error:
            findings.append(error.to_finding(question))
            continue
        if number.normalized in seen:
            findings.append(
                Finding(
                    code="duplicate_ior",
                    message=(
                        f"Row {index + 1} repeats the importer number in row "
                        f"{seen[number.normalized] + 1} ({number.masked}); list each number once."
                    ),
                    question=question,
                )
            )
        else:
            seen[number.normalized] = index
    return findings


def _broker_code_findings(answers: Mapping[str, Any]) -> list[Finding]:
    """Each broker row's filer code must be three letters or digits."""
    findings: list[Finding] = []
    for index, row in enumerate(_rows(answers, BROKER_TABLE)):
        text = _text(row, "filer_code")
        if not text:
            continue
        try:
            identifiers.filer_code(text)
        except ValidationError as error:
            findings.append(error.to_finding(cell_question(BROKER_TABLE, index, "filer_code")))
    return findings


def _broker_share_findings(answers: Mapping[str, Any]) -> list[Finding]:
    """Brokers' shares of the entries must add up to 100 % when any broker is listed."""
    rows = _rows(answers, BROKER_TABLE)
    if not rows:
        return []
    total = sum(_number(row.get("share_pct")) for row in rows)
    if abs(total - 100) <= SHARE_TOLERANCE:
        return []
    return [
        Finding(
            code="broker_shares_sum",
            message=(
                f"The brokers' shares add up to {total:g} %; together they should cover all "
                "your entries, 100 %."
            ),
            question=BROKER_TABLE,
        )
    ]


def _number(value: object) -> float:
    """Return a numeric cell as float; anything else (empty, text, yes/no) counts as 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value) if math.isfinite(value) else 0.0


def _signer_findings(answers: Mapping[str, Any]) -> list[Finding]:
    """The officer who signs the MOU must not be one of the customs brokers or their contacts."""
    officer = normalize_name(answers.get(OFFICER))
    if not officer:
        return []
    for index, row in enumerate(_rows(answers, BROKER_TABLE)):
        for column in ("name", "contact"):
            if normalize_name(row.get(column)) == officer:
                return [
                    Finding(
                        code="signer_is_broker",
                        message=(
                            f"{_text(row, column)} is listed as a broker (row {index + 1}). The "
                            "agreement must be signed by an officer of your own company, not "
                            "by your customs broker."
                        ),
                        question=OFFICER,
                    )
                ]
    return []
