"""The work behind the packet page, run on a pool thread (no Qt widgets here).

It opens a second, read-only connection to the file so the window's connection is never used
from two threads, builds into a temporary name and renames into place, so a cancelled or failed
build never leaves half a PDF where the last good one was.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from isa_desktop.errors import UserError
from isa_desktop.services.application import Application
from isa_desktop.ui.ops import CancelFn, ProgressFn

DOCUMENTS = ("packet", "mou", "anl")


@dataclass(frozen=True)
class BuildRequest:
    """What to build, from which file, to where."""

    document: str  # "packet" | "mou" | "anl"
    source: Path
    target: Path
    prepared_by: str | None = None
    year: int | None = None


def build_document(request: BuildRequest, progress: ProgressFn, cancelled: CancelFn) -> Path:
    """Build the requested PDF; returns its path. Raises ``UserError`` for the user to read."""
    try:
        from isa_desktop.services import documents
    except ImportError:
        raise UserError("Building documents is not available in this version.") from None
    partial = request.target.with_name(request.target.name + ".part")
    progress(0, 1, "Opening the application file")
    app = Application.open(request.source, read_only=True)
    try:
        if request.document == "packet":
            documents.build_packet(app, partial, prepared_by=request.prepared_by,
                                   progress=progress, cancel=cancelled)
        elif request.document == "mou":
            documents.build_mou(app, partial)
        else:
            documents.build_anl(app, int(request.year or 0), partial)
        if cancelled():
            raise UserError("The build was cancelled.")
        os.replace(partial, request.target)
    finally:
        app.close()
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    progress(1, 1, "Done")
    return request.target
