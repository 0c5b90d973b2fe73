"""Review page: every problem still open, blockers first, each one double-click away."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from isa_desktop.domain.findings import Finding
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.models.issues_model import QUESTION_ROLE, IssueRow, IssuesModel
from isa_desktop.ui.screens.common import Page, heading, soft_label


class ReviewPage(Page):
    """A table of findings; double-click or Enter jumps to the question and focuses it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page:review")
        self.body.addWidget(heading(self.tr("Review"), 1, self.content))
        self.body.addWidget(soft_label(self.tr(
            "Everything that still needs attention before the packet is complete. Blockers "
            "come first: they stop you from applying at all. Double-click a line (or press "
            "Enter) to go to the question."), self.content))
        self.summary = heading("", 2, self.content)
        self.body.addWidget(self.summary)
        self.model = IssuesModel(self)
        self.table = QTableView(self.content)
        self.table.setObjectName("review.issues")
        self.table.setAccessibleName(self.tr("Problems to fix"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(420)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.hint = soft_label("", self.content)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.hint)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        context.answer_changed.connect(self._schedule)
        context.attachments_changed.connect(self._schedule)
        self.refresh()

    def _schedule(self, *_args: object) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Re-run the check and list its findings."""
        report = self.context.report()
        app = self.context.app
        if report is None or app is None:
            self.model.set_rows([])
            return
        rows = [self._row(f) for f in report.issues]
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        counts = {s: sum(1 for r in rows if r.severity == s) for s in ("blocker", "error",
                                                                        "warning")}
        if not rows:
            self.summary.setText(self.tr("Nothing left to fix. You can build the packet."))
        else:
            self.summary.setText(self.tr("%1 blockers, %2 answers missing or wrong, %3 warnings")
                                 .replace("%1", str(counts["blocker"]))
                                 .replace("%2", str(counts["error"]))
                                 .replace("%3", str(counts["warning"])))

    def _row(self, finding: Finding) -> IssueRow:
        app = self.context.app
        section = ""
        if app is not None and finding.question:
            question = app.program.questions.get(app.program.base_question_id(finding.question))
            if question is not None:
                section = app.program.form(question.form_id).title.get(self.context.language)
        return IssueRow(finding.severity, section, finding.message, finding.question,
                        finding.hint)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.row(current.row())
        self.hint.setText(self.tr("What to do: %1").replace("%1", item.hint)
                          if item and item.hint else "")

    def _on_table_activated(self, index: QModelIndex) -> None:
        question = self.model.index(index.row(), 0).data(QUESTION_ROLE)
        if question:
            self.navigate_requested.emit(f"question:{question}")
