"""Self-testing plan page: the areas on the left, the chosen area's plan on the right.

What is typed is stored shortly after typing stops (and when leaving the page); the sample
size is recomputed as the sampling inputs change. A reviewer who would check their own work is
refused on the spot, with the reason under the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.domain.sampling import SamplingError, attribute_sample_size
from isa_desktop.domain.selftest import RECOMMENDED_RETENTION_YEARS
from isa_desktop.services import selftest
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.models.selftest_models import word
from isa_desktop.ui.screens.common import Page, heading, soft_label
from isa_desktop.ui.screens.selftest_common import (
    call_service,
    choice_combo,
    error_label,
    set_combo_value,
    show_error,
)

SAVE_DELAY_MS = 400
_TEXTS = ("what_tested", "population", "reviewer", "tested_person", "timing", "escalation",
          "reporting_line")
_LONG = ("what_tested", "escalation")


class PlanPage(Page):
    """Edits one plan area at a time; every field is stored as typed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page:plan")
        self.content.setMaximumWidth(1180)
        self._loading = False
        self._area: str | None = None
        self.body.addWidget(heading(self.tr("Self-testing plan"), 1, self.content))
        self.body.addWidget(soft_label(self.tr(
            "Choose a trade area on the left and describe how it is tested. The reviewer must "
            "be someone other than the person whose work is checked. Changes are saved as you "
            "type."), self.content))
        row = QHBoxLayout()
        row.setSpacing(16)
        self.areas = QListWidget(self.content)
        self.areas.setObjectName("plan.areas")
        self.areas.setAccessibleName(self.tr("Trade areas"))
        self.areas.setFixedWidth(390)
        self.areas.setWordWrap(True)  # long names (French especially) wrap instead of clipping
        self.areas.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.areas.currentItemChanged.connect(self._on_areas_current_changed)
        left = QVBoxLayout()
        left.addWidget(self.areas)
        left.addWidget(soft_label(self.tr("● in the plan   ○ not yet; the word after each "
                                          "area is its risk rating."), self.content))
        left.addStretch(1)
        row.addLayout(left)
        row.addWidget(self._build_editor(), 1)
        self.body.addLayout(row, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        editor = QWidget(self.content)
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        self.area_title = heading("", 2, editor)
        self.area_hint = soft_label("", editor)
        column.addWidget(self.area_title)
        column.addWidget(self.area_hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QWidget] = {}
        labels = self._labels()
        for key in ("what_tested", "population", "population_size", "method", "frequency",
                    "confidence", "tolerable", "expected", "sample", "reviewer",
                    "tested_person", "timing", "error_threshold_pct", "escalation",
                    "reporting_line", "retention_years"):
            widget = self._field(key, editor)
            form.addRow(labels[key], widget)
            if key == "tested_person":
                self.reviewer_error = error_label(editor, "plan.reviewer_error")
                form.addRow("", self.reviewer_error)
        column.addLayout(form)
        self.issues = soft_label("", editor)
        self.issues.setObjectName("plan.issues")
        column.addWidget(self.issues)
        column.addStretch(1)
        return editor

    def _labels(self) -> dict[str, str]:
        return {
            "what_tested": self.tr("What is tested"), "population": self.tr("Population"),
            "population_size": self.tr("Lines in a period"), "method": self.tr("Method"),
            "frequency": self.tr("How often"), "confidence": self.tr("Confidence level"),
            "tolerable": self.tr("Tolerable error rate"),
            "expected": self.tr("Expected error rate"), "sample": self.tr("Sample size"),
            "reviewer": self.tr("Reviewer"), "tested_person": self.tr("Whose work is tested"),
            "timing": self.tr("When"), "error_threshold_pct": self.tr("Error threshold"),
            "escalation": self.tr("When the threshold is passed"),
            "reporting_line": self.tr("Results reported to"),
            "retention_years": self.tr("Keep results for"),
        }

    def _field(self, key: str, parent: QWidget) -> QWidget:
        widget = self._make_field(key, parent)
        widget.setObjectName(f"plan.{key}")
        widget.setAccessibleName(self._labels()[key])
        self.fields[key] = widget
        return widget

    def _make_field(self, key: str, parent: QWidget) -> QWidget:
        if key in _LONG:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            text.textChanged.connect(self._on_field_edited)
            return text
        if key in _TEXTS:
            line = QLineEdit(parent)
            line.textEdited.connect(self._on_field_edited)
            if key == "reviewer":
                line.setPlaceholderText(self.tr("A name or a role, e.g. Internal Audit Analyst"))
            return line
        if key == "method":
            combo = choice_combo(parent, "", "", ["attribute", "judgmental", "full"])
        elif key == "frequency":
            combo = choice_combo(parent, "", "", ["monthly", "quarterly", "semiannual",
                                                  "annual"])
        elif key in ("confidence", "tolerable", "expected"):
            presets = {"confidence": ["90%", "95%", "99%"], "tolerable": ["5%", "10%", "15%"],
                       "expected": ["0%", "0.5%", "1%", "2%"]}[key]
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(presets)
            editor = combo.lineEdit()
            assert editor is not None  # the combo is editable
            editor.setObjectName(f"plan.{key}.text")
            editor.setAccessibleName(self._labels()[key])
            combo.editTextChanged.connect(self._on_sampling_edited)
            return combo
        elif key == "sample":
            self.sample_label = QLabel(parent)
            self.sample_label.setWordWrap(True)
            self.sample_label.setTextFormat(Qt.TextFormat.PlainText)
            return self.sample_label
        else:
            return self._spin(key, parent)
        combo.currentIndexChanged.connect(self._on_sampling_edited)
        return combo

    def _spin(self, key: str, parent: QWidget) -> QWidget:
        if key == "error_threshold_pct":
            threshold = QDoubleSpinBox(parent)
            threshold.setRange(0, 100)
            threshold.setDecimals(1)
            threshold.setSuffix(" %")
            threshold.valueChanged.connect(self._on_sampling_edited)
            return threshold
        spin = QSpinBox(parent)
        if key == "population_size":
            spin.setRange(0, 10_000_000)
            spin.setSpecialValueText(self.tr("unknown (large)"))
            spin.setGroupSeparatorShown(True)
        else:
            spin.setRange(1, 30)
            spin.setSuffix(self.tr(" years"))
        spin.valueChanged.connect(self._on_sampling_edited)
        return spin

    # -- reading and writing -------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the areas, their ratings and the current area's plan."""
        app = self.context.app
        if app is None:
            return
        plan = selftest.plan(app)
        ratings = {r["area"]: r["rating"] for r in selftest.risk_matrix(app)}
        current = self._area
        self._loading = True
        self.areas.clear()
        for area in selftest.trade_areas(app):
            mark = "●" if area.id in plan else "○"
            item = QListWidgetItem(f"{mark} {area.title(self.context.language)} — "
                                   f"{word(ratings.get(area.id)).lower()}")
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            item.setToolTip(self.tr("In the plan") if area.id in plan else
                            self.tr("Not in the plan yet"))
            self.areas.addItem(item)
            if area.id == current or (current is None and self.areas.count() == 1):
                self.areas.setCurrentItem(item)
        self._loading = False
        # Show every area without scrolling: there are only a dozen or so.
        row_height = max(self.areas.sizeHintForRow(0), self.areas.fontMetrics().height() + 4)
        self.areas.setFixedHeight(row_height * self.areas.count() + 2 * self.areas.frameWidth()
                                  + 6)
        self._load(self._current_area())

    def _current_area(self) -> str | None:
        item = self.areas.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _load(self, area: str | None) -> None:
        app = self.context.app
        self._area = area
        if app is None or area is None:
            return
        known = next(a for a in selftest.trade_areas(app) if a.id == area)
        self.area_title.setText(known.title(self.context.language))
        self.area_hint.setText(known.description.get(self.context.language)
                               or known.description.get("en", ""))
        record = selftest.plan(app).get(area) or self._defaults(area)
        self._loading = True
        for key, widget in self.fields.items():
            self._put(widget, record.get(key))
        self._loading = False
        show_error(self.reviewer_error, "")
        self._update_sample_size()
        self._show_issues(selftest.check_plan_area(app, record) if area in selftest.plan(app)
                          else [])

    def _defaults(self, area: str) -> dict[str, Any]:
        assert self.context.app is not None
        risk = next(r for r in selftest.risk_matrix(self.context.app) if r["area"] == area)
        return {"method": risk["suggested_method"], "frequency": risk["suggested_frequency"],
                "confidence": f"{(risk['suggested_confidence'] or 0.9) * 100:g}%",
                "tolerable": f"{(risk['suggested_tolerable'] or 0.1) * 100:g}%",
                "expected": "1%", "error_threshold_pct": selftest.DEFAULT_THRESHOLD_PCT,
                "retention_years": RECOMMENDED_RETENTION_YEARS}

    @staticmethod
    def _put(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            set_combo_value(widget, value)
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value or 0))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))

    def values(self) -> dict[str, Any]:
        """What the editor holds, in the plan-record shape."""
        data: dict[str, Any] = {"area": self._area}
        for key, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                data[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                data[key] = widget.text()
            elif isinstance(widget, QComboBox):
                data[key] = widget.currentData() if not widget.isEditable() \
                    else widget.currentText().strip()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                data[key] = widget.value()
        data["population_size"] = data.get("population_size") or None
        data.pop("sample", None)
        return data

    def flush(self) -> None:
        """Store the area being edited, if anything changed since it was loaded."""
        self._timer.stop()
        app = self.context.app
        if app is None or self._area is None or not self._dirty:
            return
        self._dirty = False
        data = self.values()
        issues = call_service(self.context, lambda: selftest.save_plan_area(app, data),
                              self.reviewer_error)
        if issues is not None:
            self._show_issues(issues)
            self._mark_planned(self._area)

    _dirty = False

    def _mark_planned(self, area: str) -> None:
        item = self.areas.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == area:
            item.setText("●" + item.text()[1:])
            item.setToolTip(self.tr("In the plan"))

    def _show_issues(self, issues: list[tuple[str, str]]) -> None:
        lines = [("⚠ " if severity == "warning" else "• ") + message
                 for severity, message in issues]
        self.issues.setText(self.tr("Still to do:") + "\n" + "\n".join(lines) if lines else "")

    def _update_sample_size(self) -> None:
        data = self.values()
        if data.get("method") != "attribute":
            self.sample_label.setText(self.tr("Only for attribute sampling."))
            return
        try:
            result = attribute_sample_size(data["confidence"], data["tolerable"],
                                           data["expected"], data["population_size"])
        except SamplingError as exc:
            self.sample_label.setText(str(exc))
            return
        self.sample_label.setText(
            self.tr("Test %1 lines. The tolerable rate is supported when no more than %2 of "
                    "them are in error.").replace("%1", str(result.sample_size))
            .replace("%2", str(result.allowed_deviations)))

    # -- slots -------------------------------------------------------------------------------
    def _on_areas_current_changed(self, current: QListWidgetItem | None,
                                  _previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        self.flush()
        self._load(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _on_field_edited(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def _on_sampling_edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_sample_size()
            self._on_field_edited()
