"""Signing the MOU with a PKCS#12 certificate: the signature stays intact, the visible stamp
prints the holder's name in the embedded font inside the field, and unusable certificates
(no key, expired, not yet valid, not PKCS#12, wrong passphrase) are refused clearly."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from isa_desktop.pdf.mou import CBP_FIELD, OFFICER_FIELD, render_mou
from isa_desktop.pdf.signing import (
    PassphraseNeeded,
    SigningError,
    load_identity,
    name_matches,
    sign_pdf,
    stamp_pdf,
)
from tests.unit.pdf.conftest import make_mou

PASSPHRASE = b"s3cret"
NAMES = ["Dana Whitfield", "Nguyễn Thị Minh Khai", "Αλέξανδρος Παπαδόπουλος",
         "Дмитрий Шостакович"]


def make_certificate(folder: Path, holder: str, *, start: int = -1, end: int = 30,
                     with_key: bool = True, passphrase: bytes | None = PASSPHRASE,
                     filename: str = "identity.p12") -> Path:
    """A throw-away self-signed PKCS#12 file valid from ``start`` to ``end`` days from now."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())  # fast to generate, unlike RSA
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, holder)])
    today = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(today + dt.timedelta(days=start))
            .not_valid_after(today + dt.timedelta(days=end))
            .sign(key, hashes.SHA256()))
    protection = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    path = folder / filename
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key if with_key else None, cert, None, protection))
    return path


def _field(pdf: bytes, name: str) -> tuple[int, DictionaryObject]:
    for index, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/T") == name:
                return index, widget
    raise AssertionError(f"no field {name}")


def _flattened_field_text(pdf: bytes, name: str) -> tuple[str, list[str]]:
    """The text inside the field's rectangle once its appearance is drawn onto the page
    (pdfplumber reads page content, not widget appearances), and the appearance's fonts."""
    index, widget = _field(pdf, name)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    page = writer.pages[index]
    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
    appearance = next(a.get_object()["/AP"].raw_get("/N")
                      for a in page["/Annots"] if a.get_object().get("/T") == name)
    resources = page["/Resources"].get_object()
    xobjects = resources.get("/XObject", DictionaryObject()).get_object()
    xobjects[NameObject("/FlatAp")] = appearance
    resources[NameObject("/XObject")] = xobjects
    draw = StreamObject()
    draw.set_data(f"q 1 0 0 1 {x0} {y0} cm /FlatAp Do Q".encode())
    contents = page.get_contents()
    assert contents is not None
    contents.set_data(contents.get_data() + b"\n" + draw.get_data())
    page.replace_contents(contents)
    out = io.BytesIO()
    writer.write(out)
    fonts = _fonts(appearance.get_object())
    with pdfplumber.open(io.BytesIO(out.getvalue())) as doc:
        flat = doc.pages[index]
        top = float(flat.height)
        inside = flat.within_bbox((x0, top - y1, x1, top - y0))
        return inside.extract_text() or "", fonts


def _fonts(xobject: DictionaryObject) -> list[str]:
    """BaseFont names used by a form XObject and the form XObjects it draws."""
    found = []
    resources = xobject.get("/Resources", DictionaryObject()).get_object()
    for font in (resources.get("/Font") or DictionaryObject()).get_object().values():
        found.append(str(font.get_object()["/BaseFont"]))
    for inner in (resources.get("/XObject") or DictionaryObject()).get_object().values():
        found += _fonts(inner.get_object())
    return found


def test_signed_mou_validates_intact_and_leaves_cbp_field_empty(
        p12_file: tuple[Path, bytes]) -> None:
    path, passphrase = p12_file
    pdf, _ = render_mou(make_mou())
    signed = sign_pdf(pdf, OFFICER_FIELD, path, passphrase, signer_name="Dana Whitfield")
    signatures = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    assert [s.field_name for s in signatures] == [OFFICER_FIELD]
    status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=[]))
    assert status.intact and status.valid
    fields = PdfReader(io.BytesIO(signed)).get_fields() or {}
    assert fields[CBP_FIELD].get("/V") is None


@pytest.mark.parametrize("holder", NAMES)
def test_stamp_prints_the_holder_in_the_embedded_font_inside_the_field(
        tmp_path: Path, holder: str) -> None:
    pdf, _ = render_mou(make_mou())
    signed = sign_pdf(pdf, OFFICER_FIELD, make_certificate(tmp_path, holder), PASSPHRASE)
    signature = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[]))
    assert status.intact and status.valid
    text, fonts = _flattened_field_text(signed, OFFICER_FIELD)
    squashed = "".join(text.split())
    assert "Digitallysignedby" in squashed
    assert "".join(holder.split()) in squashed
    assert "þÿ" not in text
    assert fonts and all("DejaVuSans" in font for font in fonts)


def test_stamp_shrinks_a_long_name_and_keeps_the_caption_free() -> None:
    from isa_desktop.pdf.signing import CAPTION_SPACE

    holder = "Maximiliano Alejandro de la Santísima Trinidad Fernández-Olmos"
    page = stamp_pdf(250, 38, holder, dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.UTC))
    with pdfplumber.open(io.BytesIO(page)) as doc:
        words = doc.pages[0].extract_words()
        text = doc.pages[0].extract_text()
    assert "".join(holder.split()) in "".join(text.split())
    assert "on 2026-05-04 09:30 UTC" in text
    assert all(0 <= w["x0"] and w["x1"] <= 250 for w in words)
    assert all(w["top"] >= 0 and w["bottom"] <= 38 - CAPTION_SPACE for w in words)


def test_certificate_without_private_key_is_refused(tmp_path: Path) -> None:
    path = make_certificate(tmp_path, "Dana Whitfield", with_key=False, passphrase=None)
    with pytest.raises(SigningError, match="holds no private key; export the certificate "
                                           "together with its key"):
        load_identity(path, None)


def test_wrong_passphrase_is_a_clear_error(p12_file: tuple[Path, bytes]) -> None:
    path, _ = p12_file
    pdf, _ = render_mou(make_mou())
    with pytest.raises(SigningError, match="passphrase is wrong"):
        sign_pdf(pdf, OFFICER_FIELD, path, b"nope")


def test_missing_passphrase_asks_for_one(tmp_path: Path) -> None:
    with pytest.raises(PassphraseNeeded, match="protected by a passphrase"):
        load_identity(make_certificate(tmp_path, "Dana Whitfield"), None)


def test_unprotected_certificate_opens_whatever_passphrase_is_set(tmp_path: Path) -> None:
    path = make_certificate(tmp_path, "Dana Whitfield", passphrase=None)
    assert load_identity(path, b"left over in the environment").holder == "Dana Whitfield"


def test_a_file_that_is_not_pkcs12_is_named_as_such(tmp_path: Path) -> None:
    junk = tmp_path / "notes.p12"
    junk.write_text("not a certificate at all")
    with pytest.raises(SigningError, match="notes.p12 is not a PKCS#12 certificate file"):
        load_identity(junk, b"whatever")


def test_missing_certificate_is_a_clear_error(tmp_path: Path) -> None:
    pdf, _ = render_mou(make_mou())
    with pytest.raises(SigningError, match="does not exist"):
        sign_pdf(pdf, OFFICER_FIELD, tmp_path / "none.p12", None)


def test_expired_certificate_is_refused_with_its_dates(tmp_path: Path) -> None:
    path = make_certificate(tmp_path, "Dana Whitfield", start=-400, end=-3)
    today = dt.datetime.now(dt.UTC).date()
    start, end = today - dt.timedelta(days=400), today - dt.timedelta(days=3)
    with pytest.raises(SigningError) as caught:
        load_identity(path, PASSPHRASE)
    assert f"expired on {end}" in str(caught.value)
    assert f"valid from {start} to {end}" in str(caught.value)


def test_certificate_not_valid_yet_is_refused_with_its_dates(tmp_path: Path) -> None:
    path = make_certificate(tmp_path, "Dana Whitfield", start=5, end=400)
    today = dt.datetime.now(dt.UTC).date()
    with pytest.raises(SigningError, match=f"not valid yet .*valid from "
                                           f"{today + dt.timedelta(days=5)} to "
                                           f"{today + dt.timedelta(days=400)}"):
        load_identity(path, PASSPHRASE)


@pytest.mark.parametrize(("holder", "person", "expected"), [
    ("Dana Whitfield", "Dana Whitfield", True),
    ("WHITFIELD, Dana (test)", "dana whitfield", True),
    ("Nguyễn Thị Minh Khai", "NGUYEN THI MINH KHAI", True),
    ("Đặng Văn Lâm", "Dang Van Lam", True),
    ("Ｄａｎａ Whitfield", "Dana Whitfield", True),  # full-width letters (NFKD)
    ("Nguyễn Thị Minh Khai", "Dana Whitfield", False),
    ("D. Whitfield", "Dana Whitfield", False),
    ("Dana Whitfield", "", False),
])
def test_name_matching_ignores_case_accents_and_order(holder: str, person: str,
                                                      expected: bool) -> None:
    assert name_matches(holder, person) is expected
