"""One question on a page: its label (the editor's buddy), help text, editor and message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from isa_desktop.formspec import Question
from isa_desktop.ui.formview.factory import create_editor

FOLLOW_UP_INDENT = 28


def soft_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label in the palette's softer text colour (follows dark mode)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # form text is never markup
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def error_colour(widget: QWidget) -> str:
    """A red that reads well on the current background."""
    return "#ff7b72" if widget.palette().color(QPalette.ColorRole.Window).lightness() < 128 \
        else "#b42318"


def note_colours(widget: QWidget) -> tuple[str, str]:
    """Background and border of a highlighted note that read well in light and dark mode."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return ("#3b3216", "#a68a2d") if dark else ("#fff6d6", "#d4a72c")


class ReviewNote(QFrame):
    """A reviewer's comment on the question, with an "Addressed" box for the importer."""

    addressed_toggled = Signal(str, bool)  # comment id, addressed

    def __init__(self, comment: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment_id = str(comment.id)
        self.setObjectName(f"review_note:{comment.id}")
        background, border = note_colours(self)
        self.setStyleSheet(f"ReviewNote {{ background: {background}; border: 1px solid "
                           f"{border}; border-radius: 4px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        who = comment.reviewer or self.tr("The reviewer")
        head = QLabel(self.tr("Review comment from %1 (%2)").replace("%1", who)
                      .replace("%2", comment.created_on), self)
        font = QFont(head.font())
        font.setWeight(QFont.Weight.DemiBold)
        head.setFont(font)
        text = QLabel(comment.text, self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.checkbox = QCheckBox(self.tr("Addressed"), self)
        self.checkbox.setObjectName(f"addressed:{comment.id}")
        self.checkbox.setAccessibleName(self.tr("Mark the review comment addressed"))
        self.checkbox.setChecked(bool(comment.addressed))
        self.checkbox.toggled.connect(
            lambda checked: self.addressed_toggled.emit(self.comment_id, checked))
        for widget in (head, text, self.checkbox):
            layout.addWidget(widget)


class QuestionRow(QWidget):
    """Label, help, editor and an inline message, stacked; follow-ups are indented."""

    comment_addressed = Signal(str, bool)  # review comment id, addressed

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"row:{question.id}")
        self._text = question.label.get(language)
        self.label = QLabel(self._text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(font)
        self.editor = create_editor(question, language, self)
        self.label.setBuddy(self.editor.focus_target())
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setObjectName(f"message:{question.id}")
        self.message.hide()
        layout = QVBoxLayout(self)
        indent = FOLLOW_UP_INDENT if question.follow_up_of else 0
        layout.setContentsMargins(indent, 6, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        if question.help is not None:
            self.help = soft_label(question.help.get(language), self)
            layout.addWidget(self.help)
        layout.addSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        self._layout = layout
        self.notes: list[ReviewNote] = []

    def set_review_comments(self, comments: Sequence[Any]) -> None:
        """Show the reviewer's comments on this question under its editor (none: no notes)."""
        for note in self.notes:
            self._layout.removeWidget(note)
            note.deleteLater()
        self.notes = []
        for comment in comments:
            note = ReviewNote(comment, self)
            note.addressed_toggled.connect(self.comment_addressed)
            self._layout.addWidget(note)
            self.notes.append(note)

    def set_required(self, required: bool) -> None:
        """Mark the label with an asterisk while an answer is needed."""
        self.label.setText(self._text + (" *" if required else ""))

    def show_message(self, text: str) -> None:
        """Show a plain-words problem under the editor (empty hides it)."""
        if not text:
            self.message.hide()
            self.message.clear()
            return
        self.message.setText("⚠ " + text)
        self.message.setStyleSheet(f"color: {error_colour(self)};")
        self.message.show()

    @property
    def message_text(self) -> str:
        """The message shown (empty when none)."""
        return self.message.text() if self.message.isVisible() or self.message.text() else ""
