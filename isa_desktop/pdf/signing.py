"""PDF signature fields and signing with a PKCS#12 certificate (pyHanko).

Fields are added as an incremental update to the finished document, and signing is always the
last step: any rewrite after signing would break the signature.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from isa_desktop.errors import UserError

log = logging.getLogger(__name__)


class SigningError(UserError):
    """The document could not be signed (certificate, passphrase or field problem)."""


@dataclass(frozen=True)
class FieldSpec:
    """An empty signature field: its name, 0-based page index and box in points."""

    name: str
    page: int
    box: tuple[float, float, float, float]


def add_signature_fields(pdf: bytes, specs: list[FieldSpec]) -> bytes:
    """``pdf`` with an empty, visible signature field for each spec (incremental update)."""
    if not specs:
        return pdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    buffer = io.BytesIO(pdf)
    writer = IncrementalPdfFileWriter(buffer, strict=False)
    for spec in specs:
        box = tuple(round(v) for v in spec.box)
        append_signature_field(writer, SigFieldSpec(spec.name, on_page=spec.page,
                                                    box=box))  # type: ignore[arg-type]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_empty_signature_field(writer: PdfWriter, spec: FieldSpec) -> None:
    """Add an empty signature field to a pypdf writer (for the packet, assembled by pypdf).

    The same structure pyHanko writes: a merged field/widget with ``/FT /Sig`` listed in the
    AcroForm; pyHanko can sign it later. Doing it here avoids re-reading a 300-page document.
    """
    page = writer.pages[spec.page]
    widget = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(spec.name),
        NameObject("/F"): NumberObject(4),
        NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in spec.box]),
        NameObject("/P"): page.indirect_reference})
    reference = writer._add_object(widget)
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else ArrayObject()
    annots.append(reference)
    page[NameObject("/Annots")] = annots
    root = writer._root_object
    if "/AcroForm" not in root:
        root[NameObject("/AcroForm")] = writer._add_object(
            DictionaryObject({NameObject("/Fields"): ArrayObject()}))
    acro_form = root["/AcroForm"].get_object()  # type: ignore[union-attr]
    acro_form["/Fields"].append(reference)  # type: ignore[index]


def _load_signer(p12: Path, passphrase: bytes | None) -> object:
    from pyhanko.sign import signers

    try:
        data = Path(p12).read_bytes()
    except FileNotFoundError:
        raise SigningError(f"The certificate file {p12} does not exist.") from None
    except OSError as exc:
        raise SigningError(f"The certificate file {p12} could not be read "
                           f"({exc.strerror}).") from None
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, other_certs=set(),
                                                     passphrase=passphrase)
    except (ValueError, TypeError, KeyError) as exc:
        log.info("PKCS#12 load failed: %s", type(exc).__name__)
        raise SigningError(f"The certificate {Path(p12).name} could not be opened: the "
                           "passphrase is wrong or the file is not a PKCS#12 (.p12/.pfx) "
                           "certificate with its private key.") from None


def sign_pdf(pdf: bytes, field_name: str, p12: Path, passphrase: bytes | None,
             signer_name: str | None = None, reason: str | None = None) -> bytes:
    """Sign the existing empty field ``field_name`` of ``pdf`` with the certificate ``p12``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.general import SigningError as HankoSigningError

    signer = _load_signer(p12, passphrase)
    meta = signers.PdfSignatureMetadata(field_name=field_name, name=signer_name or None,
                                        reason=reason)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = io.BytesIO()
    try:
        signers.sign_pdf(writer, meta, signer=signer, output=out,  # type: ignore[arg-type]
                         existing_fields_only=True)
    except HankoSigningError as exc:
        raise SigningError(f"The document could not be signed: {exc}") from None
    return out.getvalue()
