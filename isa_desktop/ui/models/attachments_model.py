"""Attached documents (name, size, SHA-256, when) as a read-only table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from isa_desktop.storage import AttachmentInfo
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.models.rows_model import Index, RowsModel

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


class AttachmentsModel(RowsModel[AttachmentInfo]):
    """Rows of :class:`AttachmentInfo` handed in by the page."""

    CONTEXT = "AttachmentsModel"
    HEADERS = _HEADERS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Short hash on screen, the full one in the tooltip."""
        info = self.row(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (info.filename, human_size(info.size), info.sha256[:16] + "…",
                    info.added_at[:10])[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.sha256 if column == 2 else info.filename
        return None
