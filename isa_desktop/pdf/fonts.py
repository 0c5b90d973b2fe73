"""The embedded Unicode font (DejaVu Sans) and the check for characters it cannot print.

reportlab's built-in Helvetica silently drops anything outside Latin-1, so every document uses
DejaVu Sans, shipped in ``resources/fonts/``. Before rendering, user text is checked against the
characters the font really has; a missing one is reported by its Unicode name instead of
printing as an empty box or nothing at all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from isa_desktop.errors import UserError

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
          FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
# Characters that never reach the font: line breaks and tabs become layout.
_LAYOUT = frozenset("\n\r\t")


def fonts_dir() -> Path:
    """Where the TTF files are (``resources/fonts``)."""
    from isa_desktop import paths  # local: paths is cheap, but keep import-time side effects nil

    return paths.resources_dir() / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the three faces once; returns the code points every face can print."""
    folder = fonts_dir()
    covered: set[int] | None = None
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise UserError(f"The font file {path} is missing; reinstall ISA Desktop.")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        points = set(font.face.charToGlyph)
        covered = points if covered is None else covered & points
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    return frozenset(covered or ())


def char_name(char: str) -> str:
    """A readable name for one character: ``U+4E2D CJK UNIFIED IDEOGRAPH-4E2D``."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"


def missing_characters(text: str) -> list[str]:
    """The distinct characters of ``text`` the font cannot print, in order of appearance."""
    covered = register_fonts()
    seen: dict[str, None] = {}
    for char in set(text):
        if char not in _LAYOUT and ord(char) not in covered:
            seen[char] = None
    return sorted(seen, key=text.index)


@dataclass(frozen=True)
class GlyphProblem:
    """Characters one field uses that the font lacks."""

    where: str
    characters: tuple[str, ...]

    def describe(self) -> str:
        """``Legal name: U+4E2D CJK UNIFIED IDEOGRAPH-4E2D``."""
        return f"{self.where}: " + ", ".join(char_name(c) for c in self.characters)


class MissingGlyphs(UserError):
    """User text contains characters the embedded font cannot print; nothing was written."""

    def __init__(self, problems: list[GlyphProblem]) -> None:
        self.problems = problems
        shown = "; ".join(p.describe() for p in problems[:5])
        extra = len(problems) - 5
        more = f" (and {extra} more field{'s' if extra != 1 else ''})" if extra > 0 else ""
        super().__init__("The document cannot print some characters, so it was not built. "
                         f"Replace or remove them: {shown}{more}.")


def check_glyphs(fields: Iterable[tuple[str, str]]) -> None:
    """Raise :class:`MissingGlyphs` naming every field (where, text) with unprintable text."""
    problems = [GlyphProblem(where, tuple(missing))
                for where, text in fields if text and (missing := missing_characters(text))]
    if problems:
        raise MissingGlyphs(problems)
