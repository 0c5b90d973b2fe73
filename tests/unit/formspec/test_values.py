"""Type coercion of raw answers."""

from __future__ import annotations

import pytest

from isa_desktop.formspec import coerce_value, load_program


@pytest.fixture(scope="module")
def program():
    return load_program("sample")


@pytest.mark.parametrize(
    ("qid", "raw", "stored"),
    [
        ("profile.employees", "48", 48),
        ("profile.employees", 48.0, 48),
        ("profile.value_usd", "6,350,000", 6350000),
        ("profile.value_usd", "$1,234.50", 1234.5),
        ("controls.written_policy", "YES", "yes"),
        ("controls.written_policy", True, "yes"),
        ("controls.written_policy", "n/a", "na"),
        ("profile.started", "2016-05-01", "2016-05-01"),
        ("profile.kind", "corporation", "corporation"),
        ("profile.modes", ["air", "ocean", "air"], ["air", "ocean"]),
        ("profile.legal_name", "  Acme <b>&</b>  ", "Acme <b>&</b>"),
        ("profile.legal_name", "", None),
        ("profile.ior_numbers", [{"number": "84-3927715-00", "share_pct": "85"}],
         [{"number": "84-3927715-00", "share_pct": 85}]),
    ],
)
def test_coerces(program, qid: str, raw, stored) -> None:
    assert coerce_value(program.questions[qid], raw) == stored


@pytest.mark.parametrize(
    ("qid", "raw", "fragment"),
    [
        ("profile.employees", "many", "not a number"),
        ("profile.employees", 4.5, "whole number"),
        ("profile.employees", -1, "below the minimum"),
        ("profile.employees", True, "not true/false"),
        ("controls.written_policy", "maybe", "not yes, no or na"),
        ("profile.started", "01/05/2016", "YYYY-MM-DD"),
        ("profile.started", "2016-02-30", "real calendar date"),
        ("profile.kind", "cooperative", "not one of"),
        ("profile.modes", "air", "list of choices"),
        ("profile.ior_numbers", {"number": "x"}, "list of rows"),
        ("profile.ior_numbers", [{"colour": "x"}], "no column 'colour'"),
        ("profile.ior_numbers", [{"share_pct": 150}], "row 1, column 'share_pct'"),
        ("profile.legal_name", "x" * 501, "limit here is 500"),
        ("profile.legal_name", ["a"], "expected text"),
        ("controls.policy_document", "file.pdf", "attached as files"),
    ],
)
def test_refuses_with_a_plain_message(program, qid: str, raw, fragment: str) -> None:
    with pytest.raises(ValueError) as caught:
        coerce_value(program.questions[qid], raw)
    assert fragment in str(caught.value)


def test_required_messages_read_well_after_questions_and_labels() -> None:
    from isa_desktop.formspec.completeness import answer_findings

    program = load_program("sample")
    messages = {f.question: f.message for f in answer_findings(program, {})}
    assert messages["profile.legal_name"] == "Legal name of the importer: an answer is required."
    assert messages["controls.written_policy"] == (
        "Is there a written customs compliance policy? An answer is required.")
