"""Sending a client their file and receiving it back (no Qt).

Sending: a verified copy (``export_copy``) or the same copy sealed in a password-protected
bundle (``write_bundle``; format in :mod:`isa_desktop.services.bundle`).

Receiving follows "copy, check, compare, then choose": the received file (or the bundle's
content) is copied into a private temporary folder (0700), passes every check of a safe open
there, and is compared with the copy on the laptop: which one changed last, and which answers
were added, removed or changed. Nothing on the laptop changes until the user picks a side
(:func:`accept_received`); the replaced local version is kept in ``Archive/Previous versions``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isa_desktop.errors import UserError
from isa_desktop.services.answer_diff import AnswerDiff, diff_answers
from isa_desktop.services.application import Application
from isa_desktop.services.bundle import SUFFIX as BUNDLE_SUFFIX
from isa_desktop.services.bundle import read_limited, seal, unseal
from isa_desktop.services.clients import ARCHIVE_DIR, private_mkdir, unique_path
from isa_desktop.services.summary import last_change, store_summary
from isa_desktop.storage import safety
from isa_desktop.storage.lock import WriterLock

PREVIOUS_DIR = "Previous versions"
__all__ = ["AnswerDiff", "BUNDLE_SUFFIX", "ReceiveResult", "accept_received", "diff_answers",
           "export_copy", "private_temp_dir", "read_bundle", "receive", "write_bundle"]


@contextmanager
def private_temp_dir() -> Iterator[Path]:
    """A temporary folder only the user can read (mkdtemp makes it 0700), removed after."""
    folder = Path(tempfile.mkdtemp(prefix="isa-desktop-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path``, owner-only, flushed, then renamed into place."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise UserError(f"{path.name} could not be written ({exc.strerror}).") from None
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def _opened(source: Application | Path) -> Iterator[Application]:
    """The given application, or the file at ``source`` opened read-only for the duration."""
    if isinstance(source, Application):
        yield source
        return
    with Application.open(Path(source), read_only=True) as app:
        yield app


def export_copy(source: Application | Path, destination: Path) -> Path:
    """A verified copy for the client, checked as the receiver will check it."""
    destination = Path(destination)
    with _opened(source) as app:
        if not app.file.read_only:
            store_summary(app)  # the client's dashboard then lists it without a full read
        app.file.save_copy(destination)
    safety.check_file(destination)
    return destination


def write_bundle(source: Application | Path, destination: Path, password: str) -> Path:
    """A password-protected bundle of a verified copy, written owner-only."""
    with private_temp_dir() as folder:
        plain = export_copy(source, folder / "client.isa").read_bytes()
    write_private(Path(destination), seal(plain, password))
    return Path(destination)


def read_bundle(bundle_path: Path, password: str, dest_folder: Path) -> Path:
    """Open a bundle into ``dest_folder`` as ``<bundle name>.isa`` after every safety check."""
    bundle_path = Path(bundle_path)
    plain = unseal(read_limited(bundle_path), password, bundle_path.name)
    with private_temp_dir() as folder:
        inside = folder / f"{bundle_path.stem}.isa"
        write_private(inside, plain)
        safety.check_file(inside)
        destination = unique_path(Path(dest_folder), bundle_path.stem)
        with Application.open(inside, read_only=True) as app:
            app.file.save_copy(destination)
    return destination


def _state(path: Path) -> tuple[dict[str, Any], str, str]:
    """Answers, last change time and client name of a file (empty when there is none)."""
    if not path.exists():
        return {}, "", ""
    with Application.open(path, read_only=True) as app:
        answers = app.answers()
        stamp = last_change(app)[1] or str(app.file.meta("created_at") or "")
    return answers, stamp, str(answers.get("company.legal_name") or "").strip()


@dataclass
class ReceiveResult:
    """What arrived, compared with the laptop's copy; call :meth:`discard` when done."""

    received: Path  # the checked copy in a private temporary folder
    local: Path
    diff: AnswerDiff
    newer: str  # "received" | "local" | "same"
    received_changed: str
    local_changed: str
    different_client: bool = False
    _folder: Path | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Remove the temporary copy (after accepting it or keeping the local file)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _newer(received: str, local: str, same_answers: bool) -> str:
    if same_answers and (received == local or not local):
        return "same"
    parse = dt.datetime.fromisoformat
    try:
        return "received" if not local or parse(received) > parse(local) else "local"
    except ValueError:
        return "received" if received > local else "local"


def receive(source: Path, local_path: Path, password: str | None = None) -> ReceiveResult:
    """Check a received ``.isa`` file or bundle and compare it with ``local_path`` (which may
    not exist yet: a new client)."""
    source, local_path = Path(source), Path(local_path)
    folder = Path(tempfile.mkdtemp(prefix="isa-desktop-receive-"))
    try:
        if source.suffix.lower() == BUNDLE_SUFFIX:
            received = read_bundle(source, password or "", folder)
        else:
            received = folder / source.name
            write_private(received, read_limited(source))
            safety.check_file(received)
        new, new_stamp, new_name = _state(received)
        old, old_stamp, old_name = _state(local_path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    diff = diff_answers(old, new)
    return ReceiveResult(
        received=received, local=local_path, diff=diff,
        newer=_newer(new_stamp, old_stamp, diff.empty), received_changed=new_stamp,
        local_changed=old_stamp,
        different_client=bool(old_name and new_name and old_name != new_name),
        _folder=folder)


def accept_received(result: ReceiveResult, now: dt.datetime | None = None) -> Path:
    """Replace the local file by the received one, keeping the local version in the archive.

    Refused while the local file is open for writing (a window would keep writing to the
    replaced file).
    """
    local = result.local
    lock = WriterLock(local)
    lock.acquire()
    try:
        if local.exists():
            stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H%M")
            keep_dir = private_mkdir(local.parent / ARCHIVE_DIR / PREVIOUS_DIR)
            with Application.open(local, read_only=True) as old:
                old.file.save_copy(unique_path(keep_dir, f"{local.stem} (replaced {stamp})"))
        with Application.open(result.received, read_only=True) as new:
            new.file.save_copy(local)
    finally:
        lock.release()
    with Application.open(local) as app:
        store_summary(app)
    return local
