"""A broker's folder of client files, as rows for the dashboard (no Qt).

Each ``.isa`` file below the folder becomes a :class:`ClientRow` read from the summary the file
keeps in its ``meta`` table (see :mod:`isa_desktop.services.summary`). The fast path costs one
read-only hardened connection, the schema allow-list and one ``SELECT``; a file
without a current summary is read in full instead. A file that cannot be read becomes an
:class:`UnreadableRow` with the reason; one bad file never stops the scan.

Client-file operations (new client, duplicate as template, archive) live in
:mod:`isa_desktop.services.clients` and are re-exported here.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from isa_desktop.errors import FileRefused, UserError
from isa_desktop.services.client_rows import ClientRow, Deadline, UnreadableRow, row_from_summary
from isa_desktop.services.clients import (
    ARCHIVE_DIR,
    archive,
    duplicate_as_template,
    new_client,
)
from isa_desktop.services.summary import SUMMARY_KEY, compute_summary
from isa_desktop.storage import safety
from isa_desktop.storage.schema import expected_schema, read_schema

log = logging.getLogger(__name__)

SUFFIX = ".isa"
MAX_SUMMARY_BYTES = 64 * 1024  # a real summary is a few KB; anything larger is not ours

Row = ClientRow | UnreadableRow
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

__all__ = ["ARCHIVE_DIR", "ClientRow", "Deadline", "Row", "ScanCache", "UnreadableRow",
           "archive", "client_files", "duplicate_as_template", "matches", "new_client",
           "read_row", "scan_folder"]


def client_files(folder: Path, include_archived: bool = False) -> Iterator[Path]:
    """Every ``.isa`` file in ``folder`` and below (not hidden, not in Archive unless asked)."""
    for root, dirs, files in os.walk(folder):  # does not follow symlinked folders: no loops
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (include_archived or d != ARCHIVE_DIR))
        for name in sorted(files):
            if name.lower().endswith(SUFFIX) and not name.startswith("."):
                yield Path(root) / name


def _stored_summary(connection: sqlite3.Connection) -> tuple[object, int]:
    """The raw stored summary (or None) and the newest change-log id, size-checked."""
    row = connection.execute("SELECT length(CAST(value AS BLOB)), value FROM meta WHERE key = ?",
                             (SUMMARY_KEY,)).fetchone()
    change_id = connection.execute("SELECT MAX(id) FROM change_log").fetchone()[0] or 0
    if row is None or row[0] is None or row[0] > MAX_SUMMARY_BYTES:
        return None, int(change_id)
    try:
        return json.loads(row[1]), int(change_id)
    except (TypeError, ValueError):
        return None, int(change_id)


def _regular_file(path: Path) -> None:
    """Refuse anything that is not a plain file (a FIFO would block the scan forever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise FileRefused(f"{path.name} could not be read ({exc.strerror}).") from None
    if not stat.S_ISREG(mode):
        raise FileRefused(f"{path.name} is not a regular file.")


def _check_schema(connection: sqlite3.Connection, name: str, version: int) -> None:
    """The schema allow-list (nothing foreign may sit in the file), without ``quick_check``.

    ``quick_check`` reads every page and would triple the scan; damage in a page the summary
    does not touch is found by the full check when the file is opened.
    """
    found = read_schema(connection)
    expected = expected_schema(version)
    if found != expected:
        odd = sorted(found - expected) or sorted(expected - found)
        raise FileRefused(f"{name} contains or lacks the {odd[0][0]} {odd[0][1]!r}, so it is "
                          "not a file ISA Desktop wrote; it was not read. Ask the sender for a "
                          "clean copy.")


def _fast_summary(path: Path) -> tuple[object, int]:
    """Every safety check of opening, then the stored summary; raises ``FileRefused``."""
    _regular_file(path)
    header = safety.read_header(path)
    try:
        connection = safety.connect(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"{path.name} could not be opened ({exc}).") from None
    try:
        _check_schema(connection, path.name, header.user_version)
        return _stored_summary(connection)
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"{path.name} is damaged ({exc}). Use an earlier copy.") from None
    finally:
        connection.close()


def _computed_row(path: Path) -> Row:
    """The slow path: open the whole application read-only and summarise it."""
    from isa_desktop.services.application import Application

    with Application.open(path, read_only=True) as app:
        summary = compute_summary(app)
    row = row_from_summary(path, summary, stale=True)
    return row if row is not None else UnreadableRow(path, f"{path.name} could not be read.")


def read_row(path: Path) -> Row:
    """The dashboard row of one file; never raises for a bad file."""
    try:
        summary, change_id = _fast_summary(path)
        row = row_from_summary(path, summary) if summary is not None else None
        if row is not None and row.change_id == change_id:
            return row
        return _computed_row(path)
    except UserError as exc:
        return UnreadableRow(path, exc.message)
    except (sqlite3.Error, OSError, ValueError) as exc:
        # Unexpected but environmental (a file changing under us, odd content): list it.
        log.warning("Could not list a client file: %s", type(exc).__name__)
        return UnreadableRow(path, f"{path.name} could not be read ({type(exc).__name__}).")


@dataclass
class ScanCache:
    """Rows by path, reused while a file's size and modification time are unchanged."""

    rows: dict[Path, tuple[tuple[int, int], Row]]

    def __init__(self) -> None:
        self.rows = {}

    def get(self, path: Path) -> Row:
        """The cached row, or a fresh read when the file changed."""
        try:
            info = path.stat()
            key = (info.st_size, info.st_mtime_ns)
        except OSError:
            return read_row(path)
        cached = self.rows.get(path)
        if cached and cached[0] == key:
            return cached[1]
        row = read_row(path)
        self.rows[path] = (key, row)
        return row


def scan_folder(folder: Path, *, include_archived: bool = False, cache: ScanCache | None = None,
                progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> list[Row]:
    """Rows for every client file below ``folder``, in path order."""
    paths = list(client_files(Path(folder), include_archived))
    rows: list[Row] = []
    for index, path in enumerate(paths):
        if cancelled and cancelled():
            break
        rows.append(cache.get(path) if cache else read_row(path))
        if progress and (index % 25 == 0 or index == len(paths) - 1):
            progress(index + 1, len(paths))
    return rows


def matches(row: Row, query: str) -> bool:
    """Whether every word of ``query`` appears in the row (names, IOR numbers, answers).

    Words made of digits and dashes also match with the dashes left out, so an IOR number
    typed either way finds its client.
    """
    words = query.lower().split()
    if not words:
        return True
    if isinstance(row, UnreadableRow):
        haystack = f"{row.path.name} {row.reason}".lower()
    else:
        haystack = f"{row.client} {row.dba} {row.path.name} {row.search_text}".lower()
    for word in words:
        bare = word.replace("-", "")
        if word not in haystack and not (bare.isdigit() and bare in haystack):
            return False
    return True
