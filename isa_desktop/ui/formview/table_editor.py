"""A real table editor for table questions: add, remove and reorder rows, edit by keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.formspec import Question
from isa_desktop.ui.models.table_model import TableRowsModel

Index = QModelIndex | QPersistentModelIndex


class _CellDelegate(QStyledItemDelegate):
    """Drop-down lists for choice and yes/no columns; plain text boxes elsewhere."""

    def __init__(self, model: TableRowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _options(self, column: Question) -> list[tuple[str, str]] | None:
        language = self._model.language
        if column.type == "choice":
            return [(c.value, c.label.get(language)) for c in column.choices or []]
        if column.type == "yesno":
            return [("yes", self.tr("Yes")), ("no", self.tr("No")),
                    ("na", self.tr("Not applicable"))]
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        """A combo box for columns with a fixed list of answers."""
        column = self._model.columns[index.column()]
        options = self._options(column)
        if options is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.addItem("", None)
        for value, label in options:
            box.addItem(label, value)
        box.setAccessibleName(column.label.get(self._model.language))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Select the stored value in the combo box."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        """Write the chosen value back."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class TableEditor(QWidget):
    """A table view over :class:`TableRowsModel` with row buttons and keyboard shortcuts."""

    edited = Signal(bool)
    committed = Signal()
    rejected = Signal(str)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.model = TableRowsModel(question, language, self)
        self.view = QTableView(self)
        self.view.setObjectName(question.id)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_CellDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                  & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.model.rows_edited.connect(lambda _rows: self.edited.emit(False))
        # After the save (slots run in connection order): the binder then shows what is wrong.
        self.model.rows_edited.connect(lambda _rows: self.committed.emit())
        self.model.cell_rejected.connect(self.rejected.emit)
        self.model.modelReset.connect(self._fit_height)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(self._buttons())
        self._shortcuts()
        self._fit_height()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        specs = (("add", self.tr("Add row"), self.add_row),
                 ("remove", self.tr("Remove row"), self.remove_row),
                 ("up", self.tr("Move up"), lambda: self.move_row(-1)),
                 ("down", self.tr("Move down"), lambda: self.move_row(1)))
        for key, text, slot in specs:
            button = QPushButton(text, self)
            button.setObjectName(f"{self.question.id}#{key}")
            button.setAccessibleName(f"{text} — {self.question.label.en}")
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _shortcuts(self) -> None:
        pairs = ((QKeySequence(Qt.Key.Key_Insert), self.add_row),
                 (QKeySequence("Ctrl+Shift+Delete"), self.remove_row),
                 (QKeySequence("Alt+Up"), lambda: self.move_row(-1)),
                 (QKeySequence("Alt+Down"), lambda: self.move_row(1)))
        for sequence, slot in pairs:
            shortcut = QShortcut(sequence, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _fit_height(self, *_args: object) -> None:
        """Tall enough for the rows (between 3 and 10), so short tables do not look empty."""
        rows = min(max(self.model.rowCount(), 3), 10)
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * 30 + 4)

    # -- row actions -------------------------------------------------------------------------
    def add_row(self) -> None:
        """Add an empty row below the current one and start editing its first cell."""
        current = self.view.currentIndex()
        row = self.model.add_row(current.row() + 1 if current.isValid() else None)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_row(self) -> None:
        """Remove the current row."""
        current = self.view.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def move_row(self, delta: int) -> None:
        """Move the current row up or down, keeping it selected."""
        current = self.view.currentIndex()
        if current.isValid():
            row = self.model.move_row(current.row(), delta)
            self.view.setCurrentIndex(self.model.index(row, current.column()))

    # -- editor interface ----------------------------------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        """The rows."""
        return self.model.rows()

    def set_value(self, value: Any) -> None:
        """Show stored rows."""
        self.model.set_rows(value if isinstance(value, list) else [])

    def focus_target(self) -> QWidget:
        """The table view."""
        return self.view

    def focus_cell(self, row: int, column_id: str) -> None:
        """Select and focus one cell (the review page jumps here)."""
        column = next((i for i, c in enumerate(self.model.columns) if c.id == column_id), 0)
        index = self.model.index(row, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
