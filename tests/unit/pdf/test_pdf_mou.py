"""The MOU reads back with its IOR numbers, unsigned fields, footers and metadata."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from isa_desktop.pdf.mou import CBP_FIELD, OFFICER_FIELD, render_mou
from tests.unit.pdf.conftest import make_mou, pdf_text, squash

HOSTILE = ["<b>", "</i>", "&", "&amp;", "<img src='http://127.0.0.1:9/x.png'>",
           "<a href='http://evil.example/'>click</a>", "[[x]]", "<font color='[[1+1]]'>",
           "{legal_name}", "%s", "\\", "Nguyễn", "Łódź", "Ελλάδα", "Москва", "Çağrı", "é"]


def _links(pdf: bytes) -> list[object]:
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        for annot in page.get("/Annots", None) or []:
            obj = annot.get_object()
            if obj.get("/Subtype") == "/Link" or "/A" in obj:
                found.append(obj)
    return found


def test_mou_has_iors_unsigned_fields_footers_and_metadata() -> None:
    pdf, pages = render_mou(make_mou())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == pages >= 2
    fields = reader.get_fields() or {}
    assert {OFFICER_FIELD, CBP_FIELD} <= set(fields)
    for name in (OFFICER_FIELD, CBP_FIELD):
        assert fields[name].get("/FT") == "/Sig"
        assert fields[name].get("/V") is None  # not signed yet
    text = pdf_text(pdf)
    assert "84-3927715-00" in text and "84-3927715-01" in text
    for number in range(1, pages + 1):
        assert f"Page{number}of{pages}" in squash(reader.pages[number - 1].extract_text())
    assert reader.metadata.title == "Memorandum of Understanding"
    assert reader.metadata.author == "Cascade Ridge Outfitters, Inc."
    assert "DRAFT" not in text


def test_draft_mou_says_so_on_every_page() -> None:
    data = make_mou()
    data.draft = True
    pdf, _ = render_mou(data)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert "DRAFT" in page.extract_text()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6).map("".join),
       st.text(alphabet=st.characters(codec="latin-1", exclude_categories=("Cc", "Cf", "Zs")),
               min_size=1, max_size=40))
def test_hostile_text_prints_literally_and_adds_no_links(hostile: str, noise: str) -> None:
    name = f"{hostile} {noise}"
    pdf, _ = render_mou(make_mou(name=name, officer=noise + hostile, entity=hostile,
                                 title=hostile, address=noise + hostile))
    text = pdf_text(pdf)
    assert squash(hostile) in text
    assert squash(noise) in text
    assert _links(pdf) == []
