"""User text is printed literally, long text is cut safely, missing glyphs are named."""

from __future__ import annotations

import pytest

from isa_desktop.pdf.fonts import MissingGlyphs, check_glyphs, missing_characters
from isa_desktop.pdf.styles import styles
from isa_desktop.pdf.text import PARA_CHUNK, clean, markup, paragraphs


def test_markup_escapes_everything_reportlab_would_interpret() -> None:
    text = "<b>x</b> & <img src='http://127.0.0.1:9/x.png'> <a href='http://e.example/'>"
    assert markup(text) == ("&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src='http://127.0.0.1:9/x.png'"
                            "&gt; &lt;a href='http://e.example/'&gt;")


def test_line_breaks_become_breaks_and_controls_become_visible() -> None:
    assert markup("a\r\nb") == "a<br/>b"
    assert clean("bell\x07") == "bell[U+0007]"


def test_decomposed_accents_are_composed_for_the_font() -> None:
    assert clean("Nguye\u0302\u0303n") == "Nguyễn"


def test_huge_text_is_cut_into_bounded_paragraphs_without_losing_characters() -> None:
    text = "word " * 50_000 + "x" * 100_000
    pieces = paragraphs(text, styles().body)
    assert len(pieces) > 100
    total = "".join(p.text for p in pieces)  # type: ignore[attr-defined]
    assert total.replace(" ", "") == text.replace(" ", "")
    assert max(len(p.text) for p in pieces) <= PARA_CHUNK + 10  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["François Lefèvre", "Jürgen Groß", "Nguyễn Thị Hương",
                                  "Wałęsa Łódź", "Çağrı Şahin", "Ελευθερία Παπαδοπούλου",
                                  "Дмитрий Иванов"])
def test_european_greek_cyrillic_and_vietnamese_names_are_covered(name: str) -> None:
    assert missing_characters(name) == []


def test_missing_glyphs_are_named_with_the_field() -> None:
    with pytest.raises(MissingGlyphs) as caught:
        check_glyphs([("Legal name", "Acme 张伟"), ("Website", "fine")])
    message = str(caught.value)
    assert "Legal name" in message
    assert "U+5F20 CJK UNIFIED IDEOGRAPH-5F20" in message
    assert "Website" not in message
