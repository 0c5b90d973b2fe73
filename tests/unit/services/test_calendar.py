"""Client deadlines: reminders at 30, 7 and 1 days and the calendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from isa_desktop.services.calendar import calendar_text, export_calendar, reminders
from isa_desktop.services.client_rows import ClientRow, Deadline, UnreadableRow

TODAY = dt.date(2027, 1, 1)


def _row(name: str, *days: int, kind: str = "policy_review") -> ClientRow:
    deadlines = tuple(Deadline(kind, TODAY + dt.timedelta(days=d), f"Item {d}") for d in days)
    return ClientRow(path=Path(f"/clients/{name}.isa"), client=name, dba="", program="isa",
                     complete_pct=50.0, eligible=True, eligibility="eligible", blockers=0,
                     first_blocker="", ior_masked=("84-3927715-00",), deadlines=deadlines,
                     last_changed="2026-12-01T10:00:00.000+00:00", change_id=3)


def test_reminders_at_30_7_and_1_days() -> None:
    rows = [_row("Alder; Co, Inc.", -3, 0, 1, 2, 7, 8, 30, 31),
            UnreadableRow(Path("/x.isa"), "empty")]
    found = reminders(rows, TODAY)
    assert [(r.days_left, r.level) for r in found] == [(0, 1), (1, 1), (2, 7), (7, 7),
                                                       (8, 30), (30, 30)]
    assert found[0].text.endswith("due today (2027-01-01)")
    assert found[1].text.startswith("Alder; Co, Inc.: Item 1, due tomorrow")


def test_calendar_text_is_valid_ics() -> None:
    long_name = "Société d'importation très longue " * 4
    rows = [_row("Alder; Co, Inc.", -1, 5, kind="anl"), _row(long_name, 40)]
    now = dt.datetime(2026, 12, 31, 12, 0, tzinfo=dt.UTC)
    text = calendar_text(rows, TODAY, now)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 2  # the past deadline is left out
    assert "DTSTART;VALUE=DATE:20270106\r\nDTEND;VALUE=DATE:20270107" in text
    assert "SUMMARY:Alder\\; Co\\, Inc.: Item 5" in text
    assert text.count("TRIGGER:-P7D") == 2 and "DTSTAMP:20261231T120000Z" in text
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert long_name.replace("'", "'")[:60] in unfolded
    assert "3927715" not in text  # no IOR number in a calendar
    assert calendar_text(rows, TODAY, now) == text  # stable UIDs: re-import updates


def test_export_calendar_is_owner_only(tmp_path: Path) -> None:
    target = export_calendar([_row("Alder", 3)], tmp_path / "deadlines.ics", TODAY)
    assert target.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1
    assert target.stat().st_mode & 0o777 == 0o600
