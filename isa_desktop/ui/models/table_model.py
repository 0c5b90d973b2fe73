"""The rows of a table question (IOR numbers, brokers…) as an editable Qt table model."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from isa_desktop.formspec import Question, coerce_value, validation_problems
from isa_desktop.ui.formview.masking import display_text

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class TableRowsModel(QAbstractTableModel):
    """Rows (dicts keyed by column id) of one table question.

    Every user edit emits ``rows_edited`` with the full new list of rows; a cell value that does
    not fit its column is refused and ``cell_rejected`` carries the reason.
    """

    rows_edited = Signal(list)
    cell_rejected = Signal(str)

    def __init__(self, question: Question, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.question = question
        self.columns: list[Question] = list(question.columns or [])
        self.language = language
        self._rows: list[dict[str, Any]] = []

    # -- read ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Number of rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text (choices by label, SSNs masked), raw value for editing."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column, value, self.language)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            problem = self.cell_problem(column, value)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(200, 30, 30)) if problem else None
            if problem:
                return problem
            return column.help.get(self.language) if column.help is not None else None
        return None

    def cell_problem(self, column: Question, value: Any) -> str | None:
        """Why a filled cell's value does not pass its column's rule (None when it does)."""
        problems = validation_problems(column, value)
        return problems[0][1] if problems else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column labels across the top, row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                column = self.columns[section]
                return column.label.get(self.language) + (" *" if column.required else "")
            return None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def rows(self) -> list[dict[str, Any]]:
        """A copy of the rows."""
        return copy.deepcopy(self._rows)

    # -- write ---------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]] | None) -> None:
        """Replace every row (from the file; emits no ``rows_edited``)."""
        self.beginResetModel()
        self._rows = copy.deepcopy(list(rows or []))
        self.endResetModel()

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store a typed cell value after checking it fits the column."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        try:
            clean = coerce_value(column, value)
        except ValueError as exc:
            self.cell_rejected.emit(f"{column.label.get(self.language)}: {exc}.")
            return False
        row = self._rows[index.row()]
        if row.get(column.id) == clean:
            return True
        row[column.id] = clean
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        self.rows_edited.emit(self.rows())
        return True

    def add_row(self, at: int | None = None) -> int:
        """Insert an empty row (at the end by default); returns its number."""
        at = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, {})
        self.endInsertRows()
        self.rows_edited.emit(self.rows())
        return at

    def remove_row(self, row: int) -> None:
        """Delete one row."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.rows_edited.emit(self.rows())

    def move_row(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it ended."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # Qt's destination index counts positions before the move.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.rows_edited.emit(self.rows())
        return target
