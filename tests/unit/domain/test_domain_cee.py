"""Centers of Excellence and Expertise: the list and the suggestion."""

from __future__ import annotations

import pytest

from isa_desktop.domain.cee import CEES, cee_for_hts, suggest_cee

DEMO = [
    {"hts": "6306.22.9010", "description": "2-person backpacking tent"},
    {"hts": "9404.30.8000", "description": "Sleeping bag, synthetic fill"},
    {"hts": "8513.10.2000", "description": "LED flashlight"},
    {"hts": "6110.30.3059", "description": "Men's fleece pullover"},
]


def test_ten_centers_with_names_and_cities() -> None:
    assert sorted(CEES) == [
        "agriculture",
        "apparel",
        "automotive",
        "base_metals",
        "consumer",
        "electronics",
        "industrial",
        "machinery",
        "petroleum",
        "pharma",
    ]
    assert CEES["consumer"].city == "Atlanta"
    assert all(c.name_en and c.name_fr and c.city for c in CEES.values())


@pytest.mark.parametrize(
    ("hts", "cee"),
    [
        ("0101.21", "agriculture"),
        ("2709", "petroleum"),
        ("3004.90", "pharma"),
        ("4202.92.3131", "consumer"),
        ("6110.30.3059", "apparel"),
        ("7318.15", "base_metals"),
        ("8471.30.0100", "electronics"),
        ("8473.30", "electronics"),
        ("8481.80", "machinery"),
        ("8513.10.2000", "electronics"),
        ("8708.99", "automotive"),
        ("9404.30.8000", "consumer"),
        ("6306.22.9010", "consumer"),
        ("9301", None),
        ("9801.00.1012", None),
        ("bad", None),
    ],
)
def test_cee_for_hts(hts: str, cee: str | None) -> None:
    assert cee_for_hts(hts) == cee


def test_demo_importer_equal_weights() -> None:
    suggestion = suggest_cee(DEMO)
    assert suggestion is not None
    assert (suggestion.cee_id, suggestion.share_pct) == ("consumer", 50.0)
    assert suggestion.headings == ("6306", "9404")
    assert "Consumer Products & Mass Merchandising" in suggestion.reason
    assert "50 %" in suggestion.reason
    assert suggestion.cee.city == "Atlanta"


def test_shares_weight_the_rows() -> None:
    rows = [{**DEMO[2], "share_pct": 70}, {**DEMO[3], "share_pct": 30}]
    suggestion = suggest_cee(rows)
    assert suggestion is not None and (suggestion.cee_id, suggestion.share_pct) == (
        "electronics",
        70.0,
    )


def test_blank_shares_split_what_is_left() -> None:
    rows = [{**DEMO[3], "share_pct": 40}, {**DEMO[2]}, {**DEMO[1]}]  # 30 % each for the blanks
    suggestion = suggest_cee(rows)
    assert suggestion is not None and (suggestion.cee_id, suggestion.share_pct) == ("apparel", 40.0)


def test_unmapped_rows_count_in_the_total() -> None:
    rows = [{"hts": "9801.00", "share_pct": 60}, {"hts": "8481.80", "share_pct": 40}]
    suggestion = suggest_cee(rows)
    assert suggestion is not None and (suggestion.cee_id, suggestion.share_pct) == (
        "machinery",
        40.0,
    )


def test_nothing_usable_gives_none() -> None:
    assert suggest_cee([]) is None
    assert suggest_cee([{"hts": "9801.00"}, {"hts": "nonsense"}, {"description": "x"}]) is None
    assert suggest_cee([{"hts": "8481.80", "share_pct": 0}]) is None
