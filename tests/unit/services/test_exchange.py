"""Sending and receiving client files: verified copies, sealed bundles, comparing versions."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from _dashboard_files import client_copy

from isa_desktop.errors import FileRefused, UserError
from isa_desktop.services import bundle, exchange
from isa_desktop.services.answer_diff import diff_answers
from isa_desktop.services.application import Application
from isa_desktop.storage import check_file

PASSWORD = "correct horse battery"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Route the app's temporary files to a folder the test can inspect."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _answers(path: Path) -> dict:
    with Application.open(path, read_only=True) as app:
        return app.answers()


def test_export_copy_is_verified_and_complete(tmp_path: Path) -> None:
    source = client_copy(tmp_path / "mine", "a.isa")
    copy = exchange.export_copy(source, tmp_path / "out.isa")
    check_file(copy)
    assert _answers(copy) == _answers(source)
    assert copy.stat().st_mode & 0o777 == 0o600


def test_bundle_round_trip(tmp_path: Path, private_tmp: Path) -> None:
    source = client_copy(tmp_path / "mine", "a.isa")
    sealed = exchange.write_bundle(source, tmp_path / "a.isabundle", PASSWORD)
    raw = sealed.read_bytes()
    assert raw.startswith(b"ISABNDL1") and b"Cascade Ridge" not in raw  # encrypted
    assert sealed.stat().st_mode & 0o777 == 0o600
    (tmp_path / "inbox").mkdir()
    opened = exchange.read_bundle(sealed, PASSWORD, tmp_path / "inbox")
    assert opened == tmp_path / "inbox" / "a.isa"
    assert _answers(opened) == _answers(source)
    assert list(private_tmp.iterdir()) == []  # temporary copies were removed


def test_wrong_password_is_refused(tmp_path: Path) -> None:
    sealed = exchange.write_bundle(client_copy(tmp_path, "a.isa"), tmp_path / "a.isabundle",
                                   PASSWORD)
    with pytest.raises(UserError, match="wrong password or the file was changed"):
        exchange.read_bundle(sealed, PASSWORD + "!", tmp_path)
    with pytest.raises(UserError, match="at least 8"):
        exchange.write_bundle(client_copy(tmp_path, "b.isa"), tmp_path / "b.isabundle", "short")


def test_any_flipped_byte_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "SCRYPT_N", 2**10)  # the cost is read from the header; keep
    plain = b"SQLite format 3\x00" + bytes(range(256)) * 8  # the test quick
    sealed = bundle.seal(plain, PASSWORD)
    assert bundle.unseal(sealed, PASSWORD) == plain
    positions = list(range(bundle.HEADER.size)) + list(range(bundle.HEADER.size,
                                                              len(sealed), 97)) + [-1]
    for position in positions:
        damaged = bytearray(sealed)
        damaged[position] ^= 0x01
        with pytest.raises(UserError):
            bundle.unseal(bytes(damaged), PASSWORD)
    with pytest.raises(UserError):
        bundle.unseal(sealed[:-1], PASSWORD)  # cut short
    with pytest.raises(UserError, match="not an ISA Desktop bundle"):
        bundle.unseal(b"PK\x03\x04" + bytes(100), PASSWORD)


def test_bundle_cannot_demand_huge_scrypt_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "SCRYPT_N", 2**10)
    sealed = bytearray(bundle.seal(b"x" * 100, PASSWORD))
    sealed[9:13] = (2**24).to_bytes(4, "big")  # n = 16 million: gigabytes of memory
    with pytest.raises(UserError, match="wrong password or the file was changed"):
        bundle.unseal(bytes(sealed), PASSWORD)


def test_bundle_with_hostile_content_is_refused(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = client_copy(tmp_path / "src", "h.isa")
    connection = sqlite3.connect(hostile)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON meta BEGIN DELETE FROM answers; END")
    connection.commit()
    connection.close()
    sealed = tmp_path / "h.isabundle"
    sealed.write_bytes(bundle.seal(hostile.read_bytes(), PASSWORD))
    (tmp_path / "inbox").mkdir()
    with pytest.raises(FileRefused, match="wipe"):
        exchange.read_bundle(sealed, PASSWORD, tmp_path / "inbox")
    assert list((tmp_path / "inbox").iterdir()) == []


def test_diff_answers() -> None:
    old = {"a": "1", "b": ["x"], "c": "same", "d": "", "ior": "123-45-6789"}
    new = {"a": "2", "c": "same", "e": 5, "ior": "123-45-6780"}
    diff = diff_answers(old, new)
    assert diff.added == {"e": 5} and diff.removed == {"b": ["x"]}
    assert diff.changed == {"a": ("1", "2"), "ior": ("123-45-6789", "123-45-6780")}
    assert not diff.empty and len(diff) == 4
    shown = {line.question_id: line for line in diff.lines()}
    assert (shown["ior"].old, shown["ior"].new) == ("***-**-6789", "***-**-6780")
    assert diff_answers({"a": None}, {}).empty


def test_receive_an_edited_file_shows_the_diff(tmp_path: Path, private_tmp: Path) -> None:
    local = client_copy(tmp_path / "mine", "a.isa")
    sent = exchange.write_bundle(local, tmp_path / "a.isabundle", PASSWORD)
    (tmp_path / "client").mkdir()
    theirs = exchange.read_bundle(sent, PASSWORD, tmp_path / "client")
    with Application.open(theirs) as app:  # the client edits their copy
        app.import_answers({"company.employees": 52, "company.website": None,
                            "company.state_of_incorporation": "OR",
                            "company.surety": "Evergreen Surety Company"})
        app.import_answers({"company.dba": "Cascade Ridge Gear"})
    back = exchange.write_bundle(theirs, tmp_path / "back.isabundle", PASSWORD)
    result = exchange.receive(back, local, PASSWORD)
    assert result.newer == "received" and not result.different_client
    assert result.diff.changed == {"company.employees": (48, 52),
                                   "company.dba": ("Cascade Ridge", "Cascade Ridge Gear"),
                                   "company.state_of_incorporation": ("WA", "OR"),
                                   "company.surety": ("Evergreen Surety Company (code 457)",
                                                      "Evergreen Surety Company")}
    assert list(result.diff.removed) == ["company.website"] and not result.diff.added
    assert _answers(local)["company.employees"] == 48  # nothing changed until chosen
    replaced = exchange.accept_received(result)
    result.discard()
    assert _answers(replaced)["company.employees"] == 52
    kept = list((local.parent / "Archive" / "Previous versions").glob("*.isa"))
    assert len(kept) == 1 and _answers(kept[0])["company.employees"] == 48
    assert list(private_tmp.iterdir()) == []


def test_receive_an_older_plain_copy(tmp_path: Path) -> None:
    local = client_copy(tmp_path / "mine", "a.isa")
    old = tmp_path / "old.isa"
    shutil.copyfile(local, old)
    with Application.open(local) as app:
        app.import_answers({"company.employees": 60})
    result = exchange.receive(old, local)
    try:
        assert result.newer == "local"
        assert result.diff.changed == {"company.employees": (60, 48)}
    finally:
        result.discard()
    assert not result.received.exists()


def test_receive_a_new_client_and_refuse_damage(tmp_path: Path, private_tmp: Path) -> None:
    source = client_copy(tmp_path / "src", "new.isa")
    result = exchange.receive(source, tmp_path / "mine" / "new.isa")
    assert result.newer == "received" and len(result.diff.added) > 300
    result.discard()
    damaged = tmp_path / "damaged.isa"
    damaged.write_bytes(source.read_bytes()[:8192])
    with pytest.raises(FileRefused, match="truncated"):
        exchange.receive(damaged, tmp_path / "mine" / "new.isa")
    assert list(private_tmp.iterdir()) == []
