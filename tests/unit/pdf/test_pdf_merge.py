"""Attachments: broken documents are named and replaced; good ones merge with numbered pages."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from isa_desktop.pdf.data import AttachmentDoc
from isa_desktop.pdf.merge import MAX_PDF_BYTES, inspect


def _pdf(pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for number in range(pages):
        drawing.drawString(72, 700, f"policy page {number + 1}")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def _encrypted() -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(_pdf())))
    writer.encrypt("secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _doc(data: bytes, name: str = "policy.pdf", media: str = "application/pdf") -> AttachmentDoc:
    return AttachmentDoc(1, "policies.general.document", name, media, len(data), "0" * 64,
                         lambda: data, label="A1", question="General compliance manual")


def test_a_good_pdf_is_merged_with_its_page_count() -> None:
    item = inspect(_doc(_pdf(3)))
    assert (item.kind, item.pages, item.problem) == ("pdf", 3, None)


@pytest.mark.parametrize(("data", "reason"), [
    (_encrypted(), "password"),
    (_pdf()[: len(_pdf()) // 2], "damaged"),
    (b"PK\x03\x04 a zip file renamed", "not really a PDF"),
    (b"%PDF-1.7\n" + b"0" * (MAX_PDF_BYTES + 1), "MB"),
    (b"%PDF-1.4\n%%EOF", "damaged"),
])
def test_broken_pdfs_are_named_with_the_reason(data: bytes, reason: str) -> None:
    item = inspect(_doc(data))
    assert item.kind == "broken"
    message = item.describe_problem()
    assert reason in message and "policy.pdf" in message and "placeholder" in message


def test_text_documents_are_decoded_and_other_formats_listed() -> None:
    assert inspect(_doc("Procédure\n".encode(), "p.txt", "text/plain")).text == "Procédure\n"
    assert inspect(_doc(b"\xe9t\xe9", "p.txt", "text/plain")).text == "été"
    assert inspect(_doc(b"PK\x03\x04", "p.docx", "application/vnd.openxmlformats")).kind == \
        "other"


def test_a_document_that_cannot_be_loaded_is_reported() -> None:
    def fail() -> bytes:
        raise OSError("disk")

    doc = AttachmentDoc(1, "q", "x.pdf", "application/pdf", 1, "0" * 64, fail, "A1", "Q")
    assert inspect(doc).kind == "broken"
