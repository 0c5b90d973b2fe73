"""Damaged and hostile files get a clear message and are never modified."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from isa_desktop.errors import FileLocked, FileRefused
from isa_desktop.storage import ApplicationFile


def _good(path: Path) -> Path:
    with ApplicationFile.create(path, program="isa", form_versions={}, app_version="t") as f:
        f.set_answers({f"q.{index}": "answer text " * 20 for index in range(300)})
    return path


def _fingerprint(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


def _raw(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _not_sqlite(path: Path) -> None:
    path.write_text("Dear broker, here are our answers…")


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    _good(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_pages(path: Path) -> None:
    _good(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 12 * page), page):
        data[offset : offset + 64] = b"\xff" * 64  # b-tree page headers destroyed
    path.write_bytes(bytes(data))


def _extra_trigger(path: Path) -> None:
    _good(path)
    _raw(path, "CREATE TRIGGER wipe AFTER INSERT ON meta BEGIN DELETE FROM answers; END")


def _extra_view(path: Path) -> None:
    _good(path)
    _raw(path, "CREATE VIEW spy AS SELECT * FROM answers")


def _extra_table(path: Path) -> None:
    _good(path)
    _raw(path, "CREATE TABLE payload (x)")


def _answers_replaced_by_view(path: Path) -> None:
    _good(path)
    _raw(path, "ALTER TABLE answers RENAME TO answers_old",
         "CREATE VIEW answers AS SELECT * FROM answers_old")


def _newer_version(path: Path) -> None:
    _good(path)
    _raw(path, "PRAGMA user_version = 99")


def _foreign_sqlite(path: Path) -> None:
    _raw(path, "CREATE TABLE contacts (name)")


CASES: list[tuple[Callable[[Path], None], str]] = [
    (_not_sqlite, "not an ISA Desktop file"),
    (_zero_bytes, "empty (0 bytes)"),
    (_truncated, "truncated"),
    (_damaged_pages, "damaged"),
    (_extra_trigger, "trigger named 'wipe'"),
    (_extra_view, "view named 'spy'"),
    (_extra_table, "table named 'payload'"),
    (_answers_replaced_by_view, "did not create"),
    (_newer_version, "newer version of ISA Desktop"),
    (_foreign_sqlite, "not an ISA Desktop application file"),
]


@pytest.mark.parametrize(("make", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_refused_with_a_clear_message_and_untouched(tmp_path: Path, make: Callable[[Path], None],
                                                    message: str) -> None:
    path = tmp_path / "received.isa"
    make(path)
    before = _fingerprint(path)
    for read_only in (False, True):
        with pytest.raises(FileRefused) as caught:
            ApplicationFile.open(path, read_only=read_only)
        assert message in str(caught.value)
        assert "received.isa" in str(caught.value)
    assert _fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["received.isa"]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="does not exist"):
        ApplicationFile.open(tmp_path / "nope.isa", read_only=True)
    with pytest.raises(FileRefused, match="folder"):
        ApplicationFile.open(tmp_path, read_only=True)


def test_file_locked_by_another_process(tmp_path: Path) -> None:
    path = _good(tmp_path / "a.isa")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from isa_desktop.storage import ApplicationFile;"
         "f = ApplicationFile.open(Path(sys.argv[1])); print('open', flush=True);"
         "sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(FileLocked, match="already open in another"):
            ApplicationFile.open(path)
    finally:
        holder.communicate("")
    ApplicationFile.open(path).close()


def test_foreign_trigger_cannot_run_even_if_checks_were_skipped(tmp_path: Path) -> None:
    """Defence in depth: the authorizer refuses what a foreign trigger tries to do."""
    from isa_desktop.storage import safety

    path = _good(tmp_path / "a.isa")
    _raw(path, "CREATE TRIGGER wipe AFTER INSERT ON meta BEGIN DELETE FROM answers; END")
    connection = safety.connect(path, read_only=False)
    with pytest.raises(sqlite3.DatabaseError, match="not authorized|prohibited"):
        connection.execute("INSERT INTO meta (key, value) VALUES ('x', '1')")
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 300
    connection.close()
