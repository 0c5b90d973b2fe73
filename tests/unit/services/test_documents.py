"""Packet, MOU and ANL built from real application files and read back."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from isa_desktop import paths
from isa_desktop.domain.deadlines import next_anl_due
from isa_desktop.errors import UserError
from isa_desktop.pdf.collect import format_value
from isa_desktop.pdf.fonts import MissingGlyphs
from isa_desktop.services.application import Application
from isa_desktop.services.documents import (
    BuildCancelled,
    build_anl,
    build_document_cli,
    build_mou,
    build_packet,
)
from tests.unit.pdf.conftest import make_p12

DEMO = paths.resources_dir() / "demo"
TEXT_TYPES = ("text", "textarea", "email", "phone", "date", "choice")


def _demo_answers() -> dict[str, object]:
    answers: dict[str, object] = {}
    for name in ("answers_profile.json", "answers_questionnaire.json"):
        data = json.loads((DEMO / name).read_text(encoding="utf-8"))
        answers.update(data.get("answers", data))
    return answers


@pytest.fixture
def demo_app(tmp_path: Path):
    """A file filled with the demo importer's answers and attachments."""
    if not (DEMO / "answers_profile.json").is_file():
        pytest.skip("demo answers not present")
    app = Application.create(tmp_path / "demo.isa", "isa", who="tester")
    app.import_answers(_demo_answers())
    attachments = DEMO / "attachments.json"
    if attachments.is_file():
        for question, filename in json.loads(attachments.read_text()).items():
            app.attach(question, DEMO / filename)
    yield app
    app.close()


@pytest.fixture(scope="module")
def p12_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A throw-away PKCS#12 certificate."""
    return make_p12(tmp_path_factory.mktemp("cert"))


@pytest.fixture
def empty_app(tmp_path: Path):
    """A new file with nothing but a company name."""
    app = Application.create(tmp_path / "empty.isa", "isa", who="tester")
    app.set_answer("company.legal_name", "Nouveau Départ Ltée")
    yield app
    app.close()


def _pages(pdf: Path) -> list[str]:
    return ["".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def _squash(text: object) -> str:
    return "".join(str(text).split())


def _small_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for number in range(pages):
        drawing.drawString(72, 700, f"attached policy page {number + 1}")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def test_demo_packet_prints_every_visible_answer(demo_app: Application, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    result = build_packet(demo_app, out, prepared_by="Jordan <Lee> & Co")
    text = "".join(_pages(out))
    program, view = demo_app.program, demo_app.view()
    checked = 0
    for question in program.visible_questions(view):
        value = view.get(question.id)
        if value in (None, "", []):
            continue
        if question.type in TEXT_TYPES:
            assert _squash(format_value(question, value)) in text, question.id
            checked += 1
        elif question.type == "table":
            for row in value:
                for column in question.columns or []:
                    cell = format_value(column, row.get(column.id))
                    if cell:
                        assert _squash(cell) in text, f"{question.id}.{column.id}"
    assert checked > 100
    assert "Jordan<Lee>&Co" in text
    assert result.pages == len(PdfReader(out).pages)


def test_demo_packet_bookmarks_footers_metadata_and_fields(demo_app: Application,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    build_packet(demo_app, out)
    reader = PdfReader(out)
    pages = _pages(out)
    total = len(pages)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Contents", "Eligibility summary", "Company profile"]
    for expected in ("Questionnaire", "Policies and procedures",
                     "Appendix: attachment fingerprints (SHA-256)",
                     "Memorandum of Understanding"):
        assert expected in titles
    for item in reader.outline:
        if not isinstance(item, list):  # the bookmark lands on the page with its heading
            page = reader.get_destination_page_number(item)
            assert _squash(item.title) in pages[page], item.title
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page{number}of{total}" in page
    assert "DRAFT" not in "".join(pages)
    meta = reader.metadata
    assert meta.title.startswith("Application packet")
    assert meta.author == demo_app.answers()["company.legal_name"]
    assert meta.subject
    fields = reader.get_fields() or {}
    assert {"OfficerSignature", "CBPSignature"} <= set(fields)
    for info in demo_app.file.attachments():
        assert info.sha256 in "".join(pages)
        assert any(t.endswith(info.filename) for t in titles)
    history = demo_app.file.documents()
    assert history[0]["kind"] == "packet" and history[0]["pages"] == total


def test_not_ready_file_builds_with_draft_on_every_page(empty_app: Application,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "draft.pdf"
    build_packet(empty_app, out)
    pages = PdfReader(out).pages
    assert len(pages) > 3
    for page in pages:
        assert "DRAFT" in page.extract_text()


def test_hostile_long_and_broken_content_still_builds(empty_app: Application,
                                                      tmp_path: Path) -> None:
    hostile = "<b>x <img src='http://127.0.0.1:9/a.png'> <a href='http://e.example/'>y</a> [[x]] &"
    # Stored below the answer layer, as a file from elsewhere might hold it.
    empty_app.file.set_answers({"company.legal_name": hostile,
                                "company.history": "x" * 100_000,
                                "company.organisation": "Lorem ipsum dolor sit. " * 45_000})
    docs = {"policies.general": (b"PK\x03\x04 zip", "manual.pdf"),
            "policies.classification": (_small_pdf(3), "classification.pdf"),
            "policies.valuation": (_small_pdf(4)[:900], "valuation.pdf")}
    for area, (data, name) in docs.items():
        empty_app.set_answer(f"{area}.form", "attached")
        empty_app.file.add_attachment(f"{area}.document", name, data, "application/pdf")
    out = tmp_path / "hostile.pdf"
    result = build_packet(empty_app, out)
    assert len(result.warnings) == 2
    assert any("manual.pdf" in w and "not really a PDF" in w for w in result.warnings)
    assert any("valuation.pdf" in w and "damaged" in w for w in result.warnings)
    pages = _pages(out)
    text = "".join(pages)
    assert _squash(hostile) in text
    assert "x" * 2000 in text
    assert "attachedpolicypage3" in text
    assert sum("couldnotbeincluded" in p for p in pages) == 2
    for page in PdfReader(out).pages:
        for annot in page.get("/Annots", None) or []:
            assert annot.get_object().get("/Subtype") != "/Link"


def test_characters_the_font_lacks_refuse_the_build(empty_app: Application,
                                                    tmp_path: Path) -> None:
    empty_app.set_answer("company.dba", "Acme 张伟")
    out = tmp_path / "never.pdf"
    with pytest.raises(MissingGlyphs) as caught:
        build_packet(empty_app, out)
    assert "company.dba" in str(caught.value) and "CJK UNIFIED IDEOGRAPH-5F20" in str(caught.value)
    assert not out.exists()


def test_cancel_and_progress(demo_app: Application, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    calls = iter(range(100))
    with pytest.raises(BuildCancelled):
        build_packet(demo_app, tmp_path / "c.pdf", progress=lambda d, t, m: seen.append((d, t)),
                     cancel=lambda: next(calls) >= 3)
    assert not (tmp_path / "c.pdf").exists()
    assert seen and seen[-1][0] < seen[-1][1]
    seen.clear()
    build_packet(demo_app, tmp_path / "p.pdf", progress=lambda d, t, m: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]


def test_records_appear_in_packet_and_letter(demo_app: Application, tmp_path: Path) -> None:
    demo_app.file.put_record("risk", "classification", {
        "area": "Classification", "likelihood": 3, "impact": 4, "score": 12, "rating": "High"})
    demo_app.file.put_record("plan", "classification", {
        "area": "Classification", "what_tested": "HTS on entry lines", "method": "attribute",
        "frequency": "quarterly", "reviewer": "Internal Audit", "error_threshold_pct": 5})
    demo_app.file.put_record("cycle", "2026-Q1-classification", {
        "cycle": "2026-Q1", "area": "Classification", "items_tested": 60, "errors": 1,
        "error_rate": 1.67, "revenue_impact_usd": 412.5})
    demo_app.file.put_record("action", "a1", {"owner": "Miguel Ortega",
                                              "action": "Retrain buyers on HTS notes",
                                              "due": "2026-05-01", "verified_on": None})
    packet = tmp_path / "packet.pdf"
    build_packet(demo_app, packet)
    text = "".join(_pages(packet))
    for expected in ("Riskmatrix", "HTSonentrylines", "2026-Q1", "RetrainbuyersonHTSnotes"):
        assert expected in text
    letter = tmp_path / "anl.pdf"
    build_anl(demo_app, 2026, letter)
    text = "".join(_pages(letter))
    answers = demo_app.answers()
    for expected in ("Continuedeligibility", "2026-Q1", "412.5", "RetrainbuyersonHTSnotes",
                     _squash(answers["company.poc_name"]),
                     _squash(answers["company.officer_title"])):
        assert expected in text


def test_letter_lists_business_changes_of_its_own_period(demo_app: Application,
                                                        tmp_path: Path) -> None:
    demo_app.set_answer("company.poc_name", "Alex Nguyễn")
    # Changes are logged on the real clock: the next letter due holds today's change, the
    # one before it (due 2026-05-01 at the earliest) does not.
    due = next_anl_due(dt.date(2025, 4, 1), dt.date.today())
    out = tmp_path / "anl.pdf"
    result = build_anl(demo_app, due.year, out)
    text = "".join(_pages(out))
    changes = text[text.index("Changestothebusiness"):text.index("Summaryofself-testing")]
    assert "AlexNguyễn" in changes
    assert result.pages >= 1
    if due.year > 2026:
        build_anl(demo_app, due.year - 1, out)
        text = "".join(_pages(out))
        changes = text[text.index("Changestothebusiness"):text.index("Summaryofself-testing")]
        assert "AlexNguyễn" not in changes and "Nochangestothebusiness" in changes
    with pytest.raises(UserError, match="plausible"):
        build_anl(demo_app, 1999, out)
    with pytest.raises(UserError, match="The first annual letter is due 2026-05-01; there is "
                                        "none for 2025."):
        build_anl(demo_app, 2025, out)


def test_letter_needs_the_acceptance_date(empty_app: Application, tmp_path: Path) -> None:
    out = tmp_path / "anl.pdf"
    with pytest.raises(UserError, match="date CBP accepted the company"):
        build_anl(empty_app, 2026, out)
    assert not out.exists()
    empty_app.set_answer("account.accepted_on", "2024-01-31")
    build_anl(empty_app, 2026, out)  # due 2025-02-28, 2026-02-28, …: the second letter
    text = "".join(_pages(out))
    assert "periodfrom2025-02-28to2026-02-28" in text and "dueon2026-02-28" in text


def test_cli_mou_signed_with_passphrase_from_environment(
        demo_app: Application, tmp_path: Path, p12_file: tuple[Path, bytes],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, passphrase = p12_file
    monkeypatch.setenv("ISA_DESKTOP_P12_PASSPHRASE", passphrase.decode())
    file = demo_app.path
    demo_app.close()
    out = tmp_path / "signed.pdf"
    lines: list[str] = []
    args = argparse.Namespace(file=str(file), output=str(out), sign=str(path))
    assert build_document_cli("mou", args, lines.append) == 0
    assert lines[0].startswith(f"Wrote {out} (") and lines[0].endswith(" pages).")
    signature = PdfFileReader(io.BytesIO(out.read_bytes())).embedded_signatures[0]
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[]))
    assert status.intact and status.valid


def test_cli_packet_and_anl_lines(demo_app: Application, tmp_path: Path) -> None:
    file = demo_app.path
    demo_app.close()
    lines: list[str] = []
    packet = argparse.Namespace(file=str(file), output=str(tmp_path / "p.pdf"))
    assert build_document_cli("packet", packet, lines.append) == 0
    letter = argparse.Namespace(file=str(file), output=str(tmp_path / "a.pdf"), year=2026)
    assert build_document_cli("anl", letter, lines.append) == 0
    assert all(line.startswith("Wrote ") for line in lines)


def test_unsigned_mou_of_incomplete_file_is_draft_and_refuses_signing(
        empty_app: Application, tmp_path: Path, p12_file: tuple[Path, bytes]) -> None:
    out = tmp_path / "mou.pdf"
    build_mou(empty_app, out)
    assert all("DRAFT" in p.extract_text() for p in PdfReader(out).pages)
    with pytest.raises(UserError, match="not ready to sign"):
        build_mou(empty_app, out, sign=p12_file[0], passphrase=p12_file[1])


def test_damage_found_only_while_merging_gives_a_placeholder(
        empty_app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfWriter
    from pypdf.errors import PdfReadError

    import isa_desktop.pdf.assemble as assemble

    class FailingWriter(PdfWriter):
        def append(self, fileobj, *args, **kwargs):  # type: ignore[no-untyped-def]
            if len(fileobj.pages) == 3:  # the attached document, not our own parts
                raise PdfReadError("simulated damage deep in the file")
            return super().append(fileobj, *args, **kwargs)

    monkeypatch.setattr(assemble, "PdfWriter", FailingWriter)
    empty_app.set_answer("policies.general.form", "attached")
    empty_app.file.add_attachment("policies.general.document", "deep.pdf", _small_pdf(3),
                                  "application/pdf")
    out = tmp_path / "p.pdf"
    result = build_packet(empty_app, out)
    assert len(result.warnings) == 1 and "deep.pdf" in result.warnings[0]
    assert any("couldnotbeincluded" in page for page in _pages(out))
