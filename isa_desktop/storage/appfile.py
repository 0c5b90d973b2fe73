"""The `.isa` application file: one SQLite database per importer account.

Every change is its own transaction, committed with ``synchronous=FULL`` in rollback-journal
mode before the call returns, so a returned call means the change survives a crash or power
cut. Every answer change appends to the change log (who, when, old, new).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from isa_desktop.errors import FileRefused, SaveFailed
from isa_desktop.storage import safety
from isa_desktop.storage.lock import WriterLock
from isa_desktop.storage.records import AttachmentsMixin, PopulationsMixin, RecordsMixin
from isa_desktop.storage.schema import apply_migrations, schema_version


def now_iso() -> str:
    """The current UTC time as an ISO string with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def encode(value: Any) -> str:
    """Stable JSON for stored values."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def default_user() -> str:
    """Who is making changes, as recorded in the change log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _save_error(exc: BaseException, name: str) -> SaveFailed:
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "")
    if ("full" in text or "too large" in text or getattr(exc, "errno", None) in (27, 28)
            or code in ("SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC")):
        # EFBIG / ENOSPC surface as a write error; either way the file could not grow
        reason = "the disk is full (or the file could not grow)"
    elif "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        reason = "the file is read-only"
    elif "locked" in text or "busy" in text:
        reason = "another program is using the file"
    else:
        reason = f"the system reported: {exc}"
    return SaveFailed(f"Could not save to {name}: {reason}. The change was not saved; "
                      "everything saved before it is intact.")


class ApplicationFile(AttachmentsMixin, RecordsMixin, PopulationsMixin):
    """An open `.isa` file. Use :meth:`create` or :meth:`open`; call :meth:`close` when done."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: WriterLock | None,
                 *, read_only: bool, who: str) -> None:
        self.path = path
        self.read_only = read_only
        self.who = who
        self._connection = connection
        self._lock = lock

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, *, program: str, form_versions: Mapping[str, int],
               app_version: str, who: str | None = None) -> ApplicationFile:
        """Create a new file at ``path`` (which must not exist yet)."""
        path = Path(path)
        if path.exists():
            raise SaveFailed(f"{path.name} already exists; choose another name.")
        lock = WriterLock(path)
        lock.acquire()
        try:
            connection = sqlite3.connect(str(path), isolation_level=None,
                                         check_same_thread=False)
            if os.name == "posix":
                os.chmod(path, 0o600)  # applications hold personal data: owner only
            safety.harden(connection)
            _configure(connection)
            _migrate(connection)
            stamp = now_iso()
            rows = {"program": program, "form_versions": dict(form_versions),
                    "app_version": app_version, "created_at": stamp,
                    "created_by": who or default_user(), "format": schema_version()}
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                   [(k, encode(v)) for k, v in rows.items()])
            connection.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            lock.release()
            path.unlink(missing_ok=True)
            raise _save_error(exc, path.name) from None
        return cls(path, connection, lock, read_only=False, who=who or default_user())

    @classmethod
    def open(cls, path: Path, *, who: str | None = None,
             read_only: bool = False) -> ApplicationFile:
        """Open an existing file after every safety check; upgrade an older format."""
        path = Path(path)
        lock: WriterLock | None = None
        if not read_only:
            if not _writable(path):
                read_only = True
            else:
                lock = WriterLock(path)
                lock.acquire()
        try:
            header = safety.check_file(path)
            connection = safety.connect(path, read_only=read_only)
            if not read_only:
                _configure(connection)
                if header.user_version < schema_version():
                    _migrate(connection)
        except sqlite3.Error as exc:
            if lock:
                lock.release()
            raise FileRefused(f"{path.name} could not be opened ({exc}).") from None
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, connection, lock, read_only=read_only, who=who or default_user())

    def close(self) -> None:
        """Close the connection and release the writer lock."""
        try:
            self._connection.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> ApplicationFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction; errors become :class:`SaveFailed` and roll back."""
        if self.read_only:
            raise SaveFailed(f"{self.path.name} is open read-only; open a copy to make changes.")
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _save_error(exc, self.path.name) from None
        try:
            yield connection
            connection.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            _rollback(connection)
            raise _save_error(exc, self.path.name) from None
        except BaseException:
            _rollback(connection)
            raise

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only statement (storage-internal helper)."""
        return self._connection.execute(sql, params).fetchall()

    # -- metadata ----------------------------------------------------------------------
    def meta(self, key: str, default: Any = None) -> Any:
        """A metadata value (decoded JSON)."""
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_meta(self, key: str, value: Any) -> None:
        """Store a metadata value."""
        with self.transaction() as connection:
            connection.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                               "DO UPDATE SET value = excluded.value", (key, encode(value)))

    @property
    def program(self) -> str:
        """The program profile this application follows (``isa``)."""
        return str(self.meta("program", "isa"))

    # -- answers -----------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """Every stored answer, decoded."""
        return {qid: json.loads(value)
                for qid, value in self.query("SELECT question_id, value FROM answers")}

    def answer(self, question_id: str) -> Any:
        """One answer, or None."""
        rows = self.query("SELECT value FROM answers WHERE question_id = ?", (question_id,))
        return json.loads(rows[0][0]) if rows else None

    def set_answer(self, question_id: str, value: Any, form_version: int | None = None) -> bool:
        """Store (or clear, with None) one answer durably; False when nothing changed."""
        return self.set_answers({question_id: value}, {question_id: form_version}) > 0

    def set_answers(self, values: Mapping[str, Any],
                    versions: Mapping[str, int | None] | None = None) -> int:
        """Store several answers in one transaction (all or nothing); the number changed."""
        versions = versions or {}
        changed = 0
        stamp = now_iso()
        with self.transaction() as connection:
            for question_id, value in values.items():
                row = connection.execute("SELECT value FROM answers WHERE question_id = ?",
                                         (question_id,)).fetchone()
                old = row[0] if row else None
                new = None if value is None else encode(value)
                if old == new:
                    continue
                if new is None:
                    connection.execute("DELETE FROM answers WHERE question_id = ?",
                                       (question_id,))
                else:
                    connection.execute(
                        "INSERT INTO answers (question_id, value, form_version, updated_at, "
                        "updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT(question_id) DO UPDATE "
                        "SET value = excluded.value, form_version = excluded.form_version, "
                        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                        (question_id, new, versions.get(question_id), stamp, self.who))
                self._log(connection, question_id, old, new, stamp)
                changed += 1
        return changed

    def _log(self, connection: sqlite3.Connection, target: str, old: str | None,
             new: str | None, stamp: str | None = None) -> None:
        connection.execute(
            "INSERT INTO change_log (at, who, target, old_value, new_value) VALUES (?,?,?,?,?)",
            (stamp or now_iso(), self.who, target, old, new))

    def change_log(self, target: str | None = None,
                   since: str | None = None) -> list[dict[str, Any]]:
        """Entries of the change log, oldest first, optionally for one target or since a time."""
        sql = "SELECT id, at, who, target, old_value, new_value FROM change_log WHERE 1=1"
        params: list[Any] = []
        if target is not None:
            sql += " AND target = ?"
            params.append(target)
        if since is not None:
            sql += " AND at >= ?"
            params.append(since)
        rows = self.query(sql + " ORDER BY id", tuple(params))
        keys = ("id", "at", "who", "target", "old", "new")
        return [dict(zip(keys, row)) for row in rows]

    # -- copies -------------------------------------------------------------------------
    def save_copy(self, destination: Path) -> None:
        """Write a verified, self-contained copy to ``destination`` (replaces it atomically)."""
        from isa_desktop.storage.copies import write_verified_copy

        write_verified_copy(self._connection, Path(destination))


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring a file we write to the newest format (sqlite-utils Migrations)."""
    from sqlite_utils import Database

    apply_migrations(Database(connection, recursive_triggers=False, execute_plugins=False))


def _configure(connection: sqlite3.Connection) -> None:
    """Durability settings for a connection that writes."""
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")


def _rollback(connection: sqlite3.Connection) -> None:
    try:
        connection.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the transaction was already rolled back by SQLite itself


def _writable(path: Path) -> bool:
    """False for a file the user may read but not write (opened read-only instead)."""
    return not path.exists() or os.access(path, os.W_OK)
