"""Paragraph and table styles shared by every document (one typeface, a calm palette)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from isa_desktop.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#cbd2d9")
HEADER_FILL = colors.HexColor("#e4ebf5")
ZEBRA = colors.HexColor("#f5f7fa")
WARN = colors.HexColor("#9b2c2c")


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of a document."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    answer: ParagraphStyle
    follow_label: ParagraphStyle
    follow_answer: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    bullet: ParagraphStyle
    center: ParagraphStyle
    warning: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 9.5, "leading": 13.5, "textColor": INK,
            "alignment": TA_LEFT, "splitLongWords": 1, "allowWidows": 0, "allowOrphans": 0}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    register_fonts()
    return Styles(
        body=_style("body", spaceAfter=6),
        small=_style("small", fontSize=8, leading=10.5),
        muted=_style("muted", fontName=FONT_ITALIC, textColor=MUTED, fontSize=9,
                     leading=12.5, spaceAfter=4),
        label=_style("label", fontName=FONT_BOLD, fontSize=9.5, leading=13, spaceBefore=7,
                     spaceAfter=2, keepWithNext=1),
        answer=_style("answer", leftIndent=10, spaceAfter=3),
        follow_label=_style("follow_label", fontName=FONT_BOLD, fontSize=8.5, leading=12,
                            leftIndent=10, spaceBefore=3, spaceAfter=1, textColor=MUTED,
                            keepWithNext=1),
        follow_answer=_style("follow_answer", leftIndent=20, spaceAfter=3),
        h1=_style("h1", fontName=FONT_BOLD, fontSize=17, leading=22, textColor=ACCENT,
                  spaceAfter=10, keepWithNext=1),
        h2=_style("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
                  spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=_style("h3", fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=9,
                  spaceAfter=3, keepWithNext=1),
        title=_style("title", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=ACCENT,
                     spaceAfter=8),
        subtitle=_style("subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=4),
        cell=_style("cell", fontSize=8.5, leading=11),
        cell_head=_style("cell_head", fontName=FONT_BOLD, fontSize=8.5, leading=11),
        toc1=_style("toc1", fontName=FONT_BOLD, fontSize=10, leading=14),
        toc2=_style("toc2", fontSize=9.5, leading=13, leftIndent=14),
        bullet=_style("bullet", leftIndent=16, bulletIndent=4, spaceAfter=3),
        center=_style("center", alignment=TA_CENTER),
        warning=_style("warning", fontName=FONT_BOLD, textColor=WARN, spaceAfter=6),
    )


def grid(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """Light rules, a tinted header row and optional zebra stripes."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
                     ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1),
                         [colors.white, ZEBRA]))
    return TableStyle(commands)
