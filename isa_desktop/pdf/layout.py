"""Page furniture and the document template: header, "Page X of Y", DRAFT, heading records.

A document may be assembled from parts (front matter, body, merged attachments), so the page
numbers a part prints are computed by a :class:`Furniture` that knows where the part sits in
the whole. Footers are drawn when the part is saved, once its own page count is known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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


class BuildCancelled(UserError):
    """The user cancelled a document build; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


@dataclass
class Furniture:
    """What every page of one part shows, and how its numbers map into the whole document."""

    header_left: str
    header_right: str = ""
    draft: bool = False
    first_number: int = 1                       # whole-document number of this part's page 1
    extra_total: int = 0                        # pages of the whole not in this part
    bare_pages: frozenset[int] = frozenset()    # part pages without furniture (the cover)
    inserted_before: Callable[[int], int] = field(default=lambda page: 0)
    footer_note: str = ""

    def number(self, page: int) -> int:
        """Whole-document number of part page ``page`` (1-based)."""
        return self.first_number + page - 1 + self.inserted_before(page)

    def draw(self, canvas: Canvas, page: int, count: int) -> None:
        """Header rule, footer with "Page X of Y" and, for drafts, the watermark."""
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
        canvas.line(MARGIN_X, 0.62 * inch, width - MARGIN_X, 0.62 * inch)
        total = count + self.extra_total
        canvas.drawRightString(width - MARGIN_X, 0.45 * inch,
                               f"Page {self.number(page)} of {total}")
        if self.footer_note:
            canvas.drawString(MARGIN_X, 0.45 * inch,
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


class Marker(Flowable):
    """Zero-size flowable that records the page it lands on (where merged pages go)."""

    def __init__(self, payload: Any) -> None:
        super().__init__()
        self.payload = payload
        self.page = 0
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


class PartTemplate(BaseDocTemplate):
    """A letter-size document with one frame, recording headings and honouring cancel."""

    def __init__(self, target: Any, furniture: Furniture,
                 cancel: Callable[[], bool] | None = None, **kw: Any) -> None:
        super().__init__(target, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH,
                      PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="body", frames=[frame])])
        self.furniture = furniture
        self.cancel = cancel
        self.headings: list[Heading] = []
        self._seen = 0

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
        self.build(story, canvasmaker=canvas_class(self.furniture))


def heading(flowable: Flowable, level: int, title: str, key: str) -> Flowable:
    """Mark ``flowable`` as a heading (bookmark + table of contents entry)."""
    flowable._heading = Heading(level, title, key)  # type: ignore[attr-defined]
    return flowable
