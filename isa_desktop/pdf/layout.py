"""Page furniture and the document template: header, "Page X of Y", DRAFT, heading records.

A one-part document numbers its pages when it is saved (the count is known only then); a
packet is assembled from parts, so its numbers are stamped on the finished document instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from isa_desktop.errors import UserError
from isa_desktop.pdf.fonts import FONT, FONT_BOLD
from isa_desktop.pdf.styles import ACCENT, MUTED, RULE

PAGE = letter
MARGIN_X = 0.85 * inch
MARGIN_TOP = 0.95 * inch
MARGIN_BOTTOM = 0.85 * inch
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FOOTER_Y = 0.45 * inch
FOOTER_RULE_Y = 0.62 * inch


class BuildCancelled(UserError):
    """The user cancelled a document build; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


@dataclass
class Furniture:
    """What every page of one part shows: header, rules and, for one-part documents, numbers.

    A packet is assembled from several parts, so its "Page X of Y" is stamped on the finished
    document (``merge.stamp_pages``); a one-part document (MOU, ANL) numbers its own pages.
    """

    header_left: str
    header_right: str = ""
    draft: bool = False
    numbered: bool = True
    footer_note: str = ""
    bare_pages: frozenset[int] = frozenset()    # part pages without furniture (the cover)

    def draw(self, canvas: Canvas, page: int, count: int | None) -> None:
        """Header and footer rules, header text, footer note and page numbers."""
        if self.draft:
            draw_watermark(canvas)
        if page in self.bare_pages:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        top = height - 0.6 * inch
        canvas.drawString(MARGIN_X, top, fit(self.header_left, FONT, 7.5, FRAME_WIDTH * 0.55))
        canvas.drawRightString(width - MARGIN_X, top,
                               fit(self.header_right, FONT, 7.5, FRAME_WIDTH * 0.42))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, width - MARGIN_X, top - 5)
        canvas.line(MARGIN_X, FOOTER_RULE_Y, width - MARGIN_X, FOOTER_RULE_Y)
        if count is not None:
            canvas.drawRightString(width - MARGIN_X, FOOTER_Y, f"Page {page} of {count}")
        if self.footer_note:
            canvas.drawString(MARGIN_X, FOOTER_Y,
                              fit(self.footer_note, FONT, 7.5, FRAME_WIDTH * 0.6))
        canvas.restoreState()


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points (headers only)."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def draw_watermark(canvas: Canvas) -> None:
    """A large pale diagonal DRAFT behind the page."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFillAlpha(0.08)
    canvas.setFont(FONT_BOLD, 120)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, -40, "DRAFT")
    canvas.restoreState()


def canvas_class(furniture: Furniture) -> type[Canvas]:
    """A canvas that keeps its pages until save() and then draws furniture with the count."""

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._page_states)
            for index, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                furniture.draw(self, index, count)
                Canvas.showPage(self)
            Canvas.save(self)

    return _NumberedCanvas


@dataclass
class Heading:
    """A heading placed in the story: its level, title and the part page it landed on."""

    level: int
    title: str
    key: str
    page: int = 0


class PartTemplate(BaseDocTemplate):
    """A letter-size document with one frame, recording headings and honouring cancel."""

    def __init__(self, target: Any, furniture: Furniture,
                 cancel: Callable[[], bool] | None = None, **kw: Any) -> None:
        super().__init__(target, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH,
                      PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="body", frames=[frame], onPage=self._on_page)])
        self.furniture = furniture
        self.cancel = cancel
        self.headings: list[Heading] = []
        self._seen = 0

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not self.furniture.numbered:  # numbered parts draw at save(), knowing the count
            self.furniture.draw(canvas, canvas.getPageNumber(), None)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        """Note where headings land; check for cancel now and then."""
        heading = getattr(flowable, "_heading", None)
        if heading is not None:
            heading.page = self.page
            self.headings.append(heading)
        self._seen += 1
        if self.cancel is not None and self._seen % 25 == 0 and self.cancel():
            raise BuildCancelled()

    def render(self, story: list[Flowable]) -> None:
        """Build the story in one pass with the numbered canvas."""
        if self.furniture.numbered:
            self.build(story, canvasmaker=canvas_class(self.furniture))
        else:
            self.build(story)


def heading(flowable: Flowable, level: int, title: str, key: str) -> Flowable:
    """Mark ``flowable`` as a heading (bookmark + table of contents entry)."""
    flowable._heading = Heading(level, title, key)  # type: ignore[attr-defined]
    return flowable
