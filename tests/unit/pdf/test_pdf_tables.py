"""Records tables in words (overrides shown), column widths that keep words whole, plurals."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

from isa_desktop.pdf import collect
from isa_desktop.pdf.blocks import NBSP, contacts_table, keep_together, table_flowables
from isa_desktop.pdf.data import Contact, TableData
from isa_desktop.pdf.fill import PLAN_COLUMNS, risk_table
from isa_desktop.pdf.layout import FRAME_WIDTH
from isa_desktop.pdf.packet import counted
from isa_desktop.pdf.styles import styles

RISK = {
    "pga": {"area": "pga", "area_label": "Other government agency requirements",
            "likelihood": 3, "impact": 4, "score": 12, "computed_rating": "medium",
            "override_rating": "high", "rating": "high",
            "override_reason": "One missing certificate can hold a whole container."},
    "valuation": {"area": "valuation", "area_label": "Valuation", "likelihood": 3,
                  "impact": 5, "score": 15, "computed_rating": "high",
                  "override_rating": None, "override_reason": None, "rating": "high"},
}


def test_risk_matrix_shows_an_override_and_its_reason() -> None:
    table = risk_table(RISK)
    assert table is not None
    assert table.columns[-1] == "Reason for the override"
    pga, valuation = table.rows
    assert pga[4] == "High (overridden from Medium)"
    assert pga[5] == "One missing certificate can hold a whole container."
    assert valuation[4] == "High" and valuation[5] == ""


def test_risk_matrix_without_overrides_has_no_reason_column() -> None:
    table = risk_table({"valuation": RISK["valuation"]})
    assert table is not None and "Reason for the override" not in table.columns
    assert table.rows == [["Valuation", "3", "5", "15", "High"]]


def test_plan_prints_words_not_codes_and_gives_room_to_what_is_tested() -> None:
    plan = {"adcvd": {"area_label": "Antidumping", "what_tested": "Section 301 duties",
                      "method": "full", "frequency": "semiannual", "reviewer": "Audit",
                      "error_threshold_pct": 5.0},
            "broker": {"area_label": "Brokers", "what_tested": "Entries", "method": "judgmental",
                       "frequency": "annual", "reviewer": "Audit", "error_threshold_pct": 5.0},
            "hts": {"area_label": "Classification", "what_tested": "HTS numbers",
                    "method": "attribute", "frequency": "quarterly", "reviewer": "Audit",
                    "error_threshold_pct": 2.5}}
    table = collect.records_table(plan, PLAN_COLUMNS)
    assert table is not None
    assert [row[2:4] for row in table.rows] == [["100 % review", "Twice a year"],
                                               ["Judgmental", "Yearly"],
                                               ["Attribute sampling", "Quarterly"]]
    assert table.widths is not None
    what = table.widths[table.columns.index("What is tested")]
    assert what == max(table.widths) and what > 2 * table.widths[table.columns.index("Method")]


def _column_widths(data: TableData) -> list[float]:
    table = table_flowables(data)[0]
    assert isinstance(table, Table)
    return [float(w) for w in table._colWidths]


def test_columns_widen_to_keep_email_addresses_and_phone_numbers_whole() -> None:
    people = [Contact("ISA-Product Safety contact", "Hannah Lindqvist",
                      "Product Quality and Safety Manager", "hlindqvist@cascaderidge.example",
                      "+1 253 555 0163")]
    table = contacts_table(people)[0]
    assert isinstance(table, Table)
    widths = [float(w) for w in table._colWidths]
    font, size = styles().cell.fontName, styles().cell.fontSize
    assert widths[3] > stringWidth("hlindqvist@cascaderidge.example", font, size) + 8
    assert widths[4] > stringWidth("+1 253 555 0163", font, size) + 8
    assert abs(sum(widths) - FRAME_WIDTH) < 0.01
    assert keep_together(" +1  253 555 0163 ") == f"+1{NBSP}253{NBSP}555{NBSP}0163"


def test_narrow_columns_take_room_only_from_columns_with_some_to_spare() -> None:
    data = TableData(["Ref.", "Text"], [["A1", "short words only here"],
                                       ["supercalifragilistic", "x"]], widths=[0.2, 5.8])
    ref, text = _column_widths(data)
    font, size = styles().cell.fontName, styles().cell.fontSize
    assert ref >= stringWidth("supercalifragilistic", font, size) + 8
    assert abs(ref + text - FRAME_WIDTH) < 0.01
    # A word wider than the table can give grows its column only so far, then breaks.
    hashes = TableData(["SHA-256", "Note"], [["f" * 200, "n"]], widths=[0.5, 5.5])
    sha, _note = _column_widths(hashes)
    assert FRAME_WIDTH * 0.3 < sha <= FRAME_WIDTH * 0.45 + 0.01


def test_counts_take_the_right_number() -> None:
    assert counted(1, "page") == "1 page"
    assert counted(2, "page") == "2 pages"
    assert counted(1200, "entry", "entries") == "1,200 entries"
