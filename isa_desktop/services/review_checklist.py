"""The broker pre-certification checklist (``forms/<program>/review.yaml``), loaded and checked.

The checklist is data: a broker firm can reword or extend it without touching code. Loading it
checks the shape and that every default reference names a real question of the program.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from isa_desktop import paths
from isa_desktop.errors import FormError
from isa_desktop.formspec import load_program
from isa_desktop.formspec.loader import read_data_file

AREAS = ("completeness", "policies", "controls", "self_testing")
_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")


def localized(value: Mapping[str, str], lang: str) -> str:
    """The French text when asked for and present, else the English one."""
    if lang.lower().startswith("fr") and value.get("fr-CA"):
        return value["fr-CA"]
    return value.get("en", "")


@dataclass(frozen=True)
class ChecklistItem:
    """One thing the reviewer checks, in one of the four areas."""

    id: str
    area: str
    text: Mapping[str, str]
    help: Mapping[str, str]
    refers_to: str | None = None

    def text_in(self, lang: str = "en") -> str:
        """The item's statement in ``lang``."""
        return localized(self.text, lang)

    def help_in(self, lang: str = "en") -> str:
        """The item's guidance in ``lang``."""
        return localized(self.help, lang)


@dataclass(frozen=True)
class Checklist:
    """The whole checklist: areas in order and items in order."""

    version: int
    title: Mapping[str, str]
    areas: dict[str, Mapping[str, str]]
    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem | None:
        """The item with ``item_id`` (None if the checklist has no such item)."""
        return next((i for i in self.items if i.id == item_id), None)

    def area_title(self, area: str, lang: str = "en") -> str:
        """The heading of an area in ``lang``."""
        return localized(self.areas.get(area, {"en": area}), lang)


def _texts(value: Any, where: str) -> Mapping[str, str]:
    if not isinstance(value, Mapping) or not isinstance(value.get("en"), str):
        raise FormError(f"review.yaml: {where} needs an 'en' text.")
    return {str(k): " ".join(str(v).split()) for k, v in value.items()}


def _item(raw: Any, questions: Mapping[str, object], seen: set[str]) -> ChecklistItem:
    if not isinstance(raw, Mapping):
        raise FormError("review.yaml: every item must be a mapping.")
    item_id = str(raw.get("id") or "")
    if not _ID.match(item_id) or item_id in seen:
        raise FormError(f"review.yaml: item id {item_id!r} is missing, malformed or repeated.")
    seen.add(item_id)
    area = raw.get("area")
    if area not in AREAS:
        raise FormError(f"review.yaml: item {item_id} has unknown area {area!r}.")
    refers_to = raw.get("refers_to")
    if refers_to is not None and refers_to not in questions:
        raise FormError(f"review.yaml: item {item_id} refers to {refers_to!r}, which is not a "
                        "question of the program.")
    return ChecklistItem(item_id, str(area), _texts(raw.get("text"), f"item {item_id}"),
                         _texts(raw.get("help") or {"en": ""}, f"item {item_id} help"),
                         refers_to)


@lru_cache(maxsize=4)
def load_checklist(program_id: str = "isa") -> Checklist:
    """The checklist of ``program_id`` (the ISA one when the program has none of its own)."""
    path = paths.forms_dir() / program_id / "review.yaml"
    if not path.is_file():
        path = paths.forms_dir() / "isa" / "review.yaml"
        program_id = "isa"
    data = read_data_file(path)  # parsed once and cached, like the form files
    if not isinstance(data, Mapping):
        raise FormError("review.yaml: the checklist must be a mapping.")
    questions = load_program(program_id).questions
    areas = {str(a.get("id")): _texts(a.get("title"), f"area {a.get('id')}")
             for a in data.get("areas") or [] if isinstance(a, Mapping)}
    if tuple(areas) != AREAS:
        raise FormError(f"review.yaml: the areas must be {', '.join(AREAS)}, in that order.")
    seen: set[str] = set()
    items = tuple(_item(raw, questions, seen) for raw in data.get("items") or [])
    if not items:
        raise FormError("review.yaml: the checklist has no items.")
    return Checklist(int(data.get("version") or 1), _texts(data.get("title"), "title"),
                     areas, items)
