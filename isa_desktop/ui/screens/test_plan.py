"""Self-testing plan page (placeholder until the self-testing screens arrive)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from isa_desktop.ui.screens.common import PlaceholderPage


class TestPlanPage(PlaceholderPage):
    """What is tested, how, how often and by whom."""

    __test__ = False  # not a pytest test class despite its name
    TITLE = QT_TRANSLATE_NOOP("TestPlanPage", "Self-testing plan")
    TEXT = QT_TRANSLATE_NOOP(
        "TestPlanPage",
        "Here you will describe, for each trade area, what is tested, how the sample is drawn, "
        "how often, who reviews the work (never the person who did it) and to whom the results "
        "are reported.")
