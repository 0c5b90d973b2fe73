"""The open application as seen by the window: one object every page talks to.

It wraps the :class:`~isa_desktop.services.application.Application` service, turns its
``UserError`` s into signals the status bar shows, and announces every change so pages refresh
from a signal instead of polling. The check report and the answers view are cached between
changes because several pages read them after each edit.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from isa_desktop.errors import UserError
from isa_desktop.services.application import Application
from isa_desktop.services.check import CheckReport
from isa_desktop.storage import AttachmentInfo

log = logging.getLogger(__name__)


class AppContext(QObject):
    """The open file, the undo stack and the language, with change signals."""

    file_opened = Signal()
    file_closed = Signal()
    answer_changed = Signal(str)  # question id
    attachments_changed = Signal(str)  # question id
    saved = Signal()
    save_failed = Signal(str)  # a sentence for the user
    language_changed = Signal(str)
    review_changed = Signal()  # a pre-certification finding, comment or state changed

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app: Application | None = None
        self.language = language
        self.undo_stack = QUndoStack(self)
        self._view: dict[str, Any] | None = None
        self._report: CheckReport | None = None

    # -- lifecycle ------------------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Open ``path`` (closing the current file); raises ``UserError`` when refused."""
        app = Application.open(Path(path))
        self._replace(app)

    def create(self, path: Path, program: str = "isa") -> None:
        """Create and open a new application file."""
        app = Application.create(Path(path), program)
        self._replace(app)

    def _replace(self, app: Application) -> None:
        self.close()
        self.app = app
        self._invalidate()
        self.file_opened.emit()

    def close(self) -> None:
        """Close the open file, if any, and forget its undo history."""
        if self.app is None:
            return
        self.undo_stack.clear()
        try:
            _store_summary(self.app)
            self.app.close()
        finally:
            self.app = None
            self._invalidate()
            self.file_closed.emit()

    @property
    def is_open(self) -> bool:
        """Whether a file is open."""
        return self.app is not None

    @property
    def read_only(self) -> bool:
        """Whether the open file refuses changes (another window has it, or no write access)."""
        return self.app is not None and self.app.file.read_only

    # -- reading ----------------------------------------------------------------------------
    def view(self) -> dict[str, Any]:
        """Answers plus attachment counts (what conditions read), cached between changes."""
        if self.app is None:
            return {}
        if self._view is None:
            self._view = self.app.view()
        return self._view

    def answer(self, question_id: str) -> Any:
        """The stored answer of one question (None if unanswered)."""
        return self.view().get(question_id)

    def report(self) -> CheckReport | None:
        """The check report for the current answers, cached between changes."""
        if self.app is None:
            return None
        if self._report is None:
            self._report = self.app.check()
        return self._report

    def attachments(self, question_id: str) -> list[AttachmentInfo]:
        """Documents attached to one question."""
        return self.app.file.attachments(question_id) if self.app else []

    # -- changing ---------------------------------------------------------------------------
    def store_answer(self, question_id: str, value: Any) -> bool:
        """Write one answer now; False (and ``save_failed``) when the service refused it."""
        if self.app is None:
            return False
        try:
            self.app.set_answer(question_id, value)
        except UserError as exc:
            self.save_failed.emit(exc.message)
            return False
        self._invalidate()
        self.saved.emit()
        self.answer_changed.emit(question_id)
        return True

    def attach(self, question_id: str, document: Path) -> AttachmentInfo | None:
        """Attach a document; None (and ``save_failed``) when refused."""
        if self.app is None:
            return None
        try:
            info = self.app.attach(question_id, Path(document))
        except UserError as exc:
            self.save_failed.emit(exc.message)
            return None
        self._invalidate()
        self.saved.emit()
        self.attachments_changed.emit(question_id)
        return info

    def remove_attachment(self, info: AttachmentInfo) -> bool:
        """Remove an attached document."""
        if self.app is None:
            return False
        try:
            self.app.file.remove_attachment(info.id)
        except UserError as exc:
            self.save_failed.emit(exc.message)
            return False
        self._invalidate()
        self.saved.emit()
        self.attachments_changed.emit(info.question_id)
        return True

    def save_copy(self, destination: Path) -> bool:
        """Write a verified copy of the file elsewhere."""
        if self.app is None:
            return False
        try:
            self.app.file.save_copy(Path(destination))
        except UserError as exc:
            self.save_failed.emit(exc.message)
            return False
        return True

    def record_document(self, kind: str, sha256: str, pages: int | None, note: str) -> None:
        """Remember in the file's history that a document was built (best effort: the PDF
        exists either way, so a read-only file only misses the history line)."""
        if self.app is None or self.app.file.read_only:
            return
        try:
            self.app.file.record_document(kind, sha256, pages, note)
        except UserError:
            log.warning("could not record the built document", exc_info=True)

    # -- pre-certification review ------------------------------------------------------------
    def review_comments(self, question_id: str | None = None) -> list[Any]:
        """Review comments (``services.review.ReviewComment``) for one question or all."""
        if self.app is None:
            return []
        from isa_desktop.services.review import comments

        return comments(self.app, question_id)

    def mark_comment_addressed(self, comment_id: str, addressed: bool = True) -> bool:
        """The importer marks a review comment addressed; False (and ``save_failed``) if refused."""
        if self.app is None:
            return False
        from isa_desktop.services.review import mark_comment_addressed

        try:
            mark_comment_addressed(self.app, comment_id, addressed)
        except UserError as exc:
            self.save_failed.emit(exc.message)
            return False
        self.saved.emit()
        self.review_changed.emit()
        return True

    def set_language(self, language: str) -> None:
        """Switch the language of form labels (the window's own words follow ``i18n``)."""
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def _invalidate(self) -> None:
        self._view = None
        self._report = None


def _store_summary(app: Application) -> None:
    """Refresh the small summary the broker dashboard reads (best effort: a file that cannot
    be written keeps its old summary and the dashboard reads it the slow way)."""
    from isa_desktop.services.summary import store_summary

    try:
        store_summary(app)
    except UserError:
        log.warning("could not store the dashboard summary", exc_info=True)
