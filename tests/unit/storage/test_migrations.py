"""Opening a file of an older format upgrades it with the migrations; the allow-list follows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from isa_desktop.errors import FileRefused
from isa_desktop.storage import ApplicationFile, schema
from isa_desktop.storage.schema import expected_schema


def _add_column(db) -> None:  # a plausible next format: answers remember a note
    db.execute("ALTER TABLE answers ADD COLUMN note TEXT")


@pytest.fixture
def next_format(monkeypatch: pytest.MonkeyPatch):
    """Pretend this build knows one more migration than the released one."""
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("0002_note", _add_column)])
    schema._migration_set.cache_clear()
    expected_schema.cache_clear()
    yield len(schema.MIGRATIONS)
    schema._migration_set.cache_clear()
    expected_schema.cache_clear()


def _format_1_file(path: Path) -> Path:
    """A file as the previous release (format 1) wrote it, with one answer."""
    schema_now = schema.MIGRATIONS
    schema.MIGRATIONS = schema_now[:1]
    schema._migration_set.cache_clear()
    try:
        with ApplicationFile.create(path, program="isa", form_versions={},
                                    app_version="old") as file:
            file.set_answer("company.legal_name", "Cascade")
    finally:
        schema.MIGRATIONS = schema_now
        schema._migration_set.cache_clear()
    return path


def test_older_file_is_upgraded_on_open_and_keeps_its_answers(tmp_path: Path,
                                                              next_format: int) -> None:
    path = _format_1_file(tmp_path / "old.isa")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1

    with ApplicationFile.open(path) as file:
        assert file.answer("company.legal_name") == "Cascade"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == next_format
    columns = [row[1] for row in connection.execute("PRAGMA table_info(answers)")]
    assert "note" in columns
    applied = [r[0] for r in connection.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == ["0001_initial", "0002_note"]
    connection.close()


def test_a_read_only_open_of_an_older_file_changes_nothing(tmp_path: Path,
                                                           next_format: int) -> None:
    path = _format_1_file(tmp_path / "old.isa")
    before = path.read_bytes()
    with ApplicationFile.open(path, read_only=True) as file:
        assert file.answers() == {"company.legal_name": "Cascade"}
    assert path.read_bytes() == before


def test_a_file_claiming_the_new_format_without_its_objects_is_refused(
        tmp_path: Path, next_format: int) -> None:
    path = _format_1_file(tmp_path / "forged.isa")
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {next_format}")
    connection.commit()
    connection.close()
    with pytest.raises(FileRefused, match="'answers' whose definition differs"):
        ApplicationFile.open(path, read_only=True)
