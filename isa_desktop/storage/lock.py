"""One writer per file: a lock file beside the `.isa` file, held while it is open for writing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from isa_desktop import paths
from isa_desktop.errors import FileLocked


def lock_path_for(path: Path) -> Path:
    """``.~name.isa.lock`` beside the file, or in our data folder if that folder is read-only."""
    folder = path.resolve().parent
    if os.access(folder, os.W_OK):
        return folder / f".~{path.name}.lock"
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    return paths.data_dir() / "locks" / f"{digest}.lock"


class WriterLock:
    """An exclusive, non-blocking lock on an application file (released by :meth:`release`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        lock_file = lock_path_for(path)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(lock_file), timeout=0)

    def acquire(self) -> None:
        """Take the lock or raise :class:`FileLocked` with a message the user can act on."""
        try:
            self._lock.acquire()
        except Timeout:
            raise FileLocked(
                f"{self.path.name} is already open in another ISA Desktop window or program. "
                "Close it there first, or open a copy."
            ) from None

    def release(self) -> None:
        """Give the lock back (safe to call twice)."""
        if self._lock.is_locked:
            self._lock.release(force=True)
            # Remove the lock file so it does not clutter the user's folder; a racing opener
            # fails with FileLocked rather than waiting, so the window is harmless.
            Path(self._lock.lock_file).unlink(missing_ok=True)
