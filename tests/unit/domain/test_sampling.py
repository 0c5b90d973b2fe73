"""Attribute sample sizes: the published AICPA tables, properties, and input refusal."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from isa_desktop.domain.sampling import (
    SampleSizeResult,
    SamplingError,
    attribute_sample_size,
    parse_confidence,
    parse_rate,
)

TOLERABLE = (2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20)

# AICPA Audit Sampling guide, Table A-1: statistical sample sizes for tests of controls,
# 5 % risk of overreliance (95 % confidence). Rows: expected deviation rate (%); columns:
# tolerable rate (%) as in TOLERABLE; cells "n (k)"; "*" = not printed (too large to be
# cost-effective), skipped.
TABLE_A1 = """
0.00 149(0) 99(0) 74(0) 59(0) 49(0) 42(0) 36(0) 32(0) 29(0) 19(0) 14(0)
0.25 236(1) 157(1) 117(1) 93(1) 78(1) 66(1) 58(1) 51(1) 46(1) 30(1) 22(1)
0.50 * 157(1) 117(1) 93(1) 78(1) 66(1) 58(1) 51(1) 46(1) 30(1) 22(1)
0.75 * 208(2) 117(1) 93(1) 78(1) 66(1) 58(1) 51(1) 46(1) 30(1) 22(1)
1.00 * * 156(2) 93(1) 78(1) 66(1) 58(1) 51(1) 46(1) 30(1) 22(1)
1.25 * * 156(2) 124(2) 78(1) 66(1) 58(1) 51(1) 46(1) 30(1) 22(1)
1.50 * * 192(3) 124(2) 103(2) 66(1) 58(1) 51(1) 46(1) 30(1) 22(1)
1.75 * * 227(4) 153(3) 103(2) 88(2) 77(2) 51(1) 46(1) 30(1) 22(1)
2.00 * * * 181(4) 127(3) 88(2) 77(2) 68(2) 46(1) 30(1) 22(1)
2.25 * * * 208(5) 127(3) 88(2) 77(2) 68(2) 61(2) 30(1) 22(1)
2.50 * * * * 150(4) 109(3) 77(2) 68(2) 61(2) 30(1) 22(1)
2.75 * * * * 173(5) 109(3) 95(3) 68(2) 61(2) 30(1) 22(1)
3.00 * * * * 195(6) 129(4) 95(3) 84(3) 61(2) 30(1) 22(1)
3.25 * * * * * 148(5) 112(4) 84(3) 61(2) 30(1) 22(1)
3.50 * * * * * 167(6) 112(4) 84(3) 76(3) 40(2) 22(1)
3.75 * * * * * 185(7) 129(5) 100(4) 76(3) 40(2) 22(1)
4.00 * * * * * * 146(6) 100(4) 89(4) 40(2) 22(1)
5.00 * * * * * * * 158(8) 116(6) 40(2) 30(2)
6.00 * * * * * * * * 179(11) 50(3) 30(2)
7.00 * * * * * * * * * 68(5) 37(3)
"""

# Table A-2: the same for a 10 % risk of overreliance (90 % confidence).
TABLE_A2 = """
0.00 114(0) 76(0) 57(0) 45(0) 38(0) 32(0) 28(0) 25(0) 22(0) 15(0) 11(0)
0.25 194(1) 129(1) 96(1) 77(1) 64(1) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
0.50 194(1) 129(1) 96(1) 77(1) 64(1) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
0.75 265(2) 129(1) 96(1) 77(1) 64(1) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
1.00 * 176(2) 96(1) 77(1) 64(1) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
1.25 * 221(3) 132(2) 77(1) 64(1) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
1.50 * * 132(2) 105(2) 64(1) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
1.75 * * 166(3) 105(2) 88(2) 55(1) 48(1) 42(1) 38(1) 25(1) 18(1)
2.00 * * 198(4) 132(3) 88(2) 75(2) 48(1) 42(1) 38(1) 25(1) 18(1)
2.25 * * * 132(3) 88(2) 75(2) 65(2) 42(1) 38(1) 25(1) 18(1)
2.50 * * * 158(4) 110(3) 75(2) 65(2) 58(2) 38(1) 25(1) 18(1)
2.75 * * * 209(6) 132(4) 94(3) 65(2) 58(2) 52(2) 25(1) 18(1)
3.00 * * * * 132(4) 94(3) 65(2) 58(2) 52(2) 25(1) 18(1)
3.25 * * * * 153(5) 113(4) 82(3) 58(2) 52(2) 25(1) 18(1)
3.50 * * * * 194(7) 113(4) 82(3) 73(3) 52(2) 25(1) 18(1)
3.75 * * * * * 131(5) 98(4) 73(3) 52(2) 25(1) 18(1)
4.00 * * * * * 149(6) 98(4) 73(3) 65(3) 25(1) 18(1)
5.00 * * * * * * 160(8) 115(6) 78(4) 34(2) 18(1)
6.00 * * * * * * * 182(11) 116(7) 43(3) 25(2)
7.00 * * * * * * * * 199(14) 52(4) 25(2)
"""


def _cells(table: str, confidence: str) -> list[tuple[str, str, str, int, int]]:
    """Flatten a table into (confidence, expected %, tolerable %, n, k), skipping '*'."""
    cells = []
    for line in table.strip().splitlines():
        expected, *entries = line.split()
        assert len(entries) == len(TOLERABLE), line
        for tolerable, entry in zip(TOLERABLE, entries, strict=True):
            if entry == "*":
                continue
            n, k = entry.rstrip(")").split("(")
            cells.append((confidence, f"{expected}%", f"{tolerable}%", int(n), int(k)))
    return cells


CELLS = _cells(TABLE_A1, "95%") + _cells(TABLE_A2, "90%")


def test_table_transcription_is_complete() -> None:
    assert len(CELLS) == 307
    assert ("95%", "1.00%", "5%", 93, 1) in CELLS


@pytest.mark.parametrize(("confidence", "expected", "tolerable", "n", "k"), CELLS)
def test_reproduces_published_aicpa_tables(
    confidence: str, expected: str, tolerable: str, n: int, k: int
) -> None:
    assert attribute_sample_size(confidence, tolerable, expected) == SampleSizeResult(
        n, k, "binomial"
    )


def test_floor_convention_would_not_reproduce_tables() -> None:
    # Rounding k down would give 59 (0) at 95 %, 1 % expected, 5 % tolerable; the table says 93 (1).
    assert attribute_sample_size(0.95, 0.05, 0.01).sample_size == 93
    assert attribute_sample_size(0.95, 0.05, 0.0).sample_size == 59


def test_as_dict_matches_cli_json_shape() -> None:
    result = attribute_sample_size(0.9, 0.1, 0, population=5000)
    assert result.as_dict() == {
        "sample_size": result.sample_size,
        "allowed_deviations": 0,
        "method": "hypergeometric",
    }


@pytest.mark.parametrize(
    ("population", "n", "k"),
    [(100, 45, 0), (500, 56, 0), (1000, 57, 0), (5000, 59, 0), (1, 1, 0)],
)
def test_finite_population_needs_fewer_items(population: int, n: int, k: int) -> None:
    assert attribute_sample_size(0.95, 0.05, 0, population) == SampleSizeResult(
        n, k, "hypergeometric"
    )


def test_tiny_population_is_tested_in_full() -> None:
    # 20 items at a 5 % tolerable rate: one deviation already reaches it, so test all 20.
    assert attribute_sample_size(0.95, 0.05, 0.01, 20) == SampleSizeResult(20, 0, "hypergeometric")


confidences = st.sampled_from([0.80, 0.90, 0.95, 0.99])
tolerables = st.sampled_from([0.02, 0.03, 0.04, 0.05, 0.07, 0.10, 0.15, 0.20, 0.30])
expected_fraction = st.sampled_from([0, 0.1, 0.2, 0.25, 0.4, 0.5])


@settings(max_examples=200, deadline=None)
@given(confidences, tolerables, expected_fraction, st.integers(min_value=1, max_value=200_000))
def test_hypergeometric_never_exceeds_binomial(
    confidence: float, tolerable: float, fraction: float, population: int
) -> None:
    expected = round(tolerable * fraction, 6)
    binomial = attribute_sample_size(confidence, tolerable, expected)
    finite = attribute_sample_size(confidence, tolerable, expected, population)
    assert finite.sample_size <= binomial.sample_size
    assert finite.sample_size <= population


def _binomial_tail(n: int, k: int, rate: float) -> float:
    """P(X <= k) for X ~ Binomial(n, rate), computed independently of the module."""
    return sum(math.comb(n, i) * rate**i * (1 - rate) ** (n - i) for i in range(k + 1))


@settings(max_examples=150, deadline=None)
@given(confidences, tolerables, expected_fraction, st.integers(100_000, 10_000_000))
def test_hypergeometric_converges_for_large_populations(
    confidence: float, tolerable: float, fraction: float, population: int
) -> None:
    expected = round(tolerable * fraction, 6)
    binomial = attribute_sample_size(confidence, tolerable, expected)
    # The finite-population correction shrinks n by roughly n**2 / N, so "within 1" holds
    # while n stays below about the square root of N.
    assume(binomial.sample_size**2 <= population)
    finite = attribute_sample_size(confidence, tolerable, expected, population)
    if binomial.sample_size - finite.sample_size > 1:
        # The one exception: the binomial only just failed (by < 0.1 % of the risk) at the end
        # of a k-range, where the finite correction tips the balance, e.g. 90 %, 5 %, 3 % at
        # N = 132,616 gives 233 (7) against the binomial 258 (8).
        risk = 1 - confidence
        tail = _binomial_tail(finite.sample_size, finite.allowed_deviations, tolerable)
        assert risk < tail < risk * 1.001


def test_known_k_range_edge_case_converges_as_population_grows() -> None:
    assert attribute_sample_size(0.9, 0.05, 0.03, 1_000_000).sample_size == 233
    assert attribute_sample_size(0.9, 0.05, 0.03, 10_000_000).sample_size == 258
    assert attribute_sample_size(0.9, 0.05, 0.03).sample_size == 258


@pytest.mark.parametrize(("confidence", "expected", "tolerable", "n", "k"), CELLS[::7])
def test_huge_population_matches_table(
    confidence: str, expected: str, tolerable: str, n: int, k: int
) -> None:
    result = attribute_sample_size(confidence, tolerable, expected, population=100_000_000)
    assert (result.sample_size, result.allowed_deviations) == (n, k)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (0.05, 0.05),
        ("5%", 0.05),
        ("5 %", 0.05),
        ("0.05", 0.05),
        (" 2.5 % ", 0.025),
        ("0", 0.0),
        ("0,5%", 0.005),
    ],
)
def test_parse_rate(text: str | float, value: float) -> None:
    assert parse_rate(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [(90, 0.9), ("90%", 0.9), (0.9, 0.9), ("95", 0.95)])
def test_parse_confidence(text: str | float, value: float) -> None:
    assert parse_confidence(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("confidence", "tolerable", "expected", "population", "fragment"),
    [
        (0, 0.05, 0, None, "confidence level"),
        ("100%", 0.05, 0, None, "confidence level"),
        (-0.9, 0.05, 0, None, "confidence level"),
        (0.95, -0.05, 0, None, "cannot be negative"),
        (0.95, 0.05, -0.01, None, "cannot be negative"),
        (0.95, "100%", 0, None, "below 100"),
        (0.95, 100, 0, None, "ambiguous"),
        (0.95, 5, 0, None, "write it as a percentage \\(5%\\)"),
        (0.95, "1", 0, None, "ambiguous"),
        (1, 0.05, 0, None, "no real assurance"),
        ("30%", 0.05, 0, None, "no real assurance"),
        (0.95, 0.05, 0.05, None, "lower than the tolerable"),
        (0.95, 0.05, 0.06, None, "lower than the tolerable"),
        (0.95, 0.05, 0, 0, "at least one item"),
        (0.95, 0.05, 0, 12.5, "at least one item"),
        (0.95, 0, 0, None, "above zero"),
        (0.95, "five", 0, None, "not a number"),
        (0.95, 0.05, 0.0499, None, "would exceed"),
    ],
)
def test_refuses_nonsense(
    confidence: float | str,
    tolerable: float | str,
    expected: float | str,
    population: int | None,
    fragment: str,
) -> None:
    with pytest.raises(SamplingError, match=fragment):
        attribute_sample_size(confidence, tolerable, expected, population)


def test_sampling_error_is_a_value_error() -> None:
    assert issubclass(SamplingError, ValueError)
