"""Kill a writing process at random moments: the file stays sound and keeps every
acknowledged edit. Also: a full disk during a save loses nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isa_desktop.storage import ApplicationFile

ROOT = Path(__file__).resolve().parents[3]
WRITER = Path(__file__).with_name("_writer.py")
KILLS = int(os.environ.get("ISA_CRASH_KILLS", "100"))


def _start(path: Path, start: int, mode: str = "plain") -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), str(path), str(start), mode],
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _acknowledged(process: subprocess.Popen[str], seconds: float) -> list[int]:
    """Once the writer has acknowledged its first edit, read ``ack`` lines for ``seconds``
    more, then kill -9 it and read what it had already said. Starting the clock at the first
    edit (not at process start) keeps every kill inside the writing, however loaded the
    machine is."""
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    first = process.stdout.readline()
    acks: list[int] = [int(first.split()[1])] if first.startswith("ack ") else []
    until = time.monotonic() + seconds
    os.set_blocking(process.stdout.fileno(), False)
    while time.monotonic() < until and process.poll() is None:
        line = process.stdout.readline()
        if line.startswith("ack "):
            acks.append(int(line.split()[1]))
        elif not line:
            time.sleep(0.0005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    os.set_blocking(process.stdout.fileno(), True)
    acks += [int(line.split()[1]) for line in process.stdout.read().splitlines()
             if line.startswith("ack ")]
    return acks


def _assert_sound(path: Path, acknowledged: list[int]) -> int:
    with ApplicationFile.open(path) as file:  # opening rolls back any hot journal
        assert file.query("PRAGMA integrity_check") == [("ok",)]
        answers = file.answers()
        cycles = file.records("cycle")
        documents = {a.filename for a in file.attachments()}
    for index in acknowledged:
        if index % 7 == 0:
            assert f"c{index}" in cycles, f"acknowledged record {index} lost"
        elif index % 11 == 0:
            assert f"doc{index}.txt" in documents, f"acknowledged attachment {index} lost"
        else:
            assert answers.get(f"q.{index}") == f"value {index} " * 40, f"edit {index} lost"
    return len(answers)


@pytest.mark.crash
def test_sigkill_at_random_moments_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "crash.isa"
    ApplicationFile.create(path, program="isa", form_versions={}, app_version="t").close()
    rng = random.Random(20261202)
    every_ack: list[int] = []
    start = 1
    kills_with_progress = 0
    for _ in range(KILLS):
        process = _start(path, start)
        acks = _acknowledged(process, rng.random() * 0.06)
        _assert_sound(path, every_ack + acks)
        every_ack += acks
        kills_with_progress += bool(acks)
        start = (max(every_ack) if every_ack else start) + 2  # skip the maybe-written one
    assert kills_with_progress == KILLS
    print(json.dumps({"kills": KILLS, "acknowledged_edits": len(every_ack)}))


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="RLIMIT_FSIZE is POSIX only")
def test_full_disk_during_saves_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "full.isa"
    with ApplicationFile.create(path, program="isa", form_versions={}, app_version="t") as f:
        f.set_answer("company.legal_name", "Cascade Ridge Outfitters, Inc.")
    process = _start(path, 1, mode="fsize")
    output, _ = process.communicate(timeout=60)
    lines = output.splitlines()
    assert lines[-1].startswith("failed Could not save to full.isa: the disk is full"), lines[-1]
    acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    assert acks, "the writer should have saved some edits before the disk filled"
    _assert_sound(path, acks)
    with ApplicationFile.open(path) as file:
        assert file.answer("company.legal_name") == "Cascade Ridge Outfitters, Inc."
        assert file.answer("q.last") == max(i for i in acks if i % 7 and i % 11)


def test_a_damaged_journal_never_passes_silently(tmp_path: Path) -> None:
    """A hot journal left by a crash is rolled back on open; the answer before it survives."""
    path = tmp_path / "j.isa"
    with ApplicationFile.create(path, program="isa", form_versions={}, app_version="t") as f:
        f.set_answer("a", 1)
    process = _start(path, 1)
    _acknowledged(process, 0.05)
    with ApplicationFile.open(path) as file:
        assert file.answer("a") == 1
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_header_of_an_interrupted_write_is_checked_after_recovery(tmp_path: Path) -> None:
    """A crash can leave the header counting pages not yet written: not a truncated file."""
    import shutil

    path = tmp_path / "h.isa"
    with ApplicationFile.create(path, program="isa", form_versions={}, app_version="t") as f:
        f.set_answer("a", "x" * 2000)
    # Simulate the crash: journal holds the original pages; the main file's header already
    # claims more pages than the file has.
    snapshot = path.read_bytes()
    journal = Path(f"{path}-journal")
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA cache_size = 1")  # spill pages to the file before commit
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO answers VALUES (?, ?, NULL, 't', 'w')",
                           [(f"big.{i}", "y" * 3000) for i in range(300)])
    shutil.copyfile(journal, tmp_path / "saved-journal")
    shutil.copyfile(path, tmp_path / "saved-db")
    connection.execute("ROLLBACK")
    connection.close()
    shutil.copyfile(tmp_path / "saved-db", path)
    shutil.copyfile(tmp_path / "saved-journal", journal)
    # The commit had written page 1 (with the new page count) but not the last page.
    data = bytearray(path.read_bytes())
    data[28:32] = (len(data) // 4096 + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    with ApplicationFile.open(path) as file:
        assert file.answer("a") == "x" * 2000
        assert not any(key.startswith("big.") for key in file.answers())
        assert file.query("PRAGMA integrity_check") == [("ok",)]
    assert path.stat().st_size == len(snapshot)
