"""The program's trade areas (``forms/<program>/trade_areas.yaml``), shared by the risk matrix,
the self-testing plan, the dashboard and the documents."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from isa_desktop import paths
from isa_desktop.errors import FormError
from isa_desktop.formspec.loader import read_data_file


@dataclass(frozen=True)
class TradeArea:
    """One trade area with its names and default risk ratings."""

    id: str
    label: dict[str, str]
    description: dict[str, str]
    default_likelihood: int
    default_impact: int

    def title(self, lang: str = "en") -> str:
        """The area's name in ``lang`` (English when missing)."""
        return self.label.get(lang) or self.label.get("en") or self.id


@cache
def trade_areas(program_id: str = "isa") -> tuple[TradeArea, ...]:
    """The areas in matrix order; a program without its own list uses the ISA one."""
    path = paths.forms_dir() / program_id / "trade_areas.yaml"
    if not path.is_file():
        path = paths.forms_dir() / "isa" / "trade_areas.yaml"
    data = read_data_file(path)
    try:
        return tuple(
            TradeArea(str(a["id"]), dict(a.get("label") or {}), dict(a.get("description") or {}),
                      int(a.get("default_likelihood", 3)), int(a.get("default_impact", 3)))
            for a in data.get("areas", []))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormError(f"{path.name}: each area needs an id, labels and ratings ({exc}).") from exc
