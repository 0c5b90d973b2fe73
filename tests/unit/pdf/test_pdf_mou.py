"""The MOU reads back with its IOR numbers, unsigned fields, footers and metadata; built from
a file, it is a DRAFT (and cannot be signed) until ``check`` calls the file ready, and signing
checks the certificate against the company officer."""

from __future__ import annotations

import argparse
import getpass
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from isa_desktop import paths
from isa_desktop.errors import UserError
from isa_desktop.pdf.mou import CBP_FIELD, OFFICER_FIELD, render_mou
from isa_desktop.pdf.signing import SigningError
from isa_desktop.services.application import Application
from isa_desktop.services.documents import PASSPHRASE_ENV, build_document_cli, build_mou
from tests.unit.pdf.conftest import make_mou, pdf_text, squash
from tests.unit.pdf.test_pdf_signing import PASSPHRASE, make_certificate

DEMO = paths.resources_dir() / "demo"

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


# -- built from a file ----------------------------------------------------------------------
def _demo(path: Path, complete: bool) -> Application:
    """The sample importer: the whole demo (ready), or only its profile (MOU filled, not ready)."""
    answers: dict[str, object] = {}
    for name in ("answers_profile.json", "answers_questionnaire.json"):
        data = json.loads((DEMO / name).read_text(encoding="utf-8"))
        answers.update(data.get("answers", data))
    app = Application.create(path, "isa", who="tester")
    if not complete:
        answers = {k: v for k, v in answers.items() if k.startswith(("company.", "eligibility."))}
    app.import_answers({k: v for k, v in answers.items() if k in app.program.questions})
    if complete and (DEMO / "attachments.json").is_file():
        for question, filename in json.loads((DEMO / "attachments.json").read_text()).items():
            app.attach(question, DEMO / filename)
    return app


@pytest.fixture(scope="module")
def ready_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed file that check calls ready (officer: Dana Whitfield)."""
    if not (DEMO / "answers_profile.json").is_file():
        pytest.skip("demo answers not present")
    path = tmp_path_factory.mktemp("ready") / "ready.isa"
    app = _demo(path, complete=True)
    assert app.check().ready
    app.close()
    return path


@pytest.fixture
def unready_app(tmp_path: Path):
    """The profile alone: everything the MOU needs, but the questionnaire is unanswered."""
    if not (DEMO / "answers_profile.json").is_file():
        pytest.skip("demo answers not present")
    app = _demo(tmp_path / "unready.isa", complete=False)
    yield app
    app.close()


def _signatures(pdf: Path) -> list[object]:
    found = PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_signatures
    for signature in found:
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[]))
        assert status.intact and status.valid
    return found


def test_mou_of_a_file_that_is_not_ready_is_draft_and_cannot_be_signed(
        unready_app: Application, tmp_path: Path) -> None:
    errors = len(unready_app.check().errors)
    assert errors > 1
    out = tmp_path / "mou.pdf"
    result = build_mou(unready_app, out)
    pages = PdfReader(out).pages
    assert all("DRAFT" in page.extract_text() for page in pages)
    assert result.warnings == [f"The MOU is marked DRAFT: {errors} problems remain (see "
                               "isa-desktop check)."]
    signed = tmp_path / "signed.pdf"
    certificate = make_certificate(tmp_path, "Dana Whitfield")
    with pytest.raises(UserError, match=f"The MOU can be signed once the application is "
                                        f"ready: {errors} problems remain \\(see isa-desktop "
                                        "check\\)"):
        build_mou(unready_app, signed, sign=certificate, passphrase=PASSPHRASE)
    assert not signed.exists()


def test_ready_file_signs_without_notes_when_the_certificate_names_the_officer(
        ready_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "signed.pdf"
    with Application.open(ready_file) as app:
        result = build_mou(app, out, sign=make_certificate(tmp_path, "WHITFIELD Dana"),
                           passphrase=PASSPHRASE)
    assert result.warnings == []
    assert OFFICER_FIELD in [s.field_name for s in _signatures(out)]  # type: ignore[attr-defined]
    assert all("DRAFT" not in page.extract_text() for page in PdfReader(out).pages)


def test_certificate_of_someone_else_signs_with_a_note(ready_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "signed.pdf"
    with Application.open(ready_file) as app:
        result = build_mou(app, out, sign=make_certificate(tmp_path, "Nguyễn Thị Minh Khai"),
                           passphrase=PASSPHRASE)
    assert len(_signatures(out)) >= 1
    assert len(result.warnings) == 1
    assert "\u201cNguyễn Thị Minh Khai\u201d" in result.warnings[0]
    assert "\u201cDana Whitfield\u201d" in result.warnings[0]


@pytest.mark.parametrize(("start", "end", "words"), [(-90, -1, "expired on"),
                                                     (3, 90, "is not valid yet")])
def test_out_of_date_certificate_is_refused_and_nothing_is_written(
        ready_file: Path, tmp_path: Path, start: int, end: int, words: str) -> None:
    out = tmp_path / "signed.pdf"
    certificate = make_certificate(tmp_path, "Dana Whitfield", start=start, end=end)
    with Application.open(ready_file) as app, pytest.raises(SigningError, match=words):
        build_mou(app, out, sign=certificate, passphrase=PASSPHRASE)
    assert not out.exists()


def _cli_args(ready_file: Path, tmp_path: Path, certificate: Path) -> argparse.Namespace:
    return argparse.Namespace(file=str(ready_file), output=str(tmp_path / "cli.pdf"),
                              sign=str(certificate))


def test_cli_without_a_terminal_or_passphrase_says_how_and_never_calls_getpass(
        ready_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_getpass(prompt: str = "") -> str:
        raise AssertionError("getpass must not run without a terminal")

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(getpass, "getpass", no_getpass)
    monkeypatch.setattr("sys.stdin", io.StringIO("piped data"))
    args = _cli_args(ready_file, tmp_path, make_certificate(tmp_path, "Dana Whitfield"))
    with pytest.raises(UserError, match=f"Set {PASSPHRASE_ENV} or run in a terminal to type "
                                        "the passphrase."):
        build_document_cli("mou", args, print)
    assert not (tmp_path / "cli.pdf").exists()


def test_cli_asks_in_a_terminal_only_when_the_certificate_is_protected(
        ready_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass",
                        lambda prompt="": asked.append(prompt) or PASSPHRASE.decode())
    protected = make_certificate(tmp_path, "Dana Whitfield")
    lines: list[str] = []
    assert build_document_cli("mou", _cli_args(ready_file, tmp_path, protected),
                              lines.append) == 0
    assert asked == ["Passphrase for identity.p12: "] and lines[1:] == []
    open_file = make_certificate(tmp_path, "Nguyễn Thị Minh Khai", passphrase=None,
                                 filename="open.p12")
    assert build_document_cli("mou", _cli_args(ready_file, tmp_path, open_file),
                              lines.append) == 0
    assert len(asked) == 1  # an unprotected certificate needs no passphrase
    assert lines[-1].startswith("Note: The certificate is issued to \u201cNguyễn Thị Minh Khai")
