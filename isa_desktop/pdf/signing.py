"""PDF signature fields and signing with a PKCS#12 certificate (pyHanko).

Fields are added as an incremental update to the finished document, and signing is always the
last step: any rewrite after signing would break the signature. The certificate is checked
before use (private key present, inside its validity dates), and the visible stamp is drawn by
reportlab in the embedded DejaVu font, so names in any script the font covers print correctly
(pyHanko's own stamp uses a Latin-1 standard font and a logo that crowds the small box).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

#: Points kept free at the bottom of a field for the "Signature" caption the page prints there.
CAPTION_SPACE = 10.0
# Letters that NFKD does not decompose but a typist without the keyboard writes plainly.
_PLAIN = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe",
                        "þ": "th", "ð": "d"})


class SigningError(UserError):
    """The document could not be signed (certificate, passphrase or field problem)."""


class PassphraseNeeded(SigningError):
    """The certificate file is protected and no passphrase was given (ask for one)."""


@dataclass(frozen=True)
class FieldSpec:
    """An empty signature field: its name, 0-based page index and box in points."""

    name: str
    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class Identity:
    """A loaded signing certificate: the pyHanko signer, whose it is and when it is valid."""

    signer: Any  # pyhanko.sign.signers.SimpleSigner (imported lazily: pyHanko is slow to load)
    holder: str
    valid_from: dt.datetime
    valid_until: dt.datetime


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


# -- the certificate --------------------------------------------------------------------------
def load_identity(p12: Path, passphrase: bytes | None,
                  now: dt.datetime | None = None) -> Identity:
    """Open the PKCS#12 file ``p12``; refuse it unless it holds a key and is valid ``now``."""
    from pyhanko.sign import signers

    p12 = Path(p12)
    data = _read(p12)
    key, cert, used = _unpack(p12, data, passphrase)
    if key is None:
        raise SigningError(f"The certificate file {p12.name} holds no private key; export the "
                           "certificate together with its key (a .p12 or .pfx file with the "
                           "private key) and try again.")
    if cert is None:
        raise SigningError(f"The certificate file {p12.name} holds a private key but not its "
                           "certificate; export the certificate together with its key.")
    holder = certificate_holder(cert)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    now = now or dt.datetime.now(dt.UTC)
    span = f"it is valid from {start:%Y-%m-%d} to {end:%Y-%m-%d}"
    if now > end:
        raise SigningError(f"The certificate of {holder} expired on {end:%Y-%m-%d} ({span}); "
                           "renew it or use a current certificate.")
    if now < start:
        raise SigningError(f"The certificate of {holder} is not valid yet ({span}); sign on "
                           "or after its first day.")
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=set(),
                                                       passphrase=used)
    except ValueError:  # a key type pyHanko cannot sign with
        raise SigningError(f"The key in {p12.name} is of a kind that cannot sign PDF "
                           "documents; use an RSA or elliptic-curve signing certificate.") from None
    return Identity(signer, holder, start, end)


def _read(p12: Path) -> bytes:
    try:
        return p12.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"The certificate file {p12} does not exist.") from None
    except OSError as exc:
        raise SigningError(f"The certificate file {p12} could not be read "
                           f"({exc.strerror}).") from None


def _unpack(p12: Path, data: bytes, passphrase: bytes | None) -> tuple[Any, Any, bytes | None]:
    """Key, certificate and the passphrase that opened them (an unprotected file opens with
    any passphrase, and an empty passphrase is tried too: exporters differ on "none")."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    for attempt in dict.fromkeys([passphrase, None, b""]):
        try:
            bundle = pkcs12.load_pkcs12(data, attempt)
        except (ValueError, TypeError):
            continue
        return bundle.key, bundle.cert.certificate if bundle.cert else None, attempt
    if not _is_pkcs12(data):
        raise SigningError(f"{p12.name} is not a PKCS#12 certificate file (.p12 or .pfx); "
                           "export the certificate with its private key in that format.")
    log.info("PKCS#12 passphrase refused for %s", p12.name)
    if not passphrase:
        raise PassphraseNeeded(f"The certificate {p12.name} is protected by a passphrase; "
                               "give its passphrase to sign.")
    raise SigningError(f"The certificate {p12.name} could not be opened: the passphrase is "
                       "wrong.")


def _is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is structurally a PKCS#12 file (to tell junk from a wrong passphrase)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError):
        return False


def certificate_holder(cert: Any) -> str:
    """The certificate subject's common name (or its whole subject when it has none)."""
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else cert.subject.rfc4514_string()
    return str(value, "utf-8", "replace") if isinstance(value, bytes) else str(value)


def _words(name: str) -> list[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(c))
    return re.findall(r"\w+", plain.casefold().translate(_PLAIN))


def name_matches(holder: str, person: str) -> bool:
    """Whether the certificate ``holder`` names ``person``: every word of the person's name
    appears in it, ignoring case, accents and order ("Whitfield, Dana (test)" names
    "Dana Whitfield")."""
    wanted, present = _words(person), _words(holder)
    return bool(wanted) and all(present.count(w) >= wanted.count(w) for w in set(wanted))


# -- the visible stamp ------------------------------------------------------------------------
def stamp_pdf(width: float, height: float, holder: str, when: dt.datetime) -> bytes:
    """A one-page PDF of ``width`` × ``height`` points: who signed and when, in DejaVu Sans,
    as large as fits above the caption space."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from isa_desktop.pdf.fonts import FONT, FONT_BOLD, register_fonts
    from isa_desktop.pdf.styles import INK, MUTED

    register_fonts()
    inner_w, inner_h = width - 6, height - CAPTION_SPACE - 3
    stamp_time = f"on {when.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
    size = 11.0  # the name's size; the two small lines are about three quarters of it
    while True:
        small = max(5.5, size * 0.72)
        names = simpleSplit(" ".join(holder.split()), FONT_BOLD, size, inner_w) or [""]
        if 2 * small * 1.2 + len(names) * size * 1.15 <= inner_h or size <= 4.5:
            break
        size -= 0.5
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1,
                    initialFontName=FONT, initialFontSize=small)
    y = height - 2
    for text, font, colour, points in [("Digitally signed by", FONT, MUTED, small),
                                       *((n, FONT_BOLD, INK, size) for n in names),
                                       (stamp_time, FONT, MUTED, small)]:
        y -= points * (1.2 if points == small else 1.15)
        canvas.setFont(font, points)
        canvas.setFillColor(colour)
        canvas.drawString(3, y + points * 0.2, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stamp_style(when: dt.datetime) -> Any:
    """A pyHanko stamp style that imports :func:`stamp_pdf` as the field's appearance."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import BaseStamp, BaseStampStyle

    class _Stamp(BaseStamp):
        """The appearance of one signed field: the stamp page, drawn at the field's size."""

        def __init__(self, writer: Any, style: Any, box: Any, holder: str) -> None:
            super().__init__(writer=writer, style=style, box=box)
            self.holder = holder

        def _render_inner_content(self) -> list[bytes]:
            page = stamp_pdf(self.box.width, self.box.height, self.holder, when)
            reader = PdfFileReader(io.BytesIO(page))
            xobject = self._ensure_writer.import_page_as_xobject(reader, 0)
            self.resources.xobject["/IsaStamp"] = xobject
            return [b"/IsaStamp Do"]

    @dataclass(frozen=True)
    class _Style(BaseStampStyle):
        """No border and no logo: the page already frames the field."""

        def create_stamp(self, writer: Any, box: Any, text_params: dict[str, Any]) -> _Stamp:
            return _Stamp(writer, self, box, str(text_params.get("signer", "")))

    return _Style(border_width=0)


def sign_pdf(pdf: bytes, field_name: str, p12: Path | Identity, passphrase: bytes | None,
             signer_name: str | None = None, reason: str | None = None) -> bytes:
    """Sign the existing empty field ``field_name`` of ``pdf`` with the certificate ``p12``
    (a path, or an :class:`Identity` already loaded). The stamp shows ``signer_name``,
    by default the certificate holder."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.general import SigningError as HankoSigningError

    identity = p12 if isinstance(p12, Identity) else load_identity(p12, passphrase)
    meta = signers.PdfSignatureMetadata(field_name=field_name,
                                        name=signer_name or identity.holder, reason=reason)
    pdf_signer = signers.PdfSigner(meta, signer=identity.signer,
                                   stamp_style=_stamp_style(dt.datetime.now(dt.UTC)))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, existing_fields_only=True, output=out)
    except HankoSigningError as exc:
        raise SigningError(f"The document could not be signed: {exc}") from None
    return out.getvalue()
