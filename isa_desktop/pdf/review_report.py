"""The broker's pre-certification evaluation report: opinion, findings by area, open items.

Built from a plain :class:`ReviewReportData` (filled by ``services/review_report.py``); the
reviewer signs in the ``ReviewerSignature`` field, digitally or on paper.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from isa_desktop.pdf.blocks import SlotRecord, key_values, signature_block, table_flowables
from isa_desktop.pdf.data import TableData
from isa_desktop.pdf.fonts import check_glyphs
from isa_desktop.pdf.layout import Furniture, PartTemplate, heading
from isa_desktop.pdf.mou import slot_fields
from isa_desktop.pdf.signing import add_signature_fields
from isa_desktop.pdf.styles import styles
from isa_desktop.pdf.text import clean, markup, para, paragraphs

REVIEWER_FIELD = "ReviewerSignature"
TITLE = "Pre-certification evaluation report"


@dataclass(frozen=True)
class FindingRow:
    """One checklist item with the reviewer's finding."""

    item: str
    finding: str
    reference: str
    comment: str


@dataclass
class AreaFindings:
    """The findings of one review area, in checklist order."""

    title: str
    rows: list[FindingRow]


@dataclass(frozen=True)
class OpenItem:
    """A finding that needs work, with where the importer stands on it."""

    item: str
    comment: str
    reference: str
    status: str


@dataclass
class ReviewReportData:
    """Everything the evaluation report prints."""

    company_name: str
    facts: list[tuple[str, str]]
    opinion: str
    summary: str
    areas: list[AreaFindings]
    open_items: list[OpenItem]
    reviewer: str
    reviewer_firm: str
    date: str
    draft: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every printed string with where it comes from (for the glyph check)."""
        yield "Legal name", self.company_name
        yield from self.facts
        yield "Summary opinion", self.summary
        for area in self.areas:
            for row in area.rows:
                yield f"Finding on {row.item}", f"{row.comment} {row.reference}"
        yield "Reviewer", f"{self.reviewer} {self.reviewer_firm}"


def _h(text: str, level: int, key: str) -> Flowable:
    st = styles()
    return heading(para(text, (st.h1, st.h2, st.h3)[level]), level, clean(text), key)


def review_story(data: ReviewReportData) -> tuple[list[Flowable], SlotRecord]:
    """The report's flowables and the reviewer's signature slot."""
    st = styles()
    story: list[Flowable] = [para(TITLE, st.title), para(data.company_name, st.subtitle),
                             Spacer(1, 8), key_values(data.facts), Spacer(1, 12),
                             _h("Summary opinion", 0, "opinion"),
                             Paragraph(markup(data.opinion), st.h3)]
    story += paragraphs(data.summary or "No summary opinion has been written yet.", st.body)
    if data.counts:
        story.append(para(", ".join(f"{n} {label.lower()}" for label, n in data.counts.items()),
                          st.muted))
    story.append(_h("Findings", 0, "findings"))
    for number, area in enumerate(data.areas):
        story.append(_h(area.title, 1, f"area{number}"))
        rows = [[r.item, r.finding, r.reference, r.comment] for r in area.rows]
        story += table_flowables(TableData(["Checked", "Finding", "Reviewed", "Comment"], rows,
                                           widths=[2.0, 0.85, 1.6, 2.2]))
    story.append(_h("Open items", 0, "open"))
    if not data.open_items:
        story.append(para("No item needs further work.", st.body))
    else:
        rows = [[o.item, o.comment, o.reference, o.status] for o in data.open_items]
        story += table_flowables(TableData(["Item", "What is needed", "Reviewed", "Importer"],
                                           rows, widths=[2.0, 2.4, 1.2, 1.0]))
    slot = SlotRecord(REVIEWER_FIELD)
    block = signature_block([("Name", data.reviewer), ("Firm", data.reviewer_firm),
                             ("Date", "")], slot, 3.4 * inch)
    story.append(KeepTogether([Spacer(1, 14), _h("Reviewer", 0, "reviewer"),
                               *paragraphs("I reviewed the application package described above "
                                           "and this report states my findings.", st.body),
                               *block]))
    return story, slot


def render_review_report(data: ReviewReportData) -> tuple[bytes, int]:
    """The report as PDF bytes with an empty ``ReviewerSignature`` field, and its page count."""
    check_glyphs(data.texts())
    buffer = io.BytesIO()
    furniture = Furniture(header_left=f"{clean(data.company_name)} — {TITLE}",
                          header_right="Broker pre-certification", draft=data.draft,
                          footer_note="DRAFT — review not completed" if data.draft else "")
    doc = PartTemplate(buffer, furniture, title=f"{TITLE} — {clean(data.company_name)}",
                       author=clean(data.reviewer or data.company_name),
                       subject="Importer Self-Assessment broker pre-certification review",
                       creator="ISA Desktop")
    story, slot = review_story(data)
    doc.render(story)
    return add_signature_fields(buffer.getvalue(), slot_fields([slot])), doc.page
