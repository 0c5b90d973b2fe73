"""Cross-field rules over the answers dict."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from isa_desktop.domain.crossfield import cross_field_findings, reviewer_is_independent

TODAY = date(2025, 6, 1)


def cascade_ridge() -> dict[str, Any]:
    """Answers shaped like the Cascade Ridge Outfitters fixture: no findings expected."""
    return {
        "eligibility.first_import_date": "2016-05-01",
        "company.officer_name": "Dana Whitfield",
        "company.ior_numbers": [
            {"number": "84-3927715-00", "entity": "Cascade Ridge Outfitters, Inc."},
            {"number": "84-3927715-01", "entity": "Cascade Ridge Outfitters - Canada Div."},
        ],
        "company.brokers": [
            {"name": "Puget Gateway Customs Brokerage LLC", "filer_code": "P7G", "share_pct": 85},
            {"name": "Northline Border Services Ltd.", "filer_code": "N42", "share_pct": 15.0},
        ],
    }


def codes(answers: dict[str, Any], today: date = TODAY) -> list[tuple[str, str | None]]:
    return [(f.code, f.question) for f in cross_field_findings(answers, today)]


def test_fixture_is_clean() -> None:
    assert codes(cascade_ridge()) == []


def test_history_boundary() -> None:
    answers = {"eligibility.first_import_date": "2023-06-01"}
    assert codes(answers, date(2025, 6, 1)) == []
    assert codes(answers, date(2025, 5, 31)) == [
        ("history_too_short", "eligibility.first_import_date")
    ]
    finding = cross_field_findings(answers, date(2025, 5, 31))[0]
    assert "2025-06-01" in finding.message and finding.severity == "error"


def test_missing_or_bad_history_date_is_left_to_eligibility() -> None:
    assert codes({"eligibility.first_import_date": "soon"}) == []
    assert codes({}) == []


@pytest.mark.parametrize(
    ("shares", "ok"),
    [
        ([85, 15], True),
        ([60, 39.6], True),
        ([60, 39.4], False),
        ([100], True),
        ([85, None], False),
        ([50, 50, 10], False),
        ([85, "15"], False),
    ],
)
def test_broker_shares(shares: list[Any], ok: bool) -> None:
    rows = [{"name": f"B{i}", "filer_code": "ABC", "share_pct": s} for i, s in enumerate(shares)]
    found = codes({"company.brokers": rows})
    assert found == ([] if ok else [("broker_shares_sum", "company.brokers")])


def test_broker_share_message_gives_the_total() -> None:
    rows = [{"name": "A", "filer_code": "ABC", "share_pct": 85}]
    (finding,) = cross_field_findings({"company.brokers": rows}, TODAY)
    assert "85 %" in finding.message


def test_no_brokers_no_share_rule() -> None:
    assert codes({"company.brokers": []}) == []


def test_invalid_and_duplicate_iors_by_row() -> None:
    answers = cascade_ridge()
    answers["company.ior_numbers"] += [
        {"number": "843927715-00"},  # same as row 1 once normalised
        {"number": "84-3927715-0I"},
        {"number": "000-12-3456"},
        {"number": ""},
        {"number": None},
    ]
    assert codes(answers) == [
        ("duplicate_ior", "company.ior_numbers[2].number"),
        ("ior_suffix_letter", "company.ior_numbers[3].number"),
        ("ior_ssn_area", "company.ior_numbers[4].number"),
    ]
    duplicate = cross_field_findings(answers, TODAY)[0]
    assert "row 1" in duplicate.message and "Row 3" in duplicate.message


def test_duplicate_ssn_message_is_masked() -> None:
    answers = {"company.ior_numbers": [{"number": "123-45-6789"}, {"number": "123456789"}]}
    (finding,) = cross_field_findings(answers, TODAY)
    assert finding.code == "duplicate_ior" and "***-**-6789" in finding.message
    assert "123-45" not in finding.message


def test_bad_filer_code_by_row() -> None:
    answers = cascade_ridge()
    answers["company.brokers"][1]["filer_code"] = "000"
    assert codes(answers) == [("invalid_filer_code", "company.brokers[1].filer_code")]


@pytest.mark.parametrize("column", ["name", "contact"])
def test_signer_is_broker(column: str) -> None:
    answers = cascade_ridge()
    answers["company.brokers"][0][column] = "  dana   WHITFIELD. "
    assert codes(answers) == [("signer_is_broker", "company.officer_name")]


def test_signer_rule_needs_an_officer() -> None:
    answers = cascade_ridge()
    answers["company.officer_name"] = ""
    answers["company.brokers"][0]["contact"] = ""
    assert codes(answers) == []


def test_garbage_table_values_do_not_crash() -> None:
    answers = {"company.brokers": "none", "company.ior_numbers": [None, 3, {"number": 7}]}
    assert codes(answers) == []


@pytest.mark.parametrize(
    ("reviewer", "tested", "expected"),
    [
        ("Internal Audit Analyst", "Miguel Ortega", True),
        ("miguel  ortega", "Miguel Ortega", False),
        ("", "Miguel Ortega", False),
        ("   ", "Miguel Ortega", False),
        ("Priya Natarajan", "", True),
    ],
)
def test_reviewer_independence(reviewer: str, tested: str, expected: bool) -> None:
    assert reviewer_is_independent(reviewer, tested) is expected
