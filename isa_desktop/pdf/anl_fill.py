"""Fill the Annual Notification Letter's data object from the inputs and ``anl.yaml``."""

from __future__ import annotations

import json
from typing import Any

from isa_desktop.pdf import collect
from isa_desktop.pdf.data import AnlData, ChangeEntry, Contact, Inputs, TableData
from isa_desktop.pdf.fill import ACTION_COLUMNS, CYCLE_COLUMNS, text
from isa_desktop.pdf.templates import Template

BUSINESS_NAVS = ("company", "eligibility", "policies")
MAX_CHANGES = 200
SHOWN_CHARS = 300


def previous_letter(inputs: Inputs, year: int) -> str | None:
    """Date of the latest letter generated for an earlier year, if any."""
    dates = [str(d.get("generated_at") or "")[:10] for d in inputs.documents
             if d.get("kind") == "anl" and (_note_year(d.get("note")) or year) < year]
    return max(dates) if dates else None


def _note_year(note: object) -> int | None:
    if isinstance(note, str) and note.startswith("year="):
        try:
            return int(note[5:])
        except ValueError:
            return None
    return None


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


def business_changes(inputs: Inputs, since: str) -> list[ChangeEntry]:
    """Changes to profile, eligibility and procedures since ``since``, one row per answer.

    Each answer is shown once, from its value before the period to its value now. An answer
    given for the first time is filling in the application, not a change to the business,
    so it is left out.
    """
    program = inputs.program
    collapsed: dict[str, list[Any]] = {}
    for entry in inputs.change_log:
        target = str(entry.get("target") or "")
        question = program.questions.get(target)
        if question is None or str(entry.get("at") or "") < since:
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


def _in_year(record: dict[str, Any], keys: tuple[str, ...], year: int, since: str) -> bool:
    values = [str(record.get(k) or "") for k in keys]
    return any(v.startswith(str(year)) or (len(v) >= 10 and v[:10] >= since) for v in values)


def _testing(inputs: Inputs, year: int) -> TableData | None:
    cycles = inputs.records.get("cycle", {})
    chosen = {k: r for k, r in cycles.items() if str(year) in f"{k} {r.get('cycle', '')}"}
    return collect.records_table(chosen, CYCLE_COLUMNS)


def _actions(inputs: Inputs, year: int, since: str) -> TableData | None:
    actions = inputs.records.get("action", {})
    chosen = {k: r for k, r in actions.items()
              if not r.get("verified_on") or _in_year(r, ("due", "verified_on"), year, since)}
    return collect.records_table(chosen, ACTION_COLUMNS)


def _disclosures(inputs: Inputs, year: int, since: str) -> TableData | None:
    question = inputs.program.questions.get("company.prior_disclosures")
    rows = inputs.answers.get("company.prior_disclosures") or []
    chosen = [r for r in rows if isinstance(r, dict)
              and _in_year(r, ("filed_on",), year, since)]
    return collect.table_data(question, chosen, inputs.lang) if question and chosen else None


def anl_data(inputs: Inputs, year: int, template: Template, people: list[Contact],
             iors: list[tuple[str, str]]) -> AnlData:
    """The letter for ``year``: changes since the previous letter (or 1 January last year)."""
    answers = inputs.answers
    since = (previous_letter(inputs, year) or str(answers.get("account.accepted_on") or "")
             or str(inputs.meta.get("accepted_on") or "") or f"{year - 1}-01-01")
    status = inputs.program.questions.get("eligibility.ctpat_status")
    ctpat = collect.format_value(status, answers.get("eligibility.ctpat_status"),
                                 inputs.lang) if status else None
    slots: dict[str, str] = {"legal_name": text(answers, "company.legal_name"), "year": str(year),
             "since": since, "date": inputs.today, "ior_count": str(len(iors)),
             "officer_name": text(answers, "company.officer_name"),
             "officer_title": text(answers, "company.officer_title"),
             "ctpat_status": (ctpat or "").lower(),
             "account_manager": text(answers, "account.manager_name"),
             "ps_contact_name": text(answers, "isa_ps.contact_name"),
             "ps_contact_title": text(answers, "isa_ps.contact_title"),
             "ps_contact_email": text(answers, "isa_ps.contact_email")}
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
        changes=business_changes(inputs, since),
        changes_empty=fill(get("changes", "empty"), slots),
        testing_heading=fill(get("testing", "heading"), slots),
        testing=_testing(inputs, year), testing_empty=fill(get("testing", "empty"), slots),
        actions_heading=fill(get("actions", "heading"), slots),
        actions=_actions(inputs, year, since),
        actions_empty=fill(get("actions", "empty"), slots),
        disclosures_heading=fill(get("disclosures", "heading"), slots),
        disclosures=_disclosures(inputs, year, since),
        disclosures_empty=fill(get("disclosures", "empty"), slots),
        closing=template.fill_list(get("closing"), slots), officer=officer, labels=labels,
        draft=not slots["legal_name"] or not slots["officer_name"],
        isa_ps_heading=fill(get("isa_ps", "heading"), slots) if inputs.isa_ps else "",
        isa_ps_text=template.fill_list(get("isa_ps", "text"), slots) if inputs.isa_ps else [])
