"""The ten Centers of Excellence and Expertise, and a hint at which one fits an importer.

CBP assigns an importer to a center mainly by the goods it imports most. The chapter mapping
below is an approximation for a suggestion the user can override; the authoritative list of
tariff numbers is in the regulations (19 CFR 101.1).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from isa_desktop.domain.findings import ValidationError
from isa_desktop.domain.identifiers import hts as normalize_hts


@dataclass(frozen=True)
class Cee:
    """One center: its id (as in ``company.cee``), names in English and French, home city."""

    id: str
    name_en: str
    name_fr: str
    city: str


CEES: dict[str, Cee] = {
    c.id: c
    for c in (
        Cee(
            "agriculture",
            "Agriculture & Prepared Products",
            "Agriculture et produits préparés",
            "Miami",
        ),
        Cee(
            "apparel",
            "Apparel, Footwear & Textiles",
            "Vêtements, chaussures et textiles",
            "San Francisco",
        ),
        Cee("automotive", "Automotive & Aerospace", "Automobile et aérospatiale", "Detroit"),
        Cee("base_metals", "Base Metals", "Métaux communs", "Chicago"),
        Cee(
            "consumer",
            "Consumer Products & Mass Merchandising",
            "Produits de consommation et commerce de masse",
            "Atlanta",
        ),
        Cee("electronics", "Electronics", "Électronique", "Los Angeles / Long Beach"),
        Cee(
            "industrial",
            "Industrial & Manufacturing Materials",
            "Matériaux industriels et de fabrication",
            "Buffalo",
        ),
        Cee("machinery", "Machinery", "Machinerie", "Laredo"),
        Cee(
            "petroleum",
            "Petroleum, Natural Gas & Minerals",
            "Pétrole, gaz naturel et minéraux",
            "Houston",
        ),
        Cee(
            "pharma",
            "Pharmaceuticals, Health & Chemicals",
            "Produits pharmaceutiques, santé et produits chimiques",
            "New York",
        ),
    )
}

_CHAPTER_RANGES: tuple[tuple[int, int, str], ...] = (
    (1, 24, "agriculture"),
    (25, 27, "petroleum"),
    (28, 38, "pharma"),
    (39, 40, "industrial"),
    (41, 41, "apparel"),
    (42, 42, "consumer"),
    (43, 43, "apparel"),
    (44, 49, "industrial"),
    (50, 67, "apparel"),
    (68, 70, "industrial"),
    (71, 71, "consumer"),
    (72, 83, "base_metals"),
    (84, 84, "machinery"),
    (85, 85, "electronics"),
    (86, 86, "machinery"),
    (87, 88, "automotive"),
    (89, 89, "machinery"),
    (90, 90, "electronics"),
    (91, 92, "consumer"),
    (94, 96, "consumer"),
)  # 93 (arms), 97 (art) and 98-99 (special provisions) have no center here.

#: Headings that go to another center than their chapter. 8471/8473 (computers and their
#: parts) are named in the research; 6306 (tents, camping goods, tarpaulins) is our own reading:
#: such goods are sold like other outdoor consumer goods, not worn.
HEADING_OVERRIDES = {"8471": "electronics", "8473": "electronics", "6306": "consumer"}


@dataclass(frozen=True)
class CeeSuggestion:
    """The center that fits best, the share of the weighted products it covers, and why."""

    cee_id: str
    share_pct: float
    reason: str
    headings: tuple[str, ...] = ()

    @property
    def cee(self) -> Cee:
        """The suggested center."""
        return CEES[self.cee_id]


def cee_for_hts(hts: str) -> str | None:
    """Return the center id for one HTS number, or None (not a number, or no center)."""
    try:
        heading = normalize_hts(hts)[:4]
    except ValidationError:
        return None
    if heading in HEADING_OVERRIDES:
        return HEADING_OVERRIDES[heading]
    chapter = int(heading[:2])
    return next((cee for lo, hi, cee in _CHAPTER_RANGES if lo <= chapter <= hi), None)


def suggest_cee(top_products: Sequence[Mapping[str, Any]]) -> CeeSuggestion | None:
    """Suggest a center from ``company.top_products`` rows (``hts``, ``share_pct``).

    Rows are weighted by ``share_pct``; rows without one share whatever the typed shares leave
    of 100 % (all rows weigh the same when no share is typed). Returns None if no row has a
    usable HTS number that maps to a center.
    """
    rows = [r for r in top_products if isinstance(r, Mapping) and _heading(r.get("hts"))]
    weights = _weights(rows)
    total = sum(weights)
    per_cee: dict[str, float] = {}
    headings: dict[str, list[str]] = {}
    for row, weight in zip(rows, weights, strict=True):
        cee = cee_for_hts(str(row["hts"]))
        if cee is not None and weight > 0:
            per_cee[cee] = per_cee.get(cee, 0.0) + weight
            headings.setdefault(cee, []).append(_heading(row["hts"]))
    if not per_cee or total <= 0:
        return None
    best = max(sorted(per_cee), key=lambda cee: per_cee[cee])  # ties: alphabetical
    share = round(100 * per_cee[best] / total, 1)
    found = tuple(dict.fromkeys(headings[best]))
    reason = (
        f"{CEES[best].name_en} covers about {share:g} % of your main products "
        f"(HTS {', '.join(found)}). CBP assigns a center mainly by the goods imported most; "
        "choose another if your business calls for it."
    )
    return CeeSuggestion(cee_id=best, share_pct=share, reason=reason, headings=found)


def _heading(value: object) -> str:
    """Return the 4-digit heading of an HTS cell, or "" when it is not a valid number."""
    if not isinstance(value, str):
        return ""
    try:
        return normalize_hts(value)[:4]
    except ValidationError:
        return ""


def _weights(rows: Sequence[Mapping[str, Any]]) -> list[float]:
    """Each row's weight: its share, or an even part of what the typed shares leave."""
    shares = [_share(r.get("share_pct")) for r in rows]
    known = sum(s for s in shares if s is not None)
    blanks = sum(1 for s in shares if s is None)
    fill = max(0.0, 100.0 - known) / blanks if blanks else 0.0
    return [fill if s is None else s for s in shares]


def _share(value: object) -> float | None:
    """A usable share (finite, not negative) or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None
