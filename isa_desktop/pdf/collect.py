"""Answers to printable items: each visible question with its formatted answer.

Works on a :class:`Program` and an answers view (plain data); knows nothing of the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from isa_desktop.formspec.models import Form, Question
from isa_desktop.formspec.program import Program
from isa_desktop.pdf.data import Block, Item, PolicyEntry, RemediationItem, TableData

_YESNO = {"yes": "Yes", "no": "No", "na": "Not applicable"}
_POLICY = re.compile(r"^policies\.([a-z0-9_]+)\.form$")


def format_value(question: Question, value: Any, lang: str = "en") -> str | None:
    """An answer as text a reader expects (labels for choices, $ for money); None if empty."""
    if value is None or value == "" or value == []:
        return None
    kind = question.type
    if kind == "yesno":
        return _YESNO.get(str(value), str(value))
    if kind == "choice":
        return question.choice_label(str(value), lang)
    if kind == "multichoice":
        values = value if isinstance(value, list) else [value]
        return "; ".join(question.choice_label(str(v), lang) for v in values)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if kind == "money" and isinstance(value, int | float):
        return f"${value:,.0f}" if float(value).is_integer() else f"${value:,.2f}"
    if kind == "percent" and isinstance(value, int | float):
        return f"{value:g} %"
    if kind == "integer" and isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | dict):
        return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return str(value)


def table_data(question: Question, rows: Any, lang: str = "en") -> TableData:
    """A table answer with column labels and formatted cells."""
    columns = question.columns or []
    body = []
    for row in rows if isinstance(rows, list) else []:
        cells = row if isinstance(row, Mapping) else {}
        body.append([format_value(c, cells.get(c.id), lang) or "" for c in columns])
    return TableData([c.label.get(lang) for c in columns], body)


def item_for(program: Program, question: Question, view: Mapping[str, Any],
             attachments: Mapping[str, list[str]], lang: str = "en") -> Item:
    """One visible question with its answer and its visible follow-ups."""
    label = question.label.get(lang)
    value = view.get(question.id)
    item = Item(question.id, label)
    if question.type == "table":
        if value:
            item.table = table_data(question, value, lang)
    elif question.type == "attachment":
        docs = attachments.get(question.id, [])
        item.text = "\n".join(docs) if docs else None
    else:
        item.text = format_value(question, value, lang)
    return item


def form_blocks(program: Program, form: Form, view: Mapping[str, Any],
                attachments: Mapping[str, list[str]], lang: str = "en") -> list[Block]:
    """The visible questions of a form by section, follow-ups under their control."""
    blocks = []
    for section in form.sections:
        items: list[Item] = []
        by_id: dict[str, Item] = {}
        for question in section.questions:
            if not program.is_visible(question, view):
                continue
            item = item_for(program, question, view, attachments, lang)
            parent = by_id.get(question.follow_up_of or "")
            if parent is not None:
                parent.follow_ups.append(item)
            else:
                items.append(item)
                by_id[question.id] = item
        if items:
            blocks.append(Block(section.title.get(lang), items))
    return blocks


def remediation(program: Program, view: Mapping[str, Any],
                lang: str = "en") -> list[RemediationItem]:
    """Every visible control answered "no", with its remediation answer."""
    result = []
    for question in program.visible_questions(view):
        if question.control and view.get(question.id) == "no":
            form = program.form(question.form_id)
            plan = view.get(f"{question.id}.remediation")
            result.append(RemediationItem(form.title.get(lang), question.label.get(lang),
                                          str(plan) if plan else None))
    return result


def policies(program: Program, view: Mapping[str, Any],
             labels_by_question: Mapping[str, list[str]], lang: str = "en"
             ) -> list[PolicyEntry]:
    """One index row per policy area (``policies.<area>.form``)."""
    result = []
    for question in program.all_questions():
        match = _POLICY.match(question.id)
        if not match or not program.is_visible(question, view):
            continue
        prefix = f"policies.{match.group(1)}"

        def text(suffix: str, prefix: str = prefix) -> str:
            other = program.questions.get(f"{prefix}.{suffix}")
            value = view.get(f"{prefix}.{suffix}")
            return (format_value(other, value, lang) if other else None) or "—"

        section = next((s for s in program.form(question.form_id).sections
                        if any(q.id == question.id for q in s.questions)), None)
        area = section.title.get(lang) if section else match.group(1)
        procedure = view.get(f"{prefix}.procedure") if view.get(question.id) == "written" \
            else None
        result.append(PolicyEntry(area, text("form"), text("owner"), text("version"),
                                  text("next_review"),
                                  list(labels_by_question.get(f"{prefix}.document", [])),
                                  str(procedure) if procedure else None))
    return result


#: Stored codes of the self-testing records, in the words a reader expects.
WORDS = {"high": "High", "medium": "Medium", "low": "Low",
         "attribute": "Attribute sampling", "judgmental": "Judgmental",
         "full": "100 % review", "annual": "Yearly", "semiannual": "Twice a year",
         "quarterly": "Quarterly", "monthly": "Monthly", "weekly": "Weekly", "daily": "Daily"}
_CODED = ("rating", "computed_rating", "override_rating", "method", "frequency")

#: A records-table column: the record's field, its heading and its relative width.
Column = tuple[str, str, float]


def word(value: Any) -> Any:
    """A stored code ("high", "attribute", "quarterly") in words; anything else unchanged."""
    return WORDS.get(value, value) if isinstance(value, str) else value


def records_table(records: Mapping[str, Mapping[str, Any]],
                  columns: list[Column]) -> TableData | None:
    """Records (risk, plan, cycle, action) as a table of the named columns; None if empty."""
    if not records:
        return None
    rows = []
    for _key, record in sorted(records.items()):
        shown = _with_derived(record)
        rows.append([_cell(shown.get(name)) for name, _, _ in columns])
    return TableData([title for _, title, _ in columns], rows,
                     widths=[weight for _, _, weight in columns])


def overridden(record: Mapping[str, Any]) -> bool:
    """Whether a risk record's rating was set by hand rather than taken from its score."""
    return bool(record.get("override_rating"))


def _with_derived(record: Mapping[str, Any]) -> dict[str, Any]:
    """Add the printable fields a record may lack: the area's name, the error count, the
    error rate in percent (records store it as a fraction), codes in words, and a rating set
    by hand marked as such next to the rating its score gives."""
    shown = dict(record)
    shown.setdefault("area_label", record.get("area"))
    errors = record.get("errors")
    if "error_count" not in shown and isinstance(errors, list):
        shown["error_count"] = len(errors)
    rate = record.get("error_rate")
    if isinstance(rate, (int, float)) and not isinstance(rate, bool):
        shown["error_rate_pct"] = round(float(rate) * 100, 1)
    for name in _CODED:
        shown[name] = word(shown.get(name))
    if overridden(record):
        override, computed = record["override_rating"], record.get("computed_rating")
        shown["rating"] = word(override) + (f" (overridden from {word(computed)})"
                                            if computed and computed != override
                                            else " (set by hand)")
        shown["override_reason"] = record.get("override_reason") or "No reason given"
    return shown


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if not value.is_integer() else \
            f"{value:,.0f}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
