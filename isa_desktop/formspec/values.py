"""Turning raw answer values (typed, imported or from JSON) into the stored canonical form.

:func:`coerce_value` checks the *type* only and raises :class:`ValueError` with a plain
message; identifier rules (an IOR number's prefix, say) are reported later by ``check`` so a
half-typed value is still saved. :func:`validation_problems` runs the named validator.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from isa_desktop.formspec.models import NUMERIC_TYPES, Question

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YESNO = {"yes": "yes", "no": "no", "na": "na", "n/a": "na", "oui": "yes", "non": "no"}
_DEFAULT_VALIDATORS = {"email": "email", "phone": "phone"}


def is_empty(value: Any) -> bool:
    """True for an unanswered value: None, blank text, empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, (list, tuple)):
        return len(value) == 0
    return False


def _number(question: Question, raw: Any) -> int | float:
    if isinstance(raw, bool):
        raise ValueError("expected a number, not true/false")
    if isinstance(raw, str):
        text = raw.strip().replace(",", "").replace("$", "").replace("%", "").replace(" ", "")
        try:
            raw = float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            raise ValueError(f"{raw!r} is not a number") from None
    if isinstance(raw, float) and not math.isfinite(raw):
        raise ValueError("expected a number, not NaN or infinity")
    if not isinstance(raw, (int, float)):
        raise ValueError(f"expected a number, not {_kind_of(raw)}")
    if question.type == "integer":
        if isinstance(raw, float) and not raw.is_integer():
            raise ValueError(f"{raw} is not a whole number")
        raw = int(raw)
    low = question.min if question.min is not None else (0 if question.type != "decimal" else None)
    high = question.max
    if high is None and question.type == "percent":
        high = 100
    if low is not None and raw < low:
        raise ValueError(f"{raw} is below the minimum of {low:g}")
    if high is not None and raw > high:
        raise ValueError(f"{raw} is above the maximum of {high:g}")
    return raw


def _kind_of(raw: Any) -> str:
    """How a JSON value is called in a message ("a list", not "list")."""
    names = {bool: "true/false", list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(raw), "a value of another kind")


def _text(question: Question, raw: Any) -> str:
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise ValueError(f"expected text, not {_kind_of(raw)}")
    text = str(raw)
    if len(text) > question.text_limit:
        raise ValueError(
            f"the text is {len(text):,} characters long; the limit here is "
            f"{question.text_limit:,} (attach a document for longer material)"
        )
    return text if question.type == "textarea" else text.strip()


def _date(raw: Any) -> str:
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if not isinstance(raw, str) or not _DATE.match(raw.strip()):
        raise ValueError(f"{raw!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{raw!r} is not a real calendar date") from None


def _choice(question: Question, raw: Any) -> str:
    values = [c.value for c in question.choices or []]
    if not isinstance(raw, str) or raw not in values:
        raise ValueError(f"{raw!r} is not one of: {', '.join(values)}")
    return raw


def _table(question: Question, raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
        raise ValueError("expected a list of rows (objects)")
    if question.max_rows is not None and len(raw) > question.max_rows:
        raise ValueError(f"at most {question.max_rows} rows are allowed")
    rows = []
    for index, row in enumerate(raw):
        clean: dict[str, Any] = {}
        for key, cell in row.items():
            column = question.column(str(key))
            if column is None:
                raise ValueError(f"row {index + 1}: there is no column {key!r}")
            try:
                clean[column.id] = None if is_empty(cell) else coerce_value(column, cell)
            except ValueError as exc:
                raise ValueError(f"row {index + 1}, column {key!r}: {exc}") from None
        rows.append(clean)
    return rows


def coerce_value(question: Question, raw: Any) -> Any:
    """The canonical stored value of ``raw`` for ``question`` (None when empty)."""
    if is_empty(raw):
        return None
    kind = question.type
    if kind == "attachment":
        raise ValueError("documents are attached as files, not given as answers")
    if kind in NUMERIC_TYPES:
        return _number(question, raw)
    if kind == "yesno":
        key = ("yes" if raw else "no") if isinstance(raw, bool) else str(raw).strip().lower()
        if key not in _YESNO:
            raise ValueError(f"{raw!r} is not yes, no or na")
        return _YESNO[key]
    if kind == "date":
        return _date(raw)
    if kind == "choice":
        return _choice(question, raw)
    if kind == "multichoice":
        if not isinstance(raw, list):
            raise ValueError("expected a list of choices")
        return list(dict.fromkeys(_choice(question, item) for item in raw))
    if kind == "table":
        return _table(question, raw)
    return _text(question, raw)


def validator_name(question: Question) -> str | None:
    """The validator that applies: the named one, or the type's own (email, phone)."""
    return question.validator or _DEFAULT_VALIDATORS.get(question.type)


def validation_problems(question: Question, value: Any) -> list[tuple[str, str]]:
    """``(code, message)`` pairs for a stored value that fails its validator."""
    name = validator_name(question)
    if name is None or is_empty(value) or not isinstance(value, str):
        return []
    from isa_desktop.domain.validators import validate

    try:
        validate(name, value)
    except ValueError as exc:
        return [(getattr(exc, "code", f"invalid_{name}"), getattr(exc, "message", str(exc)))]
    return []


def normalized(question: Question, value: Any) -> Any:
    """A valid value in its validator's canonical form (IOR numbers with dashes, upper-case
    filer codes, dotted HTS numbers); a value that does not pass yet is kept as typed, so a
    half-typed answer is saved and ``check`` can say what is wrong with it."""
    if question.type == "table" and isinstance(value, list):
        return [{key: normalized(column, cell) if (column := question.column(key)) else cell
                 for key, cell in row.items()} if isinstance(row, dict) else row
                for row in value]
    name = validator_name(question)
    if name is None or not isinstance(value, str) or is_empty(value):
        return value
    from isa_desktop.domain.validators import validate

    try:
        return validate(name, value)
    except ValueError:
        return value
