"""Findings of the check (blockers, errors, warnings) as a read-only table model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADERS = (QT_TRANSLATE_NOOP("IssuesModel", "Severity"),
            QT_TRANSLATE_NOOP("IssuesModel", "Section"),
            QT_TRANSLATE_NOOP("IssuesModel", "What needs attention"))
SEVERITY_WORDS = {"blocker": QT_TRANSLATE_NOOP("IssuesModel", "Blocker"),
                  "error": QT_TRANSLATE_NOOP("IssuesModel", "Missing or wrong"),
                  "warning": QT_TRANSLATE_NOOP("IssuesModel", "Worth a look")}
_ICONS = {"blocker": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "error": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "warning": QStyle.StandardPixmap.SP_MessageBoxInformation}


@dataclass(frozen=True)
class IssueRow:
    """One finding ready to show: where it is and what to do."""

    severity: str
    section: str
    message: str
    question: str | None
    hint: str | None = None


class IssuesModel(QAbstractTableModel):
    """Rows handed in by the review page, in the order given (blockers first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IssueRow] = []

    def set_rows(self, rows: list[IssueRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> IssueRow | None:
        """The finding in row ``number``."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Number of findings."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Severity, section, message."""
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Words for the severity (never colour alone), the section and the message."""
        item = self.row(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate("IssuesModel", SEVERITY_WORDS[item.severity])
            return item.section if column == 1 else item.message
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QApplication.style().standardIcon(_ICONS[item.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.hint or item.message
        if role == QUESTION_ROLE:
            return item.question
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(_HEADERS)):
            return QCoreApplication.translate("IssuesModel", _HEADERS[section])
        return None
