"""Pieces the three self-testing pages share: cell editors, tables, inline errors, service calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from isa_desktop.errors import UserError
from isa_desktop.formspec.trade_areas import trade_areas
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.formview.question_row import error_colour
from isa_desktop.ui.models.selftest_models import word

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def call_service(context: AppContext, action: Callable[[], T],
                 shown: QLabel | None = None) -> T | None:
    """Run a service call; a refusal is shown in ``shown`` (or the status bar) and gives None.

    Success clears ``shown`` and announces ``saved`` so the window shows the file is saved.
    """
    try:
        result = action()
    except UserError as exc:
        if shown is not None:
            show_error(shown, exc.message)
        else:
            context.save_failed.emit(exc.message)
        return None
    if shown is not None:
        show_error(shown, "")
    context.saved.emit()
    return result


def error_label(parent: QWidget, name: str) -> QLabel:
    """An inline, word-wrapped error line, hidden while empty; screen readers announce it."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {error_colour(parent)};")
    label.setAccessibleName(QCoreApplication.translate("SelfTest", "Problem"))
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    """Show ``message`` in an inline error label (hide it when empty)."""
    label.setText(message)
    label.setAccessibleDescription(message)
    label.setVisible(bool(message))


def in_language(rows: list[dict[str, Any]], program_id: str, lang: str) -> list[dict[str, Any]]:
    """Rows with ``area_label`` in the window's language (records keep the English name,
    which the documents print)."""
    names = {area.id: area.title(lang) for area in trade_areas(program_id)}
    return [{**row, "area_label": names.get(str(row.get("area")), row.get("area_label"))}
            for row in rows]


def table(parent: QWidget, name: str, accessible: str, model: QAbstractItemModel,
          stretch: int | None = None, min_height: int = 160,
          widths: dict[int, int] | None = None) -> QTableView:
    """A row-selecting table with sensible defaults; column ``stretch`` takes the slack and
    the columns in ``widths`` start at that width (their text wraps) instead of fitting
    their longest cell."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.setMinimumHeight(min_height)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    # Wrapped text needs the final column widths: refit the rows whenever a column resizes.
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(view.resizeRowsToContents)
    header.sectionResized.connect(timer.start)
    model.modelReset.connect(timer.start)
    return view


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of stored codes shown in words ("" = none)."""

    def __init__(self, choices: list[str], parent: QWidget | None = None,
                 blank: str | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.blank = blank

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        """A combo box of the choices."""
        combo = QComboBox(parent)
        combo.setObjectName("cell-choice")
        combo.setAccessibleName(str(index.model().headerData(index.column(),
                                                             Qt.Orientation.Horizontal)))
        if self.blank is not None:
            combo.addItem(self.blank, None)
        for choice in self.choices:
            combo.addItem(word(choice), choice)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Select the cell's value."""
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        """Store the chosen code."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LevelDelegate(QStyledItemDelegate):
    """Edits a 1–5 level with a spin box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        """A spin box from 1 to 5."""
        spin = QSpinBox(parent)
        spin.setObjectName("cell-level")
        spin.setRange(1, 5)
        spin.setAccessibleName(str(index.model().headerData(index.column(),
                                                            Qt.Orientation.Horizontal)))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Show the current level."""
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 1))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        """Store the level."""
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def choice_combo(parent: QWidget, name: str, accessible: str, choices: list[str],
                 editable: bool = False) -> QComboBox:
    """A combo box of stored codes shown in words."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setEditable(editable)
    for choice in choices:
        combo.addItem(word(choice), choice)
    return combo


def set_combo_value(combo: QComboBox, value: Any) -> None:
    """Select ``value`` (by its stored code, or as typed text in an editable combo)."""
    position = combo.findData(value)
    if position < 0:
        position = combo.findText(str(value)) if value not in (None, "") else -1
    if position >= 0:
        combo.setCurrentIndex(position)
    elif combo.isEditable():
        combo.setEditText("" if value is None else str(value))
