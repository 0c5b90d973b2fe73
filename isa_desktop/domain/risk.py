"""Risk assessment of trade areas and the self-test each rating calls for.

Each area is scored likelihood (1–5) × impact (1–5) = 1–25 and rated on these bands:

=========  ========  ============================================================
rating     scores    what reaches it
=========  ========  ============================================================
low        1–6       unlikely or minor: 2×3, 3×2, or even a severe but rare 1×5
medium     7–14      middling combinations: 2×4, 3×3, 2×5, 3×4, 4×3 ...
high       15–25     at least likely and severe: 3×5, 4×4, 5×3 and above
=========  ========  ============================================================

A reviewer may override the computed rating, but only with a written reason, so the file shows
why an area is tested more or less than its score says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Rating = Literal["low", "medium", "high"]
Frequency = Literal["annual", "semiannual", "quarterly", "monthly"]
TestMethod = Literal["judgmental", "attribute", "full"]

RATINGS: tuple[Rating, ...] = ("low", "medium", "high")
#: Lowest score of each band; a score belongs to the highest band whose floor it reaches.
BAND_FLOORS: dict[Rating, int] = {"low": 1, "medium": 7, "high": 15}


class RiskError(ValueError):
    """A risk entry that breaks the rules; the message says which."""


def _check_level(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise RiskError(f"The {what} must be a whole number from 1 to 5 (got {value!r}).")
    return value


def risk_score(likelihood: int, impact: int) -> int:
    """Likelihood × impact, each 1–5, so 1–25."""
    return _check_level(likelihood, "likelihood") * _check_level(impact, "impact")


def rating_for(score: int) -> Rating:
    """The band (low 1–6, medium 7–14, high 15–25) a score falls in."""
    if not 1 <= score <= 25:
        raise RiskError(f"A risk score runs from 1 to 25 (got {score}).")
    if score >= BAND_FLOORS["high"]:
        return "high"
    return "medium" if score >= BAND_FLOORS["medium"] else "low"


@dataclass(frozen=True)
class RiskEntry:
    """One row of the risk matrix: a trade area, its likelihood and impact, any override."""

    area: str
    likelihood: int
    impact: int
    override_rating: Rating | None = None
    override_reason: str | None = None

    def __post_init__(self) -> None:
        if not self.area.strip():
            raise RiskError("Name the trade area this risk entry is about.")
        risk_score(self.likelihood, self.impact)  # validates both levels
        if self.override_rating is not None:
            if self.override_rating not in RATINGS:
                raise RiskError(
                    f"'{self.override_rating}' is not a rating; use low, medium or high."
                )
            if not (self.override_reason or "").strip():
                raise RiskError(
                    f"Give a reason for rating {self.area} '{self.override_rating}' instead of "
                    f"the computed '{self.computed_rating}'."
                )

    @property
    def score(self) -> int:
        """Likelihood × impact."""
        return self.likelihood * self.impact

    @property
    def computed_rating(self) -> Rating:
        """The rating the score alone gives."""
        return rating_for(self.score)

    @property
    def rating(self) -> Rating:
        """The rating in force: the override when there is one, else the computed rating."""
        return self.override_rating or self.computed_rating

    @property
    def suggestion(self) -> TestSuggestion:
        """The self-test the rating in force calls for."""
        return suggest_test(self.rating)


@dataclass(frozen=True)
class TestSuggestion:
    """How often and how to test an area; confidence and tolerable rate for attribute tests."""

    __test__ = False  # not a pytest test class, despite the name

    frequency: Frequency
    method: TestMethod
    confidence: float | None
    tolerable: float | None


_SUGGESTIONS: dict[Rating, TestSuggestion] = {
    "high": TestSuggestion("quarterly", "attribute", 0.95, 0.05),
    "medium": TestSuggestion("semiannual", "attribute", 0.90, 0.10),
    "low": TestSuggestion("annual", "judgmental", None, None),
}


def suggest_test(rating: Rating) -> TestSuggestion:
    """High: quarterly attribute sampling at 95 %/5 %; medium: semiannual at 90 %/10 %;
    low: an annual judgmental review."""
    try:
        return _SUGGESTIONS[rating]
    except KeyError:
        raise RiskError(f"'{rating}' is not a rating; use low, medium or high.") from None
