"""Reusable flowables: answers under their questions, data tables, contact cards, signatures.

Tables repeat their header row on every page. A table cell cannot break across pages, so a
table whose cells hold more text than a page can show is printed as a list of records instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from isa_desktop.pdf.data import Contact, Item, TableData
from isa_desktop.pdf.layout import FRAME_WIDTH
from isa_desktop.pdf.styles import INK, MUTED, RULE, grid, styles
from isa_desktop.pdf.text import markup, para, paragraphs

NOT_ANSWERED = "Not answered"
# A cell taller than about 40 lines cannot be guaranteed to fit on one page.
_CELL_LINES = 40
_CHAR_WIDTH = 4.6  # average width of a character at the cell size, in points
_PADDING = 9.0  # a cell's left and right padding (grid()) plus a hair for rounding
_MAX_SHARE = 0.45  # the most of a table's width one column may take to keep a word whole
NBSP = "\u00a0"


def item_flowables(item: Item, nested: bool = False) -> list[Flowable]:
    """The question label in bold with its answer (and follow-ups) beneath."""
    st = styles()
    label_style = st.follow_label if nested else st.label
    answer_style = st.follow_answer if nested else st.answer
    result: list[Flowable] = [para(item.label, label_style)]
    if item.table is not None:
        tables = table_flowables(item.table, FRAME_WIDTH - 10)
        for flowable in tables:
            flowable.hAlign = "RIGHT"  # sits under the answer indent
        result.extend(tables)
    elif item.text is None or not item.text.strip():
        result.append(Paragraph(NOT_ANSWERED, _muted_like(answer_style)))
    else:
        result.extend(paragraphs(item.text, answer_style))
    for follow in item.follow_ups:
        result.extend(item_flowables(follow, nested=True))
    return result


def _muted_like(style: object) -> object:
    st = styles()
    return st.muted.clone("muted_" + style.name, leftIndent=style.leftIndent)  # type: ignore[attr-defined]


def _fits(data: TableData, widths: list[float]) -> bool:
    """Whether every cell fits comfortably on one page in its column."""
    for row in data.rows:
        for text, width in zip(row, widths):
            if len(text) > (width / _CHAR_WIDTH) * _CELL_LINES:
                return False
    return True


def _widths(data: TableData, total: float) -> list[float]:
    weights = data.widths or [1.0] * len(data.columns)
    scale = total / sum(weights)
    return _room_for_words([w * scale for w in weights], _longest_words(data), total)


def _longest_words(data: TableData) -> list[float]:
    """Per column, the width of its widest word (heading in bold, cells in the cell font).

    Words are cut at ordinary spaces only: a no-break space keeps a phone number whole.
    """
    st = styles()
    result = []
    for index, heading in enumerate(data.columns):
        words = [(w, st.cell_head.fontName) for w in heading.split(" ")]
        words += [(w, st.cell.fontName) for row in data.rows if index < len(row)
                  for w in row[index].split(" ")]
        result.append(max((stringWidth(w, font, st.cell.fontSize) for w, font in words),
                          default=0.0) + _PADDING)
    return result


def _room_for_words(widths: list[float], needs: list[float], total: float) -> list[float]:
    """Widen columns too narrow for their longest word, taking room from columns with some
    to spare, so email addresses, numbers and short words are never cut in the middle.

    A column never claims more than :data:`_MAX_SHARE` of the table (a 64-character hash may
    still break); when the words cannot all fit, the widths are left as they were.
    """
    needs = [min(n, total * _MAX_SHARE) for n in needs]
    if sum(needs) >= total:
        return widths
    deficit = sum(max(n - w, 0.0) for w, n in zip(widths, needs))
    spare = sum(max(w - n, 0.0) for w, n in zip(widths, needs))
    if deficit <= 0:
        return widths
    return [n if w <= n else w - deficit * (w - n) / spare for w, n in zip(widths, needs)]


def table_flowables(data: TableData, total_width: float = FRAME_WIDTH) -> list[Flowable]:
    """A table with a repeated header row, or a record list when cells are too long."""
    st = styles()
    if not data.rows:
        return [Paragraph("No rows.", st.muted)]
    widths = _widths(data, total_width)
    if not _fits(data, widths):
        return record_list(data)
    head = [Paragraph(markup(c), st.cell_head) for c in data.columns]
    body = [[para(cell, st.cell) for cell in row] for row in data.rows]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid())
    return [table]


def record_list(data: TableData) -> list[Flowable]:
    """Rows printed one after another as "column: value" paragraphs (for very long cells)."""
    st = styles()
    result: list[Flowable] = []
    for number, row in enumerate(data.rows, start=1):
        result.append(Paragraph(f"Row {number}", st.h3))
        for column, value in zip(data.columns, row):
            result.append(para(column, st.follow_label))
            result.extend(paragraphs(value or "—", st.follow_answer))
    return result


def key_values(rows: list[tuple[str, str]], label_width: float = 1.9 * inch) -> Table:
    """A two-column label/value table without a header (cover page, attachment facts)."""
    st = styles()
    cells = [[Paragraph(markup(k), st.cell_head), para(v, st.cell)] for k, v in rows]
    table = Table(cells, colWidths=[label_width, FRAME_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def contacts_table(contacts: list[Contact]) -> list[Flowable]:
    """Role, name, title, email and phone of each contact.

    Phone numbers are joined with no-break spaces and the columns sized to the longest email
    address and number, so neither is cut across two lines.
    """
    data = TableData(["Role", "Name", "Title", "Email", "Phone"],
                     [[c.role, c.name or "—", c.title or "—", c.email or "—",
                       keep_together(c.phone) or "—"] for c in contacts],
                     widths=[1.2, 1.3, 1.3, 1.7, 1.1])
    return table_flowables(data)


def keep_together(text: str) -> str:
    """``text`` with its spaces made no-break (a phone number that must stay on one line)."""
    return " ".join(text.split()).replace(" ", NBSP)


@dataclass
class SlotRecord:
    """Where a signature box landed: part page and rectangle in points."""

    name: str
    page: int = 0
    box: tuple[float, float, float, float] = (0, 0, 0, 0)


class SignatureSlot(Flowable):
    """A boxed signing area; records its page and position for the PDF signature field."""

    def __init__(self, record: SlotRecord, width: float, height: float = 0.55 * inch) -> None:
        super().__init__()
        self.record = record
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.line(0, 0, self.width, 0)
        canvas.setFillColor(MUTED)
        canvas.setFont(styles().small.fontName, 6.5)
        canvas.drawString(2, 3, "Signature")
        canvas.restoreState()
        x, y = canvas.absolutePosition(0, 0)
        self.record.page = canvas.getPageNumber()
        self.record.box = (x, y + 1, x + self.width, y + self.height)


def signature_block(rows: list[tuple[str, str]], record: SlotRecord,
                    width: float) -> list[Flowable]:
    """The signing box and name/title/date lines (for a table cell, below its heading)."""
    st = styles()
    parts: list[Flowable] = [Spacer(1, 4), SignatureSlot(record, width), Spacer(1, 6)]
    for label, value in rows:
        line = Table([[Paragraph(markup(label), st.cell_head), para(value, st.cell)]],
                     colWidths=[0.8 * inch, width - 0.8 * inch], hAlign="LEFT")
        line.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.5, INK),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 7),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        parts.append(line)
    return parts
