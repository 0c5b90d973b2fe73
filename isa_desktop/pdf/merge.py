"""Attached documents: inspection (what can be merged, and why not) and packet assembly.

Attachments come from users and from other people's files, so each is inspected before it is
merged: a password-protected, truncated, fake or oversized PDF is named with the reason and a
placeholder page stands in for it; the rest of the packet still builds.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PyPdfError

from isa_desktop.pdf.data import AttachmentDoc

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 40 * 1024 * 1024
MAX_PDF_PAGES = 1500
MAX_TEXT_BYTES = 2 * 1024 * 1024
TEXT_TYPES = ("text/plain", "text/markdown", "text/csv")
TEXT_SUFFIXES = (".txt", ".md", ".csv", ".text")
# What pypdf raises on a damaged file: its own errors plus the Python errors a malformed
# object structure provokes in its parser.
DAMAGE_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
                 OverflowError, RecursionError, UnicodeError, AssertionError, OSError)
DAMAGED = "is damaged or incomplete and cannot be read as a PDF"


@dataclass
class Inspected:
    """An attachment after inspection: how it goes into the packet."""

    doc: AttachmentDoc
    kind: str                     # "pdf" | "text" | "other" | "broken"
    pages: int = 0
    reader: PdfReader | None = None
    text: str | None = None
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)

    def describe_problem(self) -> str:
        """One sentence for the user naming the document and what is wrong."""
        return (f"Attachment {self.doc.label} \u201c{self.doc.filename}\u201d "
                f"({self.doc.question}) {self.problem}; a placeholder page stands in for it.")


def _is_pdf(doc: AttachmentDoc, data: bytes) -> bool:
    return (doc.media_type == "application/pdf" or data[:1024].lstrip().startswith(b"%PDF")
            or doc.filename.lower().endswith(".pdf"))


def _is_text(doc: AttachmentDoc) -> bool:
    return doc.media_type in TEXT_TYPES or doc.filename.lower().endswith(TEXT_SUFFIXES)


def inspect(doc: AttachmentDoc) -> Inspected:
    """Decide how ``doc`` goes into the packet, never raising for a bad document."""
    # pypdf logs every repair it makes; the user gets one sentence per document instead.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        return _inspect(doc)
    finally:
        pypdf_log.setLevel(level)


def _inspect(doc: AttachmentDoc) -> Inspected:
    try:
        data = doc.load()
    except Exception as exc:  # noqa: BLE001 - any storage failure is reported, not fatal
        log.warning("attachment %s could not be loaded: %s", doc.id, type(exc).__name__)
        return Inspected(doc, "broken", problem="could not be read from the application file")
    if _is_pdf(doc, data):
        return _inspect_pdf(doc, data)
    if _is_text(doc):
        return _inspect_text(doc, data)
    return Inspected(doc, "other")


def _inspect_pdf(doc: AttachmentDoc, data: bytes) -> Inspected:
    if len(data) > MAX_PDF_BYTES:
        size = len(data) / (1024 * 1024)
        return Inspected(doc, "broken", problem=f"is {size:.0f} MB, more than the "
                         f"{MAX_PDF_BYTES // (1024 * 1024)} MB a packet can merge; send it "
                         "separately")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return Inspected(doc, "broken", problem="is not really a PDF (its content is of "
                         "another kind)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password")
        pages = len(reader.pages)
        if pages == 0:
            return Inspected(doc, "broken", problem="has no pages")
        if pages > MAX_PDF_PAGES:
            return Inspected(doc, "broken", problem=f"has {pages} pages, more than the "
                             f"{MAX_PDF_PAGES} a packet can merge; send it separately")
        _touch(reader)
    except FileNotDecryptedError:
        return Inspected(doc, "broken", problem="is protected by a password; save an "
                         "unprotected copy and attach it again")
    except DAMAGE_ERRORS as exc:
        log.info("attachment %s is damaged: %s", doc.id, type(exc).__name__)
        return Inspected(doc, "broken", problem=DAMAGED)
    return Inspected(doc, "pdf", pages=pages, reader=reader)


def _touch(reader: PdfReader) -> None:
    """Resolve each page's content streams and resources, where damage shows (no parsing).

    A file damaged deeper than this is caught when it is merged; the packet is then rebuilt
    with a placeholder for it (see ``assemble.build_packet_pdf``).
    """
    for page in reader.pages:
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        for part in contents if isinstance(contents, list) else [contents]:
            if part is not None:
                part.get_object()
        resources = page.get("/Resources")
        for category in (resources.get_object().values() if resources is not None else ()):
            category = category.get_object()
            if isinstance(category, dict):
                for value in category.values():
                    value.get_object()


def _inspect_text(doc: AttachmentDoc, data: bytes) -> Inspected:
    if len(data) > MAX_TEXT_BYTES:
        return Inspected(doc, "broken", problem="is a text file larger than 2 MB; send it "
                         "separately")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows editors save as cp1252; every byte decodes, nothing is dropped.
        text = data.decode("cp1252", errors="replace")
    return Inspected(doc, "text", text=text)


def readable_size(size: int) -> str:
    """``1.2 MB``, ``830 KB``, ``512 bytes``."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
