"""A read-only table model over rows handed in by a page (it never queries anything)."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()
T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` and translatable column titles; subclasses say what each cell shows.

    Subclasses set ``CONTEXT`` (the translation context) and ``HEADERS`` (titles marked with
    ``QT_TRANSLATE_NOOP`` in that context) and implement :meth:`data`.
    """

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> T | None:
        """The row ``number`` (None outside the list)."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[T]:
        """Every row shown."""
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        """Untranslated column titles (``HEADERS`` unless a subclass builds them)."""
        return self.HEADERS

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Number of columns."""
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the current language."""
        titles = self.headers()
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(titles)):
            return QCoreApplication.translate(self.CONTEXT, titles[section])
        return None
