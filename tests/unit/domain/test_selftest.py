"""Self-testing plan rules and cycle results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from isa_desktop.domain.selftest import (
    CorrectiveAction,
    CycleResult,
    Disclosure,
    PlanArea,
    SelfTestError,
    TestError,
    cycle_end,
    plan_area_issues,
    retention_until,
    same_person,
    summarise_cycles,
    validate_plan_area,
)

PLAN = PlanArea(
    area="classification",
    what_tested="HTS numbers on entry lines against the classification database",
    population="Entry lines filed in the quarter",
    method="attribute",
    frequency="quarterly",
    reviewer="Dana Whitfield",
    tested_person="Marco Reyes",
    timing="Within 30 days after quarter end",
    error_threshold_pct=5,
    escalation="Expand the sample and open a corrective action",
    reporting_line="Compliance committee",
)


def test_a_good_plan_area_has_no_issues() -> None:
    assert validate_plan_area(PLAN) == []


@pytest.mark.parametrize("tested", ["Dana Whitfield", "dana whitfield", "  DANA  WHITFIELD ",
                                    "Dana\tWhitfield", "Dana Whit-field"])  # fmt: skip
def test_reviewer_must_not_review_own_work(tested: str) -> None:
    messages = validate_plan_area(replace(PLAN, tested_person=tested))
    assert len(messages) == 1 and "own work" in messages[0]


def test_different_people_are_independent() -> None:
    assert not same_person("Dana Whitfield", "Dan Whitfield")
    assert not same_person("", "")  # nobody named is not "the same person"


@pytest.mark.parametrize("threshold", [-1, 100.5])
def test_threshold_must_be_a_percentage(threshold: float) -> None:
    assert validate_plan_area(replace(PLAN, error_threshold_pct=threshold)) == [
        "The error threshold for classification must be between 0 and 100 %."
    ]


@pytest.mark.parametrize("threshold", [0, 100])
def test_threshold_edges_are_fine(threshold: float) -> None:
    assert validate_plan_area(replace(PLAN, error_threshold_pct=threshold)) == []


def test_retention_rules() -> None:
    assert plan_area_issues(replace(PLAN, retention_years=2))[0][0] == "error"
    assert plan_area_issues(replace(PLAN, retention_years=3))[0][0] == "warning"
    assert plan_area_issues(replace(PLAN, retention_years=4))[0][0] == "warning"
    assert plan_area_issues(replace(PLAN, retention_years=5)) == []


def test_missing_pieces_are_reported() -> None:
    bare = replace(PLAN, what_tested="", reviewer="", reporting_line=" ", escalation="",
                   method="random", frequency="sometimes")  # fmt: skip
    severities = [severity for severity, _ in plan_area_issues(bare)]
    assert severities.count("error") == 5 and severities.count("warning") == 1


def _result(**changes: object) -> CycleResult:
    base = CycleResult(
        "2026-Q1",
        "classification",
        items_tested=60,
        errors=[
            TestError("CR7-1000001-1/1", "classification", Decimal("120.50")),
            TestError("CR7-1000001-1/1", "value", -20),
            TestError("CR7-1000007-3/2", "origin", "0"),
        ],
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_error_rate_counts_items_not_errors() -> None:
    result = _result()
    assert result.items_in_error == 2
    assert result.error_rate == pytest.approx(2 / 60)
    assert result.net_revenue_impact_usd == Decimal("100.50")
    assert result.exceeds_threshold(3) is True
    assert result.exceeds_threshold(5) is False
    assert _result(items_tested=0, errors=[]).error_rate == 0.0


def test_results_must_be_consistent() -> None:
    with pytest.raises(SelfTestError, match="only 1 were tested"):
        _result(items_tested=1)
    with pytest.raises(SelfTestError, match="not an error type"):
        TestError("x", "spelling")
    with pytest.raises(SelfTestError, match="not a cycle"):
        _result(cycle_id="Q1 2026")


@pytest.mark.parametrize(
    ("cycle", "end"),
    [("2026-Q1", date(2026, 3, 31)), ("2026-Q4", date(2026, 12, 31)),
     ("2028-H1", date(2028, 6, 30)), ("2028-02", date(2028, 2, 29)),
     ("2026-M11", date(2026, 11, 30)), ("2026", date(2026, 12, 31))],
)  # fmt: skip
def test_cycle_end(cycle: str, end: date) -> None:
    assert cycle_end(cycle) == end


def test_retention_until() -> None:
    assert retention_until(date(2026, 3, 31), 5) == date(2031, 3, 31)
    assert retention_until(date(2028, 2, 29), 5) == date(2033, 2, 28)
    assert retention_until(date(2026, 12, 31)) == date(2031, 12, 31)


def test_corrective_action_state() -> None:
    action = CorrectiveAction("Marco Reyes", "Retrain on GRI 3(b)", due=date(2026, 5, 15))
    assert action.is_open() and not action.is_overdue(date(2026, 5, 15))
    assert action.is_overdue(date(2026, 5, 16))
    done = replace(action, verified_on=date(2026, 5, 20))
    assert not done.is_open() and not done.is_overdue(date(2027, 1, 1))


def test_summary_for_the_annual_letter() -> None:
    q1 = _result(
        corrective_actions=[CorrectiveAction("M. Reyes", "Retrain", date(2026, 5, 1))],
        disclosures=[Disclosure("psc", "CR7-1000001-1", date(2026, 4, 20))],
    )
    q2 = CycleResult("2026-Q2", "classification", 40, [TestError("A", "classification", 30)])
    valuation = CycleResult("2026-Q2", "valuation", 25)
    summary = summarise_cycles([q1, q2, valuation])
    classification = summary["by_area"]["classification"]
    assert classification["cycles"] == ["2026-Q1", "2026-Q2"]
    assert classification["items_tested"] == 100
    assert classification["items_in_error"] == 3
    assert classification["errors"] == 4
    assert classification["error_rate"] == pytest.approx(0.03)
    assert classification["errors_by_type"] == {"classification": 2, "value": 1, "origin": 1}
    assert classification["net_revenue_impact_usd"] == Decimal("130.50")
    assert classification["open_corrective_actions"] == 1
    assert classification["disclosures"] == 1
    assert summary["by_area"]["valuation"]["error_rate"] == 0.0
    assert summary["total"]["items_tested"] == 125
    assert summary["total"]["error_rate"] == pytest.approx(3 / 125)
    assert list(summary["by_area"]) == ["classification", "valuation"]
