"""Risk matrix page (placeholder until the self-testing screens arrive)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from isa_desktop.ui.screens.common import PlaceholderPage


class RiskMatrixPage(PlaceholderPage):
    """Rates each trade area by likelihood and impact; the score drives testing."""

    TITLE = QT_TRANSLATE_NOOP("RiskMatrixPage", "Risk matrix")
    TEXT = QT_TRANSLATE_NOOP(
        "RiskMatrixPage",
        "Here you will rate each trade area (classification, valuation, origin…) by how likely "
        "an error is and how much it would matter. The score decides how often each area is "
        "tested and how large the samples are.")
