"""Opening a file that may come from someone else, without running anything foreign.

Order of checks (each refusal leaves the file untouched):
1. the 100-byte header, read as bytes: SQLite magic, our application id, format version, and
   a file long enough for the pages it claims (truncation);
2. a hardened connection: ``trusted_schema=OFF``, ``cell_size_check=ON``, no memory mapping,
   lower limits, and an authorizer that refuses any access made on behalf of a trigger or view
   we did not create;
3. ``PRAGMA quick_check``;
4. the schema compared with the allow-list of the file's format version.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from isa_desktop.errors import FileRefused
from isa_desktop.storage.schema import (
    APPLICATION_ID,
    OWN_TRIGGERS,
    expected_schema,
    read_schema,
    schema_version,
)

_MAGIC = b"SQLite format 3\x00"
MAX_BLOB = 100 * 1024 * 1024
_DENY_SOURCES_EXCEPT = OWN_TRIGGERS


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of a database file say about it."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int


def has_hot_journal(path: Path) -> bool:
    """Whether a rollback journal was left beside the file (a write interrupted by a crash).

    Until SQLite rolls it back, the file's header may describe pages the interrupted write
    had not yet put on disk, so the length check must wait for the recovery.
    """
    journal = Path(f"{path}-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def read_header(path: Path) -> Header:
    """Check the header bytes and return them, or refuse the file with the reason."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            raw = handle.read(100)
    except FileNotFoundError:
        raise FileRefused(f"{name} does not exist.") from None
    except IsADirectoryError:
        raise FileRefused(f"{name} is a folder, not an ISA Desktop file.") from None
    except PermissionError:
        raise FileRefused(f"You do not have permission to read {name}.") from None
    if size == 0:
        raise FileRefused(f"{name} is empty (0 bytes): it holds no application.")
    if len(raw) < 100 or not raw.startswith(_MAGIC):
        raise FileRefused(f"{name} is not an ISA Desktop file (it is not an SQLite database).")
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count, = struct.unpack(">I", raw[28:32])
    user_version, = struct.unpack(">I", raw[60:64])
    application_id, = struct.unpack(">I", raw[68:72])
    if application_id != APPLICATION_ID:
        raise FileRefused(
            f"{name} is an SQLite database but not an ISA Desktop application file."
        )
    if user_version > schema_version():
        raise FileRefused(
            f"{name} was saved by a newer version of ISA Desktop (file format {user_version}; "
            f"this version reads up to {schema_version()}). Update ISA Desktop to open it."
        )
    if page_count and size < page_size * page_count and not has_hot_journal(path):
        raise FileRefused(
            f"{name} is truncated: it should be {page_size * page_count:,} bytes but is "
            f"{size:,}. Use an earlier copy of the file."
        )
    return Header(page_size, page_count, user_version, application_id)


def _authorizer(action: int, arg1: str | None, arg2: str | None, db_name: str | None,
                source: str | None) -> int:
    """Refuse anything a foreign trigger or view tries to do (trusted_schema protects only
    application functions, not our data)."""
    if source is not None and source not in _DENY_SOURCES_EXCEPT:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def harden(connection: sqlite3.Connection) -> None:
    """Apply the defensive settings to a fresh connection before any other statement."""
    connection.set_authorizer(_authorizer)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA mmap_size = 0")
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_BLOB + 1024)
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    connection.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 2)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A hardened connection in autocommit mode (we issue BEGIN/COMMIT ourselves)."""
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                 timeout=2.0)
    try:
        harden(connection)
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


def verify(connection: sqlite3.Connection, name: str, version: int) -> None:
    """``quick_check`` and the schema allow-list; refuse with the reason."""
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"{name} is damaged ({exc}). Use an earlier copy of the file.") from None
    if result != [("ok",)]:
        first = str(result[0][0]) if result else "no result"
        raise FileRefused(f"{name} is damaged ({first}). Use an earlier copy of the file.")
    try:
        found = read_schema(connection)
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"{name} is damaged ({exc}).") from None
    expected = expected_schema(version)
    unexpected = sorted(found - expected)
    if unexpected:
        kind, object_name = unexpected[0][0], unexpected[0][1]
        if any(row[0] == kind and row[1] == object_name for row in expected):
            raise FileRefused(
                f"{name} has a {kind} {object_name!r} whose definition differs from the one "
                "ISA Desktop creates; it was refused so that nothing foreign runs. Ask the "
                "sender for a clean copy.")
        raise FileRefused(
            f"{name} contains a {kind} named {object_name!r} that ISA Desktop did not create; "
            "it was refused so that nothing foreign runs. Ask the sender for a clean copy."
        )
    missing = sorted(expected - found)
    if missing:
        raise FileRefused(
            f"{name} is missing its {missing[0][0]} {missing[0][1]!r}; it is not a complete "
            "ISA Desktop file."
        )


def check_file(path: Path) -> Header:
    """Run every check on ``path``; return its header when it passes.

    A file left with a hot journal by a crash is first recovered by SQLite itself (the
    journal puts back the pages of the interrupted transaction) — the only change made
    before the checks — and its header is checked again afterwards.
    """
    header = read_header(path)
    recovering = has_hot_journal(path)
    try:
        connection = connect(path, read_only=not recovering)
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"{path.name} could not be opened ({exc}).") from None
    try:
        verify(connection, path.name, header.user_version)
    finally:
        connection.close()
    return read_header(path) if recovering else header
