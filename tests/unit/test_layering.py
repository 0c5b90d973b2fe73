"""The core packages stay free of Qt (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    command = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(command).exists():
        pytest.fail("import-linter is part of the test extra but lint-imports was not found")
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout.lower().split("contracts:")[-1].split("\n")[0]
    assert " 0 broken" in summary or "broken" not in summary, summary


def test_cli_runs_without_qt_loaded() -> None:
    code = ("import sys; from isa_desktop.cli import run; run(['forms', '--program', 'sample',"
            " '--json']); assert not any(m.startswith('PySide6') for m in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


@pytest.mark.slow
def test_types_check_with_mypy() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout[-4000:]


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "--quiet", "."], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:]
