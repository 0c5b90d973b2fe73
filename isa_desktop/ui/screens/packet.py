"""Packet page: build the application packet, the MOU or an annual letter, then preview it.

The build runs on the thread pool with a progress bar and Cancel; the window stays usable.
The preview uses QtPdf (imported on first use); printing goes to the system PDF viewer, with
Qt's raster printing as a fallback.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isa_desktop import paths
from isa_desktop.domain.deadlines import next_anl_due, parse_iso_date
from isa_desktop.ui.build_process import BuildProcess, BuildRequest
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.screens.common import Page, heading, soft_label

# QtPdf loads with this page (not at start-up), so the first preview does not stall the window.
from isa_desktop.ui.screens.pdf_preview import PdfPreview


class PacketPage(Page):
    """Choose, build, preview, open and print one document."""

    # Annotation only: the attribute is set by the first preview, and cleared when it closes.
    preview: PdfPreview | None

    build_finished = Signal(str)  # path of the built PDF
    build_failed = Signal(str)
    build_ended = Signal()  # after success, failure or cancel

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 document: str = "packet") -> None:
        super().__init__(parent)
        self.context = context
        self.document = document
        self.op: BuildProcess | None = None
        self.output: Path | None = None
        self._built: Path | None = None
        self.setObjectName(f"page:{document}")
        self.body.addWidget(heading(self._title(), 1, self.content))
        self.body.addWidget(soft_label(self._explanation(), self.content))
        self.readiness = soft_label("", self.content)
        self.body.addWidget(self.readiness)
        self._options()
        self._controls()
        self.preview_box = QWidget(self.content)
        self.preview_box.hide()
        self.body.addWidget(self.preview_box, 1)
        self.body.addStretch(0)
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _title(self) -> str:
        return {"packet": self.tr("Application packet"),
                "mou": self.tr("Memorandum of Understanding (MOU)"),
                "anl": self.tr("Annual notification letter")}[self.document]

    def _explanation(self) -> str:
        return {
            "packet": self.tr(
                "One PDF with everything CBP reviews: eligibility, company profile, the "
                "questionnaire with your narratives, the remediation list, the self-testing "
                "plan, your attached policies and the MOU. Build a draft whenever you like."),
            "mou": self.tr(
                "The agreement your company officer signs: the importer's commitments, the "
                "IOR numbers it covers and signature blocks. It can be signed on paper or "
                "digitally."),
            "anl": self.tr(
                "After CBP accepts you, a letter is due 13 months after acceptance and then "
                "every year: it confirms you still qualify and reports changes, self-testing "
                "results and corrective actions."),
        }[self.document]

    def _options(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.prepared_by = QLineEdit(self.content)
        self.prepared_by.setObjectName("packet.prepared_by")
        self.prepared_by.setMaximumWidth(360)
        self.year = QSpinBox(self.content)
        self.year.setObjectName("packet.year")
        self.year.setRange(2002, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setMaximumWidth(120)
        self.target_label = QLabel(self.content)
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.target_label.setWordWrap(True)
        change = QPushButton(self.tr("Change…"), self.content)
        change.setObjectName("packet.change_target")
        change.clicked.connect(self._choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_label, 1)
        target_row.addWidget(change)
        if self.document == "packet":
            form.addRow(self.tr("&Prepared by:"), self.prepared_by)
            self.prepared_by.setPlaceholderText(self.tr("Optional: your name or your broker's"))
        else:
            self.prepared_by.hide()
        if self.document == "anl":
            form.addRow(self.tr("&Year:"), self.year)
            self.year.valueChanged.connect(self._on_year_changed)
        else:
            self.year.hide()
        form.addRow(self.tr("Save to:"), target_row)
        self.body.addLayout(form)

    def _controls(self) -> None:
        row = QHBoxLayout()
        self.build_button = QPushButton(self.tr("&Build PDF"), self.content)
        self.build_button.setObjectName("packet.build")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.content)
        self.cancel_button.setObjectName("packet.cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"), self.content)
        self.open_button.setObjectName("packet.open")
        self.open_button.clicked.connect(self.open_external)
        self.print_button = QPushButton(self.tr("Print…"), self.content)
        self.print_button.setObjectName("packet.print")
        self.print_button.clicked.connect(self.print_document)
        for button in (self.build_button, self.cancel_button, self.open_button,
                       self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.progress = QProgressBar(self.content)
        self.progress.setObjectName("packet.progress")
        self.progress.setAccessibleName(self.tr("Build progress"))
        self.progress.hide()
        self.status = QLabel(self.content)
        self.status.setObjectName("packet.status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.status)

    # -- state --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Update the readiness note, the default target and the buttons."""
        report = self.context.report()
        if report is not None and report.errors and self.document == "packet":
            text = self.tr("Answers still missing or to correct: %1 (see Review). The "
                           "packet will be marked as a draft until they are fixed.")
            self.readiness.setText(text.replace("%1", str(len(report.errors))))
        else:
            self.readiness.setText("")
        if self.output is None and self.context.app is not None:
            if self.document == "anl":
                self._default_year()
            self.output = self._default_target()
        self.target_label.setText(str(self.output or ""))
        self._set_buttons(building=self.op is not None)

    def _default_target(self) -> Path:
        app = self.context.app
        assert app is not None
        folder = app.path.parent
        if not _writable(folder) or folder == paths.data_dir() / "demo":
            folder = paths.data_dir() / "documents"
            folder.mkdir(parents=True, exist_ok=True)
        suffix = {"packet": "packet", "mou": "MOU", "anl": f"annual letter {self.year.value()}"}
        return folder / f"{app.path.stem} - {suffix[self.document]}.pdf"

    def _default_year(self) -> None:
        """The year of the next letter due (this year's when the acceptance date is unknown)."""
        app = self.context.app
        assert app is not None
        today = dt.date.today()
        accepted = parse_iso_date(app.answers().get("account.accepted_on")) or parse_iso_date(
            app.file.meta("accepted_on"))
        year = next_anl_due(accepted, today).year if accepted else today.year
        blocked = self.year.blockSignals(True)  # the caller sets the target right after
        self.year.setValue(year)
        self.year.blockSignals(blocked)

    def _on_year_changed(self, _year: int) -> None:
        if self.context.app is not None:
            self.output = self._default_target()
            self.refresh()

    def _set_buttons(self, building: bool) -> None:
        built = self.output is not None and self.output.is_file()
        self.build_button.setEnabled(not building and self.context.is_open)
        self.cancel_button.setEnabled(building)
        self.open_button.setEnabled(built and not building)
        self.print_button.setEnabled(built and not building)

    def _choose_target(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), str(self.output or ""), "PDF (*.pdf)")
        if name:
            self.output = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
            self.refresh()

    # -- building -----------------------------------------------------------------------------
    def build(self) -> None:
        """Start building in a child process (see services.build_job); the window stays free."""
        app = self.context.app
        if app is None or self.op is not None:
            return
        if self.document == "anl":
            self.output = self.output or self._default_target()
        assert self.output is not None
        self._close_preview()
        self.flush_window()
        request = BuildRequest(self.document, app.path, self.output,
                               self.prepared_by.text().strip() or None,
                               self.year.value() if self.document == "anl" else None,
                               self.context.language)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Building…"))
        self.op = BuildProcess(request, self)
        self.op.progressed.connect(self._on_op_progressed)
        self.op.succeeded.connect(self._on_op_succeeded)
        self.op.failed.connect(self._on_op_failed)
        self.op.cancelled.connect(self._on_op_cancelled)
        self.op.finished.connect(self._on_op_finished)
        self.op.start()
        self._set_buttons(building=True)

    def flush_window(self) -> None:
        """Save any typing still waiting for its debounce, so the build sees it."""
        window = self.window()
        flush = getattr(window, "flush", None)
        if callable(flush):
            flush()

    def cancel(self) -> None:
        """Ask the running build to stop."""
        if self.op is not None:
            self.op.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_op_progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if message:
            self.status.setText(message)

    def _on_op_succeeded(self, result: dict[str, Any]) -> None:
        path = Path(result["path"])
        text = self.tr("Saved to %1 (%2 pages).").replace("%1", str(path)).replace(
            "%2", str(result.get("pages", "?")))
        warnings = [str(w) for w in result.get("warnings", [])]
        if warnings:
            text += "\n" + "\n".join(self.tr("Note: %1").replace("%1", w) for w in warnings)
        self.status.setText(text)
        self.context.record_document(self.document, str(result.get("sha256", "")),
                                     result.get("pages"), str(path))
        self.show_preview(path)
        self._built = path

    def _on_op_failed(self, message: str) -> None:
        self.status.setText(self.tr("The PDF was not built: %1").replace("%1", message))
        self.build_failed.emit(message)

    def _on_op_cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled. Nothing was changed."))

    def _on_op_finished(self) -> None:
        if self.op is not None:
            self.op.deleteLater()
        self.op = None
        self.progress.hide()
        self._set_buttons(building=False)
        built, self._built = self._built, None
        if built is not None:
            self.build_finished.emit(str(built))
        self.build_ended.emit()

    # -- preview, open, print -------------------------------------------------------------------
    def show_preview(self, path: Path) -> None:
        """Show the PDF inside the page."""
        self._close_preview()
        self.preview = PdfPreview(path, self.preview_box)
        layout = self.preview_box.layout()
        if layout is None:
            layout = QVBoxLayout(self.preview_box)
            layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.preview)
        self.preview_box.setMinimumHeight(560)
        self.preview_box.show()

    def _close_preview(self) -> None:
        preview = getattr(self, "preview", None)
        if preview is not None:
            preview.close_document()
            preview.setParent(None)
            preview.deleteLater()
            self.preview = None
        self.preview_box.hide()

    def open_external(self) -> None:
        """Open the PDF in the system viewer (the best way to print)."""
        if self.output is not None and self.output.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output)))

    def print_document(self) -> None:
        """Print through Qt (pages are rasterised; the system viewer prints sharper)."""
        if self.output is None or not self.output.is_file():
            return
        from isa_desktop.ui.screens.pdf_preview import print_pdf

        print_pdf(self.output, self)


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)
