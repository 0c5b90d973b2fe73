"""Stamp "Page X of Y" (and DRAFT) on every page of an assembled document.

A packet is assembled from rendered parts and merged attachments, so its page numbers are
written last, straight into each page: the page's own content is wrapped in ``q … Q`` and a
small content stream is appended, using the standard Helvetica font (ASCII text only, nothing
to embed). This costs a few dictionary operations per page and never re-parses the content of
an attached document.
"""

from __future__ import annotations

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from isa_desktop.pdf.layout import FOOTER_Y, MARGIN_X

_FONT = "/ISADeskHelv"
_BOLD = "/ISADeskHelvB"
_GS = "/ISADeskGS"


def _font(base: str) -> DictionaryObject:
    return DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject(base),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})


def _matrix(page: PageObject) -> tuple[list[float], float, float]:
    """A matrix from upright display coordinates to user space, and the display size."""
    box = page.cropbox
    llx, lly = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    rotation = int(page.get("/Rotate", 0) or 0) % 360
    if rotation == 90:
        return [0, 1, -1, 0, llx + width, lly], height, width
    if rotation == 180:
        return [-1, 0, 0, -1, llx + width, lly + height], width, height
    if rotation == 270:
        return [0, -1, 1, 0, llx, lly + height], height, width
    return [1, 0, 0, 1, llx, lly], width, height


def _text(value: str) -> str:
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _overlay(page: PageObject, number: int, total: int, draft: bool, left: str,
             numbered: bool) -> bytes:
    matrix, width, height = _matrix(page)
    footer = f"Page {number} of {total}"
    x = width - MARGIN_X - stringWidth(footer, "Helvetica", 7.5)
    ops = ["Q q", " ".join(f"{v:.3f}" for v in matrix) + " cm"]
    if draft:
        # Centre the rotated word: start point = centre - rotation(half width, cap height/3).
        half, lift = stringWidth("DRAFT", "Helvetica-Bold", 120) / 2, 40
        cos, sin = 0.766, 0.643
        x0 = width / 2 - (half * cos - lift * sin)
        y0 = height / 2 - (half * sin + lift * cos)
        ops += [f"q {_GS} gs 0.114 0.306 0.537 rg BT {_BOLD} 120 Tf",
                f"{cos} {sin} {-sin} {cos} {x0:.2f} {y0:.2f} Tm (DRAFT) Tj ET Q"]
    if numbered:
        ops.append(f"BT {_FONT} 7.5 Tf 0.38 0.43 0.49 rg {x:.2f} {FOOTER_Y:.2f} Td "
                   f"({_text(footer)}) Tj ET")
    if left:
        ops.append(f"BT {_FONT} 7.5 Tf 0.38 0.43 0.49 rg {MARGIN_X:.2f} {FOOTER_Y:.2f} Td "
                   f"({_text(left)}) Tj ET")
    ops.append("Q")
    return "\n".join(ops).encode("ascii", "replace")


class Stamper:
    """Adds the overlay to pages of one writer, sharing fonts and the opening ``q``."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self.font = writer._add_object(_font("/Helvetica"))
        self.bold = writer._add_object(_font("/Helvetica-Bold"))
        self.gs = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/ExtGState"),
            NameObject("/ca"): FloatObject(0.08)}))
        opening = DecodedStreamObject()
        opening.set_data(b"q\n")
        self.opening = writer._add_object(opening)

    def _resources(self, page: PageObject) -> None:
        found = page.get_inherited("/Resources", None)
        resources = DictionaryObject(found.get_object()) if found is not None else \
            DictionaryObject()
        fonts = resources.get("/Font")
        fonts = DictionaryObject(fonts.get_object()) if fonts is not None else DictionaryObject()
        fonts[NameObject(_FONT)] = self.font
        fonts[NameObject(_BOLD)] = self.bold
        states = resources.get("/ExtGState")
        states = DictionaryObject(states.get_object()) if states is not None else \
            DictionaryObject()
        states[NameObject(_GS)] = self.gs
        resources[NameObject("/Font")] = fonts
        resources[NameObject("/ExtGState")] = states
        page[NameObject("/Resources")] = resources

    def stamp(self, page: PageObject, number: int, total: int, draft: bool,
              left: str = "", numbered: bool = True) -> None:
        """Wrap the page's content and append the footer (and watermark) stream."""
        self._resources(page)
        stream = DecodedStreamObject()
        stream.set_data(_overlay(page, number, total, draft, left, numbered))
        overlay = self.writer._add_object(stream)
        contents = page.get("/Contents")
        parts: list[IndirectObject] = [self.opening]
        if contents is not None:
            resolved = contents.get_object()
            if isinstance(resolved, ArrayObject):
                parts.extend(resolved)
            else:
                parts.append(contents if isinstance(contents, IndirectObject)
                             else self.writer._add_object(resolved))
        parts.append(overlay)
        page[NameObject("/Contents")] = ArrayObject(parts)
