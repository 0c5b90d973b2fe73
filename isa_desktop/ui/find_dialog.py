"""Edit ▸ Find: type part of a question and jump to it."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from isa_desktop.ui.context import AppContext


class FindDialog(QDialog):
    """A search box over every visible question's label; ``question_chosen`` has its id."""

    question_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a question"))
        self.setMinimumWidth(560)
        self._ids: dict[str, str] = {}
        app = context.app
        if app is not None:
            view = context.view()
            for question in app.program.visible_questions(view):
                form = app.program.form(question.form_id).title.get(context.language)
                text = f"{question.label.get(context.language)} — {form}"
                self._ids.setdefault(text, question.id)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find.text")
        self.edit.setPlaceholderText(self.tr("Type a few words of the question"))
        label = QLabel(self.tr("&Question:"), self)
        label.setBuddy(self.edit)
        completer = QCompleter(QStringListModel(list(self._ids), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_completer_activated)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(lambda: self._on_completer_activated(self.edit.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)

    def _on_completer_activated(self, text: str) -> None:
        question = self._ids.get(text)
        if question is None:
            matches = [k for k in self._ids if text.lower() in k.lower()]
            question = self._ids[matches[0]] if text and matches else None
        if question is not None:
            self.question_chosen.emit(question)
            self.accept()
