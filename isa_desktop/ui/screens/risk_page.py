"""Risk assessment page: every trade area rated by likelihood and impact, with overrides."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from isa_desktop.domain.risk import RATINGS
from isa_desktop.services import selftest
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.models.selftest_models import RecordsModel, risk_columns
from isa_desktop.ui.screens.common import Page, heading, soft_label
from isa_desktop.ui.screens.selftest_common import (
    ChoiceDelegate,
    LevelDelegate,
    call_service,
    error_label,
    in_language,
    show_error,
    table,
)

_AREA, _LIKELIHOOD, _IMPACT, _OVERRIDE, _REASON = 0, 1, 2, 7, 8


class RiskPage(Page):
    """A table of the trade areas; editing a level, an override or its reason stores it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page:risk")
        self.content.setMaximumWidth(1180)  # nine columns need more than a form page
        self.body.addWidget(heading(self.tr("Risk assessment"), 1, self.content))
        self.body.addWidget(soft_label(self.tr(
            "Rate each trade area from 1 to 5: how likely an error is, and how much it would "
            "cost if it happened. Their product is the score; the score gives the rating and "
            "the testing it calls for. Double-click a cell to change it. You may override a "
            "rating, but only with a reason, which appears in the packet."), self.content))
        self.model = RecordsModel(risk_columns(), self._on_model_edit, self)
        self.table = table(self.content, "risk.matrix", self.tr("Risk matrix"), self.model,
                           stretch=_REASON, min_height=400, widths={_AREA: 210})
        self.table.setItemDelegateForColumn(_LIKELIHOOD, LevelDelegate(self.table))
        self.table.setItemDelegateForColumn(_IMPACT, LevelDelegate(self.table))
        self.table.setItemDelegateForColumn(
            _OVERRIDE, ChoiceDelegate(list(RATINGS), self.table, blank=self.tr("(none)")))
        self.body.addWidget(self.table, 1)
        self.error = error_label(self.content, "risk.error")
        self.body.addWidget(self.error)
        self.legend = soft_label(self.tr(
            "Low (1–6): an annual judgmental review. Medium (7–14): attribute sampling twice a "
            "year at 90 % confidence. High (15–25): attribute sampling every quarter at 95 % "
            "confidence."), self.content)
        self.body.addWidget(self.legend)
        buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Draft plan areas from these ratings"),
                                       self.content)
        self.plan_button.setObjectName("risk.suggest_plan")
        self.plan_button.setAccessibleName(self.plan_button.text())
        self.plan_button.setToolTip(self.tr(
            "Adds a draft to the self-testing plan for every rated area that has none yet."))
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.status = soft_label("", self.content)
        self.body.addWidget(self.status)
        self._pending: dict[str, str] = {}  # area → override waiting for its reason
        self.refresh()

    def refresh(self) -> None:
        """Re-read the matrix from the file."""
        app = self.context.app
        rows = (in_language(selftest.risk_matrix(app), app.program.id, self.context.language)
                if app is not None else [])
        for row in rows:
            if row["area"] in self._pending:
                row["override_rating"] = self._pending[row["area"]]
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()

    def _on_model_edit(self, row: dict[str, Any], key: str, value: Any) -> dict[str, Any] | None:
        app = self.context.app
        if app is None:
            return None
        row[key] = value.strip() if isinstance(value, str) else value
        override = row.get("override_rating") or None
        reason = (row.get("override_reason") or "").strip()
        if override and not reason:
            # Keep the choice on screen and ask for the reason instead of refusing outright.
            self._pending[row["area"]] = override
            show_error(self.error, self.tr("Give a reason for overriding the rating of %1 "
                                           "(double-click its Reason cell).")
                       .replace("%1", str(row["area_label"])))
            return row
        self._pending.pop(row["area"], None)
        stored = call_service(self.context, lambda: selftest.save_risk_entry(
            app, row["area"], int(row["likelihood"]), int(row["impact"]), override,
            reason or None), self.error)
        return {**stored, "stored": True} if stored is not None else None

    def _on_plan_button_clicked(self) -> None:
        app = self.context.app
        if app is None:
            return
        drafts = call_service(self.context,
                              lambda: selftest.suggest_plan_from_risk(app, store=True))
        if drafts is not None:
            self.status.setText(self.tr("%n plan area(s) drafted; complete them on the "
                                        "Self-testing plan page.", "", len(drafts)))
