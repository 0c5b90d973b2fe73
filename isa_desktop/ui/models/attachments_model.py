"""Attached documents (name, size, SHA-256, when) as a read-only table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from isa_desktop.storage import AttachmentInfo

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_HEADERS = (QT_TRANSLATE_NOOP("AttachmentsModel", "Document"),
            QT_TRANSLATE_NOOP("AttachmentsModel", "Size"),
            QT_TRANSLATE_NOOP("AttachmentsModel", "SHA-256"),
            QT_TRANSLATE_NOOP("AttachmentsModel", "Added"))


def human_size(size: int) -> str:
    """1 234 567 → "1.2 MB"."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class AttachmentsModel(QAbstractTableModel):
    """Rows of :class:`AttachmentInfo` handed in by the page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttachmentInfo] = []

    def set_items(self, items: list[AttachmentInfo]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> AttachmentInfo | None:
        """The document in ``row`` (None outside the list)."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Number of documents."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        """Name, size, hash, date."""
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Short hash on screen, the full one in the tooltip."""
        info = self.item(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (info.filename, human_size(info.size), info.sha256[:16] + "…",
                    info.added_at[:10])[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.sha256 if column == 2 else info.filename
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(_HEADERS)):
            return QCoreApplication.translate("AttachmentsModel", _HEADERS[section])
        return None
