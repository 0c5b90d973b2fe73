"""User text turned into safe reportlab flowables.

Three rules hold for every character a user typed:

* it is printed literally: reportlab's ``Paragraph`` reads a markup language, so user text is
  always escaped (``xml.sax.saxutils.escape``) and never concatenated into markup unescaped;
  ``<a href>`` or ``<img src>`` typed in an answer can neither add a link nor fetch a file;
* no single word can break the layout: every style sets ``splitLongWords``, so a word wider
  than its column is broken across lines (the text itself is left exactly as typed, so copying
  it out of the PDF gives back what the user wrote);
* no single paragraph is huge: reportlab's line breaking is super-linear in paragraph length,
  so text is cut into pieces of at most :data:`PARA_CHUNK` characters (at a sentence or word
  boundary when there is one), each its own flowable that can move to the next page.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

PARA_CHUNK = 1500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def clean(text: object) -> str:
    """Text ready for checking and printing: NFC, ``\\n`` line ends, control codes made visible.

    NFC turns decomposed accents (``e`` + combining acute) into the precomposed letters the
    font has, which is how Vietnamese and French names print correctly. Control characters
    cannot be drawn, so they are shown by code point rather than dropped.
    """
    value = unicodedata.normalize("NFC", str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


def markup(text: object) -> str:
    """Escaped paragraph markup for one piece of user text (line breaks kept)."""
    return escape(clean(text)).replace("\n", "<br/>")


def _cut(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut after a sentence, else at a space."""
    pieces: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 4:
            cut = limit - 1
        pieces.append(text[:cut + 1])
        text = text[cut + 1:]
    if text:
        pieces.append(text)
    return pieces


def paragraphs(text: object, style: ParagraphStyle) -> list[Flowable]:
    """Flowables for a user text of any length; blank lines separate paragraphs."""
    value = clean(text).strip("\n")
    result: list[Flowable] = []
    for block in _BLANK_LINES.split(value):
        for piece in _cut(block.strip("\n"), PARA_CHUNK):
            if piece.strip():
                result.append(Paragraph(escape(piece).replace("\n", "<br/>"), style))
    return result


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """One paragraph of short user text (a name, a cell); long text goes through paragraphs()."""
    return Paragraph(markup(text), style)


def ours(template_markup: str, style: ParagraphStyle, **values: object) -> Paragraph:
    """A paragraph of our own markup with user values escaped into ``{name}`` slots."""
    escaped = {key: markup(value) for key, value in values.items()}
    return Paragraph(template_markup.format(**escaped), style)
