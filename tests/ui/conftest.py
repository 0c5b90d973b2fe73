"""Fixtures for window tests: a small application file and a main window on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from isa_desktop.services.application import Application

# The offscreen platform says this once per window; it is about the platform, not our code.
HARMLESS = ("propagateSizeHints",)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own settings and data folders."""
    monkeypatch.setenv("ISA_DESKTOP_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _no_stray_qt_warnings(qtlog: object) -> Iterator[None]:
    """Fail a test that makes Qt print a warning (other than the platform's harmless one)."""
    yield
    records = getattr(qtlog, "records", [])
    stray = [r.message for r in records
             if r.type.name in ("QtWarningMsg", "QtCriticalMsg")
             and not any(h in r.message for h in HARMLESS)]
    assert not stray, f"Qt warnings: {stray}"


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A new, empty application of the small ``sample`` program."""
    path = tmp_path / "sample.isa"
    Application.create(path, "sample").close()
    return path


@pytest.fixture
def window(qtbot: object, sample_file: Path) -> Iterator[object]:
    """The main window with the sample file open, shown, in English."""
    from isa_desktop.ui import i18n
    from isa_desktop.ui.launch import LaunchOptions, create_window

    win = create_window(LaunchOptions(file=sample_file))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    if win.settings.language != "en":  # a French system would start in French
        win.set_language("en")
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    yield win
    win.close()
    i18n.install_language("en")
