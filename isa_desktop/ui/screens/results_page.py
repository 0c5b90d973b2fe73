"""Test results page: import a period's entry lines, draw a sample, mark each item, follow up.

One cycle and area at a time: the recorded sample's items are marked pass or error in the
table, and the cycle's error rate is compared with the plan's threshold as they are marked.
Corrective actions and disclosures are listed for the whole file.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.domain.selftest import ERROR_TYPES
from isa_desktop.services import selftest
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.formview.question_row import error_colour
from isa_desktop.ui.models.selftest_models import (
    RecordsModel,
    action_columns,
    cycle_columns,
    disclosure_columns,
    sample_columns,
)
from isa_desktop.ui.screens.common import Page, heading, rule, soft_label
from isa_desktop.ui.screens.population_import import PopulationImportDialog
from isa_desktop.ui.screens.selftest_common import (
    ChoiceDelegate,
    call_service,
    error_label,
    in_language,
    show_error,
    table,
)

#: The error type a failed item in each area most likely has (the tester can change it).
AREA_ERROR_TYPE = {"classification": "classification", "valuation": "value",
                   "quantity": "quantity", "origin_marking": "origin",
                   "special_programs": "program", "pga": "pga", "recordkeeping": "recordkeeping"}
_STATUS, _ERROR_TYPE = 6, 7


def current_quarter(today: dt.date | None = None) -> str:
    """The cycle id of the quarter ``today`` falls in ("2026-Q3")."""
    today = today or dt.date.today()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


class ResultsPage(Page):
    """Cycle and area choosers, the sample and its items, the cycle, actions and disclosures."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page:results")
        self.content.setMaximumWidth(1180)
        self.sample_id: str | None = None
        self.body.addWidget(heading(self.tr("Test results"), 1, self.content))
        self.body.addWidget(soft_label(self.tr(
            "Pick the testing cycle and the trade area. Import the period's entry lines, draw "
            "a sample (the seed is kept so anyone can draw the same lines again), then mark "
            "each line as passed or in error."), self.content))
        self.body.addLayout(self._choosers())
        self.body.addLayout(self._draw_row())
        self.sample_info = soft_label("", self.content)
        self.sample_info.setObjectName("results.sample_info")
        self.body.addWidget(self.sample_info)
        self.items_model = RecordsModel(sample_columns(), self._on_item_edited, self)
        self.items = table(self.content, "results.items", self.tr("Sampled entry lines"),
                           self.items_model, stretch=9, min_height=260)
        self.items.setItemDelegateForColumn(_STATUS, ChoiceDelegate(
            ["pass", "error"], self.items, blank=self.tr("(not tested)")))
        self.items.setItemDelegateForColumn(_ERROR_TYPE, ChoiceDelegate(list(ERROR_TYPES),
                                                                        self.items))
        self.body.addWidget(self.items, 1)
        self.verdict = QLabel(self.content)
        self.verdict.setObjectName("results.verdict")
        self.verdict.setWordWrap(True)
        self.body.addWidget(self.verdict)
        self.error = error_label(self.content, "results.error")
        self.body.addWidget(self.error)
        self._follow_up_sections()
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _choosers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cycle = QComboBox(self.content)
        self.cycle.setObjectName("results.cycle")
        self.cycle.setAccessibleName(self.tr("Cycle"))
        self.cycle.setEditable(True)
        self.cycle.setToolTip(self.tr("Write a new cycle like 2026-Q4, 2026-H2 or 2026-11."))
        self.cycle.currentTextChanged.connect(self._on_choice_changed)
        self.area = QComboBox(self.content)
        self.area.setObjectName("results.area")
        self.area.setAccessibleName(self.tr("Trade area"))
        self.area.currentIndexChanged.connect(self._on_choice_changed)
        for label, widget in ((self.tr("Cycle"), self.cycle), (self.tr("Trade area"), self.area)):
            caption = QLabel(label, self.content)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1)
        for combo in (self.cycle, self.area):
            _shrinkable(combo)
        self.retention = QLabel(self.content)
        self.retention.setObjectName("results.retention")
        self.retention.setWordWrap(True)
        row.addWidget(self.retention, 1)
        return row

    def _draw_row(self) -> QVBoxLayout:
        row = QHBoxLayout()
        self.import_button = self._button(self.tr("Import entry lines…"), "results.import",
                                          self._on_import_clicked)
        self.population = QComboBox(self.content)
        self.population.setObjectName("results.population")
        self.population.setAccessibleName(self.tr("Entry lines to draw from"))
        self.sample_size = QSpinBox(self.content)
        self.sample_size.setObjectName("results.size")
        self.sample_size.setAccessibleName(self.tr("Sample size"))
        self.sample_size.setRange(1, 100_000)
        self.sample_size.setPrefix(self.tr("lines: "))
        self.seed = QLineEdit(str(secrets.randbits(32)), self.content)
        self.seed.setObjectName("results.seed")
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(self.tr("The number that fixes the random draw; keep it to "
                                     "repeat the same sample."))
        self.seed.setMaximumWidth(120)
        self.stratify = QCheckBox(self.tr("By trade area"), self.content)
        self.stratify.setObjectName("results.stratify")
        self.stratify.setAccessibleName(self.tr("Stratify the sample by trade area"))
        self.draw_button = self._button(self.tr("Draw sample"), "results.draw",
                                        self._on_draw_clicked)
        self.redraw_button = self._button(self.tr("Check the draw"), "results.redraw",
                                          self._on_redraw_clicked)
        # Two lines: where the entries come from, then how the sample is drawn (one line of
        # eight controls would not fit a 1024-pixel window).
        source = QHBoxLayout()
        source.addWidget(self.import_button)
        _shrinkable(self.population)
        source.addWidget(self.population, 1)
        row.addWidget(self.sample_size)
        row.addWidget(QLabel(self.tr("Seed"), self.content))
        row.addWidget(self.seed)
        row.addWidget(self.stratify)
        row.addWidget(self.draw_button)
        row.addWidget(self.redraw_button)
        row.addStretch(1)
        both = QVBoxLayout()
        both.addLayout(source)
        both.addLayout(row)
        return both

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self.content)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _follow_up_sections(self) -> None:
        self.body.addWidget(rule(self.content))
        self.body.addWidget(heading(self.tr("All areas in this cycle"), 2, self.content))
        self.cycle_model = RecordsModel(cycle_columns(), None, self)
        self.cycle_table = table(self.content, "results.cycle_table",
                                 self.tr("Results of the cycle by area"), self.cycle_model,
                                 stretch=0, min_height=150)
        self.body.addWidget(self.cycle_table)
        self.body.addWidget(heading(self.tr("Corrective actions"), 2, self.content))
        self.actions_model = RecordsModel(action_columns(), self._on_action_edited, self)
        self.actions_view = table(self.content, "results.actions", self.tr("Corrective actions"),
                             self.actions_model, stretch=3, min_height=120)
        self.body.addWidget(self.actions_view)
        self.body.addWidget(self._button(self.tr("Add a corrective action…"),
                                         "results.add_action", self._on_add_action_clicked),
                            0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(heading(self.tr("Disclosures filed"), 2, self.content))
        self.disclosures_model = RecordsModel(disclosure_columns(), self._on_disclosure_edited,
                                              self)
        self.disclosures = table(self.content, "results.disclosures", self.tr("Disclosures"),
                                 self.disclosures_model, stretch=3, min_height=100)
        self.body.addWidget(self.disclosures)
        self.body.addWidget(self._button(self.tr("Add a disclosure…"), "results.add_disclosure",
                                         self._on_add_disclosure_clicked),
                            0, Qt.AlignmentFlag.AlignLeft)

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read cycles, areas, populations, the sample and the follow-up tables."""
        app = self.context.app
        if app is None:
            return
        self._filling = True
        cycle = self.cycle.currentText() or (selftest.cycles(app) or [current_quarter()])[-1]
        area = self.area.currentData()
        self.cycle.clear()
        self.cycle.addItems(sorted({*selftest.cycles(app), current_quarter()}))
        self.cycle.setCurrentText(cycle)
        self.area.clear()
        planned = selftest.plan(app)
        for known in selftest.trade_areas(app):
            if known.id in planned or not planned:
                self.area.addItem(known.title(self.context.language), known.id)
        self.area.setCurrentIndex(max(self.area.findData(area), 0))
        self.population.clear()
        for item in selftest.populations(app):
            self.population.addItem(self.tr("%1 (%2 lines)").replace("%1", item["name"])
                                    .replace("%2", f"{item['row_count']:,}"), item["id"])
        self._filling = False
        self._show_choice()

    _filling = False

    def _show_choice(self) -> None:
        app, cycle, area = self.context.app, self.cycle.currentText().strip(), \
            self.area.currentData()
        if app is None or not area:
            return
        plan = selftest.plan(app).get(area, {})
        self.sample_size.setValue(int(plan.get("sample_size") or 25))
        ids = sorted((k for k, r in selftest.samples(app, cycle).items() if r["area"] == area),
                     key=lambda k: int(k.rsplit("/", 1)[-1]))
        self.sample_id = ids[-1] if ids else None
        self._show_sample()
        results = selftest.cycle_results(app, cycle) if self._valid(cycle) else {}
        self._show_cycle(list(results.values()))
        self._show_verdict(results.get(area), plan)
        self._show_follow_up()

    @staticmethod
    def _valid(cycle: str) -> bool:
        try:
            selftest.checked_cycle(cycle)
        except selftest.SelfTestUserError:
            return False
        return True

    def _show_sample(self) -> None:
        app = self.context.app
        self.redraw_button.setEnabled(self.sample_id is not None)
        if app is None or self.sample_id is None:
            self.items_model.set_rows([])
            self.sample_info.setText(self.tr("No sample drawn for this cycle and area yet."))
            return
        record = selftest.sample_record(app, self.sample_id)
        cycle = app.file.record("cycle", f"{record['cycle']}/{record['area']}") or {}
        marks = cycle.get("item_results") or {} if cycle.get("sample_id") == self.sample_id \
            else {}
        rows = [{**row, **marks.get(str(row["index"]), {})}
                for row in selftest.sample_rows(app, self.sample_id)]
        self.items_model.set_rows(rows)
        self.sample_info.setText(
            self.tr("Sample %1: %2 of %3 lines from “%4”, seed %5, drawn %6. Population "
                    "fingerprint %7…").replace("%1", self.sample_id)
            .replace("%2", str(record["size"])).replace("%3", f"{record['population_size']:,}")
            .replace("%4", str(record.get("population_name", "")))
            .replace("%5", str(record["seed"]))
            .replace("%6", str(record["drawn_at"])[:10])
            .replace("%7", str(record["population_sha256"])[:12]))

    def _show_verdict(self, result: dict[str, Any] | None, plan: dict[str, Any]) -> None:
        cycle = self.cycle.currentText().strip()
        area = self.area.currentData()
        if self._valid(cycle) and self.context.app is not None:
            until = selftest.retention_date(self.context.app, cycle, area)
            self.retention.setText(self.tr("Keep results until %1").replace("%1",
                                                                             until.isoformat()))
        if not result:
            self.verdict.setText(self.tr("No results recorded for this area in this cycle."))
            return
        over = result["exceeds_threshold"]
        text = self.tr("%1 items tested, %2 in error: error rate %3 % against a threshold of "
                       "%4 %. Net duty impact %5 USD.")
        text = (text.replace("%1", str(result["items_tested"]))
                .replace("%2", str(result["items_in_error"]))
                .replace("%3", f"{result['error_rate'] * 100:.1f}")
                .replace("%4", f"{result['threshold_pct']:g}")
                .replace("%5", f"{result['revenue_impact_usd']:,.2f}"))
        if over:
            text += " " + self.tr("Above the threshold: %1").replace(
                "%1", plan.get("escalation") or self.tr("escalate as the plan says."))
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {error_colour(self)};" if over else "")
        self.verdict.setProperty("exceeds", over)

    def _show_cycle(self, results: list[dict[str, Any]]) -> None:
        """The cycle's per-area table, area names in the window's language."""
        app = self.context.app
        if app is None:
            return
        rows = in_language(results, app.program.id, self.context.language)
        self.cycle_model.set_rows(sorted(rows, key=lambda r: str(r["area_label"])))

    def _show_follow_up(self) -> None:
        app = self.context.app
        if app is None:
            return
        labels = {a.id: a.title(self.context.language) for a in selftest.trade_areas(app)}
        self.actions_model.set_rows([
            {**r, "id": k, "area_label": labels.get(str(r.get("area")), "")}
            for k, r in app.file.records("action").items()])
        self.disclosures_model.set_rows([{**r, "id": k} for k, r in
                                         app.file.records("disclosure").items()])
        for view in (self.actions_view, self.disclosures, self.cycle_table):
            view.resizeRowsToContents()

    # -- editing -------------------------------------------------------------------------------
    def _on_item_edited(self, row: dict[str, Any], key: str, value: Any) -> dict[str, Any] | None:
        app = self.context.app
        if app is None or self.sample_id is None:
            return None
        row[key] = value
        if key == "error_type" or (key in ("revenue_impact_usd", "note")
                                   and row.get("status") == "error"):
            row["status"] = "error"
        if row.get("status") == "error" and not row.get("error_type"):
            row["error_type"] = AREA_ERROR_TYPE.get(self.area.currentData(), "other")
        sample_id = self.sample_id
        stored = call_service(self.context, lambda: selftest.mark_sample_item(
            app, sample_id, row["index"], row.get("status"), row.get("error_type"),
            row.get("revenue_impact_usd"), str(row.get("note") or "")), self.error)
        if stored is None:
            return None
        self._show_cycle(list(selftest.cycle_results(app, stored["cycle"]).values()))
        self._show_verdict(stored, selftest.plan(app).get(stored["area"], {}))
        mark = (stored.get("item_results") or {}).get(str(row["index"]), {})
        base = {k: v for k, v in row.items() if k not in ("status", "error_type",
                                                           "revenue_impact_usd", "note")}
        return {**base, **mark}

    def _on_action_edited(self, row: dict[str, Any], key: str, value: Any) -> dict[str, Any] | None:
        app = self.context.app
        if app is None:
            return None
        row[key] = value
        saved = call_service(self.context, lambda: selftest.save_action(app, row, row["id"]),
                             self.error)
        return {**(app.file.record("action", saved) or {}), "id": saved} if saved else None

    def _on_disclosure_edited(self, row: dict[str, Any], key: str,
                              value: Any) -> dict[str, Any] | None:
        app = self.context.app
        if app is None:
            return None
        row[key] = value
        saved = call_service(self.context, lambda: selftest.save_disclosure(app, row, row["id"]),
                             self.error)
        return {**(app.file.record("disclosure", saved) or {}), "id": saved} if saved else None

    # -- slots ---------------------------------------------------------------------------------
    def _on_choice_changed(self, *_args: object) -> None:
        if not self._filling:
            self._show_choice()

    def _on_import_clicked(self) -> None:
        dialog = PopulationImportDialog(self.context, self.cycle.currentText().strip(), self)
        dialog.imported.connect(self._on_population_imported)
        dialog.open()
        self.import_dialog = dialog

    def _on_population_imported(self, population_id: int) -> None:
        self.refresh()
        self.population.setCurrentIndex(max(self.population.findData(population_id), 0))

    def _on_draw_clicked(self) -> None:
        app, population_id = self.context.app, self.population.currentData()
        if app is None:
            return
        if population_id is None:
            show_error(self.error, self.tr("Import the period's entry lines first."))
            return
        seed_text = self.seed.text().strip()
        if not seed_text.isdigit():
            show_error(self.error, self.tr("The seed must be a whole number."))
            return
        cycle, area = self.cycle.currentText().strip(), self.area.currentData()
        key = call_service(self.context, lambda: selftest.draw_and_record_sample(
            app, int(population_id), self.sample_size.value(), int(seed_text),
            self.stratify.isChecked(), cycle=cycle, area=area), self.error)
        if key is not None:
            self.seed.setText(str(secrets.randbits(32)))  # the next draw gets a fresh seed
            self.refresh()

    def _on_redraw_clicked(self) -> None:
        app, sample_id = self.context.app, self.sample_id
        if app is None or sample_id is None:
            return
        draw = call_service(self.context, lambda: selftest.redraw_sample(app, sample_id),
                            self.error)
        if draw is not None:
            self.sample_info.setText(self.sample_info.text() + "\n" + self.tr(
                "Checked: drawing again with the same seed gives the same %1 lines.")
                .replace("%1", str(len(draw.indices))))

    def _on_add_action_clicked(self) -> None:
        values = ask(self, self.tr("Corrective action"), [
            ("owner", self.tr("Owner")), ("action", self.tr("Action")),
            ("due", self.tr("Due (YYYY-MM-DD)"))])
        app = self.context.app
        if values is None or app is None:
            return
        values.update(area=self.area.currentData(), cycle=self.cycle.currentText().strip())
        if call_service(self.context, lambda: selftest.save_action(app, values), self.error):
            self._show_follow_up()

    def _on_add_disclosure_clicked(self) -> None:
        values = ask(self, self.tr("Disclosure"), [
            ("filed_on", self.tr("Filed on (YYYY-MM-DD)")),
            ("description", self.tr("What was corrected")),
            ("additional_duty_usd", self.tr("Additional duty (USD)"))])
        app = self.context.app
        if values is None or app is None:
            return
        if call_service(self.context, lambda: selftest.save_disclosure(app, values), self.error):
            self._show_follow_up()


def ask(parent: QWidget, title: str, fields: list[tuple[str, str]]) -> dict[str, Any] | None:
    """A small modal form of text fields; the values typed, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("results.ask")
    form = QFormLayout(dialog)
    edits: dict[str, QLineEdit] = {}
    for key, label in fields:
        edit = QLineEdit(dialog)
        edit.setObjectName(f"ask.{key}")
        edit.setAccessibleName(label)
        edit.setMinimumWidth(360)
        form.addRow(label, edit)
        edits[key] = edit
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {key: edit.text() for key, edit in edits.items()}


def _shrinkable(combo: QComboBox) -> None:
    """A combo box sized by a short minimum, not its longest entry, so the page fits a
    1024-pixel window in French too (the popup still shows entries in full)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
