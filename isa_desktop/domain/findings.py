"""The one shape every rule in the app reports a problem in.

Validators, cross-field rules, the eligibility check and the ``check`` command all hand back
``Finding`` objects, so the window, the command line and the PDF can show them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Allowed values of ``Finding.severity``, from least to most serious.
SEVERITIES = ("warning", "error", "blocker")


@dataclass(frozen=True)
class Finding:
    """A problem a rule found, explained in a sentence the user can act on.

    ``code`` is stable (tests, filters and translations key on it); ``message`` is for people.
    ``question`` is the question id the problem belongs to (table cells use
    ``table_id[row].column`` with a 0-based row), so the app can jump there. ``severity`` is
    ``"error"`` (must be fixed before the package is complete), ``"warning"`` (worth a look) or
    ``"blocker"`` (the importer cannot apply yet). ``hint`` says what to do first.
    """

    code: str
    message: str
    question: str | None = None
    severity: str = "error"  # "error" | "warning" | "blocker"
    hint: str | None = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")


def cell_question(table_id: str, row: int, column: str) -> str:
    """Return the question path of one table cell, e.g. ``company.brokers[0].filer_code``."""
    return f"{table_id}[{row}].{column}"


class ValidationError(ValueError):
    """A value the user typed does not fit; ``code`` is stable, ``message`` says how to fix it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def to_finding(self, question: str | None = None, severity: str = "error") -> Finding:
        """Return this error as a ``Finding`` attached to ``question``."""
        return Finding(code=self.code, message=self.message, question=question, severity=severity)
