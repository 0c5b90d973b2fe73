"""Build the application packet: render its parts, merge attachments, number, bookmark, sign.

Parts, in order: front matter (cover and contents), the main chapters, one part per
attachment (the attached PDF itself, or a rendered text / placeholder chapter), and the tail
(SHA-256 appendix and the MOU). Every rendered part is laid out once; only the small front
matter is laid out twice (once to learn how many pages the contents take).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.platypus import Flowable, PageBreak

from isa_desktop.pdf import packet as story
from isa_desktop.pdf.data import PacketData
from isa_desktop.pdf.fonts import check_glyphs, missing_characters
from isa_desktop.pdf.layout import BuildCancelled, Furniture, Heading, PartTemplate
from isa_desktop.pdf.merge import Inspected, inspect
from isa_desktop.pdf.mou import mou_story, slot_fields
from isa_desktop.pdf.signing import add_signature_fields
from isa_desktop.pdf.stamp import Stamper
from isa_desktop.pdf.text import clean

Progress = Callable[[int, int, str], None]
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
class Part:
    """One run of pages: rendered by reportlab (``pdf``) or an attached document (``reader``)."""

    pages: int
    reader: PdfReader
    headings: list[Heading] = field(default_factory=list)
    title: str | None = None       # bookmark for an attachment part
    footer: str = ""               # stamped left footer (attachments)
    offset: int = 0


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
            cancel: Callable[[], bool] | None) -> Part:
    buffer = io.BytesIO()
    doc = PartTemplate(buffer, furniture, cancel=cancel)
    doc.render(flowables)
    return Part(doc.page, PdfReader(io.BytesIO(buffer.getvalue())), list(doc.headings))


def build_packet_pdf(data: PacketData, progress: Progress | None = None,
                     cancel: Callable[[], bool] | None = None) -> BuildResult:
    """The whole packet as PDF bytes (raises MissingGlyphs before rendering anything)."""
    check_glyphs(story.packet_texts(data))
    steps = _Steps(len(data.attachments) + 5, progress, cancel)
    steps.step("Checked the text")
    inspected, warnings = _inspect_all(data, steps)
    furniture = Furniture(header_left=f"{clean(data.company_name)} — {clean(data.title)}",
                          header_right=clean(data.program_title), numbered=False,
                          footer_note="DRAFT — not ready to submit" if data.draft else "")
    main = _render(_main_story(data, inspected), furniture, cancel)
    steps.step("Laid out the chapters")
    parts = [main, *_attachment_parts(inspected, furniture, cancel)]
    mou = mou_story(data.mou, key="mou")
    tail = _render([*story.appendix(inspected), PageBreak(), *mou.flowables], furniture, cancel)
    parts.append(tail)
    steps.step("Laid out the appendix and the MOU")
    front = _front(data, parts, furniture, cancel)
    steps.step("Wrote the contents")
    pdf, pages = _assemble(data, [front, *parts])
    fields = slot_fields(mou.slots, {p: tail.offset + p - 1 for p in range(1, tail.pages + 1)})
    pdf = add_signature_fields(pdf, fields)
    steps.step("Merged and numbered the pages")
    return BuildResult(pdf, pages, warnings)


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
                            f"{len(missing)} character(s) the font cannot print; they appear "
                            "as \ufffd.")
        inspected.append(item)
        steps.step(f"Checked {doc.filename}")
    return inspected, warnings


def _main_story(data: PacketData, inspected: list[Inspected]) -> list[Flowable]:
    chapters = [story.eligibility_chapter(data)]
    chapters += [story.form_chapter(c) for c in data.chapters]
    chapters += [story.remediation_chapter(data), story.testing_chapter(data),
                 story.policies_chapter(data, inspected)]
    flowables: list[Flowable] = []
    for chapter in (c for c in chapters if c):
        if flowables:
            flowables.append(PageBreak())
        flowables.extend(chapter)
    return flowables


def _attachment_parts(inspected: list[Inspected], furniture: Furniture,
                      cancel: Callable[[], bool] | None) -> list[Part]:
    parts = []
    for item in inspected:
        if item.kind == "pdf" and item.reader is not None:
            parts.append(Part(item.pages, item.reader, title=story.attachment_title(item),
                              footer=f"Attachment {item.doc.label}"))
        elif item.kind in ("text", "broken"):
            parts.append(_render(story.attachment_story(item), furniture, cancel))
    return parts


def _front(data: PacketData, parts: list[Part], furniture: Furniture,
           cancel: Callable[[], bool] | None) -> Part:
    """Cover and contents; laid out first with dummy numbers to learn its own length."""
    cover_furniture = Furniture(furniture.header_left, furniture.header_right, numbered=False,
                                footer_note=furniture.footer_note, bare_pages=frozenset({1}))

    def layout(front_pages: int | None) -> Part:
        entries = _toc_entries(parts, front_pages)
        return _render([*story.cover(data), PageBreak(), *story.contents(entries)],
                       cover_furniture, cancel)

    front = layout(None)
    for _ in range(2):  # the real numbers never change the length; the loop is a safeguard
        final = layout(front.pages)
        if final.pages == front.pages:
            return final
        front = final
    return front


def _toc_entries(parts: list[Part], front_pages: int | None) -> list[tuple[int, str, int]]:
    """(level, title, page number) of chapters and sections; 999 while the length is unknown."""
    entries: list[tuple[int, str, int]] = []
    offset = front_pages or 0
    for part in parts:
        if part.title is not None:
            entries.append((0, part.title, offset + 1 if front_pages else 999))
        else:
            entries += [(h.level, h.title, offset + h.page if front_pages else 999)
                        for h in part.headings if h.level <= 1]
        offset += part.pages
    return entries


def _assemble(data: PacketData, parts: list[Part]) -> tuple[bytes, int]:
    writer = PdfWriter()
    for part in parts:
        start = len(writer.pages)
        writer.append(part.reader, import_outline=False)
        part.offset = start
        if part.title is not None:
            for page in writer.pages[start:]:
                _strip_actions(page)
    total = len(writer.pages)
    stamper = Stamper(writer)
    for part in parts:
        for index in range(part.pages):
            number = part.offset + index + 1
            if number == 1:  # the cover: watermark only
                stamper.stamp(writer.pages[0], number, total, data.draft, numbered=False)
                continue
            footer = f"{part.footer}, page {index + 1} of {part.pages}" if part.footer else ""
            stamper.stamp(writer.pages[part.offset + index], number, total, data.draft, footer)
    _outline(writer, parts)
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


def _outline(writer: PdfWriter, parts: list[Part]) -> None:
    writer.add_outline_item(title="Contents", page_number=1)
    parents: dict[int, object] = {}
    for part in parts[1:]:
        entries = ([(0, part.title, 1)] if part.title is not None
                   else [(h.level, h.title, h.page) for h in part.headings])
        for level, title, page in entries:
            parent = parents.get(level - 1) if level else None
            item = writer.add_outline_item(title=title, page_number=part.offset + page - 1,
                                           parent=parent, is_open=False)
            parents[level] = item
            for deeper in [k for k in parents if k > level]:
                del parents[deeper]
