"""Fixtures for the Qt-free core: a private home folder and small application files."""

from __future__ import annotations

from pathlib import Path

import pytest

from isa_desktop.services.application import Application


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every per-user folder goes to a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ISA_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def sample_app(tmp_path: Path):
    """A new file of the small sample program, open for writing."""
    app = Application.create(tmp_path / "sample.isa", "sample", who="tester")
    yield app
    app.close()
