"""Month arithmetic, ANL due dates and retention."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isa_desktop.domain.deadlines import (
    add_months,
    anl_due_dates,
    months_of_history,
    next_anl_due,
    parse_iso_date,
    retention_until,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 4, 1), 13, date(2026, 5, 1)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 15), -13, date(2023, 12, 15)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@settings(max_examples=200, deadline=None)
@given(d=st.dates(date(1900, 1, 1), date(2200, 12, 31)), n=st.integers(-120, 120))
def test_add_months_lands_in_the_right_month(d: date, n: int) -> None:
    result = add_months(d, n)
    assert result.year * 12 + result.month == d.year * 12 + d.month + n
    clamped = result.day < d.day and (result + timedelta(days=1)).day == 1
    assert result.day == d.day or clamped  # same day, or the last day of a shorter month


def test_anl_dates_for_the_fixture() -> None:
    acceptance = date(2025, 4, 1)
    assert anl_due_dates(acceptance, date(2028, 12, 31)) == [
        date(2026, 5, 1),
        date(2027, 5, 1),
        date(2028, 5, 1),
    ]
    assert anl_due_dates(acceptance, date(2026, 4, 30)) == []
    assert anl_due_dates(acceptance, date(2026, 5, 1)) == [date(2026, 5, 1)]


def test_anl_dates_do_not_drift_at_month_end() -> None:
    dates = anl_due_dates(date(2023, 12, 31), date(2027, 12, 31))
    assert dates == [date(2025, 1, 31), date(2026, 1, 31), date(2027, 1, 31)]
    assert anl_due_dates(date(2023, 1, 31), date(2026, 3, 1)) == [
        date(2024, 2, 29),
        date(2025, 2, 28),
        date(2026, 2, 28),
    ]


def test_next_anl_due() -> None:
    acceptance = date(2025, 4, 1)
    assert next_anl_due(acceptance, date(2025, 4, 2)) == date(2026, 5, 1)
    assert next_anl_due(acceptance, date(2026, 5, 1)) == date(2026, 5, 1)
    assert next_anl_due(acceptance, date(2026, 5, 2)) == date(2027, 5, 1)


def test_retention_and_history() -> None:
    assert retention_until(date(2025, 6, 30)) == date(2030, 6, 30)
    assert retention_until(date(2024, 2, 29), years=3) == date(2027, 2, 28)
    assert months_of_history(date(2025, 1, 31), date(2025, 2, 28)) == 1
    assert months_of_history(date(2024, 1, 31), date(2024, 2, 28)) == 0  # leap year: 29th
    assert months_of_history(date(2024, 1, 15), date(2024, 2, 14)) == 0
    assert months_of_history(date(2026, 1, 1), date(2025, 1, 1)) == 0


def test_parse_iso_date() -> None:
    assert parse_iso_date("2016-05-01") == date(2016, 5, 1)
    assert parse_iso_date(date(2016, 5, 1)) == date(2016, 5, 1)
    assert parse_iso_date("May 2016") is None
    assert parse_iso_date(None) is None
