"""Fill the Annual Notification Letter's data object from the inputs and ``anl.yaml``."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from isa_desktop.domain.deadlines import (
    FIRST_ANL_MONTHS,
    add_months,
    anl_due_dates,
    parse_iso_date,
)
from isa_desktop.errors import UserError
from isa_desktop.pdf import collect
from isa_desktop.pdf.data import AnlData, ChangeEntry, Contact, Inputs, TableData
from isa_desktop.pdf.fill import ACTION_COLUMNS, CYCLE_COLUMNS, ior_phrase, text
from isa_desktop.pdf.templates import Template

BUSINESS_NAVS = ("company", "eligibility", "policies")
MAX_CHANGES = 200
SHOWN_CHARS = 300
_CYCLE = re.compile(r"([0-9]{4})(?:-(Q[1-4]|H[12]|[0-9]{2})\b)?")


@dataclass(frozen=True)
class LetterPeriod:
    """What one annual letter covers: from ``start`` (the previous letter's due date, or the
    acceptance date for the first letter) up to, not including, its own due date."""

    start: date
    due: date


def acceptance_date(inputs: Inputs) -> date | None:
    """The date CBP accepted the company: the Account management answer, else the file's meta."""
    return parse_iso_date(inputs.answers.get("account.accepted_on")) or parse_iso_date(
        inputs.meta.get("accepted_on"))


def letter_period(acceptance: date | None, year: int) -> LetterPeriod:
    """The period of the letter due in ``year``; a :class:`UserError` when there is none."""
    if acceptance is None:
        raise UserError("The annual letter needs the date CBP accepted the company into the "
                        "program: Company profile → Account management.")
    dues = anl_due_dates(acceptance, date(year, 12, 31))
    if not dues or dues[-1].year != year:
        first = add_months(acceptance, FIRST_ANL_MONTHS)
        raise UserError(f"The first annual letter is due {first.isoformat()}; there is none "
                        f"for {year}.")
    start = dues[-2] if len(dues) > 1 else acceptance
    return LetterPeriod(start, dues[-1])


def _decode(raw: object) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(str(raw))
    except ValueError:
        return raw


def _row_text(question: Any, row: dict[str, Any]) -> str:
    """A table row in one line: its first three non-empty cells in column order."""
    order = [c.id for c in question.columns or []] if question is not None else list(row)
    cells = [str(row[c]) for c in order if row.get(c) not in (None, "")]
    return " · ".join(cells[:3])


def _table_change(question: Any, old: Any, new: Any) -> tuple[str, str]:
    """Only the rows that differ: those gone (before) and those new or changed (now)."""
    before = [_row_text(question, r) for r in old or [] if isinstance(r, dict)]
    after = [_row_text(question, r) for r in new or [] if isinstance(r, dict)]
    gone = [r for r in before if r not in after]
    added = [r for r in after if r not in before]
    return "; ".join(gone) or "—", "; ".join(added) or "—"


def _shown(inputs: Inputs, qid: str, raw: object) -> str:
    value = _decode(raw)
    question = inputs.program.questions.get(qid)
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        shown = "; ".join(_row_text(question, row) for row in value if isinstance(row, dict))
        return shown if len(shown) <= SHOWN_CHARS else f"{shown[:SHOWN_CHARS].rstrip()}…"
    shown = (collect.format_value(question, value, inputs.lang) if question else str(value)) \
        or "—"
    if len(shown) > SHOWN_CHARS:  # a letter summarises: long texts are cited, not reprinted
        shown = f"{shown[:SHOWN_CHARS].rstrip()}… ({len(shown):,} characters in all)"
    return shown


def business_changes(inputs: Inputs, since: str, until: str | None = None
                     ) -> list[ChangeEntry]:
    """Changes to profile, eligibility and procedures logged from ``since`` up to, not
    including, ``until`` (ISO dates), one row per answer.

    Each answer is shown once, from its value before the period to its value now. An answer
    given for the first time is filling in the application, not a change to the business,
    so it is left out.
    """
    program = inputs.program
    collapsed: dict[str, list[Any]] = {}
    for entry in inputs.change_log:
        target = str(entry.get("target") or "")
        question = program.questions.get(target)
        if question is None or not _within(str(entry.get("at") or ""), since, until):
            continue
        if program.form(question.form_id).nav not in BUSINESS_NAVS:
            continue
        if target in collapsed:
            collapsed[target][1:] = [entry.get("new"), entry.get("at")]
        elif entry.get("old") is not None:  # a first answer is not a change: start after it
            collapsed[target] = [entry.get("old"), entry.get("new"), entry.get("at")]
    result = []
    for target, (old, new, at) in collapsed.items():
        if program.questions[target].type == "table":
            before, after = _table_change(program.questions[target], _decode(old), _decode(new))
        else:
            before, after = _shown(inputs, target, old), _shown(inputs, target, new)
        if before != after:
            label = program.questions[target].label.get(inputs.lang)
            result.append(ChangeEntry(str(at)[:10], label, before, after))
    result.sort(key=lambda c: c.when)
    return result[:MAX_CHANGES]


def _within(value: str, since: str, until: str | None) -> bool:
    """Whether an ISO date or timestamp falls in ``[since, until)`` (compared by day)."""
    day = value[:10]
    return len(day) == 10 and day >= since and (until is None or day < until)


def _cycle_end(label: str) -> date | None:
    """The last day of a cycle named ``2026``, ``2026-H1``, ``2026-Q2`` or ``2026-05``."""
    match = _CYCLE.match(label.strip())
    if match is None:
        return None
    year, part = int(match.group(1)), match.group(2) or "12"
    month = {"Q": 3, "H": 6}.get(part[0], 1) * int(part.lstrip("QH"))
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _testing(inputs: Inputs, period: LetterPeriod) -> TableData | None:
    """Self-testing cycles that ended within the period."""
    since, until = period.start.isoformat(), period.due.isoformat()
    chosen = {}
    for key, record in inputs.records.get("cycle", {}).items():
        label = str(record.get("cycle") or key.split("/")[0])
        end = _cycle_end(label)
        if (end is not None and _within(end.isoformat(), since, until)) or (
                end is None and str(period.due.year) in label):
            chosen[key] = record
    return collect.records_table(chosen, CYCLE_COLUMNS)


def _actions(inputs: Inputs, period: LetterPeriod) -> TableData | None:
    """Corrective actions still open, and those due or verified within the period."""
    since, until = period.start.isoformat(), period.due.isoformat()
    actions = inputs.records.get("action", {})
    chosen = {k: r for k, r in actions.items() if not r.get("verified_on")
              or any(_within(str(r.get(f) or ""), since, until) for f in ("due", "verified_on"))}
    return collect.records_table(chosen, ACTION_COLUMNS)


def _disclosures(inputs: Inputs, period: LetterPeriod) -> TableData | None:
    """Prior disclosures and post-summary corrections filed within the period."""
    since, until = period.start.isoformat(), period.due.isoformat()
    question = inputs.program.questions.get("company.prior_disclosures")
    rows = inputs.answers.get("company.prior_disclosures") or []
    chosen = [r for r in rows if isinstance(r, dict)
              and _within(str(r.get("filed_on") or ""), since, until)]
    return collect.table_data(question, chosen, inputs.lang) if question and chosen else None


def _slots(inputs: Inputs, year: int, period: LetterPeriod, ior_count: int) -> dict[str, str]:
    """The values of the template's ``{name}`` slots."""
    answers = inputs.answers
    status = inputs.program.questions.get("eligibility.ctpat_status")
    ctpat = collect.format_value(status, answers.get("eligibility.ctpat_status"),
                                 inputs.lang) if status else None
    since = period.start.isoformat()
    slots = {"year": str(year), "since": since, "period_start": since,
             "period_end": period.due.isoformat(), "due": period.due.isoformat(),
             "date": inputs.today, "ior_count": str(ior_count),
             "ior_phrase": ior_phrase(ior_count), "ctpat_status": (ctpat or "").lower()}
    for slot, key in (("legal_name", "company.legal_name"),
                      ("officer_name", "company.officer_name"),
                      ("officer_title", "company.officer_title"),
                      ("account_manager", "account.manager_name"),
                      ("ps_contact_name", "isa_ps.contact_name"),
                      ("ps_contact_title", "isa_ps.contact_title"),
                      ("ps_contact_email", "isa_ps.contact_email")):
        slots[slot] = text(answers, key)
    return slots


def anl_data(inputs: Inputs, year: int, template: Template, people: list[Contact],
             iors: list[tuple[str, str]]) -> AnlData:
    """The letter due in ``year``, covering the period since the previous one was due (or since
    acceptance); a :class:`UserError` when there is no acceptance date or no letter that year."""
    answers = inputs.answers
    period = letter_period(acceptance_date(inputs), year)
    since, until = period.start.isoformat(), period.due.isoformat()
    slots = _slots(inputs, year, period, len(iors))
    get, fill = template.get, template.fill
    labels = {k: fill(v, slots) for k, v in get("labels", default={}).items()}
    officer = Contact(labels.get("officer_role", "Company officer"), slots["officer_name"],
                      slots["officer_title"])
    return AnlData(
        year=year, date=inputs.today, company_name=slots["legal_name"],
        address=text(answers, "company.address"), ior_numbers=iors,
        addressee=template.fill_list(get("addressee"), slots),
        subject=fill(get("subject"), slots), opening=template.fill_list(get("opening"), slots),
        contacts=people, eligibility_heading=fill(get("eligibility", "heading"), slots),
        eligibility_text=template.fill_list(get("eligibility", "text"), slots),
        changes_heading=fill(get("changes", "heading"), slots),
        changes_intro=fill(get("changes", "intro"), slots),
        changes=business_changes(inputs, since, until),
        changes_empty=fill(get("changes", "empty"), slots),
        testing_heading=fill(get("testing", "heading"), slots),
        testing=_testing(inputs, period), testing_empty=fill(get("testing", "empty"), slots),
        actions_heading=fill(get("actions", "heading"), slots),
        actions=_actions(inputs, period),
        actions_empty=fill(get("actions", "empty"), slots),
        disclosures_heading=fill(get("disclosures", "heading"), slots),
        disclosures=_disclosures(inputs, period),
        disclosures_empty=fill(get("disclosures", "empty"), slots),
        closing=template.fill_list(get("closing"), slots), officer=officer, labels=labels,
        draft=not slots["legal_name"] or not slots["officer_name"],
        isa_ps_heading=fill(get("isa_ps", "heading"), slots) if inputs.isa_ps else "",
        isa_ps_text=template.fill_list(get("isa_ps", "text"), slots) if inputs.isa_ps else [])
