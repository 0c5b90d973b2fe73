"""One editor widget per question type, all with the same small interface.

Every editor has ``edited(bool typing)`` (the user changed the value; ``typing`` is true for
keystrokes, which the binder debounces and merges into one undo step), ``committed`` (the user
left the field), ``value()`` for the raw value and ``set_value()`` to show a stored value
without emitting anything. The editor (or, for composite editors, its main input) carries the
question id as ``objectName`` and the question's label as accessible name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QWidget,
)

from isa_desktop.formspec import Question
from isa_desktop.ui.formview.masking import masked, needs_mask

SHORT_WIDTH = 420
NUMBER_WIDTH = 220


class TextLine(QLineEdit):
    """A one-line text, email, phone or number; SSN-shaped numbers are masked when not focused."""

    edited = Signal(bool)
    committed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._mask = needs_mask(question)
        self._real = ""
        self.setMaxLength(question.text_limit)
        self.textEdited.connect(lambda _text: self.edited.emit(True))
        self.editingFinished.connect(self.committed.emit)
        width = NUMBER_WIDTH if question.type in ("integer", "decimal", "money",
                                                  "percent") else SHORT_WIDTH
        self.setMaximumWidth(width)
        if question.example is not None and question.type in ("text", "email", "phone"):
            hint = QCoreApplication.translate("TextLine", "e.g. %1")
            self.setPlaceholderText(hint.replace("%1", str(question.example)))

    def value(self) -> str:
        """The text as typed (the real number, never the masked one)."""
        return self._real if self._showing_mask() else self.text()

    def set_value(self, value: Any) -> None:
        """Show a stored value."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = "" if value is None else str(value)
        self._real = text
        self.setText(masked(text) if self._mask and not self.hasFocus() else text)

    def _showing_mask(self) -> bool:
        return self._mask and not self.hasFocus() and self.text() != self._real

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Reveal the full number while it is being edited."""
        if self._mask and self.text() != self._real:
            self.setText(self._real)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Hide the SSN again once the user moves on."""
        self._real = self.text()
        super().focusOutEvent(event)
        if self._mask:
            self.setText(masked(self._real))

    def focus_target(self) -> QWidget:
        """The widget that takes focus when the question is jumped to."""
        return self


class NumberLine(TextLine):
    """Integer, decimal, money or percent; the service checks the value when it is saved."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        hints = {"money": self.tr("Amount in U.S. dollars"), "percent": self.tr("0 to 100 %"),
                 "integer": self.tr("A whole number")}
        self.setPlaceholderText(hints.get(question.type, ""))


class DateLine(TextLine):
    """A date typed as YYYY-MM-DD, or picked from a calendar."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.setMaximumWidth(NUMBER_WIDTH)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self._pick = QAction(QIcon(icon), self.tr("Pick a date"), self)
        self._pick.triggered.connect(self._show_calendar)
        self.addAction(self._pick, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None

    def _show_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlag(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        current = QDate.fromString(self.text(), Qt.DateFormat.ISODate)
        if current.isValid():
            calendar.setSelectedDate(current)
        calendar.clicked.connect(self._on_calendar_clicked)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        self._calendar = calendar

    def _on_calendar_clicked(self, date: QDate) -> None:
        self.setText(date.toString(Qt.DateFormat.ISODate))
        if self._calendar is not None:
            self._calendar.close()
            self._calendar.deleteLater()
            self._calendar = None
        self.edited.emit(False)
        self.committed.emit()


class TextArea(QPlainTextEdit):
    """A narrative answer over several lines."""

    edited = Signal(bool)
    committed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        # Five lines: room for a real narrative without one answer filling the screen.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.textChanged.connect(lambda: self.edited.emit(True))

    def value(self) -> str:
        """The text."""
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        """Show a stored value without announcing an edit."""
        self.blockSignals(True)
        self.setPlainText("" if value is None else str(value))
        self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the field commits it at once."""
        super().focusOutEvent(event)
        self.committed.emit()

    def focus_target(self) -> QWidget:
        """The widget that takes focus when the question is jumped to."""
        return self


class ChoiceBox(QComboBox):
    """One choice from a list; the first entry means "not answered"."""

    edited = Signal(bool)
    committed = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.addItem(self.tr("— Choose —"), None)
        for choice in question.choices or []:
            self.addItem(choice.label.get(language), choice.value)
        self.setMaximumWidth(SHORT_WIDTH)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda _i: self.edited.emit(False))

    def value(self) -> Any:
        """The chosen value (None when nothing is chosen)."""
        return self.currentData()

    def set_value(self, value: Any) -> None:
        """Show a stored value."""
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        """The widget that takes focus when the question is jumped to."""
        return self


class _Buttons(QWidget):
    """Base of the radio/check button editors."""

    edited = Signal(bool)
    committed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.group = QButtonGroup(self)
        self.values: list[str] = []
        self.group.buttonClicked.connect(lambda _b: self.edited.emit(False))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _add(self, button: Any, value: str) -> None:
        button.setObjectName(f"{self.question.id}={value}")
        self.group.addButton(button, len(self.values))
        self.values.append(value)

    def focus_target(self) -> QWidget:
        """The checked button, or the first one."""
        return self.group.checkedButton() or self.group.buttons()[0]


class YesNoButtons(_Buttons):
    """Yes / No / Not applicable as radio buttons."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        labels = {c.value: c.label.get(language) for c in question.choices or []}
        for value, text in (("yes", self.tr("Yes")), ("no", self.tr("No")),
                            ("na", self.tr("Not applicable"))):
            button = QRadioButton(labels.get(value, text), self)
            self._add(button, value)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> Any:
        """"yes", "no", "na" or None."""
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        """Check the button of a stored value (none for None)."""
        self.group.setExclusive(False)
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(self.values[index] == value)
        self.group.setExclusive(True)


class MultiChoiceChecks(_Buttons):
    """Several choices as check boxes, in two columns when the list is long and short."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        from PySide6.QtWidgets import QCheckBox

        self.group.setExclusive(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        choices = question.choices or []
        longest = max((len(c.label.get(language)) for c in choices), default=0)
        # Two columns only for short labels: long ones side by side would make the page wider
        # than a 1024-pixel window and clip the help text.
        two_columns = len(choices) > 4 and longest <= 32
        per_column = (len(choices) + 1) // 2 if two_columns else max(len(choices), 1)
        for index, choice in enumerate(choices):
            box = QCheckBox(choice.label.get(language), self)
            self._add(box, choice.value)
            layout.addWidget(box, index % per_column, index // per_column)
        layout.setColumnStretch(2, 1)

    def value(self) -> list[str]:
        """The checked values in list order."""
        return [self.values[i] for i, b in enumerate(self.group.buttons()) if b.isChecked()]

    def set_value(self, value: Any) -> None:
        """Check the stored values."""
        chosen = set(value or [])
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(self.values[index] in chosen)
