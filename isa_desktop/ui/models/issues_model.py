"""Findings of the check (blockers, errors, warnings) as a read-only table model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.models.rows_model import Index, RowsModel

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


class IssuesModel(RowsModel[IssueRow]):
    """Rows handed in by the review page, in the order given (blockers first)."""

    CONTEXT = "IssuesModel"
    HEADERS = _HEADERS

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
