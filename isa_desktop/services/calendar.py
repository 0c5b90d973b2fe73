"""Client deadlines as a calendar file (``.ics``, RFC 5545) and as dashboard reminders.

The calendar is written by hand: all-day events need a dozen lines each, and writing them
ourselves avoids a dependency for it. Events carry the client's name and what is due, never an
IOR number (calendars get synced to phones and shared with colleagues).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from isa_desktop.services.client_rows import ClientRow, Deadline, UnreadableRow

REMINDER_DAYS = (30, 7, 1)
_PRODID = "-//ISA Desktop//Client deadlines//EN"


@dataclass(frozen=True)
class Reminder:
    """A deadline close enough to show: ``level`` is 1, 7 or 30 (the nearest threshold)."""

    client: str
    path: Path
    deadline: Deadline
    days_left: int
    level: int

    @property
    def text(self) -> str:
        """One line for the reminders panel."""
        when = ("today" if self.days_left == 0 else "tomorrow" if self.days_left == 1
                else f"in {self.days_left} days")
        return f"{self.client}: {self.deadline.label}, due {when} ({self.deadline.date})"


def reminders(rows: Iterable[ClientRow | UnreadableRow], today: dt.date) -> list[Reminder]:
    """Deadlines due within 30 days, soonest first; each tagged 1, 7 or 30 days."""
    found: list[Reminder] = []
    for row in rows:
        if not isinstance(row, ClientRow):
            continue
        for deadline in row.upcoming(today, max(REMINDER_DAYS)):
            days = (deadline.date - today).days
            level = min(limit for limit in REMINDER_DAYS if days <= limit)
            found.append(Reminder(row.name, row.path, deadline, days, level))
    return sorted(found, key=lambda r: (r.deadline.date, r.client, r.deadline.label))


def _escape(text: str) -> str:
    """RFC 5545 TEXT escaping (backslash, semicolon, comma, newline)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Split a content line into 75-octet pieces (continuations start with a space)."""
    raw = line.encode("utf-8")
    pieces: list[str] = []
    while len(raw) > 75:
        cut = 75 if not pieces else 74
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        pieces.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    pieces.append(raw.decode("utf-8"))
    return [pieces[0], *(" " + piece for piece in pieces[1:])]


def _event(row: ClientRow, deadline: Deadline, stamp: str) -> list[str]:
    seed = f"{row.path}|{deadline.kind}|{deadline.label}|{deadline.date}"
    uid = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]
    day = deadline.date.strftime("%Y%m%d")
    after = (deadline.date + dt.timedelta(days=1)).strftime("%Y%m%d")
    lines = ["BEGIN:VEVENT", f"UID:{uid}@isa-desktop", f"DTSTAMP:{stamp}",
             f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{after}",
             f"SUMMARY:{_escape(f'{row.name}: {deadline.label}')}",
             f"CATEGORIES:{_escape(deadline.kind)}", "TRANSP:TRANSPARENT"]
    for days in REMINDER_DAYS:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:-P{days}D",
                  f"DESCRIPTION:{_escape(deadline.label)}", "END:VALARM"]
    return [*lines, "END:VEVENT"]


def calendar_text(rows: Iterable[ClientRow | UnreadableRow], today: dt.date,
                  now: dt.datetime | None = None) -> str:
    """Every client's deadlines from ``today`` on, as the text of an ``.ics`` file."""
    moment = now or dt.datetime.now(dt.UTC)
    stamp = moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{_PRODID}", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:ISA client deadlines"]
    for row in rows:
        if isinstance(row, ClientRow):
            for deadline in row.deadlines:
                if deadline.date >= today:
                    lines += _event(row, deadline, stamp)
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))


def export_calendar(rows: Iterable[ClientRow | UnreadableRow], destination: Path,
                    today: dt.date | None = None) -> Path:
    """Write the calendar file (owner-only) and return its path."""
    from isa_desktop.services.exchange import write_private

    text = calendar_text(rows, today or dt.date.today())
    write_private(Path(destination), text.encode("utf-8"))
    return Path(destination)
