"""ISA-Product Safety: opting in adds the addendum (with its own signature field) to the packet
and the MOU, and the contact and acknowledgement to the ANL; opting out leaves no trace."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from isa_desktop import paths
from isa_desktop.domain.deadlines import next_anl_due
from isa_desktop.pdf.mou import OFFICER_PS_FIELD
from isa_desktop.services.application import Application
from isa_desktop.services.documents import build_anl, build_mou, build_packet

TODAY = dt.date(2026, 5, 4)
# "Consumer Product Safety Commission" names an agency in ordinary answers; anything else
# saying "Product Safety" belongs to the ISA-PS addendum.
PS_TRACE = re.compile(r"Product\s*Safety(?!\s*Commission)|ISA-PS")


def _profile(path: Path, opt_in: str) -> Application:
    """The sample importer's profile (ISA-PS contact named), no questionnaire."""
    data = json.loads((paths.resources_dir() / "demo" / "answers_profile.json").read_text())
    answers = {**data.get("answers", data), "eligibility.isa_ps_opt_in": opt_in}
    app = Application.create(path, "isa", who="tester")
    app.import_answers({k: v for k, v in answers.items() if k in app.program.questions})
    return app


@pytest.fixture
def profile_app(tmp_path: Path):
    """The sample importer, opted in to ISA-PS."""
    app = _profile(tmp_path / "ps.isa", "yes")
    yield app
    app.close()


@pytest.fixture
def opted_out_app(tmp_path: Path):
    """The same importer, never opted in (its ISA-PS contact answer stays stored)."""
    app = _profile(tmp_path / "no-ps.isa", "no")
    yield app
    app.close()


def _read(path: Path) -> tuple[str, set[str]]:
    reader = PdfReader(str(path))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    return text, set(reader.get_fields() or {})


def test_opt_in_adds_the_addendum_to_packet_and_mou(profile_app: Application,
                                                    tmp_path: Path) -> None:
    for name, build in (("packet", build_packet), ("mou", build_mou)):
        out = tmp_path / f"{name}.pdf"
        build(profile_app, out, today=TODAY)
        text, fields = _read(out)
        assert "ISA-Product Safety Addendum to the Memorandum of Understanding" in text, name
        assert "notification of organisational changes" in text.lower(), name
        assert "Hannah Lindqvist" in text, name  # the ISA-PS point of contact
        assert {OFFICER_PS_FIELD, "OfficerSignature"} <= fields, name
    packet_text, _ = _read(tmp_path / "packet.pdf")
    assert "ISA-Product Safety questionnaire" in packet_text  # the questionnaire answers


def test_opt_in_names_the_contact_and_acknowledges_in_the_anl(profile_app: Application,
                                                             tmp_path: Path) -> None:
    build_anl(profile_app, 2026, tmp_path / "anl.pdf", today=TODAY)
    text, _ = _read(tmp_path / "anl.pdf")
    assert "ISA-Product Safety point of contact for the coming year" in text
    assert "Hannah Lindqvist" in text
    assert "acknowledges its undertakings under the ISA-Product Safety addendum" in text


def test_opt_out_leaves_no_trace(opted_out_app: Application, tmp_path: Path) -> None:
    profile_app = opted_out_app
    for name, build in (("packet", build_packet), ("mou", build_mou)):
        out = tmp_path / f"{name}.pdf"
        build(profile_app, out, today=TODAY)
        text, fields = _read(out)
        assert not PS_TRACE.search(text), (name, PS_TRACE.search(text))
        if name == "mou":  # (the packet's policies index names her as a policy owner)
            assert "Hannah Lindqvist" not in text
        assert not any(f.endswith("PS") for f in fields), fields
        assert "OfficerSignature" in fields
    build_anl(profile_app, 2026, tmp_path / "anl.pdf", today=TODAY)
    text, _ = _read(tmp_path / "anl.pdf")
    assert not PS_TRACE.search(text) and "Hannah Lindqvist" not in text


def test_withdrawing_is_reported_in_the_anl(profile_app: Application, tmp_path: Path) -> None:
    profile_app.set_answer("eligibility.isa_ps_opt_in", "no")
    # The change is logged on the real clock: report it in the letter whose period holds today.
    year = next_anl_due(dt.date(2025, 4, 1), dt.date.today()).year
    build_anl(profile_app, year, tmp_path / "anl.pdf", today=TODAY)
    text, _ = _read(tmp_path / "anl.pdf")
    assert "Do you want to join ISA-Product Safety with the CPSC? Yes No" in text
    assert "acknowledges its undertakings" not in text
