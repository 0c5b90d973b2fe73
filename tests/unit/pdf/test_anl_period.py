"""The annual letter's period follows the program's schedule from the acceptance date."""

from __future__ import annotations

from datetime import date

import pytest

from isa_desktop.errors import UserError
from isa_desktop.pdf.anl_fill import LetterPeriod, _cycle_end, letter_period
from isa_desktop.pdf.fill import ior_phrase

ACCEPTED = date(2025, 4, 1)


def test_first_letter_runs_from_acceptance_to_thirteen_months_later() -> None:
    assert letter_period(ACCEPTED, 2026) == LetterPeriod(date(2025, 4, 1), date(2026, 5, 1))


def test_later_letters_run_from_one_due_date_to_the_next() -> None:
    assert letter_period(ACCEPTED, 2027) == LetterPeriod(date(2026, 5, 1), date(2027, 5, 1))
    assert letter_period(ACCEPTED, 2030) == LetterPeriod(date(2029, 5, 1), date(2030, 5, 1))


def test_month_end_acceptance_does_not_drift() -> None:
    accepted = date(2024, 1, 31)
    assert letter_period(accepted, 2025) == LetterPeriod(accepted, date(2025, 2, 28))
    assert letter_period(accepted, 2028) == LetterPeriod(date(2027, 2, 28), date(2028, 2, 29))


def test_no_acceptance_date_is_refused_with_where_to_enter_it() -> None:
    with pytest.raises(UserError, match="Company profile → Account management"):
        letter_period(None, 2026)


@pytest.mark.parametrize("year", [2024, 2025])
def test_a_year_before_the_first_letter_is_refused(year: int) -> None:
    with pytest.raises(UserError) as caught:
        letter_period(ACCEPTED, year)
    assert str(caught.value) == (f"The first annual letter is due 2026-05-01; there is none "
                                 f"for {year}.")


@pytest.mark.parametrize(("label", "end"), [
    ("2026-Q1", date(2026, 3, 31)), ("2026-Q4", date(2026, 12, 31)),
    ("2026-H1", date(2026, 6, 30)), ("2026-02", date(2026, 2, 28)),
    ("2026", date(2026, 12, 31)), ("2026-Q2/classification", date(2026, 6, 30)),
    ("spring round", None), ("2026-13", None)])
def test_cycle_labels_give_their_last_day(label: str, end: date | None) -> None:
    assert _cycle_end(label) == end


def test_ior_numbers_are_named_in_the_right_number() -> None:
    assert ior_phrase(1) == "the Importer of Record number"
    assert ior_phrase(3) == "the 3 Importer of Record numbers"
    assert ior_phrase(0) == "the Importer of Record numbers"
