"""Self-testing plan and results: the rules a plan must meet and the sums the ANL reports.

A plan area says what is tested, how, how often, by whom and for whom; the one rule CBP states
plainly is that nobody reviews their own work. Results are kept per cycle ("2026-Q1") and area:
items tested, the errors found (one item may carry several), corrective actions and disclosures.
Revenue impact is signed: positive means duty was underpaid (revenue owed to CBP), negative
means overpaid.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

Method = Literal["attribute", "judgmental", "full"]
METHODS: frozenset[str] = frozenset({"attribute", "judgmental", "full"})
FREQUENCIES: frozenset[str] = frozenset(
    {"daily", "weekly", "monthly", "quarterly", "semiannual", "annual"}
)
ERROR_TYPES: tuple[str, ...] = (
    "classification", "value", "quantity", "origin", "program", "pga", "recordkeeping", "other",
)  # fmt: skip
MIN_RETENTION_YEARS = 3  # what the MOU asks for
RECOMMENDED_RETENTION_YEARS = 5  # the general customs recordkeeping period
_CYCLE = re.compile(r"(?P<year>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|M?(?P<m>0[1-9]|1[0-2])))?")


class SelfTestError(ValueError):
    """A result or action that breaks the rules; the message says which."""


@dataclass
class PlanArea:
    """One trade area of the self-testing plan."""

    area: str
    what_tested: str
    population: str
    method: str
    frequency: str
    reviewer: str
    tested_person: str  # whose work is being tested
    timing: str
    error_threshold_pct: float
    escalation: str
    reporting_line: str
    retention_years: int = RECOMMENDED_RETENTION_YEARS


def same_person(a: str, b: str) -> bool:
    """True when two names are the same person, ignoring case, spacing and punctuation."""

    def key(name: str) -> str:
        return "".join(ch for ch in name.casefold() if ch.isalnum())

    return bool(key(a)) and key(a) == key(b)


def plan_area_issues(pa: PlanArea) -> list[tuple[str, str]]:
    """(severity, message) pairs for a plan area; severity is "error" or "warning"."""
    issues: list[tuple[str, str]] = []
    name = pa.area.strip() or "this area"
    required = {
        "trade area": pa.area,
        "what is tested": pa.what_tested,
        "reviewer": pa.reviewer,
        "reporting line": pa.reporting_line,
    }
    for label, value in required.items():
        if not value.strip():
            issues.append(("error", f"Fill in the {label} for {name}."))
    if pa.method not in METHODS:
        issues.append(("error", f"The method for {name} must be attribute, judgmental or full."))
    if pa.frequency not in FREQUENCIES:
        issues.append(("error", f"'{pa.frequency}' is not a testing frequency we know."))
    if same_person(pa.reviewer, pa.tested_person):
        own_work = f"{pa.reviewer} would review their own work in {name}; choose someone else."
        issues.append(("error", own_work))
    if not 0 <= pa.error_threshold_pct <= 100:
        issues.append(("error", f"The error threshold for {name} must be between 0 and 100 %."))
    if pa.retention_years < MIN_RETENTION_YEARS:
        issues.append(("error", f"Keep results for at least {MIN_RETENTION_YEARS} years."))
    elif pa.retention_years < RECOMMENDED_RETENTION_YEARS:
        short = (
            f"{pa.retention_years} years may be too short; customs records are generally kept 5."
        )
        issues.append(("warning", short))
    if not pa.escalation.strip():
        issues.append(("warning", f"Say what happens when {name} exceeds its error threshold."))
    return issues


def validate_plan_area(pa: PlanArea) -> list[str]:
    """Messages for everything wrong (or worth a second look) in a plan area; empty when fine."""
    return [message for _severity, message in plan_area_issues(pa)]


@dataclass(frozen=True)
class TestError:
    """One error found in one tested item."""

    __test__ = False  # not a pytest test class, despite the name

    item: str
    error_type: str
    revenue_impact_usd: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        if self.error_type not in ERROR_TYPES:
            raise SelfTestError(f"'{self.error_type}' is not an error type we track.")
        object.__setattr__(self, "revenue_impact_usd", Decimal(str(self.revenue_impact_usd)))


@dataclass(frozen=True)
class CorrectiveAction:
    """What will be done about an error, by whom, by when, and when it was checked."""

    owner: str
    action: str
    due: date
    verified_on: date | None = None

    def is_open(self) -> bool:
        """True until someone has verified the action worked."""
        return self.verified_on is None

    def is_overdue(self, today: date) -> bool:
        """True when the action is still open after its due date."""
        return self.is_open() and today > self.due


@dataclass(frozen=True)
class Disclosure:
    """A correction filed with CBP: a post-summary correction or a prior disclosure."""

    kind: Literal["psc", "prior_disclosure"]
    reference: str
    filed_on: date
    status: str = "filed"


@dataclass
class CycleResult:
    """The results of one testing cycle in one area."""

    cycle_id: str
    area: str
    items_tested: int
    errors: list[TestError] = field(default_factory=list)
    corrective_actions: list[CorrectiveAction] = field(default_factory=list)
    disclosures: list[Disclosure] = field(default_factory=list)

    def __post_init__(self) -> None:
        cycle_end(self.cycle_id)  # validates the id
        if self.items_tested < 0:
            raise SelfTestError("The number of items tested cannot be negative.")
        if self.items_in_error > self.items_tested:
            raise SelfTestError(
                f"{self.items_in_error} items have errors but only {self.items_tested} were tested."
            )

    @property
    def items_in_error(self) -> int:
        """Distinct items with at least one error (an item can carry several)."""
        return len({error.item for error in self.errors})

    @property
    def error_rate(self) -> float:
        """Share of tested items with an error, 0–1 (0 when nothing was tested)."""
        return self.items_in_error / self.items_tested if self.items_tested else 0.0

    def exceeds_threshold(self, threshold_pct: float) -> bool:
        """True when the error rate is above the plan's threshold (a percentage)."""
        return self.error_rate * 100 > threshold_pct

    @property
    def net_revenue_impact_usd(self) -> Decimal:
        """Underpaid minus overpaid duty across the cycle's errors."""
        return sum((error.revenue_impact_usd for error in self.errors), Decimal(0))


def cycle_end(cycle_id: str) -> date:
    """Last day of a cycle: "2026" (year), "2026-Q1", "2026-H2", "2026-03" or "2026-M03"."""
    match = _CYCLE.fullmatch(cycle_id.strip())
    if not match:
        raise SelfTestError(f"'{cycle_id}' is not a cycle; write it like 2026-Q1 or 2026-03.")
    year = int(match["year"])
    month = 12
    if match["q"]:
        month = 3 * int(match["q"])
    elif match["h"]:
        month = 6 * int(match["h"])
    elif match["m"]:
        month = int(match["m"])
    return date(year, month, calendar.monthrange(year, month)[1])


def retention_until(cycle_end: date, years: int = RECOMMENDED_RETENTION_YEARS) -> date:
    """The day until which a cycle's results are kept (29 February falls back to the 28th)."""
    year = cycle_end.year + years
    day = min(cycle_end.day, calendar.monthrange(year, cycle_end.month)[1])
    return cycle_end.replace(year=year, day=day)


def _totals(results: list[CycleResult]) -> dict[str, Any]:
    items = sum(r.items_tested for r in results)
    in_error = sum(r.items_in_error for r in results)
    by_type = Counter(e.error_type for r in results for e in r.errors)
    return {
        "cycles": sorted({r.cycle_id for r in results}),
        "items_tested": items,
        "items_in_error": in_error,
        "errors": sum(len(r.errors) for r in results),
        "error_rate": in_error / items if items else 0.0,
        "errors_by_type": {t: by_type[t] for t in ERROR_TYPES if by_type[t]},
        "net_revenue_impact_usd": sum((r.net_revenue_impact_usd for r in results), Decimal(0)),
        "open_corrective_actions": sum(a.is_open() for r in results for a in r.corrective_actions),
        "disclosures": sum(len(r.disclosures) for r in results),
    }


def summarise_cycles(results: Iterable[CycleResult]) -> dict[str, Any]:
    """Totals per area and overall, as the Annual Notification Letter reports them.

    ``{"by_area": {area: totals}, "total": totals}``; each totals dict holds ``cycles``,
    ``items_tested``, ``items_in_error``, ``errors``, ``error_rate`` (0–1), ``errors_by_type``,
    ``net_revenue_impact_usd`` (Decimal), ``open_corrective_actions`` and ``disclosures``.
    """
    results = list(results)
    areas: dict[str, list[CycleResult]] = {}
    for result in results:
        areas.setdefault(result.area, []).append(result)
    return {
        "by_area": {area: _totals(areas[area]) for area in sorted(areas)},
        "total": _totals(results),
    }
