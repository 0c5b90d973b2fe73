"""Self-testing use cases: risk matrix, plan, population import, sample draws and results.

The window and the command line call these functions; the rules live in ``domain`` (risk,
sampling, population, sample_draw, selftest) and everything is stored as keyed records in the
application file (shapes in the module docstrings of the PDF helpers that render them):
``risk``, ``plan``, ``cycle``, ``action``, ``disclosure``, ``sample`` and ``csv_mapping``.
Domain errors become :class:`~isa_desktop.errors.UserError` so both front ends show them the same
way. Populations and sampled items live in :mod:`isa_desktop.services.selftest_samples`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from isa_desktop.domain.risk import RiskEntry, RiskError
from isa_desktop.domain.sampling import SamplingError, attribute_sample_size
from isa_desktop.domain.selftest import (
    RECOMMENDED_RETENTION_YEARS,
    PlanArea,
    SelfTestError,
    cycle_end,
    plan_area_issues,
    same_person,
)
from isa_desktop.errors import UserError
from isa_desktop.formspec.trade_areas import TradeArea
from isa_desktop.formspec.trade_areas import trade_areas as program_trade_areas
from isa_desktop.services.application import Application

#: Error threshold (%) used when an area has no plan yet: the usual 95 % accuracy target.
DEFAULT_THRESHOLD_PCT = 5.0
#: Expected deviation rate the plan suggests for attribute sampling.
DEFAULT_EXPECTED = 0.01
PLAN_TEXT_FIELDS = ("what_tested", "population", "method", "frequency", "reviewer",
                    "tested_person", "timing", "escalation", "reporting_line")


if TYPE_CHECKING:  # the re-exported use cases below, for type checkers
    from isa_desktop.services.selftest_results import (  # noqa: F401
        cycle_results,
        cycle_summary,
        cycles,
        mark_sample_item,
        record_cycle_result,
        retention_date,
        samples,
        save_action,
        save_disclosure,
    )
    from isa_desktop.services.selftest_samples import (  # noqa: F401
        draw_and_record_sample,
        import_population,
        population,
        populations,
        preview_csv,
        redraw_sample,
        remembered_mapping,
        sample_rows,
        suggest_mapping,
    )

#: Use cases that live in the two sibling modules, reachable from here too (PEP 562), so
#: callers need one import. Looked up lazily because those modules import this one.
_SIBLINGS = {
    "selftest_samples": ("draw_and_record_sample", "import_population", "population",
                         "populations", "preview_csv", "redraw_sample", "remembered_mapping",
                         "sample_rows", "suggest_mapping", "sample_record", "item_label"),
    "selftest_results": ("cycle_results", "cycle_summary", "cycles", "mark_sample_item",
                         "record_cycle_result", "retention_date", "samples", "save_action",
                         "save_disclosure", "cycle_key"),
}


def __getattr__(name: str) -> Any:
    import importlib

    for module, names in _SIBLINGS.items():
        if name in names:
            return getattr(importlib.import_module(f"isa_desktop.services.{module}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SelfTestUserError(UserError):
    """A self-testing entry that breaks a rule; the message says which and what to do."""


def trade_areas(app: Application) -> list[TradeArea]:
    """The program's trade areas in matrix order."""
    return list(program_trade_areas(app.program.id))


def _area(app: Application, area: str) -> TradeArea:
    for known in trade_areas(app):
        if known.id == area:
            return known
    raise SelfTestUserError(f"'{area}' is not one of the trade areas of this program.")


def checked_cycle(cycle: str) -> str:
    """A cycle id as typed ("2026-Q1", "2026-H2", "2026-03", "2026"), checked and trimmed."""
    try:
        cycle_end(cycle)
    except SelfTestError as exc:
        raise SelfTestUserError(str(exc)) from None
    return cycle.strip()


# -- risk assessment ---------------------------------------------------------------------------


def _risk_record(entry: RiskEntry, label: str) -> dict[str, Any]:
    suggestion = entry.suggestion
    return {"area": entry.area, "area_label": label, "likelihood": entry.likelihood,
            "impact": entry.impact, "score": entry.score, "computed_rating": entry.computed_rating,
            "rating": entry.rating, "override_rating": entry.override_rating,
            "override_reason": entry.override_reason if entry.override_rating else None,
            "suggested_frequency": suggestion.frequency, "suggested_method": suggestion.method,
            "suggested_confidence": suggestion.confidence,
            "suggested_tolerable": suggestion.tolerable}


def save_risk_entry(app: Application, area: str, likelihood: int, impact: int,
                    override_rating: str | None = None,
                    override_reason: str | None = None) -> dict[str, Any]:
    """Rate one trade area; an override needs a reason. Returns the stored record."""
    known = _area(app, area)
    try:
        entry = RiskEntry(area, likelihood, impact, override_rating or None,  # type: ignore[arg-type]
                          (override_reason or "").strip() or None)
    except RiskError as exc:
        raise SelfTestUserError(str(exc)) from None
    record = _risk_record(entry, known.title())
    app.file.put_record("risk", area, record)
    return record


def risk_matrix(app: Application) -> list[dict[str, Any]]:
    """Every trade area's risk record; unrated areas carry their defaults and ``stored: False``."""
    stored = app.file.records("risk")
    rows = []
    for area in trade_areas(app):
        record = stored.get(area.id)
        if record is None:
            entry = RiskEntry(area.id, area.default_likelihood, area.default_impact)
            record = {**_risk_record(entry, area.title()), "stored": False}
        else:
            record = {**record, "stored": True}
        rows.append(record)
    return rows


# -- the plan ----------------------------------------------------------------------------------


def _number(value: Any, what: str, default: float | None = None) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        return float(str(value).strip().rstrip("%").replace(",", "."))
    except ValueError:
        raise SelfTestUserError(f"The {what} must be a number (got {value!r}).") from None


def plan_sample_size(record: dict[str, Any]) -> tuple[int | None, int | None, str | None]:
    """(sample size, allowed deviations, problem) for an attribute-sampling plan record."""
    if record.get("method") != "attribute":
        return None, None, None
    inputs = (record.get("confidence"), record.get("tolerable"), record.get("expected"))
    if any(v in (None, "") for v in inputs):
        return None, None, "Give the confidence, tolerable and expected rates for the sample."
    size = record.get("population_size")
    try:
        confidence, tolerable, expected = (str(v) for v in inputs)
        result = attribute_sample_size(confidence, tolerable, expected,
                                       population=int(size) if size else None)
    except (SamplingError, ValueError) as exc:
        return None, None, str(exc)
    return result.sample_size, result.allowed_deviations, None


def _plan_record(app: Application, data: dict[str, Any]) -> dict[str, Any]:
    area = _area(app, str(data.get("area") or ""))
    record: dict[str, Any] = {"area": area.id, "area_label": area.title()}
    for name in PLAN_TEXT_FIELDS:
        record[name] = str(data.get(name) or "").strip()
    record["method"] = record["method"] or "attribute"
    threshold = _number(data.get("error_threshold_pct"), "error threshold", DEFAULT_THRESHOLD_PCT)
    retention = _number(data.get("retention_years"), "retention period",
                        RECOMMENDED_RETENTION_YEARS)
    record["error_threshold_pct"] = threshold
    record["retention_years"] = int(retention or RECOMMENDED_RETENTION_YEARS)
    for name in ("confidence", "tolerable", "expected"):
        record[name] = data.get(name) if data.get(name) not in ("", None) else None
    size = data.get("population_size")
    record["population_size"] = int(_number(size, "population size") or 0) or None
    record["sample_size"], record["allowed_deviations"], _ = plan_sample_size(record)
    return record


def _as_plan_area(record: dict[str, Any]) -> PlanArea:
    return PlanArea(record["area"], record["what_tested"], record["population"],
                    record["method"], record["frequency"], record["reviewer"],
                    record["tested_person"], record["timing"],
                    float(record["error_threshold_pct"]), record["escalation"],
                    record["reporting_line"], int(record["retention_years"]))


def check_plan_area(app: Application, data: dict[str, Any]) -> list[tuple[str, str]]:
    """(severity, message) for a plan area as typed, without storing it."""
    record = _plan_record(app, data)
    # Messages name the area as people read it ("Classification"), not by its id.
    issues = plan_area_issues(replace(_as_plan_area(record), area=record["area_label"]))
    problem = plan_sample_size(record)[2]
    if problem:
        issues.append(("error", problem))
    return issues


def save_plan_area(app: Application, data: dict[str, Any]) -> list[tuple[str, str]]:
    """Store one plan area and return what is still wrong with it as (severity, message).

    Incomplete areas are stored (a plan is built over several sittings); one rule is refused
    outright: the reviewer may not be the person whose work is tested.
    """
    record = _plan_record(app, data)
    if same_person(record["reviewer"], record["tested_person"]):
        raise SelfTestUserError(
            f"{record['reviewer']} cannot review their own work in {record['area_label']}; "
            "choose an independent reviewer.")
    app.file.put_record("plan", record["area"], record)
    return check_plan_area(app, record)


def plan(app: Application) -> dict[str, dict[str, Any]]:
    """The stored plan, area id → record, in trade-area order."""
    stored = app.file.records("plan")
    return {a.id: stored[a.id] for a in trade_areas(app) if a.id in stored}


def _percent(rate: float | None) -> str | None:
    """0.95 → "95%", as people type rates in the plan editor."""
    return None if rate is None else f"{rate * 100:g}%"


def suggest_plan_from_risk(app: Application, store: bool = False) -> dict[str, dict[str, Any]]:
    """Draft plan areas for the areas that have no plan yet, following each area's rating
    (the default scores for areas not rated yet).

    Low-rated areas get an annual judgmental review, medium and high ones attribute sampling
    (semiannual at 90 %/10 %, quarterly at 95 %/5 %). With ``store`` the drafts are saved.
    """
    existing = plan(app)
    drafts: dict[str, dict[str, Any]] = {}
    for row in risk_matrix(app):
        if row["area"] in existing:
            continue
        area = _area(app, row["area"])
        data = {"area": area.id, "what_tested": area.description.get("en", ""),
                "population": "Entry lines filed in the period",
                "method": row["suggested_method"], "frequency": row["suggested_frequency"],
                "confidence": _percent(row["suggested_confidence"]),
                "tolerable": _percent(row["suggested_tolerable"]),
                "expected": _percent(DEFAULT_EXPECTED if row["suggested_method"] == "attribute"
                                     else None),
                "error_threshold_pct": DEFAULT_THRESHOLD_PCT,
                "retention_years": RECOMMENDED_RETENTION_YEARS}
        drafts[area.id] = _plan_record(app, data)
        if store:
            app.file.put_record("plan", area.id, drafts[area.id])
    return drafts


def delete_plan_area(app: Application, area: str) -> None:
    """Remove an area from the plan."""
    app.file.delete_record("plan", area)
