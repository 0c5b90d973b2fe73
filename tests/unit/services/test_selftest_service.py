"""Self-testing use cases: risk, plan, population import, sample draws, results, demo data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from isa_desktop import paths
from isa_desktop.services import selftest as st
from isa_desktop.services.application import Application
from isa_desktop.services.demo import build_demo

HEADER = "Entry No;Line;Entry Date;HTS;Origin;Value;Duty;Area\n"


def _csv(rows: int = 60, extra: str = "") -> bytes:
    body = "".join(
        f"P7G-{i:07d}-1;{i % 3 + 1};07/{i % 28 + 1:02d}/2026;6306.22.9010;vn;1.234,50;12,00;"
        f"{'classification' if i % 3 else 'valuation'}\n" for i in range(rows))
    return (HEADER + body + extra).encode("cp1252")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Application]:
    application = Application.create(tmp_path / "t.isa", "isa")
    yield application
    application.close()


def _plan(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "area": "classification", "what_tested": "HTS numbers", "population": "Entry lines",
        "method": "attribute", "frequency": "quarterly", "reviewer": "Internal Audit Analyst",
        "tested_person": "Senior Analyst", "timing": "30 days after quarter end",
        "error_threshold_pct": "5", "escalation": "Double the sample",
        "reporting_line": "CFO", "confidence": "95%", "tolerable": "5%", "expected": "1%"}
    data.update(changes)
    return data


# -- risk ---------------------------------------------------------------------------------------


def test_risk_matrix_lists_every_area_with_defaults_until_rated(app: Application) -> None:
    rows = st.risk_matrix(app)
    assert len(rows) == 14 and not any(r["stored"] for r in rows)
    valuation = next(r for r in rows if r["area"] == "valuation")
    assert (valuation["score"], valuation["rating"]) == (15, "high")
    st.save_risk_entry(app, "quantity", 5, 4)
    quantity = next(r for r in st.risk_matrix(app) if r["area"] == "quantity")
    assert quantity["stored"] and quantity["score"] == 20 and quantity["rating"] == "high"
    assert (quantity["suggested_frequency"], quantity["suggested_method"]) == ("quarterly",
                                                                               "attribute")


def test_risk_override_needs_a_reason_and_wins(app: Application) -> None:
    with pytest.raises(st.SelfTestUserError, match="reason"):
        st.save_risk_entry(app, "ipr", 1, 2, "high", "  ")
    record = st.save_risk_entry(app, "ipr", 1, 2, "high", "New licensed brand")
    assert (record["computed_rating"], record["rating"]) == ("low", "high")
    assert app.file.record("risk", "ipr")["override_reason"] == "New licensed brand"
    with pytest.raises(st.SelfTestUserError, match="trade areas"):
        st.save_risk_entry(app, "no_such_area", 1, 1)
    with pytest.raises(st.SelfTestUserError, match="1 to 5"):
        st.save_risk_entry(app, "ipr", 6, 1)


# -- plan ---------------------------------------------------------------------------------------


def test_plan_area_is_stored_with_its_sample_size(app: Application) -> None:
    issues = st.save_plan_area(app, _plan())
    assert issues == []
    stored = st.plan(app)["classification"]
    assert stored["reviewer"] == "Internal Audit Analyst"
    assert (stored["sample_size"], stored["allowed_deviations"]) == (93, 1)  # AICPA table A-1
    assert stored["retention_years"] == 5


def test_reviewer_cannot_review_own_work(app: Application) -> None:
    with pytest.raises(st.SelfTestUserError, match="own work"):
        st.save_plan_area(app, _plan(reviewer="Miguel Ortega", tested_person="miguel  ortega."))
    assert st.plan(app) == {}


def test_incomplete_plan_is_stored_and_problems_listed(app: Application) -> None:
    issues = st.save_plan_area(app, _plan(reporting_line="", retention_years=4,
                                          expected="6%"))
    messages = " ".join(m for _s, m in issues)
    assert "reporting line for Classification" in messages
    assert ("warning", "4 years may be too short; customs records are generally kept 5.") \
        in issues
    assert "lower than the tolerable" in messages
    assert st.plan(app)["classification"]["sample_size"] is None


def test_plan_suggested_from_rated_areas(app: Application) -> None:
    st.save_risk_entry(app, "valuation", 4, 5)
    st.save_risk_entry(app, "quantity", 1, 2)
    drafts = st.suggest_plan_from_risk(app, store=True)
    assert len(drafts) == 14
    assert (drafts["valuation"]["method"], drafts["valuation"]["sample_size"]) == ("attribute", 93)
    assert drafts["quantity"]["method"] == "judgmental"
    assert drafts["reconciliation_drawback_ftz"]["frequency"] == "annual"  # default 2 x 3
    assert len(st.plan(app)) == 14
    assert st.suggest_plan_from_risk(app) == {}  # existing plan areas are left alone


# -- population and samples ---------------------------------------------------------------------


def test_import_remembers_mapping_and_reports_bad_rows(app: Application) -> None:
    data = _csv(extra="P7G-9999999-1;x;07/01/2026;1;VN;1;1;classification\n")
    found = st.preview_csv(data)
    assert (found.encoding, found.delimiter) == ("utf-8", ";")
    mapping = st.suggest_mapping(found.headers, st.remembered_mapping(app))
    assert mapping["entry_number"] == "Entry No" and mapping["trade_area"] == "Area"
    population_id, result = st.import_population(app, data, mapping, "Q3 lines", "2026-Q3")
    assert len(result.rows) == 60
    assert [(b.line_no, "line number" in b.reason) for b in result.bad_rows] == [(62, True)]
    assert st.remembered_mapping(app)["entry_number"] == "Entry No"
    assert st.populations(app)[0]["row_count"] == 60
    _info, again = st.population(app, population_id)
    assert again.sha256 == result.sha256  # the stored rows hash as imported


def test_fatal_import_stores_nothing(app: Application) -> None:
    with pytest.raises(st.SelfTestUserError, match="no column named"):
        st.import_population(app, _csv(), {"entry_number": "Entry Number"}, "x", "2026-Q3")
    assert st.populations(app) == [] and st.remembered_mapping(app) == {}


def test_sample_is_recorded_and_redraws_identically(app: Application) -> None:
    population_id, _ = st.import_population(app, _csv(), {"entry_number": "Entry No",
                                                          "trade_area": "Area"}, "Q3", "2026-Q3")
    key = st.draw_and_record_sample(app, population_id, 12, seed=42, stratify=True,
                                    cycle="2026-Q3", area="classification")
    record = app.file.record("sample", key)
    assert key == "2026-Q3/classification/1"
    assert record["seed"] == 42 and len(record["indices"]) == 12
    assert record["strata"] == {"classification": 8, "valuation": 4}
    assert st.redraw_sample(app, key).indices == record["indices"]
    second = st.draw_and_record_sample(app, population_id, 12, seed=42, cycle="2026-Q3",
                                       area="classification")
    assert second.endswith("/2")


def test_redraw_refuses_a_changed_population(app: Application) -> None:
    population_id, _ = st.import_population(app, _csv(), {"entry_number": "Entry No"}, "Q3")
    key = st.draw_and_record_sample(app, population_id, 5, seed=1, cycle="2026-Q3",
                                    area="classification")
    with app.file.transaction() as connection:
        connection.execute("UPDATE population_rows SET data = json_set(data, '$.entry_number',"
                           " 'TAMPERED') WHERE population_id = ? AND row_no = 0",
                           (population_id,))
    with pytest.raises(st.SelfTestUserError, match="fingerprint"):
        st.redraw_sample(app, key)


def test_bad_draw_requests_are_refused(app: Application) -> None:
    population_id, _ = st.import_population(app, _csv(10), {"entry_number": "Entry No"}, "Q")
    with pytest.raises(st.SelfTestUserError, match="holds 10"):
        st.draw_and_record_sample(app, population_id, 11, cycle="2026-Q3", area="quantity")
    with pytest.raises(st.SelfTestUserError, match="trade area column"):
        st.draw_and_record_sample(app, population_id, 2, stratify=True, cycle="2026-Q3",
                                  area="quantity")
    with pytest.raises(st.SelfTestUserError, match="not a cycle"):
        st.draw_and_record_sample(app, population_id, 2, cycle="Q3 2026", area="quantity")


# -- results ------------------------------------------------------------------------------------


def test_marking_sample_items_updates_the_cycle(app: Application) -> None:
    st.save_plan_area(app, _plan(error_threshold_pct=10, retention_years=6))
    population_id, _ = st.import_population(app, _csv(), {"entry_number": "Entry No",
                                                          "line_number": "Line"}, "Q3")
    key = st.draw_and_record_sample(app, population_id, 4, seed=3, cycle="2026-Q3",
                                    area="classification")
    items = st.sample_rows(app, key)
    assert items[0]["item"] == f"{items[0]['entry_number']} / {items[0]['line_number']}"
    st.mark_sample_item(app, key, items[0]["index"], "error", "classification", "$1,250.50")
    for item in items[1:]:
        record = st.mark_sample_item(app, key, item["index"], "pass")
    assert (record["items_tested"], record["error_rate"]) == (4, 0.25)
    assert record["revenue_impact_usd"] == 1250.5 and record["exceeds_threshold"] is True
    assert record["retention_until"] == "2032-09-30"  # six years after the quarter ends
    record = st.mark_sample_item(app, key, items[0]["index"], None)
    assert (record["items_tested"], record["errors"]) == (3, [])
    with pytest.raises(st.SelfTestUserError, match="type of error"):
        st.mark_sample_item(app, key, items[1]["index"], "error")


def test_manual_results_actions_disclosures_and_summary(app: Application) -> None:
    errors = [{"item": "A / 1", "error_type": "value", "revenue_impact_usd": 400},
              {"item": "B / 2", "error_type": "classification", "revenue_impact_usd": -100}]
    record = st.record_cycle_result(app, "2026-Q2", "valuation", 50, errors)
    assert (record["error_rate"], record["exceeds_threshold"]) == (0.04, False)
    with pytest.raises(st.SelfTestUserError, match="only 1 were tested"):
        st.record_cycle_result(app, "2026-Q2", "valuation", 1, errors)
    action = st.save_action(app, {"owner": "AP lead", "action": "Flag tooling invoices",
                                  "due": "2026-08-31", "area": "valuation", "cycle": "2026-Q2"})
    assert action == "CA-001"
    with pytest.raises(st.SelfTestUserError, match="not a date"):
        st.save_action(app, {"owner": "x", "action": "y", "due": "31/08/2026"})
    st.save_disclosure(app, {"filed_on": "2026-05-02", "description": "Missed assist",
                             "additional_duty_usd": "1,200.00"})
    summary = st.cycle_summary(app, 2026)
    assert summary["total"]["items_tested"] == 50
    assert summary["total"]["net_revenue_impact_usd"] == 300.0
    assert summary["by_area"]["valuation"]["open_corrective_actions"] == 1
    assert summary["total"]["disclosures"] == 1
    assert st.cycle_summary(app, 2025)["total"]["items_tested"] == 0
    assert st.cycles(app) == ["2026-Q2"]
    json.dumps(summary)  # plain data the ANL builder can use as is


def test_demo_records_match_the_sample_importer(tmp_path: Path) -> None:
    demo = build_demo(tmp_path / "demo.isa")
    with Application.open(demo) as app:
        assert len(st.risk_matrix(app)) == 14 and all(r["stored"] for r in st.risk_matrix(app))
        assert len(st.plan(app)) == 9
        total = st.cycle_summary(app)["total"]
        assert (total["items_tested"], total["errors"]) == (410, 9)
        assert total["net_revenue_impact_usd"] == 1180.0
        assert round(100 * (1 - total["error_rate"]), 1) == 97.8
        for record in st.plan(app).values():
            assert not [m for s, m in st.check_plan_area(app, record) if s == "error"]


def test_demo_entries_file_imports_with_two_bad_rows(app: Application) -> None:
    data = (paths.resources_dir() / "demo" / "entries_2026Q3.csv").read_bytes()
    found = st.preview_csv(data)
    assert (found.encoding, found.delimiter) == ("cp1252", ";")
    mapping = st.suggest_mapping(found.headers, {})
    _pid, result = st.import_population(app, data, mapping, "Q3", "2026-Q3")
    assert len(result.rows) == 292
    assert [b.line_no for b in result.bad_rows] == [38, 202]
    assert any("Hòa Bình" in line for line in data.decode("cp1252").splitlines())
