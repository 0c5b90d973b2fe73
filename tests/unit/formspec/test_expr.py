"""The condition language: parsing, evaluation, refusal of anything that is not a condition."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isa_desktop.formspec.expr import ExpressionError, parse_expression


@pytest.mark.parametrize(
    ("source", "answers", "expected"),
    [
        ("a.b == 'yes'", {"a.b": "yes"}, True),
        ("a.b == 'yes'", {}, False),
        ("a.b != null", {"a.b": "x"}, True),
        ("a.b != null", {}, False),
        ("n >= 50", {"n": 48}, False),
        ("n >= 50", {"n": 50}, True),
        ("n > 1", {}, False),  # comparisons with an unanswered value are false
        ("'usmca' in progs", {"progs": ["usmca", "ftz"]}, True),
        ("'drawback' in progs", {"progs": ["usmca"]}, False),
        ("'drawback' not in progs", {"progs": ["usmca"]}, True),
        ("kind in ['corporation', 'llc']", {"kind": "llc"}, True),
        ("not (x == 'yes') or y == 1", {"x": "yes", "y": 1}, True),
        ("x == 'yes' and y == 1", {"x": "yes", "y": 2}, False),
        ("x == true", {"x": True}, True),
        ("x == 'it\\'s'", {"x": "it's"}, True),
        ("a or b and c", {"a": False, "b": True, "c": False}, False),
    ],
)
def test_evaluates(source: str, answers: dict, expected: bool) -> None:
    assert parse_expression(source).evaluate(answers) is expected


def test_names_are_collected() -> None:
    expression = parse_expression("a.x == 'yes' and 'k' in b.y or c > 2")
    assert expression.names == {"a.x", "b.y", "c"}


@pytest.mark.parametrize(
    "source",
    ["__import__('os')", "a ==", "(a == 1", "a = 1", "a.b()", "1 +", "a[0]", "lambda: 1", "'x"],
)
def test_refuses_what_is_not_a_condition(source: str) -> None:
    with pytest.raises(ExpressionError):
        parse_expression(source)


@given(st.text(max_size=60))
def test_never_crashes_on_any_text(source: str) -> None:
    try:
        expression = parse_expression(source)
    except ExpressionError:
        return
    expression.evaluate({})
