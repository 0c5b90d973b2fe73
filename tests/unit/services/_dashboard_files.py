"""Client files for the dashboard tests: the sample importer, built once, copied per test."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from isa_desktop.services.application import Application
from isa_desktop.services.demo import build_demo
from isa_desktop.services.summary import store_summary

_TEMPLATE: list[Path] = []


def demo_template() -> Path:
    """The fully answered sample importer (built on first use, shared by the session)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="isa-test-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _TEMPLATE.append(build_demo(folder / "demo.isa"))
    return _TEMPLATE[0]


def client_copy(folder: Path, file_name: str, answers: dict[str, Any] | None = None,
                summary: bool = True) -> Path:
    """A copy of the sample importer with some answers replaced (``None`` clears one)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name
    shutil.copyfile(demo_template(), target)
    with Application.open(target, who="tester") as app:
        if answers:
            app.import_answers(answers)
        if summary:
            store_summary(app)
        else:
            app.file.set_meta("summary", None)  # as a file written before summaries existed
    return target
