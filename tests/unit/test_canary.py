"""A planted Social Security number and EIN must never leave the client files.

The canary client goes through everything the broker workspace does (scan, summary, export,
bundle, receive, calendar, preparer, the command line, errors) with logging at DEBUG; then the
log, settings and data folders and the temporary files the app made are searched for the
canary digits in every form they could be written in. ``.isa`` files and bundles are skipped:
they hold the numbers legitimately.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "services"))
from _dashboard_files import client_copy  # noqa: E402

from isa_desktop import cli, paths  # noqa: E402
from isa_desktop.errors import UserError  # noqa: E402
from isa_desktop.logging_setup import setup_logging  # noqa: E402
from isa_desktop.services import exchange, workspace  # noqa: E402
from isa_desktop.services.application import Application  # noqa: E402
from isa_desktop.services.calendar import export_calendar, reminders  # noqa: E402
from isa_desktop.services.preparer import Preparer, save_preparer  # noqa: E402
from isa_desktop.services.summary import compute_summary  # noqa: E402

SSN, EIN = "123-45-6789", "27-1234567"
CANARY_FORMS = ("123-45-6789", "123456789", "123 45 6789", "27-1234567", "271234567",
                "27 1234567")
EXEMPT_SUFFIXES = (".isa", ".isabundle")


@pytest.fixture
def debug_logging() -> Iterator[None]:
    """The app's file logging at DEBUG, removed again after the test."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    setup_logging(logging.DEBUG)
    yield
    for handler in root.handlers:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def _planted(folder: Path) -> Path:
    return client_copy(folder, "canary.isa", {
        "company.legal_name": "Canary Goods LLC",
        "company.ior_numbers": [{"number": SSN, "entity": "Owner as sole proprietor"},
                                {"number": f"{EIN}-00", "entity": "Canary Goods LLC"}],
        "company.history": f"Owner files under SSN {SSN}; the company EIN is {EIN}.",
    })


def _exercise(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every workspace path a canary could leak through."""
    client = _planted(folder)
    (folder / "bad.isa").write_bytes(b"not a database " + SSN.encode())
    rows = workspace.scan_folder(folder)
    with Application.open(client, read_only=True) as app:
        compute_summary(app)
    data = paths.data_dir()
    exchange.export_copy(client, data / "copy.isa")
    sealed = exchange.write_bundle(client, data / "canary.isabundle", "a long password")
    with pytest.raises(UserError):
        exchange.read_bundle(sealed, "wrong password!", data)
    result = exchange.receive(sealed, client, "a long password")
    exchange.accept_received(result)
    result.discard()
    with pytest.raises(UserError):
        workspace.new_client(folder, "Another LLC", "000-45-6789")
    workspace.duplicate_as_template(client, folder / "template.isa")
    workspace.archive(folder / "template.isa")
    export_calendar(rows, data / "deadlines.ics")
    assert reminders(rows, __import__("datetime").date(2027, 1, 10))
    save_preparer(Preparer("Jo Broker", "Gateway Customs", "P7G"))
    assert cli.run(["check", str(client), "--json"]) in (0, 1)
    assert cli.run(["check", str(client)]) in (0, 1)
    assert cli.run(["export", str(client), "-o", str(data / "answers.txt")]) == 0
    (data / "answers.txt").unlink()  # the user's own export of answers: holds them by design
    capsys.readouterr()
    log = logging.getLogger("isa_desktop.canary")
    log.info("received a file for IOR %s", SSN)  # the masking filter must catch this
    log.debug("debug-level record for %s", SSN)


def _leaks(folder: Path) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if path.suffix.lower() in EXEMPT_SUFFIXES:
                continue
            content = path.read_bytes() + str(path).encode()
            found += [f"{path}: {form}" for form in CANARY_FORMS if form.encode() in content]
    return found


def test_canary_identifiers_never_reach_logs_settings_or_temp_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug_logging: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _exercise(tmp_path / "clients", capsys)
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_file = paths.log_dir() / "isa-desktop.log"
    assert "***-**-6789" in log_file.read_text(encoding="utf-8")  # the log really was written
    for folder in (paths.log_dir(), paths.config_dir(), paths.data_dir(), temp):
        assert _leaks(folder) == []
    assert (paths.config_dir() / "preparer.json").exists()


def test_everything_written_is_owner_only(tmp_path: Path, debug_logging: None,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _exercise(tmp_path / "clients", capsys)
    for base in (paths.data_dir(), paths.config_dir(), paths.log_dir(),
                 tmp_path / "clients" / "Archive"):
        for root, _dirs, files in os.walk(base):
            assert os.stat(root).st_mode & 0o077 == 0, root
            for name in files:
                mode = (Path(root) / name).stat().st_mode
                assert mode & 0o077 == 0, (root, name, oct(mode))
    for path in (tmp_path / "clients").rglob("*.isa"):
        if path.name != "bad.isa":  # planted by the test itself
            assert path.stat().st_mode & 0o077 == 0, path
