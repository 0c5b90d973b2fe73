"""What differs between two sets of answers: added, removed and changed questions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from isa_desktop.domain.identifiers import mask_identifiers_in

_SHOWN = 160


@dataclass(frozen=True)
class DiffLine:
    """One difference ready to show: ``kind`` is ``added``, ``removed`` or ``changed``."""

    kind: str
    question_id: str
    old: str
    new: str


@dataclass
class AnswerDiff:
    """Answers present only in the new set, only in the old set, and changed (old, new)."""

    added: dict[str, Any] = field(default_factory=dict)
    removed: dict[str, Any] = field(default_factory=dict)
    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when both sets hold the same answers."""
        return not (self.added or self.removed or self.changed)

    def __len__(self) -> int:
        return len(self.added) + len(self.removed) + len(self.changed)

    def lines(self) -> list[DiffLine]:
        """Every difference in question order, with values as short masked text."""
        items = [DiffLine("added", q, "", shown(v)) for q, v in self.added.items()]
        items += [DiffLine("removed", q, shown(v), "") for q, v in self.removed.items()]
        items += [DiffLine("changed", q, shown(o), shown(n)) for q, (o, n) in self.changed.items()]
        return sorted(items, key=lambda line: line.question_id)


def shown(value: Any) -> str:
    """An answer as one short line; Social Security numbers keep only their last four digits."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = ", ".join(value)
    else:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = mask_identifiers_in(" ".join(text.split()))
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def diff_answers(old: Mapping[str, Any], new: Mapping[str, Any]) -> AnswerDiff:
    """Compare two answer dicts (an empty answer counts as no answer)."""
    diff = AnswerDiff()
    for question_id in sorted(set(old) | set(new)):
        before, after = old.get(question_id), new.get(question_id)
        if _empty(before) and _empty(after):
            continue
        if _empty(before):
            diff.added[question_id] = after
        elif _empty(after):
            diff.removed[question_id] = before
        elif before != after:
            diff.changed[question_id] = (before, after)
    return diff
