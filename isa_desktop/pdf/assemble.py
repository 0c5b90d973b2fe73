"""Build the application packet: render it, merge attachments, number, bookmark, add fields.

The body (chapters, text and placeholder attachment chapters, SHA-256 appendix, MOU) is laid
out in one reportlab pass; each attached PDF is then merged before the page where the next
rendered chapter starts. Only the small front matter (cover and contents) is laid out after
the body, when every page number is known. "Page X of Y" is stamped on the finished document.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.platypus import Flowable, PageBreak

from isa_desktop.pdf import packet as story
from isa_desktop.pdf.blocks import SlotRecord
from isa_desktop.pdf.data import PacketData
from isa_desktop.pdf.fonts import check_glyphs, missing_characters
from isa_desktop.pdf.layout import BuildCancelled, Furniture, Heading, PartTemplate
from isa_desktop.pdf.merge import DAMAGE_ERRORS, DAMAGED, Inspected, inspect
from isa_desktop.pdf.mou import mou_story, slot_fields
from isa_desktop.pdf.signing import add_empty_signature_field
from isa_desktop.pdf.stamp import Stamper
from isa_desktop.pdf.text import clean

Progress = Callable[[int, int, str], None]
_TOC_ROWS_PER_PAGE = 34
_UNSAFE_ACTIONS = frozenset({"/JavaScript", "/Launch", "/SubmitForm", "/ImportData",
                             "/GoToR", "/GoToE", "/ResetForm"})


@dataclass
class BuildResult:
    """A finished document: its bytes, page count and anything the user should know."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """The document's SHA-256 (recorded in the file's document history)."""
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass
class Segment:
    """A run of pages of one source: part of the rendered body, or a whole attached PDF."""

    reader: PdfReader
    start: int                     # first page (0-based) in the reader
    stop: int                      # one past the last page
    title: str | None = None       # bookmark of an attached PDF
    footer: str = ""               # stamped left footer (attachments)
    offset: int = 0                # index of the first page in the finished document
    item: Inspected | None = None  # the attachment it comes from

    @property
    def pages(self) -> int:
        """How many pages the segment has."""
        return self.stop - self.start


class _Steps:
    """Progress reporting and cancel checks between steps."""

    def __init__(self, total: int, progress: Progress | None,
                 cancel: Callable[[], bool] | None) -> None:
        self.done, self.total, self.progress, self.cancel = 0, total, progress, cancel

    def step(self, message: str) -> None:
        if self.cancel is not None and self.cancel():
            raise BuildCancelled()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, message)


def _render(flowables: list[Flowable], furniture: Furniture,
            cancel: Callable[[], bool] | None) -> tuple[PdfReader, int, list[Heading]]:
    buffer = io.BytesIO()
    doc = PartTemplate(buffer, furniture, cancel=cancel)
    doc.render(flowables)
    return PdfReader(io.BytesIO(buffer.getvalue())), doc.page, list(doc.headings)


class _MergeFailed(Exception):
    """An attachment that passed inspection failed while being merged."""

    def __init__(self, item: Inspected) -> None:
        super().__init__(item.doc.filename)
        self.item = item


def build_packet_pdf(data: PacketData, progress: Progress | None = None,
                     cancel: Callable[[], bool] | None = None) -> BuildResult:
    """The whole packet as PDF bytes (raises MissingGlyphs before rendering anything)."""
    check_glyphs(story.packet_texts(data))
    steps = _Steps(len(data.attachments) + 4, progress, cancel)
    steps.step("Checked the text")
    inspected, warnings = _inspect_all(data, steps)
    while True:
        try:
            pdf, pages = _build(data, inspected, steps, cancel)
            return BuildResult(pdf, pages, warnings)
        except _MergeFailed as failed:  # rare: damage deeper than inspection reads
            failed.item.kind, failed.item.problem, failed.item.reader = "broken", DAMAGED, None
            warnings.append(failed.item.describe_problem())
            steps.done = len(data.attachments) + 1


def _build(data: PacketData, inspected: list[Inspected], steps: _Steps,
           cancel: Callable[[], bool] | None) -> tuple[bytes, int]:
    furniture = Furniture(header_left=f"{clean(data.company_name)} — {clean(data.title)}",
                          header_right=clean(data.program_title), numbered=False,
                          footer_note="DRAFT — not ready to submit" if data.draft else "")
    mou = mou_story(data.mou, key="mou")
    flowables, inserts = _body_story(data, inspected, mou.flowables)
    body, body_pages, headings = _render(flowables, furniture, cancel)
    steps.step("Laid out the chapters")
    segments = _segments(body, body_pages, inserts)
    front = _front(data, segments, headings, furniture, cancel)
    steps.step("Wrote the contents")
    pdf, pages = _assemble(data, front, segments, headings, mou.slots)
    steps.step("Merged and numbered the pages")
    return pdf, pages


def _inspect_all(data: PacketData, steps: _Steps) -> tuple[list[Inspected], list[str]]:
    inspected, warnings = [], []
    for doc in data.attachments:
        item = inspect(doc)
        if item.kind == "broken":
            warnings.append(item.describe_problem())
        elif item.kind == "text" and item.text and (missing := missing_characters(item.text)):
            # A policy document is not the user's typing: print it with visible stand-ins.
            for char in missing:
                item.text = item.text.replace(char, "\ufffd")
            warnings.append(f"Attachment {doc.label} \u201c{doc.filename}\u201d contains "
                            f"{story.counted(len(missing), 'character')} the font cannot "
                            f"print; {'they appear' if len(missing) > 1 else 'it appears'} "
                            "as \ufffd.")
        inspected.append(item)
        steps.step(f"Checked {doc.filename}")
    return inspected, warnings


def _body_story(data: PacketData, inspected: list[Inspected], mou: list[Flowable]
                ) -> tuple[list[Flowable], list[tuple[Inspected, Heading]]]:
    """Every rendered chapter in order, and for each attached PDF the heading it precedes."""
    chapters = [story.eligibility_chapter(data)]
    chapters += [story.form_chapter(c) for c in data.chapters]
    chapters += [story.remediation_chapter(data), story.testing_chapter(data),
                 story.policies_chapter(data, inspected)]
    pending: list[Inspected] = []
    inserts: list[tuple[Inspected, Heading]] = []
    for item in inspected:
        if item.kind == "pdf":
            pending.append(item)
        elif item.kind in ("text", "broken"):
            chapter = story.attachment_story(item)
            inserts += [(p, chapter[0]._heading) for p in pending]  # type: ignore[attr-defined]
            pending = []
            chapters.append(chapter)
    appendix = story.appendix(inspected)
    inserts += [(p, appendix[0]._heading) for p in pending]  # type: ignore[attr-defined]
    chapters += [appendix, mou]
    flowables: list[Flowable] = []
    for chapter in (c for c in chapters if c):
        if flowables:
            flowables.append(PageBreak())
        flowables.extend(chapter)
    return flowables, inserts


def _segments(body: PdfReader, body_pages: int,
              inserts: list[tuple[Inspected, Heading]]) -> list[Segment]:
    """Body page runs with each attached PDF before the page of its following heading."""
    segments: list[Segment] = []
    start = 0
    for item, anchor in inserts:
        cut = anchor.page - 1
        if cut > start:
            segments.append(Segment(body, start, cut))
            start = cut
        if item.reader is not None:
            segments.append(Segment(item.reader, 0, item.pages,
                                    title=story.attachment_title(item),
                                    footer=f"Attachment {item.doc.label}", item=item))
    segments.append(Segment(body, start, body_pages))
    return segments


def _place(segments: list[Segment], first: int) -> dict[int, int]:
    """Set each segment's offset; return body page (1-based) → document page index."""
    body_index: dict[int, int] = {}
    offset = first
    for segment in segments:
        segment.offset = offset
        if segment.title is None:
            for page in range(segment.start, segment.stop):
                body_index[page + 1] = offset + page - segment.start
        offset += segment.pages
    return body_index


def _entries(segments: list[Segment], headings: list[Heading], front_pages: int,
             max_level: int = 1) -> list[tuple[int, str, int]]:
    """(level, title, document page index) in reading order, for contents and bookmarks."""
    body_index = _place(segments, front_pages)
    entries: list[tuple[int, str, int]] = []
    for segment in segments:
        if segment.title is not None:
            entries.append((0, segment.title, segment.offset))
            continue
        entries += [(h.level, h.title, body_index[h.page]) for h in headings
                    if h.level <= max_level and segment.start < h.page <= segment.stop]
    return entries


def _front(data: PacketData, segments: list[Segment], headings: list[Heading],
           furniture: Furniture, cancel: Callable[[], bool] | None) -> tuple[PdfReader, int]:
    """Cover and contents, laid out once (again only if its length was guessed wrong)."""
    cover_furniture = Furniture(furniture.header_left, furniture.header_right, numbered=False,
                                footer_note=furniture.footer_note, bare_pages=frozenset({1}))
    rows = len(_entries(segments, headings, 0))
    front_pages = 1 + max(1, math.ceil((rows + 2) / _TOC_ROWS_PER_PAGE))
    for _ in range(3):
        entries = [(level, title, index + 1) for level, title, index
                   in _entries(segments, headings, front_pages)]
        reader, pages, _ = _render([*story.cover(data), PageBreak(), *story.contents(entries)],
                                   cover_furniture, cancel)
        if pages == front_pages:
            break
        front_pages = pages
    return reader, pages


def _assemble(data: PacketData, front: tuple[PdfReader, int], segments: list[Segment],
              headings: list[Heading], slots: list[SlotRecord]) -> tuple[bytes, int]:
    front_reader, front_pages = front
    body_index = _place(segments, front_pages)
    writer = PdfWriter()
    writer.append(front_reader, import_outline=False)
    for segment in segments:
        try:
            writer.append(segment.reader, pages=(segment.start, segment.stop),
                          import_outline=False)
        except DAMAGE_ERRORS:
            if segment.item is None:
                raise
            raise _MergeFailed(segment.item) from None
        if segment.title is not None:
            for page in writer.pages[segment.offset:segment.offset + segment.pages]:
                _strip_actions(page)
    total = len(writer.pages)
    stamper = Stamper(writer)
    stamper.stamp(writer.pages[0], 1, total, data.draft, numbered=False)  # cover
    footers = {s.offset + i: f"{s.footer}, page {i + 1} of {s.pages}"
               for s in segments if s.footer for i in range(s.pages)}
    for index in range(1, total):
        stamper.stamp(writer.pages[index], index + 1, total, data.draft,
                      footers.get(index, ""))
    _outline(writer, _entries(segments, headings, front_pages, max_level=2))
    for spec in slot_fields(slots, body_index):
        add_empty_signature_field(writer, spec)
    writer.add_metadata({"/Title": f"{clean(data.title)} — {clean(data.company_name)}",
                         "/Author": clean(data.author or data.company_name),
                         "/Subject": clean(data.subject or data.program_title),
                         "/Creator": "ISA Desktop", "/Producer": "ISA Desktop (reportlab, pypdf)"})
    writer._root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), total


def _strip_actions(page: object) -> None:
    """Remove scripts and launch actions an attached document might carry on its pages."""
    page_dict = page  # a pypdf PageObject is a dictionary
    if "/AA" in page_dict:  # type: ignore[operator]
        del page_dict["/AA"]  # type: ignore[attr-defined]
    for annot_ref in page_dict.get("/Annots", None) or []:  # type: ignore[attr-defined]
        annot = annot_ref.get_object()
        action = annot.get("/A")
        if action is not None and action.get_object().get("/S") in _UNSAFE_ACTIONS:
            del annot["/A"]
        if "/AA" in annot:
            del annot["/AA"]


def _outline(writer: PdfWriter, entries: list[tuple[int, str, int]]) -> None:
    writer.add_outline_item(title="Contents", page_number=1)
    parents: dict[int, Any] = {}  # pypdf's outline items (IndirectObject)
    for level, title, index in entries:
        parent = parents.get(level - 1) if level else None
        parents[level] = writer.add_outline_item(title=title, page_number=index,
                                                 parent=parent, is_open=False)
        for deeper in [k for k in parents if k > level]:
            del parents[deeper]
