"""The broker workspace: scanning a folder of client files, search, new/duplicate/archive."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from _dashboard_files import client_copy, demo_template

from isa_desktop.errors import AnswerError, FileLocked
from isa_desktop.services import workspace
from isa_desktop.services.application import Application
from isa_desktop.services.client_rows import ClientRow, UnreadableRow
from isa_desktop.services.preparer import (
    Preparer,
    load_preparer,
    prepared_by_text,
    save_preparer,
    signature_conflict,
)
from isa_desktop.services.summary import SUMMARY_KEY, compute_summary
from isa_desktop.services.workspace import ScanCache, matches, scan_folder

SSN_IOR = [{"number": "123-45-6789", "entity": "Dana Whitfield (sole proprietor)"}]


def _by_name(rows: list) -> dict[str, object]:
    return {row.path.name: row for row in rows}


def test_scan_reads_stored_summaries(tmp_path: Path) -> None:
    client_copy(tmp_path, "a.isa", {"company.legal_name": "Alder Trading LLC",
                                    "company.ior_numbers": SSN_IOR})
    client_copy(tmp_path / "west", "b.isa", {"company.legal_name": "Birch Imports Inc.",
                                             "eligibility.ctpat_status": "applied"})
    rows = _by_name(scan_folder(tmp_path))
    alder, birch = rows["a.isa"], rows["b.isa"]
    assert isinstance(alder, ClientRow) and isinstance(birch, ClientRow)
    assert (alder.client, alder.stale, alder.eligible) == ("Alder Trading LLC", False, True)
    assert alder.ior_masked == ("***-**-6789",)  # the SSN is never shown whole
    assert alder.complete_pct == 100.0 and alder.blockers == 0
    assert birch.eligible is False and birch.blockers >= 1 and "C-TPAT" in birch.first_blocker
    review = [d for d in alder.deadlines if d.kind == "policy_review"]
    assert len(review) == 15 and review[0].label.startswith("Policy review: ")
    self_test = {d.label: d.date.isoformat() for d in alder.deadlines if d.kind == "self_test"}
    with Application.open(tmp_path / "a.isa", read_only=True) as app:
        latest = max(str(c["cycle"]) for c in app.file.records("cycle").values())
    year, quarter = int(latest[:4]), int(latest[-1])  # the demo's latest recorded cycle
    year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    assert self_test[f"Self-test cycle {year}-Q{quarter}"] == f"{year}-{ends[quarter]}"
    assert self_test["Corrective action CA-002 (valuation)"] == "2026-11-30"  # not verified
    assert not [label for label in self_test if "CA-001" in label]  # verified: done


def test_anl_deadlines_follow_the_acceptance_date(tmp_path: Path) -> None:
    path = client_copy(tmp_path, "a.isa")
    with Application.open(path) as app:
        app.import_answers({"account.accepted_on": "2025-01-31"})
        summary = compute_summary(app, today=dt.date(2026, 1, 10))
    anl = [d["date"] for d in summary["deadlines"] if d["kind"] == "anl"]
    assert anl[:3] == ["2026-02-28", "2027-02-28", "2028-02-29"]  # 13 months, then yearly


def test_stale_summary_is_recomputed(tmp_path: Path) -> None:
    path = client_copy(tmp_path, "a.isa", {"company.legal_name": "Old Name Co."})
    with Application.open(path) as app:  # a change made without refreshing the summary
        app.import_answers({"company.legal_name": "New Name Co."})
    row = scan_folder(tmp_path)[0]
    assert isinstance(row, ClientRow) and row.stale and row.client == "New Name Co."


def test_file_without_summary_takes_the_slow_path(tmp_path: Path) -> None:
    client_copy(tmp_path, "a.isa", summary=False)
    row = scan_folder(tmp_path)[0]
    assert isinstance(row, ClientRow) and row.stale
    assert row.client == "Cascade Ridge Outfitters, Inc."


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _damaged_and_hostile(folder: Path) -> dict[str, str]:
    """File name → a word its refusal reason must contain."""
    good = demo_template()
    (folder / "empty.isa").write_bytes(b"")
    (folder / "noise.isa").write_bytes(os.urandom(5000))
    data = good.read_bytes()
    (folder / "truncated.isa").write_bytes(data[: len(data) // 2])
    broken = bytearray(data)
    broken[100:4096] = os.urandom(3996)  # the schema page
    (folder / "broken.isa").write_bytes(bytes(broken))
    for name in ("trigger.isa", "view.isa", "newer.isa", "foreign.isa"):
        shutil.copyfile(good, folder / name)
    _sql(folder / "trigger.isa",
         "CREATE TRIGGER wipe AFTER INSERT ON meta BEGIN DELETE FROM answers; END")
    _sql(folder / "view.isa", "CREATE VIEW peek AS SELECT * FROM answers")
    _sql(folder / "newer.isa", "PRAGMA user_version = 99")
    _sql(folder / "foreign.isa", "PRAGMA application_id = 7")
    (folder / "folder.isa").mkdir()
    (folder / "sub").mkdir()
    os.mkfifo(folder / "sub" / "pipe.isa")  # reading it would block the scan forever
    return {"empty.isa": "empty", "noise.isa": "not an ISA Desktop file",
            "truncated.isa": "truncated", "broken.isa": "", "trigger.isa": "wipe",
            "view.isa": "peek", "newer.isa": "newer version", "foreign.isa": "not an ISA",
            "pipe.isa": "not a regular file"}


def test_damaged_and_hostile_files_are_listed_with_reason(tmp_path: Path) -> None:
    expected = _damaged_and_hostile(tmp_path)
    client_copy(tmp_path, "zz-good.isa")
    before = {p: p.read_bytes() for p in tmp_path.glob("*.isa") if p.is_file()}
    rows = _by_name(scan_folder(tmp_path))
    assert isinstance(rows["zz-good.isa"], ClientRow)  # the scan went on past every bad file
    for name, word in expected.items():
        row = rows[name]
        assert isinstance(row, UnreadableRow), name
        assert row.reason and word.lower() in row.reason.lower(), (name, row.reason)
    assert "folder.isa" not in rows  # a folder named like a file is not a client
    assert before == {p: p.read_bytes() for p in before}  # nothing was modified
    wipe = sqlite3.connect(tmp_path / "trigger.isa")
    assert wipe.execute("SELECT COUNT(*) FROM answers").fetchone()[0] > 300
    wipe.close()


def test_untrustworthy_summary_is_not_believed(tmp_path: Path) -> None:
    path = client_copy(tmp_path, "a.isa")
    fake = '{"version": 1, "client": "Shown 123-45-6789", "complete_pct": "lots"}'
    _sql(path, f"UPDATE meta SET value = '{fake}' WHERE key = '{SUMMARY_KEY}'")
    row = scan_folder(tmp_path)[0]
    assert isinstance(row, ClientRow) and row.stale
    assert row.client == "Cascade Ridge Outfitters, Inc."


def test_scan_cache_rereads_only_changed_files(tmp_path: Path) -> None:
    first = client_copy(tmp_path, "a.isa")
    client_copy(tmp_path, "b.isa")
    cache = ScanCache()
    rows = scan_folder(tmp_path, cache=cache)
    again = scan_folder(tmp_path, cache=cache)
    assert all(x is y for x, y in zip(rows, again))
    with Application.open(first) as app:
        app.import_answers({"company.legal_name": "Changed Ltd."})
    third = scan_folder(tmp_path, cache=cache)
    assert third[0] is not rows[0] and third[0].client == "Changed Ltd."
    assert third[1] is rows[1]


def test_search_matches_names_ior_numbers_and_answers(tmp_path: Path) -> None:
    client_copy(tmp_path, "a.isa", {"company.legal_name": "Alder Trading LLC",
                                    "company.ior_numbers": SSN_IOR})
    row = scan_folder(tmp_path)[0]
    assert matches(row, "alder")
    assert matches(row, "123-45-6789") and matches(row, "123456789")
    assert matches(row, "trading polyester")  # a word from the product table
    assert not matches(row, "alder zebra")
    assert matches(row, "")
    assert matches(UnreadableRow(Path("x.isa"), "x.isa is empty"), "empty")


def test_new_client_names_the_file_after_the_client(tmp_path: Path) -> None:
    path = workspace.new_client(tmp_path, "Acme / Imports: Inc.", "123456789")
    assert path.name == "Acme Imports Inc.isa"
    assert "6789" not in path.name
    row = scan_folder(tmp_path)[0]
    assert isinstance(row, ClientRow) and not row.stale
    assert row.client == "Acme / Imports: Inc." and row.ior_masked == ("***-**-6789",)
    again = workspace.new_client(tmp_path, "Acme / Imports: Inc.")
    assert again.name == "Acme Imports Inc (2).isa"
    with pytest.raises(AnswerError):
        workspace.new_client(tmp_path, "Bad Number Co.", "000-12-3456")
    assert not (tmp_path / "Bad Number Co.isa").exists()


def test_duplicate_as_template_keeps_policies_and_drops_identity(tmp_path: Path) -> None:
    source = client_copy(tmp_path, "src.isa")
    with Application.open(source) as app:
        app.file.put_record("cycle", "2026-Q3/ipr", {"cycle": "2026-Q3", "area": "ipr"})
        records = {kind: app.file.records(kind) for kind in ("cycle", "plan", "risk", "action")}
    target = workspace.duplicate_as_template(source, tmp_path / "new.isa",
                                             legal_name="Fresh Client Co.")
    with Application.open(target, read_only=True) as app:
        answers = app.answers()
        assert answers["company.legal_name"] == "Fresh Client Co."
        assert answers["policies.valuation.next_review"] == "2027-01-31"
        assert not [q for q in answers if q.startswith(("eligibility.", "account."))]
        assert [q for q in answers if q.startswith("company.")] == ["company.legal_name"]
        assert {a.question_id for a in app.file.attachments()} == {
            "policies.general.document", "policies.classification.document"}
        assert {kind: app.file.records(kind) for kind in records} == records
        assert app.file.records("cycle")["2026-Q3/ipr"] == {"cycle": "2026-Q3", "area": "ipr"}
        assert app.file.meta(SUMMARY_KEY)["client"] == "Fresh Client Co."


def test_archive_moves_the_file_out_of_the_list(tmp_path: Path) -> None:
    path = client_copy(tmp_path, "a.isa")
    client_copy(tmp_path, "b.isa")
    moved = workspace.archive(path)
    assert moved == tmp_path / "Archive" / "a.isa" and moved.exists() and not path.exists()
    assert [r.path.name for r in scan_folder(tmp_path)] == ["b.isa"]
    assert len(scan_folder(tmp_path, include_archived=True)) == 2
    with Application.open(tmp_path / "b.isa"), pytest.raises(FileLocked):
        workspace.archive(tmp_path / "b.isa")
    assert (tmp_path / "b.isa").exists()


def test_preparer_is_stored_owner_only_and_printed(tmp_path: Path) -> None:
    assert load_preparer() == Preparer()
    stored = save_preparer(Preparer("  Jo  Broker ", "Puget Gateway Customs", "p7g"))
    assert stored == Preparer("Jo Broker", "Puget Gateway Customs", "P7G")
    assert load_preparer() == stored
    from isa_desktop.services.preparer import preparer_path

    assert preparer_path().stat().st_mode & 0o777 == 0o600
    assert prepared_by_text(stored) == ("Prepared by Jo Broker, Puget Gateway Customs "
                                        "(filer code P7G)")
    assert prepared_by_text(Preparer()) is None
    with pytest.raises(AnswerError):
        save_preparer(Preparer("Jo", "", "000"))
    assert signature_conflict({"company.officer_name": "jo broker"}, stored)
    assert signature_conflict({"company.officer_name": "Dana Whitfield"}, stored) is None
