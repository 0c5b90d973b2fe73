"""Calendar arithmetic for the program's deadlines: ANL due dates and record retention.

Months are added the way people count them: the same day number in the target month, or that
month's last day when it is shorter (31 January + 1 month = 28 or 29 February). We avoid
``dateutil`` for this one rule.
"""

from __future__ import annotations

import calendar
from datetime import date

#: The first Annual Notification Letter is due this many months after acceptance.
FIRST_ANL_MONTHS = 13


def add_months(d: date, n: int) -> date:
    """Return ``d`` moved by ``n`` calendar months (``n`` may be negative), clamped to month end."""
    index = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last_day))


def parse_iso_date(value: object) -> date | None:
    """Return the date an answer holds (a ``date`` or an ISO ``YYYY-MM-DD`` string), else None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def anl_due_dates(acceptance: date, until: date) -> list[date]:
    """Return every ANL due date up to and including ``until``.

    The first is 13 months after acceptance, then one a year. Each date is computed from the
    acceptance date (not from the previous due date) so a 31st does not drift to the 28th.
    """
    dates: list[date] = []
    months = FIRST_ANL_MONTHS
    while (due := add_months(acceptance, months)) <= until:
        dates.append(due)
        months += 12
    return dates


def next_anl_due(acceptance: date, today: date) -> date:
    """Return the first ANL due date on or after ``today``."""
    months = FIRST_ANL_MONTHS
    while (due := add_months(acceptance, months)) < today:
        months += 12
    return due


def retention_until(d: date, years: int = 5) -> date:
    """Return the date until which a record made on ``d`` must be kept (five years by default)."""
    return add_months(d, 12 * years)


def months_of_history(first: date, today: date) -> int:
    """Return the whole calendar months from ``first`` to ``today`` (0 if ``first`` is later)."""
    months = (today.year - first.year) * 12 + (today.month - first.month)
    if add_months(first, months) > today:
        months -= 1
    return max(months, 0)
