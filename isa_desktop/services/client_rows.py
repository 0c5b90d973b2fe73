"""The dashboard's rows, built from a stored summary that may come from someone else's file.

A summary is data inside a file we did not necessarily write, so every field is checked for
type and length before it becomes a row; anything odd sends the file down the slow path (full,
safe open) instead. Identifier-shaped text is masked again on the way in, so a summary written
by another tool cannot put a full Social Security number on screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isa_desktop.domain.identifiers import mask_identifiers_in
from isa_desktop.services.summary import SUMMARY_VERSION

DEADLINE_KINDS = ("anl", "self_test", "policy_review")
_MAX_TEXT = 500
_MAX_ITEMS = 200


@dataclass(frozen=True)
class Deadline:
    """One dated obligation of a client: ``kind`` is ``anl``, ``self_test`` or ``policy_review``."""

    kind: str
    date: dt.date
    label: str


@dataclass(frozen=True)
class ClientRow:
    """One readable client file as the dashboard shows it."""

    path: Path
    client: str
    dba: str
    program: str
    complete_pct: float
    eligible: bool
    eligibility: str  # eligible | not_eligible | incomplete
    blockers: int
    first_blocker: str
    ior_masked: tuple[str, ...]
    deadlines: tuple[Deadline, ...]
    last_changed: str
    change_id: int
    review_state: str = ""
    search_text: str = field(default="", repr=False)
    stale: bool = False  # summary computed now because the stored one was missing or old

    @property
    def name(self) -> str:
        """The client's legal name, or the file name when the name is not answered yet."""
        return self.client or self.path.stem

    def next_deadline(self, today: dt.date) -> Deadline | None:
        """The first deadline on or after ``today``."""
        return next((d for d in self.deadlines if d.date >= today), None)

    def upcoming(self, today: dt.date, days: int) -> list[Deadline]:
        """Deadlines from ``today`` up to ``days`` days ahead."""
        return [d for d in self.deadlines if 0 <= (d.date - today).days <= days]


@dataclass(frozen=True)
class UnreadableRow:
    """A file in the folder that could not be read, with the reason in a sentence."""

    path: Path
    reason: str

    @property
    def name(self) -> str:
        """The file name (there is no client name to show)."""
        return self.path.name


def _text(value: Any, limit: int = _MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return mask_identifiers_in(value[:limit])


def _number(value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError("not a number in range")
    return float(value)


def _deadline(item: Any) -> Deadline:
    if not isinstance(item, dict) or item.get("kind") not in DEADLINE_KINDS:
        raise ValueError("not a deadline")
    day, label = item.get("date"), item.get("label")
    if not isinstance(day, str) or not isinstance(label, str):
        raise ValueError("not a deadline")
    # Labels are written by our own code from fixed words and area names: no identifiers to
    # mask, and skipping the regex on thousands of labels keeps the scan fast.
    return Deadline(str(item["kind"]), dt.date.fromisoformat(day[:10]), label[:120])


def _build(path: Path, data: dict[str, Any], stale: bool) -> ClientRow:
    deadlines = data.get("deadlines")
    iors = data.get("ior_masked")
    if not isinstance(deadlines, list) or not isinstance(iors, list):
        raise ValueError("lists expected")
    return ClientRow(
        path=path,
        client=_text(data.get("client"), 300).strip(),
        dba=_text(data.get("dba"), 300).strip(),
        program=_text(data.get("program"), 40),
        complete_pct=_number(data.get("complete_pct"), 0, 100),
        eligible=bool(data.get("eligible") is True),
        eligibility=_text(data.get("eligibility"), 20),
        blockers=int(_number(data.get("blockers"), 0, 1_000_000)),
        first_blocker=_text(data.get("first_blocker")),
        ior_masked=tuple(_text(v, 40) for v in iors[:_MAX_ITEMS]),
        deadlines=tuple(sorted((_deadline(d) for d in deadlines[:_MAX_ITEMS]),
                               key=lambda d: (d.date, d.kind, d.label))),
        last_changed=_text(data.get("last_changed"), 40),
        change_id=int(_number(data.get("change_id"), 0, 2**63 - 1)),
        review_state=_text(data.get("review_state") or "", 40),
        # Not masked: the search text holds IOR numbers on purpose and is never displayed.
        search_text=str(data.get("search_text") or "")[:8192]
        if isinstance(data.get("search_text"), str) else "",
        stale=stale,
    )


def row_from_summary(path: Path, data: object, stale: bool = False) -> ClientRow | None:
    """A row from a stored summary, or None when the summary is not one we can trust."""
    if not isinstance(data, dict) or data.get("version") != SUMMARY_VERSION:
        return None
    try:
        return _build(path, data, stale)
    except (ValueError, TypeError, KeyError, OverflowError):
        return None
