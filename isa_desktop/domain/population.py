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
import gc
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache, partial
from itertools import compress
from typing import Any

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


def _decode(data: bytes, encoding: str, partial: bool = False) -> str:
    try:
        # A sniffing sample may end inside a character; drop that fragment, not the encoding.
        text = data.decode(encoding, errors="ignore" if partial else "strict")
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
    return not any(_looks_like_data(cell) for cell in cells)


def sniff(data: bytes) -> CsvSniff:
    """Guess encoding, delimiter and header of a CSV file and show its first rows."""
    if not data.strip():
        raise PopulationError("The file is empty.")
    encoding = _detect_encoding(data)
    text = _decode(data[:_SNIFF_BYTES], encoding, partial=len(data) > _SNIFF_BYTES)
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


_sniff_file = sniff  # import_entries' parameter is also called ``sniff``


# --- values -------------------------------------------------------------------------------------

_THOUSANDS_DOTS = re.compile(r"-?\d{1,3}(\.\d{3})+")
_MANY_DIGITS = re.compile(r"\d{5}")
_NOISE = str.maketrans("", "", "$€ \xa0'")
_EDGE_NOISE = " \t\r$€\xa0"
_COMMA_DECIMAL = str.maketrans({".": None, ",": "."})
MONEY_FIELDS = frozenset({"entered_value", "duty"})


class _RowProblem(ValueError):
    """Why one value cannot be used; the row becomes a ``BadRow``."""


def parse_money(text: str, decimal_comma: bool = False) -> Decimal | None:
    """Read "$1,234.50", "(12.00)", "1.234,50 €" (with ``decimal_comma``) as a Decimal."""
    s = text.strip(_EDGE_NOISE)
    if not s:
        return None
    # Fast path for the common shapes; anything unusual falls through to the careful path.
    if decimal_comma and "," in s:
        fast = s.replace(".", "").replace(",", ".")
    elif decimal_comma and "." in s:
        fast = ""  # "1.234" or "1.5": only the careful path can tell
    else:
        fast = s.replace(",", "")
    try:
        amount = Decimal(fast)
    except InvalidOperation:
        return _parse_money_carefully(text, decimal_comma)
    if not amount.is_finite():
        raise _RowProblem(f"'{text.strip()}' is not an amount")
    return amount


def _parse_money_carefully(text: str, decimal_comma: bool) -> Decimal | None:
    s = text.translate(_NOISE).removeprefix("USD").removesuffix("USD")
    if not s:
        return None
    negative = s[0] == "(" and s[-1] == ")"
    s = s.strip("()")
    if s.endswith("-"):
        negative, s = True, s[:-1]
    if decimal_comma and ("," in s or _THOUSANDS_DOTS.fullmatch(s)):
        s = s.translate(_COMMA_DECIMAL)  # "1.234" in a semicolon file means 1234
    elif "," in s:
        s = s.replace(",", "")
    try:
        amount = Decimal(s)
    except InvalidOperation:
        raise _RowProblem(f"'{text.strip()}' is not an amount") from None
    if not amount.is_finite():
        raise _RowProblem(f"'{text.strip()}' is not an amount")
    return -amount if negative else amount


@lru_cache(maxsize=4096)  # a period has few distinct dates; parsing each once saves time
def parse_entry_date(text: str) -> date | None:
    """Read 2026-01-05, 01/05/2026 (US, as ACE writes it), 05.01.2026 or 20260105."""
    s = text.strip()
    if not s:
        return None
    try:
        if "/" in s:
            month, day, year = s.split()[0].split("/")
            return date(int(year), int(month), int(day))
        if "." in s:
            day, month, year = s.split()[0].split(".")
            return date(int(year), int(month), int(day))
        if len(s) == 8 and s.isdigit():
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        return date.fromisoformat(s[:10])
    except ValueError:
        raise _RowProblem(f"'{s}' is not a date") from None


def _parse_int(text: str) -> int | None:
    s = text.strip()
    if not s:
        return None
    try:
        return int(s)
    except ValueError:
        raise _RowProblem(f"'{s}' is not a whole number") from None


def _looks_like_data(cell: str) -> bool:
    """True for a cell that reads as a value (number, date, long code) rather than a name."""
    if _MANY_DIGITS.search(cell):
        return True
    for parse in (parse_money, parse_entry_date):
        try:
            if parse(cell) is not None:
                return True
        except _RowProblem:
            continue
    return False


def _converter(name: str, decimal_comma: bool) -> Callable[[str], object]:
    if name in MONEY_FIELDS:
        return partial(parse_money, decimal_comma=decimal_comma)
    if name == "line_number":
        return _parse_int
    if name == "entry_date":
        return parse_entry_date
    return str.strip


def _convert_column(
    name: str, cells: Sequence[str], decimal_comma: bool, problems: dict[int, str]
) -> list[object]:
    """Convert one column; a failing cell records a problem for its row and yields None."""
    if name == "country_of_origin":
        return [cell.strip().upper() for cell in cells]
    convert = _converter(name, decimal_comma)
    if convert is str.strip:
        return [cell.strip() for cell in cells]
    label = name.replace("_", " ")
    out: list[object] = []
    append = out.append
    for position, cell in enumerate(cells):
        try:
            append(convert(cell))
        except _RowProblem as problem:
            append(None)
            problems.setdefault(position, f"{label}: {problem}")
    return out


# --- the import ---------------------------------------------------------------------------------


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


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(first physical line number, fields) for each non-blank record after the header."""
    if '"' not in text:
        # No quoting at all: a record is a line, and str.split is several times faster. A
        # trailing "\r" stays on the last field; every converter strips it.
        lines = text.split("\n")
        start = next((i for i, line in enumerate(lines) if line.strip()), len(lines)) + 1
        return [
            (number, line.split(delimiter))
            for number, line in enumerate(lines[start:], start + 1)
            if line.strip()
        ]
    found: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header_seen, previous = False, 0
    for row in reader:
        if "".join(row).strip():
            if header_seen:
                found.append((previous + 1, row))
            header_seen = True
        previous = reader.line_num
    return found


def _shape_problem(record: list[str], needed: int, width: int) -> str | None:
    if len(record) < needed:
        return f"the row has {len(record)} fields; the header has {width}"
    if len(record) > width and "".join(record[width:]).strip():
        return f"the row has {len(record)} fields; the header has {width} (is a value split?)"
    return None


def import_entries(
    data: bytes, mapping: dict[str, str], sniff: CsvSniff | None = None
) -> ImportResult:
    """Import entry lines from CSV bytes; see the module docstring for what is refused."""
    with _gc_paused():
        return _import(data, mapping, sniff)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: building a million small lists and dicts otherwise
    triggers repeated full collections that cost more than the parsing. Nothing here forms
    reference cycles, so nothing is lost by waiting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(data: bytes, mapping: dict[str, str], sniff: CsvSniff | None) -> ImportResult:
    found = sniff if sniff is not None else _sniff_file(data)
    if not found.has_header:
        raise PopulationError("The file has no header row; add one naming each column.")
    columns = _resolve_mapping(mapping, found.headers)
    width, needed = len(found.headers), max(columns.values()) + 1
    lines: list[int] = []
    records: list[list[str]] = []
    bad: list[BadRow] = []
    numbered = _records(_decode(data, found.encoding), found.delimiter)
    if len(numbered) > MAX_ROWS:
        raise PopulationError(f"The file has more than {MAX_ROWS:,} rows; split the period.")
    for line_no, record in numbered:
        if needed <= len(record) <= width:  # the usual case, checked without a call
            lines.append(line_no)
            records.append(record)
            continue
        problem = _shape_problem(record, needed, width)
        if problem:
            bad.append(BadRow(line_no, problem))
        else:
            lines.append(line_no)
            records.append(record)
    rows, sha256 = _build_rows(columns, lines, records, found.delimiter == ";", bad)
    _check_totals(len(rows), bad)
    return ImportResult(rows, bad, list(columns), sha256, found)


def _build_rows(
    columns: dict[str, int],
    lines: list[int],
    records: list[list[str]],
    decimal_comma: bool,
    bad: list[BadRow],
) -> tuple[list[dict[str, Any]], str]:
    """Convert column by column (much faster than row by row), then assemble the rows."""
    problems: dict[int, str] = {}
    by_index = list(zip(*records))  # transpose once; every record has the mapped columns
    converted = [
        _convert_column(name, by_index[i] if by_index else [], decimal_comma, problems)
        for name, i in columns.items()
    ]
    for position, entry_number in enumerate(converted[0]):  # entry_number is always first
        if not entry_number:
            problems.setdefault(position, "the entry number is missing")
    if problems:
        bad.extend(BadRow(lines[p], reason) for p, reason in problems.items())
        bad.sort(key=lambda b: b.line_no)
        keep = [p not in problems for p in range(len(lines))]
        lines = list(compress(lines, keep))
        converted = [list(compress(column, keep)) for column in converted]
    keys = ["source_line", *columns]
    rows = [dict(zip(keys, values)) for values in zip(lines, *converted)]
    return rows, _hash_columns(list(columns), converted)


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
    """SHA-256 of the normalised rows, in order; ``source_line`` is left out on purpose.

    Money is written in Decimal's normalised form and dates in ISO form, so "1.234,50" and
    "1234.5" hash alike. Fields are joined with the unit separator, rows with newlines.
    """
    return _hash_columns(columns, [[row.get(name) for row in rows] for name in columns])


def _hash_columns(columns: list[str], values: list[list[Any]]) -> str:
    texts = [_column_text(column) for column in values]
    body = "\n".join(map("\x1f".join, zip(*texts)))
    return hashlib.sha256(("\x1f".join(columns) + "\n" + body).encode("utf-8")).hexdigest()


def _column_text(values: list[Any]) -> list[str]:
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, Decimal):
        # normalize() is canonical (1234.50 and 1234.5 both become 1234.5; 1200 becomes
        # 1.2E+3), and str() of it is much faster than formatting without an exponent.
        return ["" if v is None else str(v.normalize()) for v in values]
    if isinstance(sample, date):
        return ["" if v is None else v.isoformat() for v in values]
    if isinstance(sample, str):
        return ["" if v is None else v for v in values]  # already stripped
    return ["" if v is None else str(v) for v in values]
