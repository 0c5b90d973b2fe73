"""Importing the sampling population from messy CSV exports."""

from __future__ import annotations

import csv
import io
import time
from datetime import date
from decimal import Decimal

import pytest

from isa_desktop.domain import population
from isa_desktop.domain.population import (
    BadRow,
    PopulationError,
    import_entries,
    parse_entry_date,
    parse_money,
    population_hash,
    sniff,
)

MAPPING = {
    "entry_number": "Entry Number",
    "line_number": "Line",
    "entry_date": "Entry Date",
    "hts": "HTS",
    "country_of_origin": "Origin",
    "entered_value": "Entered Value",
    "duty": "Duty",
    "area": "Area",
    "broker": "Broker",
}
HEADER = ["Entry Number", "Line", "Entry Date", "HTS", "Origin", "Entered Value", "Duty", "Area",
          "Broker"]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([HEADER, *rows])  # quotes only when needed
    return out.getvalue().encode(encoding)


EUROPEAN = [
    ["CR7-1000001-1", "1", "05.01.2026", "6403.99.6075", "it", "1.234,50 €", "123,45",
     "classification", "Transports Québec Ltée"],
    ["CR7-1000001-1", "2", "05.01.2026", "6404.11.9020", "CN", "980,00 €", "0", "valuation",
     "Transports Québec Ltée"],
]  # fmt: skip
AMERICAN = [
    ["CR7-1000001-1", "1", "01/05/2026", "6403.99.6075", "IT", "$1,234.50", "123.45",
     "classification", "Transports Québec Ltée"],
    ["CR7-1000001-1", "2", "2026-01-05", "6404.11.9020", "CN", "980", "0.00", "valuation",
     "Transports Québec Ltée"],
]  # fmt: skip


def test_windows_1252_semicolons_and_decimal_commas() -> None:
    data = _csv(EUROPEAN, ";", "cp1252")
    found = sniff(data)
    assert (found.encoding, found.delimiter, found.has_header) == ("cp1252", ";", True)
    assert found.headers == HEADER
    assert found.preview_rows[0][8] == "Transports Québec Ltée"
    result = import_entries(data, MAPPING)
    first = result.rows[0]
    assert first["entered_value"] == Decimal("1234.50")
    assert first["duty"] == Decimal("123.45")
    assert first["entry_date"] == date(2026, 1, 5)
    assert first["country_of_origin"] == "IT"
    assert first["trade_area"] == "classification"
    assert first["broker"] == "Transports Québec Ltée"
    assert first["line_number"] == 1
    assert first["source_line"] == 2
    assert result.bad_rows == []
    assert result.columns[0] == "entry_number" and "trade_area" in result.columns


def test_utf8_bom_is_detected_and_removed() -> None:
    data = b"\xef\xbb\xbf" + _csv(AMERICAN)
    found = sniff(data)
    assert found.encoding == "utf-8-sig"
    assert found.headers[0] == "Entry Number"
    assert import_entries(data, MAPPING).rows[1]["entered_value"] == Decimal("980")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(delimiter: str) -> None:
    rows = [[cell.replace(",", "") for cell in row] for row in AMERICAN]
    assert sniff(_csv(rows, delimiter)).delimiter == delimiter


def test_same_population_hashes_alike_whatever_the_format() -> None:
    european = import_entries(_csv(EUROPEAN, ";", "cp1252"), MAPPING)
    american = import_entries(b"\xef\xbb\xbf" + _csv(AMERICAN), MAPPING)
    assert european.sha256 == american.sha256
    assert population_hash(american.rows, american.columns) == american.sha256
    changed = [row[:] for row in AMERICAN]
    changed[1][6] = "0.01"
    assert import_entries(_csv(changed), MAPPING).sha256 != american.sha256


def test_blank_short_and_unreadable_rows_report_physical_lines() -> None:
    text = "\r\n".join(
        [
            ",".join(HEADER),  # line 1
            '"CR7-1000001-1",1,01/05/2026,6403.99.6075,IT,"$1,234.50",1,pga,B',  # 2
            "",  # 3 blank: skipped silently
            ",,,,,,,,",  # 4 only delimiters: blank too
            "CR7-1000002-2,1,01/06/2026",  # 5 short
            "CR7-1000002-2,1,01/05/2026,6403.99.6075,IT,12x,1,pga,B",  # 6 unreadable amount
            "CR7-1000002-2,1,31/31/2026,6403.99.6075,IT,1,1,pga,B",  # 7 bad date
            " ,1,01/05/2026,6403.99.6075,IT,1,1,pga,B",  # 8 no entry number
        ]
        + ["CR7-1000003-3,1,01/05/2026,6403.99.6075,IT,1,1,pga,B"] * 20  # 9..28
    )
    result = import_entries(text.encode(), MAPPING)
    assert len(result.rows) == 21
    assert [b.line_no for b in result.bad_rows] == [5, 6, 7, 8]
    assert "3 fields" in result.bad_rows[0].reason
    assert result.bad_rows[1] == BadRow(6, "entered value: '12x' is not an amount")
    assert "date" in result.bad_rows[2].reason
    assert result.bad_rows[3].reason == "the entry number is missing"
    assert result.rows[-1]["source_line"] == 28


def test_quoted_fields_with_newlines_keep_line_numbers_right() -> None:
    text = (
        ",".join(HEADER) + "\n"
        '"CR7-1","1","01/05/2026","6403.99","IT","1,234.50","1","classification","two\nlines"\n'
        '"CR7-2","1","01/05/2026","6403.99","IT","9","1","classification","B"\n'
        '"CR7-3","x","01/05/2026","6403.99","IT","9","1","classification","B"\n'
        + '"CR7-4","1","01/05/2026","6403.99","IT","9","1","classification","B"\n'
        * 5
    )
    result = import_entries(text.encode(), MAPPING)
    assert result.rows[0]["broker"] == "two\nlines"
    assert result.rows[0]["entered_value"] == Decimal("1234.50")
    assert result.rows[1]["source_line"] == 4
    assert result.bad_rows == [BadRow(5, "line number: 'x' is not a whole number")]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 4, "not a text"),
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        (b"CR7-1000001-1,1,01/05/2026,6403.99.6075,IT,1234.50,1\n", "no header"),
        (",".join(HEADER).encode() + b"\r\n\r\n", "no data rows"),
    ],
)
def test_fatal_files_import_nothing(data: bytes, fragment: str) -> None:
    with pytest.raises(PopulationError, match=fragment):
        import_entries(data, MAPPING)


def test_mapping_must_name_real_columns() -> None:
    with pytest.raises(PopulationError, match="no column named 'Entry No'"):
        import_entries(_csv(AMERICAN), {**MAPPING, "entry_number": "Entry No"})
    with pytest.raises(PopulationError, match="entry number"):
        import_entries(_csv(AMERICAN), {"duty": "Duty"})
    with pytest.raises(PopulationError, match="not a field"):
        import_entries(_csv(AMERICAN), {**MAPPING, "colour": "Duty"})


def test_header_matching_ignores_case_and_spaces() -> None:
    result = import_entries(_csv(AMERICAN), {"entry_number": " entry number ", "duty": "DUTY"})
    assert result.rows[0] == {"source_line": 2, "entry_number": "CR7-1000001-1",
                              "duty": Decimal("123.45")}  # fmt: skip


def test_more_than_a_fifth_bad_is_fatal() -> None:
    rows = [AMERICAN[0]] * 8 + [AMERICAN[0][:3]] * 2  # 2 of 10 bad: exactly a fifth, fine
    assert len(import_entries(_csv(rows), MAPPING).bad_rows) == 2
    rows = [AMERICAN[0]] * 7 + [AMERICAN[0][:3]] * 3  # 3 of 10 bad: refused
    with pytest.raises(PopulationError, match="3 of 10 rows.*line 9"):
        import_entries(_csv(rows), MAPPING)


def test_too_many_rows_is_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(population, "MAX_ROWS", 5)
    with pytest.raises(PopulationError, match="more than 5 rows"):
        import_entries(_csv([AMERICAN[0]] * 6), MAPPING)
    assert len(import_entries(_csv([AMERICAN[0]] * 5), MAPPING).rows) == 5


def test_utf16_export_from_excel() -> None:
    data = "\r\n".join(["\t".join(HEADER)] + ["\t".join(r) for r in AMERICAN]).encode("utf-16")
    found = sniff(data)
    assert (found.encoding, found.delimiter) == ("utf-16", "\t")
    assert import_entries(data, MAPPING).rows[0]["broker"] == "Transports Québec Ltée"


@pytest.mark.slow
def test_hundred_thousand_lines_import_quickly() -> None:
    row = ";".join(EUROPEAN[0])
    data = (";".join(HEADER) + "\r\n" + (row + "\r\n") * 100_000).encode("cp1252")
    start = time.perf_counter()
    result = import_entries(data, MAPPING)
    elapsed = time.perf_counter() - start
    assert len(result.rows) == 100_000
    assert sniff(data).preview_rows[0][8] == "Transports Québec Ltée"  # sample cut mid-file
    assert result.rows[-1]["source_line"] == 100_001
    assert elapsed < 6  # about 1.5 s on a loaded two-core machine; generous for CI


@pytest.mark.parametrize(
    ("text", "decimal_comma", "value"),
    [
        ("$1,234.50", False, "1234.50"),
        ("1234.5", False, "1234.5"),
        ("(12.00)", False, "-12.00"),
        ("12.00-", False, "-12.00"),
        ("USD 7", False, "7"),
        ("1.234,50 €", True, "1234.50"),
        ("1 234,50", True, "1234.50"),
        ("1.234", True, "1234"),
        ("1.5", True, "1.5"),
        ("0,5", True, "0.5"),
        ("", False, None),
        ("  ", True, None),
    ],
)
def test_parse_money(text: str, decimal_comma: bool, value: str | None) -> None:
    expected = None if value is None else Decimal(value)
    assert parse_money(text, decimal_comma) == expected


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "1.2.3,4,5", "--"])
def test_parse_money_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        parse_money(text, decimal_comma=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-01-05", date(2026, 1, 5)),
        ("01/05/2026", date(2026, 1, 5)),
        ("1/5/2026 12:00:00 AM", date(2026, 1, 5)),
        ("05.01.2026", date(2026, 1, 5)),
        ("20260105", date(2026, 1, 5)),
        ("", None),
    ],
)
def test_parse_entry_date(text: str, value: date | None) -> None:
    assert parse_entry_date(text) == value
