"""The `.isa` file's schema, as sqlite-utils migrations, and the allow-list derived from it.

The allow-list of schema objects for a given format version is computed by applying the first
migrations to an empty in-memory database, so the DDL is written exactly once (here).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from isa_desktop import __version__, paths

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

APPLICATION_ID = 0x49534131  # "ISA1": lets tools (and our open dialog) recognise the file
MIGRATION_SET = "isa_desktop"


def _initial(db: Database) -> None:
    for statement in _INITIAL_SCHEMA:
        db.execute(statement)


_INITIAL_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE answers (question_id TEXT PRIMARY KEY, value TEXT NOT NULL, "
    "form_version INTEGER, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)",
    "CREATE TABLE change_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
    "target TEXT NOT NULL, old_value TEXT, new_value TEXT)",
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TABLE attachments (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, "
    "filename TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, "
    "sha256 TEXT NOT NULL, data BLOB NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL)",
    "CREATE INDEX attachments_question ON attachments (question_id)",
    "CREATE TABLE records (kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, PRIMARY KEY (kind, key))",
    "CREATE TABLE documents (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "generated_at TEXT NOT NULL, sha256 TEXT NOT NULL, pages INTEGER, note TEXT)",
    "CREATE TABLE populations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, period TEXT, "
    "imported_at TEXT NOT NULL, sha256 TEXT NOT NULL, columns TEXT NOT NULL, "
    "row_count INTEGER NOT NULL)",
    "CREATE TABLE population_rows (population_id INTEGER NOT NULL, row_no INTEGER NOT NULL, "
    "data TEXT NOT NULL, PRIMARY KEY (population_id, row_no)) WITHOUT ROWID",
]

# Triggers we create ourselves; the authorizer lets only these act on behalf of the schema.
OWN_TRIGGERS = frozenset({"change_log_no_update", "change_log_no_delete"})


# The migrations in order; file format N is the result of the first N of them. They are
# registered with sqlite-utils only when a file is created or upgraded, so opening a file
# does not pay for importing sqlite-utils.
MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_initial", _initial),
]


def schema_version() -> int:
    """The newest file format this build writes (``PRAGMA user_version``)."""
    return len(MIGRATIONS)


@cache
def _migration_set() -> Migrations:
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, function in MIGRATIONS:
        migrations(name=name)(function)
    return migrations


def apply_migrations(db: Database, up_to: int | None = None) -> None:
    """Bring ``db`` to format ``up_to`` (default: newest) and record it in ``user_version``."""
    names = [name for name, _ in MIGRATIONS]
    target = schema_version() if up_to is None else up_to
    stop = names[target] if target < len(names) else None
    _migration_set().apply(db, stop_before=stop)
    db.execute(f"PRAGMA user_version = {int(target)}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


SchemaRow = tuple[str, str, str, str]


@cache
def expected_schema(version: int) -> frozenset[SchemaRow]:
    """``(type, name, tbl_name, sql)`` of every object a file of ``version`` may contain.

    Derived by running the migrations on an empty in-memory database, and cached on disk per
    build and SQLite version (the derivation needs sqlite-utils, slow to import at start-up).
    """
    cache_file = paths.cache_dir() / f"schema-{__version__}-{sqlite3.sqlite_version}-{version}.json"
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        return frozenset((str(a), str(b), str(c), str(d)) for a, b, c, d in cached)
    except (OSError, ValueError, TypeError):
        pass
    from sqlite_utils import Database

    connection = sqlite3.connect(":memory:")
    try:
        apply_migrations(Database(connection, recursive_triggers=False, execute_plugins=False),
                         up_to=version)
        rows = read_schema(connection)
    finally:
        connection.close()
    try:
        cache_file.write_text(json.dumps(sorted(rows)), encoding="utf-8")
    except OSError:
        pass  # without the cache the next start derives it again
    return rows


def read_schema(connection: sqlite3.Connection) -> frozenset[SchemaRow]:
    """The schema objects of an open database, normalised for comparison."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), " ".join(str(sql or "").split()))
        for kind, name, table, sql in rows
    )
