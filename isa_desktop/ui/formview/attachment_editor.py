"""Documents attached to a question: add by file dialog or drag and drop; name, size, hash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.formspec import Question
from isa_desktop.storage import AttachmentInfo
from isa_desktop.ui.models.attachments_model import AttachmentsModel

FILE_FILTER = "Documents (*.pdf *.docx *.txt *.md);;All files (*)"


class _DropTable(QTableView):
    """The list of documents, accepting files dropped from the desktop."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept local files only."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Keep accepting while the files hover over the list."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Hand the dropped local files to whoever attaches them."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class AttachmentEditor(QWidget):
    """Attached documents with Add…/Remove; ``files_chosen`` asks the binder to attach them."""

    edited = Signal(bool)
    committed = Signal()
    files_chosen = Signal(list)
    remove_requested = Signal(object)  # AttachmentInfo

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.start_folder = ""
        self.model = AttachmentsModel(self)
        self.view = _DropTable(self)
        self.view.setObjectName(question.id)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.files_dropped.connect(self.files_chosen.emit)
        self.hint = QLabel(self.tr("Drag documents here, or choose Add document…"), self)
        self.hint.setForegroundRole(self.hint.palette().ColorRole.PlaceholderText)
        add = QPushButton(self.tr("Add document…"), self)
        add.setObjectName(f"{question.id}#add")
        add.clicked.connect(self._choose_files)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName(f"{question.id}#remove")
        remove.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.set_attachments([])

    def set_attachments(self, items: list[AttachmentInfo]) -> None:
        """Show the documents attached now."""
        self.model.set_rows(items)
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height()
                                 + max(len(items), 2) * 28 + 4)

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach documents"), self.start_folder, FILE_FILTER)
        if files:
            self.start_folder = str(Path(files[0]).parent)
            self.files_chosen.emit(files)

    def _remove_current(self) -> None:
        info = self.model.row(self.view.currentIndex().row())
        if info is not None:
            self.remove_requested.emit(info)

    # -- editor interface (attachments are stored by the binder, not as answers) -------------
    def value(self) -> Any:
        """Not an answer value."""
        return None

    def set_value(self, value: Any) -> None:
        """Attachments are shown with :meth:`set_attachments`."""

    def focus_target(self) -> QWidget:
        """The document list."""
        return self.view
