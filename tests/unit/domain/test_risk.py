"""Risk matrix scores, bands, overrides and suggested tests."""

from __future__ import annotations

import pytest

from isa_desktop.domain.risk import (
    RiskEntry,
    RiskError,
    TestSuggestion,
    rating_for,
    risk_score,
    suggest_test,
)


@pytest.mark.parametrize(
    ("score", "rating"),
    [(1, "low"), (6, "low"), (7, "medium"), (14, "medium"), (15, "high"), (25, "high")],
)
def test_band_edges(score: int, rating: str) -> None:
    assert rating_for(score) == rating


def test_every_cell_of_the_matrix() -> None:
    counts = {"low": 0, "medium": 0, "high": 0}
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            counts[RiskEntry("classification", likelihood, impact).rating] += 1
    # Counted by hand on the 5×5 grid: low = row 1 (5) + 2×1..3 + 3×1..2 + 4×1 + 5×1 = 12;
    # high = 3×5, 4×4, 4×5, 5×3, 5×4, 5×5 = 6; the other 7 are medium.
    assert counts == {"low": 12, "medium": 7, "high": 6}


def test_score_is_likelihood_times_impact() -> None:
    entry = RiskEntry("valuation", 3, 5)
    assert (entry.score, entry.computed_rating, entry.rating) == (15, "high", "high")
    assert risk_score(2, 4) == 8


@pytest.mark.parametrize(("likelihood", "impact"), [(0, 3), (6, 3), (3, 0), (3, 6), (True, 2)])
def test_levels_must_be_one_to_five(likelihood: int, impact: int) -> None:
    with pytest.raises(RiskError, match="1 to 5"):
        RiskEntry("origin", likelihood, impact)


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_override_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(RiskError, match="reason"):
        RiskEntry("pga", 1, 2, override_rating="high", override_reason=reason)


def test_override_with_reason_wins() -> None:
    entry = RiskEntry("pga", 1, 2, "high", "New FDA-regulated product line this year")
    assert (entry.computed_rating, entry.rating) == ("low", "high")
    assert entry.suggestion.frequency == "quarterly"


def test_unknown_rating_is_refused() -> None:
    with pytest.raises(RiskError, match="not a rating"):
        RiskEntry("pga", 1, 2, "severe", "because")  # type: ignore[arg-type]
    with pytest.raises(RiskError, match="not a rating"):
        suggest_test("severe")  # type: ignore[arg-type]
    with pytest.raises(RiskError, match="1 to 25"):
        rating_for(26)


def test_suggestions_follow_the_rating() -> None:
    assert suggest_test("high") == TestSuggestion("quarterly", "attribute", 0.95, 0.05)
    assert suggest_test("medium") == TestSuggestion("semiannual", "attribute", 0.90, 0.10)
    assert suggest_test("low") == TestSuggestion("annual", "judgmental", None, None)


def test_area_is_required() -> None:
    with pytest.raises(RiskError, match="trade area"):
        RiskEntry("  ", 2, 2)
