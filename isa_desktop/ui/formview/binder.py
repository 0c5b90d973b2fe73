"""Connects the editors of one form to the open application.

Typing is saved after a short pause (or at once when the field is left); every save goes
through an undo command that calls the service. Visibility, the required marks and inline
messages follow the ``answer_changed`` / ``attachments_changed`` signals of the context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from isa_desktop.formspec import Form, coerce_value, validation_problems
from isa_desktop.formspec.completeness import cell_findings
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.formview.attachment_editor import AttachmentEditor
from isa_desktop.ui.formview.question_row import QuestionRow
from isa_desktop.ui.formview.table_editor import TableEditor
from isa_desktop.ui.undo import SetAnswerCommand

DEBOUNCE_MS = 250


class FormBinder(QObject):
    """Keeps the rows of one form and the stored answers in step."""

    visibility_changed = Signal()

    def __init__(self, context: AppContext, form: Form, rows: dict[str, QuestionRow],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = form
        self.rows = rows
        self._pending: str | None = None
        self._own: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        for question_id, row in rows.items():
            self._connect(question_id, row)
        context.answer_changed.connect(self._on_context_answer_changed)
        context.attachments_changed.connect(self._on_context_attachments_changed)
        self.load()

    def _connect(self, question_id: str, row: QuestionRow) -> None:
        editor = row.editor
        editor.edited.connect(lambda typing, q=question_id: self._on_edited(q, typing))
        editor.committed.connect(lambda q=question_id: self._on_committed(q))
        if isinstance(editor, TableEditor):
            editor.rejected.connect(row.show_message)
        if isinstance(editor, AttachmentEditor):
            editor.files_chosen.connect(lambda files, q=question_id: self._attach(q, files))
            editor.remove_requested.connect(self.context.remove_attachment)

    # -- from the file to the screen ----------------------------------------------------------
    def load(self) -> None:
        """Show every stored answer and document."""
        view = self.context.view()
        for question_id, row in self.rows.items():
            if isinstance(row.editor, AttachmentEditor):
                row.editor.set_attachments(self.context.attachments(question_id))
            else:
                row.editor.set_value(view.get(question_id))
        self.update_visibility()

    def update_visibility(self) -> None:
        """Show the questions that apply to the current answers; mark the required ones."""
        app = self.context.app
        if app is None:
            return
        view = self.context.view()
        for row in self.rows.values():
            visible = app.program.is_visible(row.question, view)
            row.setVisible(visible)
            row.set_required(visible and app.program.is_required(row.question, view))
        self.visibility_changed.emit()

    def _on_context_answer_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is not None and question_id != self._own:
            row.editor.set_value(self.context.answer(question_id))
            row.show_message("")
        self.update_visibility()

    def _on_context_attachments_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is not None and isinstance(row.editor, AttachmentEditor):
            row.editor.set_attachments(self.context.attachments(question_id))
            row.show_message("")
        self.update_visibility()

    # -- from the screen to the file --------------------------------------------------------------
    def _on_edited(self, question_id: str, typing: bool) -> None:
        self.rows[question_id].show_message("")
        if self._pending is not None and self._pending != question_id:
            self.flush()
        if typing:
            self._pending = question_id
            self._timer.start()
        else:
            self._save(question_id, typing=False)

    def _on_committed(self, question_id: str) -> None:
        if self._pending == question_id:
            self.flush()
        row = self.rows[question_id]
        if not row.message_text:
            value = self.context.answer(question_id)
            if row.question.type == "table" and isinstance(value, list):
                found = [f.message for f in cell_findings(row.question, value)
                         if f.code != "required"]  # missing cells are marked in the table
                row.show_message(found[0] if found else "")
                return
            problems = validation_problems(row.question, value)
            row.show_message(problems[0][1] if problems else "")

    def flush(self) -> None:
        """Save the field being typed in now (called before leaving a page or closing)."""
        self._timer.stop()
        question_id, self._pending = self._pending, None
        if question_id is not None:
            self._save(question_id, typing=True)

    def _save(self, question_id: str, typing: bool) -> None:
        row = self.rows[question_id]
        if self.context.app is None or self.context.read_only:
            row.show_message(self.tr("This file is open read-only; changes are not saved."))
            return
        try:
            new = coerce_value(row.question, row.editor.value())
        except ValueError as exc:
            row.show_message(_sentence(str(exc)))
            return
        old = self.context.answer(question_id)
        if old == new:
            return
        command = SetAnswerCommand(self.context, question_id, old, new,
                                   row.question.label.get(self.context.language), typing)
        self._own = question_id
        try:
            self.context.undo_stack.push(command)
        finally:
            self._own = None

    def _attach(self, question_id: str, files: list[str]) -> None:
        row = self.rows[question_id]
        for name in files:
            if self.context.attach(question_id, Path(name)) is None:
                row.show_message(self.tr("%1 was not attached.").replace("%1", Path(name).name))

    # -- jumping to a question ------------------------------------------------------------
    def focus(self, path: str) -> QuestionRow | None:
        """Focus the editor of ``path`` (a question id or a table cell path)."""
        app = self.context.app
        if app is None:
            return None
        row = self.rows.get(app.program.base_question_id(path))
        if row is None:
            return None
        editor: Any = row.editor
        if isinstance(editor, TableEditor) and "[" in path:
            index = int(path.split("[", 1)[1].split("]", 1)[0])
            editor.focus_cell(index, path.rsplit(".", 1)[1])
        else:
            editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return row


def _sentence(text: str) -> str:
    """``'abc' is not a number`` → ``'abc' is not a number.``"""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
