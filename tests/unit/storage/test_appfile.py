"""The application file: answers with history, attachments, records, copies, locking."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from isa_desktop.errors import AnswerError, FileLocked, SaveFailed
from isa_desktop.storage import APPLICATION_ID, ApplicationFile, schema_version


def _new(path: Path) -> ApplicationFile:
    return ApplicationFile.create(path, program="isa", form_versions={"company": 3},
                                  app_version="test", who="dana")


def test_answers_persist_with_an_append_only_history(tmp_path: Path) -> None:
    path = tmp_path / "a.isa"
    with _new(path) as file:
        assert file.set_answer("company.legal_name", "Cascade", 3)
        assert not file.set_answer("company.legal_name", "Cascade", 3)  # unchanged: no entry
        file.set_answer("company.legal_name", "Cascade Ridge", 3)
        file.set_answer("company.dba", None)  # clearing an unanswered question: no entry
    with ApplicationFile.open(path, who="miguel") as file:
        assert file.answers() == {"company.legal_name": "Cascade Ridge"}
        log = file.change_log("company.legal_name")
        assert [(e["old"], e["new"], e["who"]) for e in log] == [
            (None, '"Cascade"', "dana"), ('"Cascade"', '"Cascade Ridge"', "dana")]
        file.set_answer("company.legal_name", None)
        assert file.answers() == {}
        assert file.change_log("company.legal_name")[-1]["who"] == "miguel"
        assert file.meta("program") == "isa"
        assert file.meta("form_versions") == {"company": 3}
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            file._connection.execute("DELETE FROM change_log")


def test_header_and_durability_settings(tmp_path: Path) -> None:
    path = tmp_path / "a.isa"
    with _new(path) as file:
        connection = file._connection
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert path.stat().st_mode & 0o077 == 0  # owner only
    assert not list(tmp_path.glob("*.lock")) and not list(tmp_path.glob(".~*"))


def test_set_answers_is_all_or_nothing(tmp_path: Path) -> None:
    with _new(tmp_path / "a.isa") as file:
        file.set_answer("x", 1)

        class Unencodable:
            pass

        with pytest.raises(TypeError):
            file.set_answers({"y": 2, "z": Unencodable()})
        assert file.answers() == {"x": 1}


def test_attachments_keep_hash_and_refuse_empty_or_huge(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with _new(tmp_path / "a.isa") as file:
        info = file.add_attachment("policies.general.document", "manual.pdf", b"%PDF-1.7 x",
                                   "application/pdf")
        assert info.sha256 == hashlib.sha256(b"%PDF-1.7 x").hexdigest()
        assert file.attachment_data(info.id) == b"%PDF-1.7 x"
        assert file.attachment_counts() == {"policies.general.document": 1}
        with pytest.raises(AnswerError, match="empty"):
            file.add_attachment("q", "empty.txt", b"", "text/plain")
        monkeypatch.setattr("isa_desktop.storage.records.MAX_ATTACHMENT", 10)
        with pytest.raises(AnswerError, match="MB"):
            file.add_attachment("q", "big.pdf", b"x" * 11, "application/pdf")
        file.remove_attachment(info.id)
        assert file.attachments() == []
        assert file.change_log("attachment:policies.general.document")[-1]["new"] is None


def test_records_and_populations(tmp_path: Path) -> None:
    with _new(tmp_path / "a.isa") as file:
        file.put_record("risk", "valuation", {"likelihood": 4, "impact": 5})
        assert file.records("risk") == {"valuation": {"likelihood": 4, "impact": 5}}
        population = file.add_population("Q1", "2026-Q1", ["entry_number"],
                                         [{"entry_number": str(i)} for i in range(5)], "abc")
        assert file.populations()[0]["row_count"] == 5
        assert [r["entry_number"] for r in file.population_rows(population)] == list("01234")
        file.delete_record("risk", "valuation")
        assert file.record("risk", "valuation") is None


def test_second_writer_is_refused_but_reader_allowed(tmp_path: Path) -> None:
    path = tmp_path / "a.isa"
    with _new(path):
        with pytest.raises(FileLocked, match="already open"):
            ApplicationFile.open(path)
        with ApplicationFile.open(path, read_only=True) as reader:
            assert reader.read_only
            with pytest.raises(SaveFailed, match="read-only"):
                reader.set_answer("x", 1)
    ApplicationFile.open(path).close()  # the lock is released on close


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.isa"
    path.write_bytes(b"keep me")
    with pytest.raises(SaveFailed, match="already exists"):
        _new(path)
    assert path.read_bytes() == b"keep me"


def test_save_copy_is_verified_and_atomic(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with _new(tmp_path / "a.isa") as file:
        file.set_answer("company.legal_name", "Cascade")
        copy = tmp_path / "copy.isa"
        file.save_copy(copy)
        with ApplicationFile.open(copy, read_only=True) as other:
            assert other.answers() == {"company.legal_name": "Cascade"}
        copy.write_bytes(b"previous good export")

        def broken_backup(*args: object, **kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr("isa_desktop.storage.copies._backup", broken_backup)
        with pytest.raises(SaveFailed, match="disk is full"):
            file.save_copy(copy)
        assert copy.read_bytes() == b"previous good export"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_read_only_file_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.isa"
    with _new(path) as file:
        file.set_answer("x", 1)
    before = path.read_bytes()
    real_access = __import__("os").access
    monkeypatch.setattr("isa_desktop.storage.appfile.os.access",
                        lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with ApplicationFile.open(path) as file:
        assert file.read_only and file.answers() == {"x": 1}
        with pytest.raises(SaveFailed, match="read-only; open a copy"):
            file.set_answer("x", 2)
    assert path.read_bytes() == before
