"""One checklist item of the pre-certification review: finding, reference and comment editors.

The editor only collects what the reviewer types and says when it changed; the review page
saves it through the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.services.review import FINDINGS
from isa_desktop.services.review_checklist import ChecklistItem
from isa_desktop.ui.formview.question_row import soft_label
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP

COMMENT_DEBOUNCE_MS = 400
_FINDING_TEXT = {
    "": QT_TRANSLATE_NOOP("ReviewItem", "— not reviewed yet —"),
    "meets": QT_TRANSLATE_NOOP("ReviewItem", "Meets"),
    "needs_work": QT_TRANSLATE_NOOP("ReviewItem", "Needs work"),
    "not_applicable": QT_TRANSLATE_NOOP("ReviewItem", "Not applicable"),
}


def reference_model(choices: list[tuple[str, str]], parent: QWidget) -> QStandardItemModel:
    """One model of (label, reference) pairs shared by every item's reference box."""
    model = QStandardItemModel(parent)
    empty = QStandardItem("")
    empty.setData("", Qt.ItemDataRole.UserRole)
    model.appendRow(empty)
    for reference, label in choices:
        item = QStandardItem(label)
        item.setData(reference, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    return model


class ItemEditor(QFrame):
    """Statement, guidance and the three inputs of one checklist item."""

    changed = Signal(str)  # item id

    def __init__(self, item: ChecklistItem, language: str, references: QStandardItemModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"review_item:{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        title = QLabel(item.text_in(language), self)
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(soft_label(item.help_in(language), self))
        form = QFormLayout()
        self.finding = QComboBox(self)
        self.finding.setObjectName(f"finding:{item.id}")
        self.finding.setAccessibleName(self.tr("Finding: %1").replace("%1", item.id))
        for value in ("", *FINDINGS):
            self.finding.addItem(QCoreApplication.translate("ReviewItem", _FINDING_TEXT[value]),
                                 value)
        self.reference = QComboBox(self)
        self.reference.setObjectName(f"reference:{item.id}")
        self.reference.setAccessibleName(self.tr("Question or document reviewed"))
        self.reference.setEditable(True)
        self.reference.setModel(references)
        self.reference.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reference.setMaxVisibleItems(16)
        self.reference.setMinimumContentsLength(40)
        completer = QCompleter(references, self.reference)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reference.setCompleter(completer)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName(f"comment:{item.id}")
        self.comment.setAccessibleName(self.tr("Comment for the importer"))
        self.comment.setPlaceholderText(self.tr("What the importer should know or change"))
        self.comment.setFixedHeight(64)
        self.comment.setTabChangesFocus(True)
        form.addRow(self.tr("Finding:"), self.finding)
        form.addRow(self.tr("Reviewed:"), self.reference)
        form.addRow(self.tr("Comment:"), self.comment)
        layout.addLayout(form)
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMENT_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.finding.currentIndexChanged.connect(self._emit_now)
        self.reference.activated.connect(self._emit_now)
        line = self.reference.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._emit_now)
        self.comment.textChanged.connect(self._on_comment_text_changed)

    # -- values -------------------------------------------------------------------------------
    def load(self, finding: str, comment: str, reference: str) -> None:
        """Show a stored finding (no ``changed`` signal)."""
        self._loading = True
        try:
            self.finding.setCurrentIndex(max(0, self.finding.findData(finding)))
            index = self.reference.findData(reference, Qt.ItemDataRole.UserRole)
            if index >= 0:
                self.reference.setCurrentIndex(index)
            else:
                self.reference.setEditText(reference)
            line = self.reference.lineEdit()
            if line is not None and not line.hasFocus():
                line.setCursorPosition(0)  # show the start: the question id
            # A comment still being typed is newer than the stored one: leave it.
            if not self._timer.isActive() and self.comment.toPlainText() != comment:
                self.comment.setPlainText(comment)
        finally:
            self._loading = False

    def values(self) -> tuple[str, str, str]:
        """(finding, comment, reference) as typed; reference is a question id or document."""
        text = self.reference.currentText().strip()
        index = self.reference.currentIndex()
        if index >= 0 and text == self.reference.itemText(index):
            reference = str(self.reference.itemData(index, Qt.ItemDataRole.UserRole) or "")
        else:
            reference = text.split(" — ", 1)[0].strip()
        return str(self.finding.currentData() or ""), self.comment.toPlainText(), reference

    def set_editable(self, editable: bool) -> None:
        """Allow input only while the review is open."""
        for widget in (self.finding, self.reference, self.comment):
            widget.setEnabled(editable)

    def flush(self) -> None:
        """Report a comment still being typed."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    # -- signals ------------------------------------------------------------------------------
    def _on_comment_text_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def _emit_now(self, *_args: object) -> None:
        if not self._loading:
            self._timer.stop()
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.item.id)
