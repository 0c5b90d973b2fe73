"""Attribute-sampling sample sizes for tests of controls.

The method is the one behind the AICPA Audit Sampling guide's tables: the sample size is the
smallest ``n`` such that, if the population deviation rate were at the tolerable rate, the chance
of seeing no more than ``k`` deviations in the sample is at most the risk of overreliance
(``1 - confidence``). ``k`` is the number of deviations the expected rate implies for that
sample, rounded up: ``k = ceil(n * expected)`` (with ``k = 0`` when nothing is expected). That
convention reproduces every cell of the published tables (A-1 and A-2); ``floor`` does not.

Without a population size the binomial distribution is used (the tables' "large population"
assumption). With a population ``N`` the hypergeometric distribution is used, assuming
``ceil(tolerable * N)`` deviations in the population: that is the fewest deviations a
population can hold and still be at or above the tolerable rate, so it is the hardest case to
detect. The result never exceeds the binomial one and approaches it as ``N`` grows.

Probabilities are summed in log space with floats; when a tail probability lands within a
whisker of the risk, the decision is re-made with exact integer arithmetic (``math.comb``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

#: Beyond this, a sample is no longer a sample: we refuse rather than compute for minutes.
MAX_SAMPLE_SIZE = 100_000

Method = Literal["binomial", "hypergeometric"]


class SamplingError(ValueError):
    """Inputs to the sample-size calculator that make no sense; the message says why."""


@dataclass(frozen=True)
class SampleSizeResult:
    """How many items to test and how many deviations the sample may contain."""

    sample_size: int
    allowed_deviations: int
    method: Method

    def as_dict(self) -> dict[str, object]:
        """The ``sample-size --json`` shape."""
        return {
            "sample_size": self.sample_size,
            "allowed_deviations": self.allowed_deviations,
            "method": self.method,
        }


def _to_fraction(text: str | float | int, what: str) -> Fraction:
    """Read ``0.05``, ``"5%"``, ``"5 %"``, ``"0.05"`` or ``5`` as an exact fraction."""
    if isinstance(text, bool):
        raise SamplingError(f"The {what} must be a number, not {text!r}.")
    raw = str(text).strip().replace(",", ".")
    percent = raw.endswith("%")
    if percent:
        raw = raw[:-1].strip()
    try:
        # str() of a float is its shortest decimal form, so 0.05 becomes exactly 1/20.
        value = Fraction(raw)
    except (ValueError, ZeroDivisionError):
        raise SamplingError(f"The {what} {str(text)!r} is not a number or a percentage.") from None
    return value / 100 if percent else value


def _rate(text: str | float | int, what: str) -> Fraction:
    """A deviation rate in [0, 1): ``0.05`` or ``5%``.

    A bare number is a fraction. A bare number of 1 or more is refused rather than guessed:
    reading ``5`` as 5 % would also read ``0.5`` as 50 %, and a user who meant 0.5 % would get
    a sample a hundred times too small without noticing.
    """
    value = _to_fraction(text, what)
    if value < 0:
        raise SamplingError(f"The {what} cannot be negative (got {text!r}).")
    percent = str(text).strip().endswith("%")
    if value >= 1 and not percent:
        raise SamplingError(
            f"The {what} {str(text).strip()} is ambiguous: write it as a percentage "
            f"({str(text).strip()}%) or as a fraction below 1 (0.05 means 5 %).")
    if value >= 1:
        raise SamplingError(f"The {what} must be below 100 % (got {text!r}).")
    return value


def parse_rate(text: str | float) -> float:
    """Parse a deviation rate given as ``0.05``, ``"5%"``, ``"5 %"`` or ``"0.05"``; return 0.05.

    A bare number is a fraction; a bare number of 1 or more is refused as ambiguous, and a
    rate of 100 % or more is refused either way.
    """
    return float(_rate(text, "rate"))


def parse_confidence(text: str | float) -> float:
    """Parse a confidence level given as ``0.9``, ``90`` or ``"90%"``; return 0.9."""
    return float(_confidence(text))


#: Below this, "confidence" gives samples of a handful of items that assure nothing.
MIN_CONFIDENCE = Fraction(1, 2)


def _confidence(text: str | float | int) -> Fraction:
    value = _to_fraction(text, "confidence level")
    if value >= 1 and not str(text).strip().endswith("%"):
        value /= 100  # 90 can only mean 90 %: a confidence level is never 9,000 %
    if not 0 < value < 1:
        raise SamplingError(
            f"The confidence level must be between 0 and 100 % (got {text!r}); 90 % or 95 % "
            "is usual."
        )
    if value < MIN_CONFIDENCE:
        raise SamplingError(
            f"A confidence level of {float(value) * 100:g} % gives no real assurance; use at "
            "least 50 % (90 % or 95 % is usual).")
    return value


def _checked_inputs(
    confidence: float | str, tolerable: float | str, expected: float | str, population: int | None
) -> tuple[Fraction, Fraction, Fraction]:
    conf = _confidence(confidence)
    tol = _rate(tolerable, "tolerable deviation rate")
    exp = _rate(expected, "expected deviation rate")
    if tol == 0:
        raise SamplingError("The tolerable deviation rate must be above zero.")
    if exp >= tol:
        raise SamplingError(
            "The expected deviation rate must be lower than the tolerable rate; otherwise no "
            "sample can give the assurance asked for."
        )
    if population is not None and (
        isinstance(population, bool) or not isinstance(population, int) or population < 1
    ):
        raise SamplingError(f"The population must hold at least one item (got {population!r}).")
    return 1 - conf, tol, exp


def attribute_sample_size(
    confidence: float | str,
    tolerable: float | str,
    expected: float | str,
    population: int | None = None,
) -> SampleSizeResult:
    """Return the attribute-sampling sample size and the deviations it allows.

    ``confidence`` accepts 0.95, 95 or "95%"; the rates accept 0.05, "5%" or "5 %".
    Raises ``SamplingError`` for inputs that make no sense.
    """
    risk, tol, exp = _checked_inputs(confidence, tolerable, expected, population)
    if population is None:
        found = _search(exp, lambda n, k: _binomial_accepts(n, k, tol, risk), None)
        assert found is not None  # without a population, _search raises instead
        return SampleSizeResult(found[0], found[1], "binomial")
    defects = math.ceil(tol * population)

    def accept(n: int, k: int) -> bool:
        return _hypergeometric_accepts(population, defects, n, k, risk)

    found = _search(exp, accept, population)
    if found is None:
        # No sample smaller than the population works: test every item; fewer than
        # ``defects`` deviations then proves the rate is below tolerable.
        return SampleSizeResult(population, defects - 1, "hypergeometric")
    return SampleSizeResult(found[0], found[1], "hypergeometric")


def _k_ranges(exp: Fraction, cap: int) -> Iterator[tuple[int, int, int]]:
    """Yield ``(k, first_n, last_n)``: the sample sizes for which ``ceil(n * exp) == k``."""
    if exp == 0:
        yield 0, 1, cap
        return
    k = 1
    while True:
        first = math.floor((k - 1) / exp) + 1
        if first > cap:
            return
        yield k, max(first, k + 1), min(math.floor(k / exp), cap)
        k += 1


def _search(
    exp: Fraction, accept: Callable[[int, int], bool], population: int | None
) -> tuple[int, int] | None:
    """Smallest ``(n, k)`` with ``accept(n, k)``; ``None`` if no ``n`` below the cap works.

    For a fixed ``k`` the tail probability falls as ``n`` grows, so each ``k`` range is
    bisected; the ranges themselves are walked in order because ``k`` jumps at their edges.
    """
    cap = MAX_SAMPLE_SIZE if population is None else min(population - 1, MAX_SAMPLE_SIZE)
    for k, first, last in _k_ranges(exp, cap):
        if first > last or not accept(last, k):
            continue
        lo, hi = first, last
        while lo < hi:
            mid = (lo + hi) // 2
            if accept(mid, k):
                hi = mid
            else:
                lo = mid + 1
        return lo, k
    if population is None or population - 1 >= MAX_SAMPLE_SIZE:
        raise SamplingError(
            f"The sample would exceed {MAX_SAMPLE_SIZE:,} items: the expected rate is too close "
            "to the tolerable rate. Raise the tolerable rate or lower the confidence."
        )
    return None


# --- tail probabilities -------------------------------------------------------------------------

#: Relative distance from the risk below which a float answer is re-checked exactly.
_CLOSE = 1e-6


def _log_comb(n: int, r: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(r + 1) - math.lgamma(n - r + 1)


def _decide(log_top: float, ratios: Iterator[float], risk: Fraction) -> bool | None:
    """Compare a lower tail with the risk; ``None`` when too close to call in floats.

    ``log_top`` is the log probability of the largest accepted count ``k``; ``ratios`` yields
    pmf(i-1)/pmf(i) going down from ``k``. Terms shrink geometrically, so the walk stops once
    they no longer move the sum.
    """
    total, term = 1.0, 1.0
    for ratio in ratios:
        term *= ratio
        total += term
        if term < 1e-18 * total:
            break
    tail = math.exp(log_top) * total
    if abs(tail - float(risk)) > _CLOSE * float(risk):
        return tail <= float(risk)
    return None


def _binomial_accepts(n: int, k: int, tol: Fraction, risk: Fraction) -> bool:
    """True when P(X <= k) <= risk for X ~ Binomial(n, tol)."""
    t = float(tol)
    odds = (1 - t) / t
    log_top = _log_comb(n, k) + k * math.log(t) + (n - k) * math.log1p(-t)
    decided = _decide(log_top, (i / (n - i + 1) * odds for i in range(k, 0, -1)), risk)
    if decided is not None:
        return decided
    a, b = tol.numerator, tol.denominator
    exact: int = sum(math.comb(n, i) * a**i * (b - a) ** (n - i) for i in range(k + 1))
    return bool(exact * risk.denominator <= risk.numerator * b**n)


def _hypergeometric_accepts(population: int, defects: int, n: int, k: int, risk: Fraction) -> bool:
    """True when P(X <= k) <= risk for n drawn without replacement from ``population``."""
    good = population - defects
    lo, hi = max(0, n - good), min(k, defects)
    if lo > hi:
        return True  # the sample cannot hold as few as k deviations
    log_top = _log_comb(defects, hi) + _log_comb(good, n - hi) - _log_comb(population, n)
    ratios = (i * (good - n + i) / ((defects - i + 1) * (n - i + 1)) for i in range(hi, lo, -1))
    decided = _decide(log_top, ratios, risk)
    if decided is not None:
        return decided
    exact = sum(math.comb(defects, i) * math.comb(good, n - i) for i in range(lo, hi + 1))
    return exact * risk.denominator <= risk.numerator * math.comb(population, n)
