"""In-app PDF preview (QtPdf) and Qt printing of a PDF, imported only when first needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """A multi-page, fit-to-width view of one PDF with its page count."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packet.preview")
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview of %1").replace("%1", path.name))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        pages = QLabel(self.tr("%1 pages").replace("%1", str(self.document.pageCount())), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(pages)
        layout.addWidget(self.view, 1)

    @property
    def page_count(self) -> int:
        """Pages in the previewed document."""
        return self.document.pageCount()

    def close_document(self) -> None:
        """Release the file (so a new build can replace it)."""
        self.document.close()


def print_pdf(path: Path, parent: QWidget) -> bool:
    """Ask for a printer and print every page (rasterised at the printer's resolution)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = QPdfDocument(parent)
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            image = document.render(page, QSize(rect.width(), rect.height()))
            white = QImage(image.size(), QImage.Format.Format_RGB32)
            white.fill(QColor(Qt.GlobalColor.white))  # QtPdf renders on transparent
            flatten = QPainter(white)
            flatten.drawImage(0, 0, image)
            flatten.end()
            painter.drawImage(rect.topLeft(), white)
    finally:
        painter.end()
        document.close()
    return True
