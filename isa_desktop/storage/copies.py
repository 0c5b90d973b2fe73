"""Verified copies of an open file (Save a copy, export, sending to a client).

The copy is made with SQLite's backup API into a temporary file in the destination folder,
checked with ``integrity_check``, flushed to disk, then renamed over the destination. An
interrupted or failed copy never replaces a good file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from isa_desktop.errors import SaveFailed


def _fsync_path(path: Path, directory: bool = False) -> None:
    if directory and os.name != "posix":
        return  # Windows cannot open a folder for fsync; the rename is durable there
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _backup(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup, page by page (a seam for tests that simulate failures)."""
    source.backup(target)


def write_verified_copy(source: sqlite3.Connection, destination: Path) -> None:
    """Copy the database behind ``source`` to ``destination`` safely (see module doc)."""
    destination = destination.resolve()
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    try:
        target = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            _backup(source, target)
            target.execute("PRAGMA journal_mode = DELETE")
            result = target.execute("PRAGMA integrity_check").fetchall()
        finally:
            target.close()
        if result != [("ok",)]:
            raise SaveFailed(f"The copy for {destination.name} failed its integrity check "
                             f"({result[0][0] if result else 'no result'}); nothing was replaced.")
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        _fsync_path(temporary)
        os.replace(temporary, destination)
        _fsync_path(destination.parent, directory=True)
    except (sqlite3.Error, OSError) as exc:
        reason = "the disk is full" if "full" in str(exc).lower() else str(exc)
        raise SaveFailed(f"Could not write the copy {destination.name}: {reason}. "
                         "Nothing was replaced.") from None
    finally:
        temporary.unlink(missing_ok=True)
