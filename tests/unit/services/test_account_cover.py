"""Account management on the packet's cover page and in the company profile chapter."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from isa_desktop import paths
from isa_desktop.domain.account import account_info
from isa_desktop.services.application import Application
from isa_desktop.services.documents import build_packet

TODAY = dt.date(2026, 5, 4)


@pytest.fixture
def profile_app(tmp_path: Path):
    """The sample importer's profile (account manager and center recorded)."""
    data = json.loads((paths.resources_dir() / "demo" / "answers_profile.json").read_text())
    answers = data.get("answers", data)
    app = Application.create(tmp_path / "account.isa", "isa", who="tester")
    app.import_answers({k: v for k, v in answers.items() if k in app.program.questions})
    yield app
    app.close()


def _cover(path: Path) -> str:
    return " ".join((PdfReader(str(path)).pages[0].extract_text() or "").split())


def test_cover_shows_account_manager_and_assigned_center(profile_app: Application,
                                                         tmp_path: Path) -> None:
    build_packet(profile_app, tmp_path / "p.pdf", today=TODAY)
    cover = _cover(tmp_path / "p.pdf")
    assert "Laura Kim · laura.kim@cbp.example · +1 404 555 0190" in cover
    assert "Consumer Products & Mass Merchandising (Atlanta) — assigned by CBP" in cover
    assert "84-3927715-00" in cover and "84-3927715-01" in cover
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(tmp_path / "p.pdf")).pages)
    assert "Account at CBP" in text  # the profile chapter's summary block
    assert "Free importer trade activity (ITRAC) data" in text


def test_cover_falls_back_to_the_suggested_center(profile_app: Application,
                                                  tmp_path: Path) -> None:
    for key in ("account.cee_assigned", "company.cee", "account.manager_name",
                "account.manager_email", "account.manager_phone"):
        profile_app.set_answer(key, None)
    profile_app.set_answer("company.top_products", [
        {"hts": "8517.62.0090", "description": "Radios", "share_pct": 80},
        {"hts": "6306.22.9030", "description": "Tents", "share_pct": 20}])
    build_packet(profile_app, tmp_path / "s.pdf", today=TODAY)
    cover = _cover(tmp_path / "s.pdf")
    assert "Electronics (Los Angeles / Long Beach) — suggested from your main products" in cover
    assert "National Account Manager Not assigned yet" in cover


def test_broker_account_groups_filer_codes() -> None:
    info = account_info({"account.kind": "broker",
                         "account.filer_codes": [{"code": "P7G", "name": "Seattle"}],
                         "company.ior_numbers": [{"number": "84-3927715-00"}]})
    assert info.identifier_label == "Filer codes"
    assert info.identifiers == [("P7G", "Seattle")]
