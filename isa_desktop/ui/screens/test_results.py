"""Test results page (placeholder until the self-testing screens arrive)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from isa_desktop.ui.screens.common import PlaceholderPage


class TestResultsPage(PlaceholderPage):
    """Results of each testing cycle and the corrective actions they led to."""

    __test__ = False  # not a pytest test class despite its name
    TITLE = QT_TRANSLATE_NOOP("TestResultsPage", "Test results")
    TEXT = QT_TRANSLATE_NOOP(
        "TestResultsPage",
        "Here you will record each testing cycle: items tested, errors found, their revenue "
        "impact and the corrective actions taken. The results feed the annual notification.")
