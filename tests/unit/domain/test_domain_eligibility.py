"""Eligibility scenarios: each missing condition gives its blocker; the FA route window."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from isa_desktop.domain.eligibility import REQUIRED, evaluate_eligibility

TODAY = date(2025, 6, 1)


def good() -> dict[str, Any]:
    """Cascade Ridge's eligibility answers: certified, U.S., importing since 2016."""
    return {
        "eligibility.ctpat_status": "certified",
        "eligibility.ctpat_tier": "tier_2",
        "eligibility.ctpat_certified_on": "2021-09-14",
        "eligibility.residency": "us",
        "eligibility.first_import_date": "2016-05-01",
        "eligibility.controls_documented": "yes",
        "eligibility.controls_in_use": "yes",
        "eligibility.self_testing_plan_ready": "yes",
        "eligibility.open_investigations": "no",
        "eligibility.debts_owed": "no",
        "eligibility.focused_assessment": "no",
    }


def blocker_codes(answers: dict[str, Any], program: str = "isa") -> list[str]:
    return [f.code for f in evaluate_eligibility(answers, TODAY, program).blockers]


def test_all_good_is_eligible() -> None:
    report = evaluate_eligibility(good(), TODAY)
    assert (report.eligible, report.route, report.blockers, report.warnings) == (
        True,
        "standard",
        [],
        [],
    )
    assert report.summary == "Eligible on the answers given."


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"eligibility.ctpat_status": "not_member"}, "not_ctpat_certified"),
        ({"eligibility.ctpat_status": "applied"}, "not_ctpat_certified"),
        ({"eligibility.residency": "other"}, "residency"),
        ({"eligibility.first_import_date": "2023-12-01"}, "history_too_short"),  # 18 months
        ({"eligibility.first_import_date": None}, "history_unknown"),
        ({"eligibility.first_import_date": "last spring"}, "history_unknown"),
        ({"eligibility.controls_documented": "no"}, "controls_not_documented"),
        ({"eligibility.controls_in_use": "no"}, "controls_not_in_use"),
        ({"eligibility.self_testing_plan_ready": "no"}, "no_self_testing_plan"),
    ],
)
def test_each_blocker(change: dict[str, Any], code: str) -> None:
    report = evaluate_eligibility({**good(), **change}, TODAY)
    assert [f.code for f in report.blockers] == [code]
    blocker = report.blockers[0]
    assert blocker.severity == "blocker" and blocker.hint and blocker.question
    assert not report.eligible and report.route == "standard"
    assert report.summary.startswith("Not eligible yet: 1 point")


def test_applied_hint_says_finish_certification() -> None:
    report = evaluate_eligibility({**good(), "eligibility.ctpat_status": "applied"}, TODAY)
    assert "Finish C-TPAT certification" in (report.blockers[0].hint or "")


def test_eighteen_months_names_the_date() -> None:
    report = evaluate_eligibility({**good(), "eligibility.first_import_date": "2023-12-01"}, TODAY)
    assert "2025-12-01" in report.blockers[0].message


def test_exactly_two_years_is_enough() -> None:
    assert blocker_codes({**good(), "eligibility.first_import_date": "2023-06-01"}) == []
    assert blocker_codes({**good(), "eligibility.first_import_date": "2023-06-02"}) == [
        "history_too_short"
    ]


def test_debts_warn_for_isa_and_block_ctpat_tc() -> None:
    answers = {**good(), "eligibility.debts_owed": "yes"}
    isa = evaluate_eligibility(answers, TODAY, "isa")
    assert isa.eligible and [f.code for f in isa.warnings] == ["debts_owed"]
    assert isa.warnings[0].severity == "warning"
    tc = evaluate_eligibility(answers, TODAY, "ctpat_tc")
    assert not tc.eligible and [f.code for f in tc.blockers] == ["debts_owed"]
    assert tc.blockers[0].severity == "blocker" and tc.warnings == []


def test_ctpat_tc_needs_tier_two() -> None:
    answers = {**good(), "eligibility.ctpat_tier": "tier_1"}
    assert blocker_codes(answers, "isa") == []
    assert blocker_codes(answers, "ctpat_tc") == ["ctpat_tier_too_low"]


def test_open_investigations_warn() -> None:
    report = evaluate_eligibility({**good(), "eligibility.open_investigations": "yes"}, TODAY)
    assert report.eligible and [f.code for f in report.warnings] == ["open_investigations"]
    assert report.summary == "Eligible on the answers given. Look at 1 warning before you apply."


def test_missing_answers_are_named() -> None:
    report = evaluate_eligibility({}, TODAY)
    assert [f.code for f in report.blockers] == ["eligibility_incomplete", "history_unknown"]
    incomplete = report.blockers[0]
    assert incomplete.question == "eligibility.ctpat_status"
    for words in REQUIRED.values():
        assert words in incomplete.message
    partial = evaluate_eligibility({**good(), "eligibility.debts_owed": ""}, TODAY)
    assert [f.code for f in partial.blockers] == ["eligibility_incomplete"]
    assert partial.blockers[0].message.endswith("money owed to CBP.")


def test_unknown_program_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown program"):
        evaluate_eligibility(good(), TODAY, "c_tpat")


def fa(report_date: str, risk: str = "yes") -> dict[str, Any]:
    return {
        **good(),
        "eligibility.focused_assessment": "yes",
        "eligibility.fa_acceptable_risk": risk,
        "eligibility.fa_report_date": report_date,
    }


@pytest.mark.parametrize(
    ("report_date", "today", "route"),
    [
        ("2024-06-01", date(2025, 6, 1), "focused_assessment"),  # exactly 12 months: still open
        ("2024-06-01", date(2025, 6, 2), "standard"),  # one day late
        ("2025-05-31", date(2025, 6, 1), "focused_assessment"),
        ("2024-02-29", date(2025, 2, 28), "focused_assessment"),  # month end clamps
        ("2024-02-29", date(2025, 3, 1), "standard"),
    ],
)
def test_fa_window_boundary(report_date: str, today: date, route: str) -> None:
    report = evaluate_eligibility(fa(report_date), today)
    assert report.eligible and report.route == route
    if route == "focused_assessment":
        assert report.warnings == []
        assert "without the usual review meeting" in report.summary
    else:
        assert [f.code for f in report.warnings] == ["fa_window_passed"]
        assert "standard application is still open" in report.warnings[0].message


def test_fa_route_not_offered_with_blockers() -> None:
    answers = {**fa("2025-01-10"), "eligibility.residency": "other"}
    report = evaluate_eligibility(answers, TODAY)
    assert report.route == "standard" and not report.eligible


def test_fa_risk_not_acceptable() -> None:
    report = evaluate_eligibility(fa("2025-01-10", risk="no"), TODAY)
    assert report.route == "standard" and report.eligible
    assert [f.code for f in report.warnings] == ["fa_risk_not_acceptable"]


def test_fa_report_date_problems() -> None:
    missing = evaluate_eligibility({**fa("2025-01-10"), "eligibility.fa_report_date": None}, TODAY)
    assert [f.code for f in missing.warnings] == ["fa_report_date_missing"]
    future = evaluate_eligibility(fa("2025-09-01"), TODAY)
    assert [f.code for f in future.warnings] == ["fa_report_date_future"]
    assert missing.route == future.route == "standard"
