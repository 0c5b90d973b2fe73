"""Shared helpers for the PDF tests: small data objects, PDF read-back and a test certificate."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from isa_desktop import paths
from isa_desktop.pdf.data import Contact, MouData, MouSection
from isa_desktop.pdf.templates import load_template


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, whitespace removed (line wrapping differs from the input)."""
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join((page.extract_text() or "").split()) for page in reader.pages)


def squash(text: str) -> str:
    """``text`` without whitespace, to compare with :func:`pdf_text`."""
    return "".join(text.split())


def make_mou(name: str = "Cascade Ridge Outfitters, Inc.", officer: str = "Dana Whitfield",
             title: str = "Chief Financial Officer", entity: str = "Cascade Ridge",
             address: str = "1400 Harbor Industrial Way, Tacoma, WA") -> MouData:
    """A filled MOU from the real template with the given user values."""
    template = load_template(paths.forms_dir() / "isa" / "mou.yaml")
    slots = {"legal_name": name, "address": address, "ior_count": "2",
             "officer_name": officer, "officer_title": title}
    sections = [MouSection(template.fill(s["heading"], slots),
                           template.fill_list(s.get("paragraphs"), slots),
                           template.fill_list(s.get("items"), slots), s.get("insert"))
                for s in template.get("sections")]
    labels = {k: template.fill(v, slots) for k, v in template.get("labels").items()}
    officer_contact = Contact("Company officer", officer, title, "dw@example.com", "+1 253")
    return MouData(title=template.fill(template.get("title"), slots),
                   subtitle=template.fill(template.get("subtitle"), slots), company_name=name,
                   ior_numbers=[("84-3927715-00", entity), ("84-3927715-01", "Canada Div.")],
                   sections=sections, contacts=[officer_contact], officer=officer_contact,
                   cbp_label="CBP", signature_intro=template.fill(
                       template.get("signature_intro"), slots), labels=labels)


@pytest.fixture(scope="session")
def p12_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A throw-away self-signed PKCS#12 identity and its passphrase."""
    return make_p12(tmp_path_factory.mktemp("cert"))


def make_p12(folder: Path) -> tuple[Path, bytes]:
    """Write a self-signed identity (non-repudiation key usage) to ``folder``; no network."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dana Whitfield (test)")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    passphrase = b"test-passphrase"
    data = pkcs12.serialize_key_and_certificates(
        b"officer", key, cert, None, serialization.BestAvailableEncryption(passphrase))
    path = folder / "officer.p12"
    path.write_bytes(data)
    return path, passphrase
