"""Import a period's entry lines (the sampling population) from a CSV export.

The files come from ACE reports or a broker's system, so they are messy: Windows-1252 or UTF-8
with a byte-order mark, commas or semicolons, dollar signs, thousands separators, decimal commas,
blank lines and the odd truncated row. ``sniff`` guesses the dialect; ``import_entries`` maps the
file's columns onto our canonical fields, parses each row, and either returns the rows with a list
of the bad ones (by physical line number) or refuses the whole file with a ``PopulationError``.

``ImportResult.sha256`` hashes the normalised rows, not the bytes, so the same population exported
in another encoding or with another delimiter hashes the same and an auditor can confirm that a
sample was drawn from it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from isa_desktop.domain import _entry_values as values

CANONICAL_FIELDS: tuple[str, ...] = (
    "entry_number", "line_number", "entry_date", "hts", "country_of_origin",
    "entered_value", "duty", "trade_area", "importer_of_record", "broker",
)  # fmt: skip
FIELD_ALIASES = {"area": "trade_area"}
MAX_ROWS = 1_000_000
MAX_BAD_SHARE = 0.20
_DELIMITERS = ",;\t|"
_SNIFF_BYTES = 64 * 1024


class PopulationError(ValueError):
    """The file cannot be used as a population; nothing was imported. The message says why."""


@dataclass(frozen=True)
class CsvSniff:
    """What the file looks like: how to decode and split it, and its first rows."""

    encoding: str
    delimiter: str
    has_header: bool
    headers: list[str]
    preview_rows: list[list[str]]


@dataclass(frozen=True)
class BadRow:
    """A row left out of the population, with its 1-based physical line number in the file."""

    line_no: int
    reason: str


@dataclass
class ImportResult:
    """The imported rows (canonical field → value, plus ``source_line``) and what was refused."""

    rows: list[dict[str, Any]]
    bad_rows: list[BadRow]
    columns: list[str]
    sha256: str
    sniff: CsvSniff | None = field(default=None, repr=False)


def _detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"  # Excel's "Unicode text" export
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise PopulationError("This is not a text (CSV) file; it looks like a binary file.")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so we never fail here.
        text = data.decode("latin-1")
    if sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t") > 8:
        raise PopulationError("This is not a text (CSV) file; it holds control characters.")
    return text


def _guess_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    # Fallback: the delimiter that splits the first lines most often, and most consistently.
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        if not counts or min(counts) == 0:
            continue
        score = min(counts) + (1 if len(set(counts)) == 1 else 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _looks_like_header(row: list[str]) -> bool:
    cells = [cell.strip() for cell in row]
    if not cells or any(not cell for cell in cells):
        return False
    return not any(values.looks_like_data(cell) for cell in cells)


def sniff(data: bytes) -> CsvSniff:
    """Guess encoding, delimiter and header of a CSV file and show its first rows."""
    if not data.strip():
        raise PopulationError("The file is empty.")
    encoding = _detect_encoding(data)
    text = _decode(data[:_SNIFF_BYTES], encoding)
    # The sample may end mid-line; drop the partial last line so the sniffer is not misled.
    sample = text if len(data) <= _SNIFF_BYTES else text[: text.rfind("\n") + 1] or text
    delimiter = _guess_delimiter(sample)
    rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
    if not rows:
        raise PopulationError("The file holds no rows.")
    has_header = _looks_like_header(rows[0])
    headers = [cell.strip() for cell in rows[0]] if has_header else []
    preview = rows[1:6] if has_header else rows[:5]
    return CsvSniff(encoding, delimiter, has_header, headers, preview)


def _resolve_mapping(mapping: dict[str, str], headers: list[str]) -> dict[str, int]:
    """Canonical field → column index; a fatal error if the mapping cannot be honoured."""
    folded = {name.casefold(): i for i, name in reversed(list(enumerate(headers)))}
    resolved: dict[str, int] = {}
    for key, header in mapping.items():
        canonical = FIELD_ALIASES.get(key, key)
        if canonical not in CANONICAL_FIELDS:
            raise PopulationError(f"'{key}' is not a field we import.")
        if not header:
            continue
        index = folded.get(header.strip().casefold())
        if index is None:
            raise PopulationError(f"The file has no column named '{header}' (for {canonical}).")
        resolved[canonical] = index
    if "entry_number" not in resolved:
        raise PopulationError("Choose the column that holds the entry number.")
    return {name: resolved[name] for name in CANONICAL_FIELDS if name in resolved}


def _rows_with_lines(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (first physical line number, fields) for every record, quoted newlines included."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    for row in reader:
        yield previous + 1, row
        previous = reader.line_num


def import_entries(
    data: bytes, mapping: dict[str, str], sniff: CsvSniff | None = None
) -> ImportResult:
    """Import entry lines from CSV bytes; see the module docstring for what is refused."""
    found = sniff if sniff is not None else globals()["sniff"](data)
    if not found.has_header:
        raise PopulationError("The file has no header row; add one naming each column.")
    columns = _resolve_mapping(mapping, found.headers)
    parse = values.RowParser(columns, len(found.headers), decimal_comma=found.delimiter == ";")
    rows: list[dict[str, Any]] = []
    bad: list[BadRow] = []
    records = _rows_with_lines(_decode(data, found.encoding), found.delimiter)
    next(records, None)  # the header
    for line_no, record in records:
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) + len(bad) >= MAX_ROWS:
            raise PopulationError(f"The file has more than {MAX_ROWS:,} rows; split the period.")
        try:
            rows.append(parse(record, line_no))
        except values.RowProblem as problem:
            bad.append(BadRow(line_no, str(problem)))
    _check_totals(len(rows), bad)
    return ImportResult(rows, bad, list(columns), population_hash(rows, list(columns)), found)


def _check_totals(good: int, bad: list[BadRow]) -> None:
    if good + len(bad) == 0:
        raise PopulationError("The file has a header but no data rows.")
    if len(bad) > MAX_BAD_SHARE * (good + len(bad)):
        first = bad[0]
        raise PopulationError(
            f"{len(bad):,} of {good + len(bad):,} rows could not be read (more than "
            f"{MAX_BAD_SHARE:.0%}); check the column choices and the file. First problem, "
            f"line {first.line_no}: {first.reason}"
        )


def population_hash(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """SHA-256 of the normalised rows, in order; ``source_line`` is left out on purpose."""
    digest = hashlib.sha256("\x1f".join(columns).encode() + b"\n")
    for row in rows:
        line = "\x1f".join(_normal(row.get(name)) for name in columns)
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def _normal(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
