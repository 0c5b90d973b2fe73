"""Signing the MOU with a PKCS#12 certificate gives a signature pyHanko finds intact."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from isa_desktop.pdf.mou import CBP_FIELD, OFFICER_FIELD, render_mou
from isa_desktop.pdf.signing import SigningError, sign_pdf
from tests.unit.pdf.conftest import make_mou


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


def test_wrong_passphrase_is_a_clear_error(p12_file: tuple[Path, bytes]) -> None:
    path, _ = p12_file
    pdf, _ = render_mou(make_mou())
    with pytest.raises(SigningError, match="passphrase is wrong"):
        sign_pdf(pdf, OFFICER_FIELD, path, b"nope")


def test_missing_certificate_is_a_clear_error(tmp_path: Path) -> None:
    pdf, _ = render_mou(make_mou())
    with pytest.raises(SigningError, match="does not exist"):
        sign_pdf(pdf, OFFICER_FIELD, tmp_path / "none.p12", None)
