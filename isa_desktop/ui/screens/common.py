"""Small building blocks shared by the pages: headings, soft text, a scrolling page body."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from isa_desktop.ui.formview.question_row import soft_label

PAGE_MARGINS = (32, 24, 32, 32)
CONTENT_MAX_WIDTH = 860

__all__ = ["Page", "PlaceholderPage", "heading", "rule", "soft_label"]


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A page (level 1) or section (level 2) heading."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(base * (1.7 if level == 1 else 1.25))
    font.setWeight(QFont.Weight.Bold if level == 1 else QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def rule(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line between sections."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class Page(QScrollArea):
    """A page whose content scrolls vertically and stays at a readable width.

    Subclasses add widgets to ``self.body`` (a QVBoxLayout). ``navigate_requested`` asks the
    window to show a page key (``"review"``, ``"form:company"``) or ``"question:<path>"``.
    """

    navigate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget(self)
        self.content.setMaximumWidth(CONTENT_MAX_WIDTH)
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(*PAGE_MARGINS)
        self.body.setSpacing(10)
        self.setWidget(self.content)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        """Re-read what the page shows (called when it becomes visible)."""

    def flush(self) -> None:
        """Save anything still being typed (before leaving the page or closing)."""


class PlaceholderPage(Page):
    """A page another part of the app fills in later: says what it will hold."""

    TITLE = ""
    TEXT = ""

    def __init__(self, context: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.body.addWidget(heading(self.tr(self.TITLE), 1, self.content))
        self.body.addWidget(soft_label(self.tr(self.TEXT), self.content))
        self.body.addStretch(1)
