"""Seeded, reproducible random selection of the items to test.

The draw uses ``random.Random(seed).sample(range(n), k)``: the Mersenne Twister and ``sample``'s
algorithm have been stable across Python 3 releases, so the recorded seed lets an auditor redraw
the same items from the same population later. A seed is generated with ``secrets`` when none is
given, and always recorded. The population is identified by a SHA-256 (``ImportResult.sha256``
for an imported file), and ``redraw`` refuses a population whose hash differs.

Stratified draws walk the strata in name order with one generator, drawing from each stratum's
row indices in ascending order, so the allocation and the seed fully determine the sample.
Indices are returned sorted (row order), which is how testers work through them.
"""

from __future__ import annotations

import hashlib
import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from isa_desktop.domain.population import ImportResult

Population = int | Sequence[str] | ImportResult


class SampleDrawError(ValueError):
    """A draw that cannot be made or repeated as asked; the message says why."""


@dataclass(frozen=True)
class SampleDraw:
    """Everything needed to show, record and repeat a sample selection."""

    seed: int
    population_sha256: str
    indices: list[int]
    strata_sizes: dict[str, int] = field(default_factory=dict)
    population_size: int = 0


def population_identity(population: Population) -> tuple[int, str]:
    """(row count, SHA-256) of a population given as a count, row keys, or an import."""
    if isinstance(population, ImportResult):
        return len(population.rows), population.sha256
    if isinstance(population, int):
        return population, hashlib.sha256(f"rows:{population}".encode()).hexdigest()
    digest = hashlib.sha256()
    for key in population:
        digest.update(str(key).encode("utf-8") + b"\n")
    return len(population), digest.hexdigest()


def strata_from_rows(
    rows: Sequence[Mapping[str, Any]], by: str = "trade_area"
) -> dict[str, list[int]]:
    """Group row indices by a field's value (blank values form the stratum "(none)")."""
    strata: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        key = str(row.get(by) or "").strip() or "(none)"
        strata.setdefault(key, []).append(index)
    return strata


def draw_sample(
    population: Population,
    size: int,
    seed: int | None = None,
    strata: Mapping[str, Sequence[int]] | None = None,
    per_stratum: Mapping[str, int] | None = None,
) -> SampleDraw:
    """Draw ``size`` distinct row indices at random, optionally stratified.

    With ``strata`` (stratum → row indices) and no ``per_stratum``, ``size`` is allocated in
    proportion to the strata, at least one item from each non-empty stratum (so the total can
    exceed ``size`` when there are more strata than items). With ``per_stratum`` those sizes
    are used as given and must add up to ``size``.
    """
    count, sha = population_identity(population)
    seed = secrets.randbits(32) if seed is None else seed
    if strata is None:
        if per_stratum:
            raise SampleDrawError("Sizes per stratum need the strata themselves.")
        _check_size(size, count, "the population")
        chosen = random.Random(seed).sample(range(count), size)
        return SampleDraw(seed, sha, sorted(chosen), {}, count)
    groups = _checked_strata(strata, count)
    sizes = _explicit(per_stratum, groups, size) if per_stratum else allocate(groups, size)
    rng = random.Random(seed)
    chosen = []
    for name in sorted(groups):
        members = groups[name]
        chosen += [members[i] for i in rng.sample(range(len(members)), sizes.get(name, 0))]
    return SampleDraw(
        seed, sha, sorted(chosen), {n: sizes.get(n, 0) for n in sorted(groups)}, count
    )


def redraw(
    draw: SampleDraw,
    population: Population,
    strata: Mapping[str, Sequence[int]] | None = None,
) -> SampleDraw:
    """Repeat a recorded draw; refuse if the population (or its strata) is not the same."""
    count, sha = population_identity(population)
    if sha != draw.population_sha256:
        raise SampleDrawError(
            "This is not the population the sample was drawn from: its fingerprint differs."
        )
    if draw.strata_sizes and strata is None:
        raise SampleDrawError("This sample was stratified; give the same strata to redraw it.")
    per_stratum = draw.strata_sizes or None
    again = draw_sample(population, len(draw.indices), draw.seed, strata, per_stratum)
    if again.indices != draw.indices:
        raise SampleDrawError("The strata differ from the original draw; the sample differs.")
    return again


def allocate(strata: Mapping[str, Sequence[int]], size: int) -> dict[str, int]:
    """Proportional allocation by largest remainder, at least 1 per non-empty stratum."""
    total = sum(len(members) for members in strata.values())
    _check_size(size, total, "all strata together")
    quotas = {name: size * len(m) / total for name, m in strata.items() if m}
    sizes = {name: max(1, int(q)) for name, q in quotas.items()}
    by_remainder = sorted(quotas, key=lambda n: (sizes[n] - quotas[n], n))
    for name in by_remainder:  # give the items still missing to the largest remainders
        if sum(sizes.values()) >= size:
            break
        if sizes[name] < len(strata[name]):
            sizes[name] += 1
    for name in reversed(by_remainder):  # take back what the minimum of one overshot
        if sum(sizes.values()) <= size:
            break
        if sizes[name] > 1:
            sizes[name] -= 1
    return sizes


def _explicit(
    per_stratum: Mapping[str, int], strata: Mapping[str, Sequence[int]], size: int
) -> dict[str, int]:
    for name, wanted in per_stratum.items():
        if name not in strata:
            raise SampleDrawError(f"There is no stratum called '{name}'.")
        _check_size(wanted, len(strata[name]), f"stratum '{name}'", allow_zero=True)
    if sum(per_stratum.values()) != size:
        raise SampleDrawError(
            f"The sizes per stratum add up to {sum(per_stratum.values())}, not {size}."
        )
    return dict(per_stratum)


def _checked_strata(strata: Mapping[str, Sequence[int]], count: int) -> dict[str, list[int]]:
    seen: set[int] = set()
    groups: dict[str, list[int]] = {}
    for name, members in strata.items():
        ordered = sorted(members)
        if ordered and (ordered[0] < 0 or ordered[-1] >= count):
            raise SampleDrawError(f"Stratum '{name}' names rows outside the population.")
        if seen.intersection(ordered) or len(set(ordered)) != len(ordered):
            raise SampleDrawError(f"Stratum '{name}' repeats rows; each row belongs to one.")
        seen.update(ordered)
        groups[name] = ordered
    return groups


def _check_size(size: int, available: int, where: str, allow_zero: bool = False) -> None:
    if size < (0 if allow_zero else 1):
        raise SampleDrawError(f"The sample size must be at least {0 if allow_zero else 1}.")
    if size > available:
        raise SampleDrawError(
            f"Cannot draw {size:,} items from {where}, which holds {available:,}; "
            "test every item instead."
        )
