"""Seeded, reproducible sample selection."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isa_desktop.domain.population import import_entries
from isa_desktop.domain.sample_draw import (
    SampleDraw,
    SampleDrawError,
    allocate,
    draw_sample,
    population_identity,
    redraw,
    strata_from_rows,
)

STRATA = {
    "classification": list(range(0, 600)),
    "valuation": list(range(600, 990)),
    "pga": list(range(990, 1000)),
    "origin": [],
}


def test_known_seed_gives_known_sample() -> None:
    # Pinned so that a change of algorithm (or Python's generator) cannot pass unnoticed:
    # an auditor must be able to redraw this sample years from now.
    draw = draw_sample(1000, 10, seed=42)
    assert draw.indices == [25, 104, 114, 142, 228, 250, 281, 654, 754, 759]
    assert draw.seed == 42
    assert draw.population_size == 1000


def test_same_seed_and_population_give_same_sample() -> None:
    keys = [f"CR7-{n:07d}" for n in range(5000)]
    assert draw_sample(keys, 60, seed=7) == draw_sample(list(keys), 60, seed=7)
    assert draw_sample(keys, 60, seed=7).indices != draw_sample(keys, 60, seed=8).indices


def test_missing_seed_is_generated_and_recorded() -> None:
    first = draw_sample(10_000, 25)
    assert 0 <= first.seed < 2**32
    assert redraw(first, 10_000) == first


@given(st.integers(1, 5000), st.data())
def test_indices_are_distinct_sorted_and_in_range(count: int, data: st.DataObject) -> None:
    size = data.draw(st.integers(1, count))
    draw = draw_sample(count, size, seed=data.draw(st.integers(0, 2**32 - 1)))
    assert len(draw.indices) == size
    assert draw.indices == sorted(set(draw.indices))
    assert 0 <= draw.indices[0] and draw.indices[-1] < count


def test_redraw_refuses_another_population() -> None:
    draw = draw_sample(["a", "b", "c", "d"], 2, seed=1)
    assert redraw(draw, ["a", "b", "c", "d"]).indices == draw.indices
    with pytest.raises(SampleDrawError, match="not the population"):
        redraw(draw, ["a", "b", "c", "e"])
    with pytest.raises(SampleDrawError, match="not the population"):
        redraw(draw, 4)


def test_redraw_from_an_imported_file() -> None:
    text = "Entry Number,Area\n" + "".join(f"E{n},{'ab'[n % 2]}\n" for n in range(200))
    imported = import_entries(text.encode(), {"entry_number": "Entry Number", "area": "Area"})
    strata = strata_from_rows(imported.rows)
    assert sorted(strata) == ["a", "b"] and len(strata["a"]) == 100
    draw = draw_sample(imported, 20, seed=99, strata=strata)
    assert draw.population_sha256 == imported.sha256
    assert draw.strata_sizes == {"a": 10, "b": 10}
    assert redraw(draw, imported, strata) == draw
    with pytest.raises(SampleDrawError, match="stratified"):
        redraw(draw, imported)
    with pytest.raises(SampleDrawError, match="strata differ"):
        redraw(draw, imported, {"a": list(range(100)), "b": list(range(100, 200))})


def test_proportional_allocation_keeps_every_stratum() -> None:
    assert allocate(STRATA, 25) == {"classification": 15, "valuation": 9, "pga": 1}
    assert allocate(STRATA, 2) == {"classification": 1, "valuation": 1, "pga": 1}
    assert allocate(STRATA, 1000) == {"classification": 600, "valuation": 390, "pga": 10}


@given(st.lists(st.integers(0, 300), min_size=1, max_size=8), st.data())
def test_allocation_adds_up(sizes: list[int], data: st.DataObject) -> None:
    total = sum(sizes)
    strata, start = {}, 0
    for i, n in enumerate(sizes):
        strata[f"s{i}"], start = list(range(start, start + n)), start + n
    if total == 0:
        return
    size = data.draw(st.integers(1, total))
    allocation = allocate(strata, size)
    non_empty = sum(1 for n in sizes if n)
    assert sum(allocation.values()) == max(size, non_empty)
    assert all(1 <= allocation[f"s{i}"] <= n for i, n in enumerate(sizes) if n)


def test_stratified_draw_takes_each_stratums_share() -> None:
    draw = draw_sample(1000, 25, seed=3, strata=STRATA)
    assert draw.strata_sizes == {"classification": 15, "origin": 0, "pga": 1, "valuation": 9}
    assert sum(1 for i in draw.indices if i >= 990) == 1
    assert sum(1 for i in draw.indices if i < 600) == 15
    assert draw == draw_sample(1000, 25, seed=3, strata=STRATA)


def test_explicit_sizes_per_stratum() -> None:
    sizes = {"classification": 5, "valuation": 0, "pga": 10}
    draw = draw_sample(1000, 15, seed=3, strata=STRATA, per_stratum=sizes)
    assert [i for i in draw.indices if i >= 990] == list(range(990, 1000))
    with pytest.raises(SampleDrawError, match="add up to 15, not 16"):
        draw_sample(1000, 16, seed=3, strata=STRATA, per_stratum=sizes)
    with pytest.raises(SampleDrawError, match="holds 10"):
        draw_sample(1000, 11, seed=3, strata=STRATA, per_stratum={"pga": 11})
    with pytest.raises(SampleDrawError, match="no stratum called 'duty'"):
        draw_sample(1000, 1, seed=3, strata=STRATA, per_stratum={"duty": 1})


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"population": 10, "size": 11}, "test every item"),
        ({"population": 10, "size": 0}, "at least 1"),
        ({"population": 10, "size": 1, "per_stratum": {"a": 1}}, "need the strata"),
        ({"population": 10, "size": 1, "strata": {"a": [0, 10]}}, "outside"),
        ({"population": 10, "size": 1, "strata": {"a": [1], "b": [1]}}, "repeats"),
    ],
)
def test_impossible_draws_are_refused(kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(SampleDrawError, match=fragment):
        draw_sample(**kwargs)  # type: ignore[arg-type]


def test_population_identity_depends_on_content() -> None:
    assert population_identity(["a", "b"])[0] == 2
    assert population_identity(["a", "b"]) != population_identity(["b", "a"])
    assert isinstance(draw_sample(3, 1, seed=0), SampleDraw)
