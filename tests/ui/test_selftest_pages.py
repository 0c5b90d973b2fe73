"""The self-testing pages: typing stores, refusals show inline, the import dialog, the models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from isa_desktop.services import selftest as st
from isa_desktop.services.application import Application
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.models import selftest_models as sm


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    """An open, empty ISA application."""
    path = tmp_path / "plan.isa"
    Application.create(path, "isa").close()
    ctx = AppContext()
    ctx.open(path)
    yield ctx
    ctx.close()


def _plan_page(qtbot, context: AppContext):
    from isa_desktop.ui.screens.plan_page import PlanPage

    page = PlanPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_typing_into_the_plan_editor_stores_it(qtbot, context: AppContext) -> None:
    page = _plan_page(qtbot, context)
    assert page.values()["area"] == "classification"
    what = page.findChild(QPlainTextEdit, "plan.what_tested")
    what.setFocus()
    qtbot.keyClicks(what, "HTS numbers against the product master")
    reviewer = page.findChild(QLineEdit, "plan.reviewer")
    qtbot.keyClicks(reviewer, "Internal Audit Analyst")

    def stored() -> dict:
        return context.app.file.record("plan", "classification") or {}

    qtbot.waitUntil(lambda: stored().get("reviewer") == "Internal Audit Analyst")
    assert stored()["what_tested"] == "HTS numbers against the product master"
    assert stored()["retention_years"] == 5


def test_reviewer_of_own_work_is_refused_inline(qtbot, context: AppContext) -> None:
    page = _plan_page(qtbot, context)
    qtbot.keyClicks(page.findChild(QLineEdit, "plan.tested_person"), "Miguel Ortega")
    qtbot.keyClicks(page.findChild(QLineEdit, "plan.reviewer"), "miguel ortega")
    qtbot.waitUntil(lambda: page.reviewer_error.isVisible())
    assert "own work" in page.reviewer_error.text()
    stored = context.app.file.record("plan", "classification") or {}
    assert stored.get("reviewer") != "miguel ortega"
    reviewer = page.findChild(QLineEdit, "plan.reviewer")
    reviewer.clear()
    qtbot.keyClicks(reviewer, "Internal Audit Analyst")
    qtbot.waitUntil(lambda: not page.reviewer_error.isVisible())
    assert context.app.file.record("plan", "classification")["reviewer"] == \
        "Internal Audit Analyst"


def test_sample_size_follows_the_sampling_inputs(qtbot, context: AppContext) -> None:
    page = _plan_page(qtbot, context)
    page.fields["method"].setCurrentIndex(page.fields["method"].findData("attribute"))
    page.fields["confidence"].setEditText("95%")
    page.fields["expected"].setEditText("1%")
    page.fields["tolerable"].setEditText("5%")
    assert "Test 93 lines" in page.sample_label.text()  # AICPA table, large population
    page.fields["tolerable"].setEditText("10%")
    assert "Test 46 lines" in page.sample_label.text()
    page.fields["population_size"].setValue(200)  # a small population needs fewer
    assert "Test 42 lines" in page.sample_label.text()
    page.fields["tolerable"].setEditText("5%")
    assert "Test 78 lines" in page.sample_label.text()
    page.fields["expected"].setEditText("6%")
    assert "lower than the tolerable" in page.sample_label.text()


def test_import_dialog_maps_headers_and_reports_bad_rows(qtbot, context: AppContext,
                                                         tmp_path: Path) -> None:
    from isa_desktop.ui.screens.population_import import PopulationImportDialog

    context.app.file.put_record("csv_mapping", "default", {"entry_number": "Entry",
                                                           "duty": "Duty paid"})
    csv = tmp_path / "q3.csv"
    csv.write_bytes(("Entry;Line;Duty paid;Supplier\n"
                     "P7G-1;1;12,50;Réchauds Laurentides\nP7G-1;x;3,00;A\n"
                     "P7G-2;1;4,00;B\nP7G-3;1;5,00;C\nP7G-4;1;6,00;D\nP7G-5;1;6,00;D\n")
                    .encode("cp1252"))
    dialog = PopulationImportDialog(context, "2026-Q3")
    qtbot.addWidget(dialog)
    assert dialog.load_file(csv)
    assert "cp1252" in dialog.detected.text() and "semicolon" in dialog.detected.text()
    assert dialog.mapping() == {"entry_number": "Entry", "line_number": "Line",
                                "duty": "Duty paid"}
    assert dialog.preview.item(0, 3).text() == "Réchauds Laurentides"
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [dialog.bad_rows.item(i).text() for i in range(dialog.bad_rows.count())] == \
        ["Line 3: line number: 'x' is not a whole number"]
    assert "5 entry lines imported" in dialog.summary.text()
    assert st.populations(context.app)[0]["row_count"] == 5


def test_import_dialog_refuses_a_fatal_file_and_stores_nothing(qtbot, context: AppContext,
                                                              tmp_path: Path) -> None:
    from isa_desktop.ui.screens.population_import import PopulationImportDialog

    csv = tmp_path / "bad.csv"
    csv.write_text("Entry,Value\nA,1\nB,x\nC,y\nD,z\n", encoding="utf-8")
    dialog = PopulationImportDialog(context, "2026-Q3")
    qtbot.addWidget(dialog)
    assert dialog.load_file(csv)
    dialog.combos["entered_value"].setCurrentIndex(dialog.combos["entered_value"]
                                                   .findData("Value"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5000)
    assert "Nothing was imported" in dialog.error.text()
    assert st.populations(context.app) == []


def test_risk_override_waits_for_its_reason(qtbot, context: AppContext) -> None:
    from isa_desktop.ui.screens.risk_page import RiskPage

    page = RiskPage(context)
    qtbot.addWidget(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r)["area"] == "ipr")
    assert page.model.setData(page.model.index(row, 7), "high")
    assert page.error.isVisibleTo(page) and "reason" in page.error.text()
    assert context.app.file.record("risk", "ipr") is None
    assert page.model.setData(page.model.index(row, 8), "New licensed brand")
    stored = context.app.file.record("risk", "ipr")
    assert (stored["rating"], stored["override_reason"]) == ("high", "New licensed brand")
    assert page.model.setData(page.model.index(row, 1), 5)
    assert context.app.file.record("risk", "ipr")["likelihood"] == 5


def test_results_page_marks_sampled_items(qtbot, context: AppContext) -> None:
    from isa_desktop.ui.screens.results_page import ResultsPage

    app = context.app
    data = "Entry No;Line\n" + "".join(f"P7G-{i};1\n" for i in range(30))
    population_id, _ = st.import_population(app, data.encode(), {"entry_number": "Entry No",
                                                                 "line_number": "Line"}, "Q3")
    st.draw_and_record_sample(app, population_id, 5, seed=9, cycle="2026-Q3",
                              area="classification")
    page = ResultsPage(context)
    qtbot.addWidget(page)
    page.cycle.setCurrentText("2026-Q3")
    assert page.items_model.rowCount() == 5
    model = page.items_model
    assert model.setData(model.index(0, 6), "error")  # the area's usual type is filled in
    assert model.setData(model.index(1, 6), "pass")
    record = app.file.record("cycle", "2026-Q3/classification")
    assert (record["items_tested"], record["errors"][0]["error_type"]) == (2, "classification")
    assert "50.0 %" in page.verdict.text()
    assert "2031-09-30" in page.retention.text()


@pytest.mark.parametrize("columns", [sm.risk_columns, sm.sample_columns, sm.cycle_columns,
                                     sm.action_columns, sm.disclosure_columns])
def test_models_pass_the_model_tester(qtmodeltester, columns) -> None:
    model = sm.RecordsModel(columns(), lambda row, key, value: {**row, key: value})
    keys = [c.key for c in model.columns]
    model.set_rows([{k: f"{k}-{n}" for k in keys} | {"rating": "high", "error_rate": 0.1}
                    for n in range(3)])
    qtmodeltester.check(model)
    editable = [i for i, c in enumerate(model.columns) if c.editable]
    for column in editable[:1]:
        assert model.setData(model.index(0, column), "changed")
        assert model.index(0, column).data(Qt.ItemDataRole.EditRole) == "changed"
    for column in range(model.columnCount()):
        flags = model.flags(model.index(0, column))
        assert bool(flags & Qt.ItemFlag.ItemIsEditable) == (column in editable)
