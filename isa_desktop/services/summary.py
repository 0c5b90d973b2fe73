"""A small summary of an application, stored inside its file for the client dashboard.

The dashboard lists hundreds of files; reading each one in full (answers, rules, eligibility)
would take seconds. Instead each file keeps a summary in its ``meta`` table, refreshed when the
window closes the file or a command changes it, and the dashboard reads only that row.

The summary never holds a full Social Security number in a displayed field: IOR numbers are
stored masked for display. ``search_text`` holds normalised numbers so a broker can find a client
by IOR number; it stays inside the ``.isa`` file, which holds those numbers anyway.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from isa_desktop.domain.deadlines import add_months, anl_due_dates, parse_iso_date
from isa_desktop.domain.identifiers import IdentifierError, IorNumber
from isa_desktop.errors import UserError
from isa_desktop.formspec.trade_areas import trade_areas

if TYPE_CHECKING:
    from isa_desktop.services.application import Application

SUMMARY_KEY = "summary"
SUMMARY_VERSION = 1
SEARCH_LIMIT = 4096
#: Where the date CBP accepted the application may be recorded (answer first, then meta).
ACCEPTANCE_ANSWER = "account.accepted_on"
ACCEPTANCE_META = "accepted_on"
# ANL dates are stored for a window around the day the summary is made, so the dashboard can
# pick "the next one" on a later day without reopening the file.
_ANL_YEARS_AHEAD = 6
_QUARTER = re.compile(r"[0-9]{4}-Q[1-4]")
_IDENTITY_FIRST = ("company.legal_name", "company.dba", "company.officer_name", "company.poc_name",
                   "company.ctpat_contact_name", "company.address", "company.ctpat_account")


@lru_cache(maxsize=8)
def area_labels(program: str) -> dict[str, str]:
    """English names of the program's trade areas (``forms/<program>/trade_areas.yaml``)."""
    try:
        areas = trade_areas(program)
    except UserError:
        return {}
    return {"general": "compliance manual", **{area.id: area.title("en") for area in areas}}


def last_change(app: Application) -> tuple[int, str | None]:
    """The id and time of the newest change-log entry (0 and None for an untouched file)."""
    rows = app.file.query("SELECT id, at FROM change_log ORDER BY id DESC LIMIT 1")
    return (int(rows[0][0]), str(rows[0][1])) if rows else (0, None)


def ior_numbers(answers: dict[str, Any]) -> list[IorNumber]:
    """The valid IOR numbers of ``company.ior_numbers`` (invalid entries are skipped)."""
    found: list[IorNumber] = []
    rows = answers.get("company.ior_numbers")
    for row in rows if isinstance(rows, list) else []:
        number = row.get("number") if isinstance(row, dict) else None
        if isinstance(number, str):
            try:
                found.append(IorNumber.parse(number))
            except IdentifierError:
                continue
    return found


def _next_quarter(cycles: list[str]) -> dict[str, str] | None:
    """The cycle after the latest quarterly one recorded (``YYYY-Qn``), due at its end."""
    quarters = sorted(c for c in cycles if _QUARTER.fullmatch(c))
    if not quarters:
        return None
    year, quarter = int(quarters[-1][:4]), int(quarters[-1][-1])
    year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    last_month = dt.date(year, quarter * 3, 1)
    due = add_months(last_month, 1) - dt.timedelta(days=1)
    return {"kind": "self_test", "date": due.isoformat(),
            "label": f"Self-test cycle {year}-Q{quarter}"}


def _self_test_deadlines(app: Application) -> list[dict[str, str]]:
    """The next quarterly self-test cycle and open corrective actions with a due date."""
    items: list[dict[str, str]] = []
    cycles = [str(data.get("cycle") or "") for data in app.file.records("cycle").values()]
    following = _next_quarter(cycles)
    if following:
        items.append(following)
    for key, action in app.file.records("action").items():
        due = parse_iso_date(action.get("due"))
        if due and not action.get("verified_on"):
            area = str(action.get("area") or "").replace("_", " ")
            items.append({"kind": "self_test", "date": due.isoformat(),
                          "label": f"Corrective action {key[:20]} ({area[:40]})"})
    return items


def deadlines_of(app: Application, answers: dict[str, Any],
                 today: dt.date) -> list[dict[str, str]]:
    """Dated obligations: ANL due dates, self-test cycles, policy review dates (sorted)."""
    items: list[dict[str, str]] = []
    accepted = parse_iso_date(answers.get(ACCEPTANCE_ANSWER)) or parse_iso_date(
        app.file.meta(ACCEPTANCE_META))
    if accepted:
        since = add_months(today, -12)
        for due in anl_due_dates(accepted, add_months(today, 12 * _ANL_YEARS_AHEAD)):
            if due >= since:
                items.append({"kind": "anl", "date": due.isoformat(),
                              "label": f"Annual notification letter ({due.year})"})
    items += _self_test_deadlines(app)
    for question_id, value in answers.items():
        if question_id.startswith("policies.") and question_id.endswith(".next_review"):
            review = parse_iso_date(value)
            if review:
                key = question_id.split(".")[1]
                area = area_labels(app.program.id).get(key, key.replace("_", " "))
                items.append({"kind": "policy_review", "date": review.isoformat(),
                              "label": f"Policy review: {area}"})
    return sorted(items, key=lambda item: (item["date"], item["kind"], item["label"]))


def _texts(value: Any) -> list[str]:
    """Every string inside an answer (table cells and list items included)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return []


def search_text(answers: dict[str, Any], numbers: list[IorNumber]) -> str:
    """Lower-case text to search: names first, IOR numbers with and without dashes, answers."""
    parts = [str(answers.get(key) or "") for key in _IDENTITY_FIRST]
    for number in numbers:
        parts += [number.normalized, number.normalized.replace("-", "")]
    for question_id in sorted(answers):
        if question_id not in _IDENTITY_FIRST and question_id != "company.ior_numbers":
            parts += [t for t in _texts(answers[question_id]) if len(t) > 3]
    text = " ".join(" ".join(p.split()) for p in parts if p).lower()
    return text[:SEARCH_LIMIT]


def compute_summary(app: Application, today: dt.date | None = None) -> dict[str, Any]:
    """What the dashboard shows about ``app``, as plain JSON-ready data."""
    today = today or dt.date.today()
    answers = app.answers()
    report = app.check(today)
    blockers = report.errors
    numbers = ior_numbers(answers)
    change_id, changed_at = last_change(app)
    incomplete = any(f.code == "eligibility_incomplete" for f in report.eligibility.blockers)
    return {
        "version": SUMMARY_VERSION,
        "client": str(answers.get("company.legal_name") or "").strip(),
        "dba": str(answers.get("company.dba") or "").strip(),
        "program": app.program.id,
        "complete_pct": round(float(report.complete_pct), 1),
        "eligible": bool(report.eligibility.eligible),
        "eligibility": ("eligible" if report.eligibility.eligible
                        else "incomplete" if incomplete else "not_eligible"),
        "blockers": len(blockers),
        "first_blocker": blockers[0].message if blockers else "",
        "ior_masked": [n.masked for n in numbers],
        "deadlines": deadlines_of(app, answers, today),
        "last_changed": changed_at or str(app.file.meta("created_at") or ""),
        "change_id": change_id,
        "review_state": str(app.file.meta("review_state") or ""),
        "search_text": search_text(answers, numbers),
        "computed_on": today.isoformat(),
    }


def store_summary(app: Application, today: dt.date | None = None) -> dict[str, Any]:
    """Compute the summary and keep it in the file's ``meta`` (no-op for a read-only file)."""
    summary = compute_summary(app, today)
    if not app.file.read_only:
        app.file.set_meta(SUMMARY_KEY, summary)
    return summary
