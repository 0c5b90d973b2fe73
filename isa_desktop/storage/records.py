"""Attachments, keyed records (risk, plan, cycles, reviews) and imported populations.

Mixed into :class:`~isa_desktop.storage.appfile.ApplicationFile`; each method is one durable
transaction and logs what changed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from isa_desktop.errors import AnswerError

if TYPE_CHECKING:
    from collections.abc import Callable

MAX_ATTACHMENT = 50 * 1024 * 1024
MAX_TOTAL_ATTACHMENTS = 500 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    """An attached document without its bytes."""

    id: int
    question_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str


def _stamp() -> str:
    from isa_desktop.storage.appfile import now_iso

    return now_iso()


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Base:
    """What the mixins need from the application file."""

    who: str
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]
    query: Callable[..., list[tuple[Any, ...]]]
    _log: Callable[..., None]


class AttachmentsMixin(_Base):
    """Policy and procedure documents stored as blobs with their SHA-256."""

    def add_attachment(self, question_id: str, filename: str, data: bytes,
                       media_type: str) -> AttachmentInfo:
        """Store a document for ``question_id``; refuses empty or oversized files."""
        if not data:
            raise AnswerError(f"{filename} is empty (0 bytes); nothing was attached.")
        if len(data) > MAX_ATTACHMENT:
            raise AnswerError(
                f"{filename} is {len(data) / 1048576:.1f} MB; documents up to "
                f"{MAX_ATTACHMENT // 1048576} MB can be attached. Split or compress it.")
        total = self.query("SELECT COALESCE(SUM(size), 0) FROM attachments")[0][0]
        if total + len(data) > MAX_TOTAL_ATTACHMENTS:
            raise AnswerError(f"Attaching {filename} would pass the "
                              f"{MAX_TOTAL_ATTACHMENTS // 1048576} MB limit for one file.")
        digest = hashlib.sha256(data).hexdigest()
        stamp = _stamp()
        with self.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO attachments (question_id, filename, media_type, size, sha256, data, "
                "added_at, added_by) VALUES (?,?,?,?,?,?,?,?)",
                (question_id, filename, media_type, len(data), digest, data, stamp, self.who))
            attachment_id = int(cursor.lastrowid or 0)
            self._log(connection, f"attachment:{question_id}", None,
                      _encode({"filename": filename, "sha256": digest, "size": len(data)}), stamp)
        return AttachmentInfo(attachment_id, question_id, filename, media_type, len(data),
                              digest, stamp, self.who)

    def attachments(self, question_id: str | None = None) -> list[AttachmentInfo]:
        """Attached documents (all, or those of one question), oldest first."""
        sql = ("SELECT id, question_id, filename, media_type, size, sha256, added_at, added_by "
               "FROM attachments")
        rows = (self.query(sql + " WHERE question_id = ? ORDER BY id", (question_id,))
                if question_id else self.query(sql + " ORDER BY id"))
        return [AttachmentInfo(*row) for row in rows]

    def attachment_data(self, attachment_id: int) -> bytes:
        """The bytes of one attachment."""
        rows = self.query("SELECT data FROM attachments WHERE id = ?", (attachment_id,))
        if not rows:
            raise AnswerError(f"There is no attachment number {attachment_id}.")
        return bytes(rows[0][0])

    def remove_attachment(self, attachment_id: int) -> None:
        """Delete an attachment (the change log keeps its name and hash)."""
        rows = self.query("SELECT question_id, filename, sha256, size FROM attachments "
                          "WHERE id = ?", (attachment_id,))
        if not rows:
            return
        question_id, filename, digest, size = rows[0]
        with self.transaction() as connection:
            connection.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            self._log(connection, f"attachment:{question_id}",
                      _encode({"filename": filename, "sha256": digest, "size": size}), None)

    def attachment_counts(self) -> dict[str, int]:
        """Number of documents per question (attachment questions count as answered)."""
        rows = self.query("SELECT question_id, COUNT(*) FROM attachments GROUP BY question_id")
        return {str(qid): int(count) for qid, count in rows}


class RecordsMixin(_Base):
    """Small JSON records by kind and key: risk entries, plan areas, cycles, reviews…"""

    def put_record(self, kind: str, key: str, data: dict[str, Any]) -> None:
        """Create or replace a record (logged as ``kind/key``)."""
        new = _encode(data)
        with self.transaction() as connection:
            row = connection.execute("SELECT data FROM records WHERE kind = ? AND key = ?",
                                     (kind, key)).fetchone()
            old = row[0] if row else None
            if old == new:
                return
            connection.execute(
                "INSERT INTO records (kind, key, data, updated_at) VALUES (?,?,?,?) "
                "ON CONFLICT(kind, key) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at", (kind, key, new, _stamp()))
            self._log(connection, f"{kind}/{key}", old, new)

    def record(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record, or None."""
        rows = self.query("SELECT data FROM records WHERE kind = ? AND key = ?", (kind, key))
        return json.loads(rows[0][0]) if rows else None

    def records(self, kind: str) -> dict[str, dict[str, Any]]:
        """Every record of a kind, by key (in key order)."""
        rows = self.query("SELECT key, data FROM records WHERE kind = ? ORDER BY key", (kind,))
        return {str(key): json.loads(data) for key, data in rows}

    def delete_record(self, kind: str, key: str) -> None:
        """Remove a record (the change log keeps its last content)."""
        with self.transaction() as connection:
            row = connection.execute("SELECT data FROM records WHERE kind = ? AND key = ?",
                                     (kind, key)).fetchone()
            if row is None:
                return
            connection.execute("DELETE FROM records WHERE kind = ? AND key = ?", (kind, key))
            self._log(connection, f"{kind}/{key}", row[0], None)

    def record_document(self, kind: str, sha256: str, pages: int | None,
                        note: str | None = None) -> None:
        """Remember that a document was generated (its hash and page count)."""
        with self.transaction() as connection:
            connection.execute("INSERT INTO documents (kind, generated_at, sha256, pages, note) "
                               "VALUES (?,?,?,?,?)", (kind, _stamp(), sha256, pages, note))

    def documents(self) -> list[dict[str, Any]]:
        """Generated documents, newest first."""
        keys = ("id", "kind", "generated_at", "sha256", "pages", "note")
        rows = self.query("SELECT id, kind, generated_at, sha256, pages, note FROM documents "
                          "ORDER BY id DESC")
        return [dict(zip(keys, row)) for row in rows]


class PopulationsMixin(_Base):
    """Entry-line populations imported from CSV for sampling."""

    def add_population(self, name: str, period: str | None, columns: list[str],
                       rows: Iterable[dict[str, Any]], sha256: str) -> int:
        """Store a population and its rows in one transaction; returns its id."""
        stamp = _stamp()
        with self.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO populations (name, period, imported_at, sha256, columns, row_count) "
                "VALUES (?,?,?,?,?,0)", (name, period, stamp, sha256, _encode(columns)))
            population_id = int(cursor.lastrowid or 0)
            connection.executemany(
                "INSERT INTO population_rows (population_id, row_no, data) VALUES (?,?,?)",
                ((population_id, index, _encode(row)) for index, row in enumerate(rows)))
            count = connection.execute("SELECT COUNT(*) FROM population_rows WHERE "
                                       "population_id = ?", (population_id,)).fetchone()[0]
            connection.execute("UPDATE populations SET row_count = ? WHERE id = ?",
                               (count, population_id))
            self._log(connection, f"population/{population_id}", None,
                      _encode({"name": name, "period": period, "rows": count, "sha256": sha256}),
                      stamp)
        return population_id

    def populations(self) -> list[dict[str, Any]]:
        """Imported populations without their rows, newest first."""
        keys = ("id", "name", "period", "imported_at", "sha256", "columns", "row_count")
        rows = self.query("SELECT id, name, period, imported_at, sha256, columns, row_count "
                          "FROM populations ORDER BY id DESC")
        result = [dict(zip(keys, row)) for row in rows]
        for item in result:
            item["columns"] = json.loads(item["columns"])
        return result

    def population_rows(self, population_id: int) -> Iterator[dict[str, Any]]:
        """The rows of one population in import order."""
        rows = self.query("SELECT data FROM population_rows WHERE population_id = ? "
                          "ORDER BY row_no", (population_id,))
        return (json.loads(data) for (data,) in rows)

    def delete_population(self, population_id: int) -> None:
        """Remove a population and its rows."""
        with self.transaction() as connection:
            connection.execute("DELETE FROM population_rows WHERE population_id = ?",
                               (population_id,))
            connection.execute("DELETE FROM populations WHERE id = ?", (population_id,))
            self._log(connection, f"population/{population_id}", "deleted", None)
