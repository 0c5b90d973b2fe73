"""Shown when no application is open: what ISA is, and how to start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QWidget

from isa_desktop.ui.screens.common import Page, heading, soft_label


class WelcomePage(Page):
    """Three ways in (sample, new, open) and the recent files."""

    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, recent: list[Path], message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page:welcome")
        self.body.addWidget(heading(self.tr("Welcome to ISA Desktop"), 1, self.content))
        self.body.addWidget(soft_label(self.tr(
            "The Importer Self-Assessment (ISA) is a U.S. Customs and Border Protection program "
            "for importers that already run strong internal controls: in return for checking "
            "their own compliance, they are left out of routine audits. This app walks you "
            "through the application step by step, keeps everything in one file on your "
            "computer, and builds the packet to send."), self.content))
        if message:
            error = soft_label(message, self.content)
            error.setObjectName("welcome.message")
            error.setStyleSheet("color: #b42318;")
            self.body.addWidget(error)
        self.body.addSpacing(12)
        for title, text, signal in (
            (self.tr("Look around with a sample importer"),
             self.tr("Opens a filled-in example company. Your own files are not touched."),
             self.demo_requested),
            (self.tr("Start a new application"),
             self.tr("Creates an application file and walks you through eligibility first."),
             self.new_requested),
            (self.tr("Open an application file…"),
             self.tr("Continue where you left off, or open a file someone sent you."),
             self.open_requested),
        ):
            button = QCommandLinkButton(title, text, self.content)
            button.clicked.connect(signal.emit)
            self.body.addWidget(button)
        if recent:
            self.body.addSpacing(12)
            self.body.addWidget(heading(self.tr("Recent files"), 2, self.content))
            for path in recent:
                button = QCommandLinkButton(path.stem, str(path), self.content)
                button.clicked.connect(lambda _=False, p=str(path): self.recent_requested.emit(p))
                self.body.addWidget(button)
        self.body.addStretch(1)
