"""Pre-certification review: an accredited broker reviews a client's package before CBP does.

The reviewer starts a review under their preparer name, records a finding per checklist item
(saved as it is chosen or typed), closes the review with a summary opinion and builds the
evaluation report in a child process. Comments reach the importer beside the questions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from isa_desktop import paths
from isa_desktop.errors import UserError
from isa_desktop.services import review as rv
from isa_desktop.services.preparer import load_preparer, save_preparer
from isa_desktop.ui.build_process import BuildProcess, BuildRequest
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.screens.common import Page, heading, rule, soft_label
from isa_desktop.ui.screens.review_items import ItemEditor, reference_model

# The review service's opinion labels, marked so lupdate collects them for ``self.tr`` below.
_OPINION_WORDS = (QT_TRANSLATE_NOOP("ReviewModePage", "Ready to present to CBP"),
                  QT_TRANSLATE_NOOP("ReviewModePage", "Ready once the open items are settled"),
                  QT_TRANSLATE_NOOP("ReviewModePage", "Not ready to present to CBP"))


class ReviewModePage(Page):
    """The checklist with a finding, reference and comment per item, and the report."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.op: BuildProcess | None = None
        self.report_path: Path | None = None
        self.setObjectName("page:precert")
        self.body.addWidget(heading(self.tr("Pre-certification review"), 1, self.content))
        self.body.addWidget(soft_label(self.tr(
            "For an accredited broker reviewing this client's package before CBP sees it: "
            "record a finding on each point, point it at the question or document you "
            "reviewed, and add a comment where the importer has work to do. Comments appear to "
            "the importer beside the question concerned."), self.content))
        self.state_label = soft_label("", self.content)
        self.state_label.setObjectName("precert.state")
        self.comments_label = soft_label("", self.content)
        self.comments_label.setObjectName("precert.comments")
        self.body.addWidget(self.state_label)
        self.body.addWidget(self.comments_label)
        self._buttons()
        self.editors: dict[str, ItemEditor] = {}
        self._checklist()
        self._completion()
        self.body.addStretch(1)
        context.review_changed.connect(self.refresh)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self.content)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> None:
        row = QHBoxLayout()
        self.start_button = self._button(self.tr("Start review"), "precert.start", self.start)
        self.reviewer_button = self._button(self.tr("Reviewer…"), "precert.reviewer",
                                            self.edit_reviewer)
        self.report_button = self._button(self.tr("Build evaluation report"), "precert.report",
                                          self.build_report)
        self.open_button = self._button(self.tr("Open report"), "precert.open",
                                        self.open_report)
        for button in (self.start_button, self.reviewer_button, self.report_button,
                       self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = QLabel(self.content)
        self.status.setObjectName("precert.status")
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)

    def _checklist(self) -> None:
        app = self.context.app
        if app is None:
            return
        checklist = rv.checklist_for(app)
        language = self.context.language
        model = reference_model(rv.reference_choices(app, language), self)
        for area in checklist.areas:
            self.body.addWidget(rule(self.content))
            self.body.addWidget(heading(checklist.area_title(area, language), 2, self.content))
            for item in (i for i in checklist.items if i.area == area):
                editor = ItemEditor(item, language, model, self.content)
                editor.changed.connect(self._on_editor_changed)
                self.body.addWidget(editor)
                self.editors[item.id] = editor

    def _completion(self) -> None:
        self.body.addWidget(rule(self.content))
        self.body.addWidget(heading(self.tr("Summary opinion"), 2, self.content))
        form = QFormLayout()
        self.opinion = QComboBox(self.content)
        self.opinion.setObjectName("precert.opinion")
        for value in rv.OPINIONS:
            self.opinion.addItem(self.tr(rv.OPINION_LABELS[value]), value)
        self.summary = QPlainTextEdit(self.content)
        self.summary.setObjectName("precert.summary")
        self.summary.setAccessibleName(self.tr("Summary opinion"))
        self.summary.setFixedHeight(90)
        form.addRow(self.tr("Opinion:"), self.opinion)
        form.addRow(self.tr("Summary:"), self.summary)
        self.body.addLayout(form)
        self.complete_button = self._button(self.tr("Complete review"), "precert.complete",
                                            self.complete)
        self.body.addWidget(self.complete_button)

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the stored review: state, reviewer, findings and the comment count."""
        app = self.context.app
        if app is None:
            return
        review = rv.current_review(app)
        self.state_label.setText(self._state_text(review))
        comments = rv.comments(app)
        done = sum(1 for c in comments if c.addressed)
        self.comments_label.setText(self.tr("Review comments: %1, of which the importer marked "
                                            "%2 addressed.").replace("%1", str(len(comments)))
                                    .replace("%2", str(done)))
        editable = review.state == rv.IN_REVIEW and not self.context.read_only
        for item_id, editor in self.editors.items():
            found = review.finding(item_id)
            if found is not None:
                editor.load(found.finding, found.comment, found.reference)
            else:
                editor.load("", "", editor.item.refers_to or "")
            editor.set_editable(editable)
        if review.opinion:
            self.opinion.setCurrentIndex(max(0, self.opinion.findData(review.opinion)))
        if review.summary and not self.summary.toPlainText():
            self.summary.setPlainText(review.summary)
        self.start_button.setText(self.tr("Reopen review") if review.state == rv.COMPLETED
                                  else self.tr("Start review"))
        self.start_button.setEnabled(review.state != rv.IN_REVIEW and not self.context.read_only)
        self.complete_button.setEnabled(editable)
        self.report_button.setEnabled(bool(review.state) and self.op is None)
        self.open_button.setEnabled(self.report_path is not None and self.report_path.is_file())

    def _state_text(self, review: rv.Review) -> str:
        if not review.state:
            preparer = load_preparer()
            who = preparer.name or self.tr("no reviewer set (use Reviewer…)")
            return self.tr("Not under review. The review will be recorded under: %1.") \
                .replace("%1", who)
        who = review.reviewer + (f", {review.firm}" if review.firm else "") + \
            (f" ({review.filer_code})" if review.filer_code else "")
        if review.state == rv.COMPLETED:
            return self.tr("Review completed on %1 by %2 (started %3).") \
                .replace("%1", review.completed_on).replace("%2", who) \
                .replace("%3", review.started_on)
        return self.tr("Under review by %1 since %2.").replace("%1", who) \
            .replace("%2", review.started_on)

    # -- actions --------------------------------------------------------------------------
    def _run(self, action: Any) -> bool:
        """Call a review service; show its refusal; announce a change."""
        app = self.context.app
        if app is None:
            return False
        try:
            action(app)
        except UserError as exc:
            self.status.setText(exc.message)
            return False
        self.context.saved.emit()
        self.context.review_changed.emit()
        return True

    def start(self) -> None:
        """Open the review under the preparer's name."""
        if load_preparer().empty:
            self.edit_reviewer()
        if self._run(rv.start_review):
            self.status.setText(self.tr("Review started."))

    def edit_reviewer(self) -> None:
        """Name, firm and filer code of the reviewer (the preparer settings)."""
        from isa_desktop.ui.dashboard.dialogs import PreparerDialog

        dialog = PreparerDialog(load_preparer(), self)
        if dialog.exec():
            try:
                save_preparer(dialog.preparer())
            except UserError as exc:
                self.status.setText(exc.message)
        self.refresh()

    def _on_editor_changed(self, item_id: str) -> None:
        finding, comment, reference = self.editors[item_id].values()
        if not finding:
            if comment.strip():
                self.status.setText(self.tr("Choose a finding first; the comment is saved "
                                            "with it."))
            return
        if self._run(lambda app: rv.save_finding(app, item_id, finding, comment, reference)):
            self.status.setText(self.tr("Saved the finding on “%1”.").replace(
                "%1", self.editors[item_id].item.text_in(self.context.language)))

    def complete(self) -> None:
        """Close the review with the opinion and summary."""
        self.flush()
        opinion = str(self.opinion.currentData())
        summary = self.summary.toPlainText()
        if self._run(lambda app: rv.complete_review(app, opinion, summary)):
            self.status.setText(self.tr("Review completed. Build the evaluation report to "
                                        "hand it over."))

    def flush(self) -> None:
        """Save comments still being typed."""
        for editor in self.editors.values():
            editor.flush()

    def build_report(self) -> None:
        """Build the evaluation report PDF in a child process (see ``build_process``)."""
        app = self.context.app
        if app is None or self.op is not None:
            return
        self.flush()
        request = BuildRequest("review_report", app.path, self._target(),
                               lang=self.context.language)
        self.status.setText(self.tr("Building the evaluation report…"))
        self.op = BuildProcess(request, self)
        self.op.succeeded.connect(self._on_op_succeeded)
        self.op.failed.connect(self.status.setText)
        self.op.finished.connect(self._on_op_finished)
        self.op.start()
        self.report_button.setEnabled(False)

    def _target(self) -> Path:
        app = self.context.app
        assert app is not None
        folder = app.path.parent
        if not os.access(folder, os.W_OK) or folder == paths.data_dir() / "demo":
            folder = paths.data_dir() / "documents"
            folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{app.path.stem} - pre-certification report.pdf"

    def _on_op_succeeded(self, result: Any) -> None:
        self.report_path = Path(result["path"])
        self.context.record_document("review_report", str(result["sha256"]),
                                     int(result["pages"]), "")
        self.status.setText(self.tr("Saved to %1").replace("%1", str(self.report_path)))

    def _on_op_finished(self) -> None:
        if self.op is not None:
            self.op.deleteLater()
        self.op = None
        self.refresh()

    def open_report(self) -> None:
        """Open the last report in the system PDF viewer."""
        if self.report_path is not None and self.report_path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report_path)))

