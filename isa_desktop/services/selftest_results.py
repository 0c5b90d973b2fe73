"""Test cycles and what follows them: results per cycle and area, corrective actions,
disclosures, and the summary the Annual Notification Letter reports.

A cycle record (key ``"<cycle>/<area>"``) is written either from a count and a list of errors
(:func:`record_cycle_result`) or item by item from a drawn sample (:func:`mark_sample_item`);
either way the error rate, the threshold check and the retention date are computed here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from isa_desktop.domain.selftest import (
    ERROR_TYPES,
    RECOMMENDED_RETENTION_YEARS,
    CorrectiveAction,
    CycleResult,
    SelfTestError,
    TestError,
    cycle_end,
    retention_until,
    summarise_cycles,
)
from isa_desktop.services.application import Application
from isa_desktop.services.selftest import (
    DEFAULT_THRESHOLD_PCT,
    SelfTestUserError,
    _area,
    checked_cycle,
)
from isa_desktop.services.selftest_samples import sample_record, sample_rows

ITEM_STATUSES = ("pass", "error")
DISCLOSURE_KINDS = ("prior_disclosure", "psc")


def _money(value: Any, what: str = "revenue impact") -> Decimal:
    if value in (None, ""):
        return Decimal(0)
    try:
        amount = Decimal(str(value).replace("$", "").replace(",", "").strip())
    except InvalidOperation:
        raise SelfTestUserError(f"The {what} must be an amount in dollars (got {value!r}).") \
            from None
    if not amount.is_finite():
        raise SelfTestUserError(f"The {what} must be an amount in dollars (got {value!r}).")
    return amount


def _date(value: Any, what: str, required: bool = True) -> dt.date | None:
    if value in (None, ""):
        if required:
            raise SelfTestUserError(f"Give the {what} (a date like 2026-09-30).")
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise SelfTestUserError(f"The {what} {value!r} is not a date; write it like 2026-09-30.") \
            from None


def _plan_for(app: Application, area: str) -> dict[str, Any]:
    return app.file.record("plan", area) or {}


def cycle_key(cycle: str, area: str) -> str:
    """The record key of one cycle's results in one area."""
    return f"{cycle}/{area}"


def record_cycle_result(app: Application, cycle: str, area: str, items_tested: int,
                        errors: list[dict[str, Any]] | None = None,
                        sample_id: str | None = None, threshold_pct: float | None = None,
                        item_results: dict[str, Any] | None = None) -> dict[str, Any]:
    """Store the results of ``cycle`` in ``area``: items tested and the errors found.

    Each error is ``{item, error_type, revenue_impact_usd, note}``; the threshold defaults to
    the plan's. Returns the stored record with error rate, threshold check and retention date.
    """
    cycle = checked_cycle(cycle)
    known = _area(app, area)
    existing = app.file.record("cycle", cycle_key(cycle, area)) or {}
    found = []
    for error in errors or []:
        try:
            found.append(TestError(str(error.get("item") or "").strip(),
                                   str(error.get("error_type") or ""),
                                   _money(error.get("revenue_impact_usd"))))
        except SelfTestError as exc:
            raise SelfTestUserError(str(exc)) from None
        if not found[-1].item:
            raise SelfTestUserError("Name the item (entry and line) each error was found in.")
    try:
        result = CycleResult(cycle, area, int(items_tested), found)
    except SelfTestError as exc:
        raise SelfTestUserError(str(exc)) from None
    plan = _plan_for(app, area)
    if threshold_pct is None:
        threshold_pct = float(plan.get("error_threshold_pct") or DEFAULT_THRESHOLD_PCT)
    years = int(plan.get("retention_years") or RECOMMENDED_RETENTION_YEARS)
    notes = [str(e.get("note") or "") for e in errors or []]
    record = {
        **existing, "cycle": cycle, "area": area, "area_label": known.title(),
        "items_tested": result.items_tested, "items_in_error": result.items_in_error,
        "errors": [{"item": e.item, "error_type": e.error_type,
                    "revenue_impact_usd": float(e.revenue_impact_usd), "note": note}
                   for e, note in zip(found, notes, strict=True)],
        "error_count": len(found), "error_rate": round(result.error_rate, 6),
        "revenue_impact_usd": float(result.net_revenue_impact_usd),
        "threshold_pct": float(threshold_pct),
        "exceeds_threshold": result.exceeds_threshold(float(threshold_pct)),
        "retention_years": years,
        "retention_until": retention_until(cycle_end(cycle), years).isoformat(),
        "sample_id": sample_id or existing.get("sample_id"),
    }
    if item_results is not None:
        record["item_results"] = item_results
    app.file.put_record("cycle", cycle_key(cycle, area), record)
    return record


def mark_sample_item(app: Application, sample_id: str, index: int, status: str | None,
                     error_type: str | None = None, revenue_impact_usd: Any = None,
                     note: str = "") -> dict[str, Any]:
    """Mark one sampled item pass or error (``None`` clears it); updates the cycle's results."""
    sample = sample_record(app, sample_id)
    if index not in sample["indices"]:
        raise SelfTestUserError(f"Item {index} is not part of sample '{sample_id}'.")
    if status not in (None, *ITEM_STATUSES):
        raise SelfTestUserError(f"'{status}' is not a result; use pass or error.")
    if status == "error" and error_type not in ERROR_TYPES:
        raise SelfTestUserError("Choose the type of error found (classification, value, …).")
    cycle, area = str(sample["cycle"]), str(sample["area"])
    existing = app.file.record("cycle", cycle_key(cycle, area)) or {}
    if existing.get("sample_id") not in (None, sample_id):
        existing = {}  # a new sample for the cycle and area starts a fresh tally
    marks: dict[str, Any] = dict(existing.get("item_results") or {})
    if status is None:
        marks.pop(str(index), None)
    else:
        item = next(r["item"] for r in sample_rows(app, sample_id) if r["index"] == index)
        marks[str(index)] = {
            "item": item, "status": status, "note": note.strip(),
            "error_type": error_type if status == "error" else None,
            "revenue_impact_usd": float(_money(revenue_impact_usd)) if status == "error" else 0.0}
    errors = [m for m in marks.values() if m["status"] == "error"]
    return record_cycle_result(app, cycle, area, len(marks), errors, sample_id,
                               item_results=marks)


def cycles(app: Application) -> list[str]:
    """Every cycle with results or a sample, oldest first."""
    found = {str(r.get("cycle")) for r in app.file.records("cycle").values()}
    found |= {str(r.get("cycle")) for r in app.file.records("sample").values()}
    return sorted(c for c in found if c and c != "None")


def cycle_results(app: Application, cycle: str) -> dict[str, dict[str, Any]]:
    """Area → result record for one cycle."""
    return {str(r["area"]): r for r in app.file.records("cycle").values()
            if r.get("cycle") == cycle}


def samples(app: Application, cycle: str | None = None) -> dict[str, dict[str, Any]]:
    """Recorded samples (of one cycle when given), by sample id."""
    return {k: r for k, r in app.file.records("sample").items()
            if cycle is None or r.get("cycle") == cycle}


def retention_date(app: Application, cycle: str, area: str | None = None) -> dt.date:
    """Until when a cycle's results are kept (the area's plan period, else five years)."""
    years = int(_plan_for(app, area).get("retention_years") or RECOMMENDED_RETENTION_YEARS) \
        if area else RECOMMENDED_RETENTION_YEARS
    return retention_until(cycle_end(checked_cycle(cycle)), years)


def _next_key(app: Application, kind: str, prefix: str) -> str:
    taken = app.file.records(kind)
    number = len(taken) + 1
    while f"{prefix}-{number:03d}" in taken:
        number += 1
    return f"{prefix}-{number:03d}"


def save_action(app: Application, data: dict[str, Any], key: str | None = None) -> str:
    """Store a corrective action ``{owner, action, due, verified_on, area, cycle}``; its id."""
    owner, action = str(data.get("owner") or "").strip(), str(data.get("action") or "").strip()
    if not owner or not action:
        raise SelfTestUserError("A corrective action needs an owner and a description.")
    due = _date(data.get("due"), "due date")
    verified = _date(data.get("verified_on"), "verification date", required=False)
    assert due is not None
    CorrectiveAction(owner, action, due, verified)
    area = str(data.get("area") or "").strip()
    if area:
        _area(app, area)
    record = {"owner": owner, "action": action, "due": due.isoformat(),
              "verified_on": verified.isoformat() if verified else None, "area": area or None,
              "cycle": checked_cycle(data["cycle"]) if data.get("cycle") else None}
    key = key or _next_key(app, "action", "CA")
    app.file.put_record("action", key, record)
    return key


def save_disclosure(app: Application, data: dict[str, Any], key: str | None = None) -> str:
    """Store a disclosure ``{filed_on, description, additional_duty_usd, status, kind}``."""
    description = str(data.get("description") or "").strip()
    if not description:
        raise SelfTestUserError("Say briefly what the disclosure corrected.")
    filed = _date(data.get("filed_on"), "filing date")
    assert filed is not None
    kind = str(data.get("kind") or "prior_disclosure")
    if kind not in DISCLOSURE_KINDS:
        raise SelfTestUserError("A disclosure is a prior disclosure or a post-summary correction.")
    record = {"filed_on": filed.isoformat(), "description": description, "kind": kind,
              "additional_duty_usd": float(_money(data.get("additional_duty_usd"),
                                                  "additional duty")),
              "status": str(data.get("status") or "filed").strip() or "filed",
              "reference": str(data.get("reference") or "").strip() or None}
    key = key or _next_key(app, "disclosure", "D")
    app.file.put_record("disclosure", key, record)
    return key


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def cycle_summary(app: Application, year: int | None = None) -> dict[str, Any]:
    """Per-area and overall totals of the cycles (of ``year`` when given), for the ANL.

    ``{"by_area", "total"}`` as :func:`~isa_desktop.domain.selftest.summarise_cycles` gives
    them (amounts as floats), plus the ``cycles`` records, ``actions`` and ``disclosures``.
    """
    chosen = [r for r in app.file.records("cycle").values()
              if year is None or cycle_end(str(r["cycle"])).year == year]
    actions = app.file.records("action")
    results = []
    for record in chosen:
        own = [CorrectiveAction(a["owner"], a["action"], dt.date.fromisoformat(a["due"]),
                                dt.date.fromisoformat(a["verified_on"])
                                if a.get("verified_on") else None)
               for a in actions.values()
               if a.get("area") == record["area"] and a.get("cycle") == record["cycle"]]
        errors = [TestError(e["item"], e["error_type"], Decimal(str(e["revenue_impact_usd"])))
                  for e in record.get("errors", [])]
        results.append(CycleResult(record["cycle"], record["area"], record["items_tested"],
                                   errors, own))
    disclosures = {k: d for k, d in app.file.records("disclosure").items()
                   if year is None or str(d.get("filed_on", "")).startswith(str(year))}
    summary = _plain(summarise_cycles(results))
    summary["total"]["disclosures"] = len(disclosures)
    summary["cycles"] = sorted(chosen, key=lambda r: (r["cycle"], r["area"]))
    summary["actions"] = actions
    summary["disclosures"] = disclosures
    return summary
