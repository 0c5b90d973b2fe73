"""The client table: rows from a folder scan, shown, sorted and filtered (never queries files)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from isa_desktop.services.client_rows import ClientRow, UnreadableRow
from isa_desktop.services.workspace import Row, matches
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("client", "program", "complete", "eligibility", "blockers", "next_deadline",
           "ior", "last_changed", "review")
_HEADERS = {"client": QT_TRANSLATE_NOOP("ClientTableModel", "Client"),
            "program": QT_TRANSLATE_NOOP("ClientTableModel", "Program"),
            "complete": QT_TRANSLATE_NOOP("ClientTableModel", "Complete"),
            "eligibility": QT_TRANSLATE_NOOP("ClientTableModel", "Eligibility"),
            "blockers": QT_TRANSLATE_NOOP("ClientTableModel", "Problems to fix"),
            "next_deadline": QT_TRANSLATE_NOOP("ClientTableModel", "Next deadline"),
            "ior": QT_TRANSLATE_NOOP("ClientTableModel", "IOR numbers"),
            "last_changed": QT_TRANSLATE_NOOP("ClientTableModel", "Last changed"),
            "review": QT_TRANSLATE_NOOP("ClientTableModel", "Pre-certification")}
_REVIEW = {"in_review": QT_TRANSLATE_NOOP("ClientTableModel", "Under review"),
           "completed": QT_TRANSLATE_NOOP("ClientTableModel", "Review completed")}
_ELIGIBILITY = {"eligible": QT_TRANSLATE_NOOP("ClientTableModel", "Eligible"),
                "not_eligible": QT_TRANSLATE_NOOP("ClientTableModel", "Not yet eligible"),
                "incomplete": QT_TRANSLATE_NOOP("ClientTableModel", "Not answered yet")}
FILTERS = ("all", "eligible", "not_eligible", "blockers", "due_30", "unreadable")
AnyIndex = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientTableModel", text)


class ClientTableModel(QAbstractTableModel):
    """One row per client file; :meth:`set_rows` replaces them after a scan."""

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # Cell texts and sort keys are computed once per scan: Qt asks for them thousands of
        # times while sorting and painting, and each call crosses into Python.
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.today = today or dt.date.today()

    def set_rows(self, rows: list[Row], today: dt.date | None = None) -> None:
        """Show ``rows`` (a model reset: a rescan may add, remove and reorder files)."""
        self.beginResetModel()
        self.today = today or dt.date.today()
        self._rows = list(rows)
        self._sort_rows(*self._sort)
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        keys = [self._row_keys(row) for row in self._rows]
        ranking = sorted(range(len(keys)), key=lambda i: (keys[i][column], keys[i][0]),
                         reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in ranking]
        self._keys = [keys[i] for i in ranking]
        self._cells = [self._row_cells(row) for row in self._rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on the precomputed keys (the proxy delegates here)."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        paths = [self._rows[i.row()].path if 0 <= i.row() < len(self._rows) else None
                 for i in before]
        self._sort_rows(column, order)
        where = {row.path: number for number, row in enumerate(self._rows)}
        after = [self.index(where[p], i.column()) if p in where else QModelIndex()
                 for i, p in zip(before, paths)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _row_cells(self, row: Row) -> tuple[str, ...]:
        if isinstance(row, UnreadableRow):
            texts = {"client": row.path.name,
                     "eligibility": _t(QT_TRANSLATE_NOOP("ClientTableModel", "Unreadable")),
                     "blockers": row.reason}
            return tuple(texts.get(column, "") for column in COLUMNS)
        return tuple(self._display(row, column) for column in COLUMNS)

    def _row_keys(self, row: Row) -> tuple[Any, ...]:
        if isinstance(row, UnreadableRow):
            # numbers sort below every readable file; text columns by the file name
            return tuple(-1.0 if c in ("complete", "blockers") else
                         ("" if c == "next_deadline" else row.path.name.casefold())
                         for c in COLUMNS)
        return tuple(self._sort_key(row, column) for column in COLUMNS)

    def rows(self) -> list[Row]:
        """The rows shown, in scan order."""
        return list(self._rows)

    def row_at(self, index: AnyIndex) -> Row | None:
        """The row behind a model index (None for an invalid one)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return _t(_HEADERS[COLUMNS[section]])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()]
        if isinstance(row, UnreadableRow):
            return self._unreadable(row, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("complete", "blockers"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- cell contents --------------------------------------------------------------------
    def _display(self, row: ClientRow, column: str) -> str:
        if column == "client":
            return row.name + (f" ({row.dba})" if row.dba and row.dba != row.name else "")
        if column == "program":
            return row.program.upper() if row.program == "isa" else row.program
        if column == "complete":
            return f"{row.complete_pct:.0f} %"
        if column == "eligibility":
            return _t(_ELIGIBILITY.get(row.eligibility, row.eligibility))
        if column == "blockers":
            return str(row.blockers)
        if column == "next_deadline":
            due = row.next_deadline(self.today)
            return f"{due.date.isoformat()}  {due.label}" if due else "—"
        if column == "ior":
            return ", ".join(row.ior_masked)
        if column == "review":
            return _t(_REVIEW[row.review_state]) if row.review_state in _REVIEW else ""
        return row.last_changed[:16].replace("T", " ")

    def _sort_key(self, row: ClientRow, column: str) -> Any:
        if column == "complete":
            return row.complete_pct
        if column == "blockers":
            return float(row.blockers)
        if column == "next_deadline":
            due = row.next_deadline(self.today)
            return due.date.isoformat() if due else "9999-12-31"
        if column == "client":
            return row.name.casefold()
        return self._display(row, column).casefold()

    def _tooltip(self, row: ClientRow, column: str) -> str | None:
        if column == "blockers" and row.first_blocker:
            return row.first_blocker
        if column == "client":
            return str(row.path)
        return None

    def _unreadable(self, row: UnreadableRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#a33"))
        return None


class ClientFilterProxy(QSortFilterProxyModel):
    """Search words and a filter choice over the client table; sorts by :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._filter = "all"
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast, on precomputed keys); this proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, ClientTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_query(self, text: str) -> None:
        """Show only rows matching every word of ``text`` (names, IOR numbers, answers)."""
        self.beginFilterChange()
        self._query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, kind: str) -> None:
        """One of :data:`FILTERS`."""
        self.beginFilterChange()
        self._filter = kind if kind in FILTERS else "all"
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ClientTableModel):
            return True
        row = model.row_at(model.index(source_row, 0, source_parent))
        if row is None:
            return False
        return self._passes_filter(row, model.today) and matches(row, self._query)

    def _passes_filter(self, row: Row, today: dt.date) -> bool:
        kind = self._filter
        if kind == "all":
            return True
        if kind == "unreadable":
            return isinstance(row, UnreadableRow)
        if not isinstance(row, ClientRow):
            return False
        if kind == "eligible":
            return row.eligible
        if kind == "not_eligible":
            return not row.eligible
        if kind == "blockers":
            return row.blockers > 0
        return bool(row.upcoming(today, 30))  # due_30
