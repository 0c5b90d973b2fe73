"""Populations and samples: import a period's entry lines, draw and redraw a recorded sample.

Rows are stored as JSON (money as decimal strings, dates in ISO form) and turned back into
``Decimal``/``date`` when read, so the population's SHA-256 can be recomputed from the file and
compared with the one recorded at import and at the draw: an auditor redraws the same items
from the same rows, or is told the rows changed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from isa_desktop.domain.population import (
    CANONICAL_FIELDS,
    MONEY_FIELDS,
    CsvSniff,
    ImportResult,
    PopulationError,
    import_entries,
    population_hash,
    sniff,
)
from isa_desktop.domain.sample_draw import (
    SampleDraw,
    SampleDrawError,
    draw_sample,
    redraw,
    strata_from_rows,
)
from isa_desktop.services.application import Application
from isa_desktop.services.selftest import SelfTestUserError, _area, checked_cycle

ProgressFn = Callable[[int, int, str], None]
#: Header words that usually name each canonical field in ACE reports and broker exports.
_HINTS: dict[str, tuple[str, ...]] = {
    "entry_number": ("entry number", "entry no", "entry #", "entry", "entry_no"),
    "line_number": ("line number", "line no", "line #", "line"),
    "entry_date": ("entry date", "date", "release date"),
    "hts": ("hts", "hts number", "tariff", "hts code", "htsus"),
    "country_of_origin": ("country of origin", "origin", "coo", "country"),
    "entered_value": ("entered value", "entered value usd", "value", "line value", "value usd"),
    "duty": ("duty", "duty amount", "duty usd", "duties"),
    "trade_area": ("trade area", "area", "risk area"),
    "importer_of_record": ("importer of record", "ior", "ior number", "importer"),
    "broker": ("broker", "filer", "filer code"),
}


def _words(text: str) -> str:
    return re.sub(r"[^a-z0-9#]+", " ", text.casefold()).strip()


def preview_csv(data: bytes) -> CsvSniff:
    """Encoding, delimiter, headers and first rows of a CSV file (``UserError`` if unusable)."""
    try:
        return sniff(data)
    except PopulationError as exc:
        raise SelfTestUserError(str(exc)) from None


def remembered_mapping(app: Application) -> dict[str, str]:
    """The header mapping used for the last import (canonical field → column header)."""
    return dict(app.file.record("csv_mapping", "default") or {})


def suggest_mapping(headers: list[str], remembered: dict[str, str]) -> dict[str, str]:
    """Field → header: the remembered choice when the file has that header, else a guess."""
    by_words = {_words(h): h for h in reversed(headers)}
    mapping: dict[str, str] = {}
    for name in CANONICAL_FIELDS:
        chosen = remembered.get(name)
        if chosen and _words(chosen) in by_words:
            mapping[name] = by_words[_words(chosen)]
            continue
        guess = next((by_words[w] for w in (_words(h) for h in _HINTS[name]) if w in by_words),
                     None)
        if guess and guess not in mapping.values():
            mapping[name] = guess
    return mapping


def _storable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else v.isoformat() if isinstance(v, dt.date)
                else v) for k, v in row.items()}


def _restored(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in MONEY_FIELDS:
        if isinstance(out.get(name), str):
            out[name] = Decimal(out[name])
    if isinstance(out.get("entry_date"), str):
        out["entry_date"] = dt.date.fromisoformat(out["entry_date"])
    return out


def import_population(app: Application, csv_bytes: bytes, mapping: dict[str, str], name: str,
                      period: str | None = None,
                      progress: ProgressFn | None = None) -> tuple[int, ImportResult]:
    """Import entry lines as a population, all or nothing; remembers the header mapping.

    Returns the population id and the import result (its ``bad_rows`` list the lines left out).
    """
    mapping = {k: v for k, v in mapping.items() if v}
    if progress:
        progress(0, 2, "Reading the file")
    try:
        result = import_entries(csv_bytes, mapping)
    except PopulationError as exc:
        raise SelfTestUserError(str(exc)) from None
    if progress:
        progress(1, 2, f"Storing {len(result.rows):,} entry lines")
    label = name.strip() or f"Entry lines {period or ''}".strip()
    population_id = app.file.add_population(label, (period or "").strip() or None,
                                            result.columns, map(_storable, result.rows),
                                            result.sha256)
    app.file.put_record("csv_mapping", "default", mapping)
    if progress:
        progress(2, 2, "Done")
    return population_id, result


def populations(app: Application) -> list[dict[str, Any]]:
    """Imported populations (id, name, period, imported_at, sha256, columns, row_count)."""
    return app.file.populations()


def population(app: Application, population_id: int) -> tuple[dict[str, Any], ImportResult]:
    """A stored population's summary and its rows as an import result, hash recomputed."""
    info = next((p for p in app.file.populations() if p["id"] == population_id), None)
    if info is None:
        raise SelfTestUserError(f"There is no imported population number {population_id}.")
    rows = [_restored(r) for r in app.file.population_rows(population_id)]
    sha = population_hash(rows, list(info["columns"]))
    return info, ImportResult(rows, [], list(info["columns"]), sha)


def _next_sample_key(app: Application, cycle: str, area: str) -> str:
    taken = app.file.records("sample")
    number = 1
    while f"{cycle}/{area}/{number}" in taken:
        number += 1
    return f"{cycle}/{area}/{number}"


def draw_and_record_sample(app: Application, population_id: int, size: int,
                           seed: int | None = None, stratify: bool = False, *, cycle: str,
                           area: str) -> str:
    """Draw a seeded random sample from a population and record it; returns the sample id."""
    checked_cycle(cycle)
    _area(app, area)
    info, found = population(app, population_id)
    if found.sha256 != info["sha256"]:
        raise SelfTestUserError("The stored entry lines no longer match their fingerprint; "
                                "import the period again before drawing.")
    strata = _strata(found) if stratify else None
    try:
        draw = draw_sample(found, int(size), seed, strata)
    except SampleDrawError as exc:
        raise SelfTestUserError(str(exc)) from None
    key = _next_sample_key(app, cycle, area)
    app.file.put_record("sample", key, {
        "population_id": population_id, "population_sha256": draw.population_sha256,
        "population_name": info["name"], "population_size": draw.population_size,
        "seed": draw.seed, "size": len(draw.indices), "indices": draw.indices,
        "strata": draw.strata_sizes, "stratified": bool(stratify),
        "drawn_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "drawn_by": app.file.who, "cycle": cycle, "area": area})
    return key


def _strata(found: ImportResult) -> dict[str, list[int]]:
    if "trade_area" not in found.columns:
        raise SelfTestUserError("This population has no trade area column, so it cannot be "
                                "stratified by area; import it with that column mapped.")
    return strata_from_rows(found.rows)


def sample_record(app: Application, sample_id: str) -> dict[str, Any]:
    """One recorded sample (``UserError`` when unknown)."""
    record = app.file.record("sample", sample_id)
    if record is None:
        raise SelfTestUserError(f"There is no recorded sample '{sample_id}'.")
    return record


def redraw_sample(app: Application, sample_id: str) -> SampleDraw:
    """Repeat a recorded draw from the stored rows; refuses if the population changed."""
    record = sample_record(app, sample_id)
    _info, found = population(app, int(record["population_id"]))
    draw = SampleDraw(int(record["seed"]), str(record["population_sha256"]),
                      list(record["indices"]), dict(record.get("strata") or {}),
                      int(record.get("population_size") or 0))
    strata = strata_from_rows(found.rows) if draw.strata_sizes else None
    try:
        return redraw(draw, found, strata)
    except SampleDrawError as exc:
        raise SelfTestUserError(str(exc)) from None


def item_label(row: dict[str, Any]) -> str:
    """How a tested item is named in results: entry number and line ("123-4567890-1 / 3")."""
    line = row.get("line_number")
    return f"{row.get('entry_number')} / {line}" if line not in (None, "") else \
        str(row.get("entry_number"))


def sample_rows(app: Application, sample_id: str) -> list[dict[str, Any]]:
    """The sampled entry lines with their index in the population and their item label."""
    record = sample_record(app, sample_id)
    _info, found = population(app, int(record["population_id"]))
    rows = []
    for index in record["indices"]:
        if 0 <= index < len(found.rows):
            row = _storable(found.rows[index])
            rows.append({**row, "index": index, "item": item_label(row)})
    return rows


__all__ = ["preview_csv", "remembered_mapping", "suggest_mapping", "import_population",
           "populations", "population", "draw_and_record_sample", "redraw_sample",
           "sample_record", "sample_rows", "item_label"]
