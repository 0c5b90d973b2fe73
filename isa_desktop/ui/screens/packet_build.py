"""The work behind the packet page, run on a pool thread (no Qt widgets here).

The builder modules are imported on the GUI thread (:func:`load_builders`) and handed in:
importing modules on a worker thread while PySide6 is loaded has crashed the interpreter here
(PySide6's import hook is not safe against the GUI thread running at the same time).
It opens a second, read-only connection to the file so the window's connection is never used
from two threads, builds into a temporary name and renames into place, so a cancelled or failed
build never leaves half a PDF where the last good one was.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

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


#: Modules the builders need, imported one per event-loop turn on the GUI thread so the window
#: never stalls for long (signing imports pyHanko lazily, so it is named here as well).
PRELOAD = ("reportlab.platypus", "reportlab.pdfgen.canvas", "pypdf", "isa_desktop.pdf.assemble",
           "isa_desktop.pdf.mou", "isa_desktop.pdf.anl", "isa_desktop.services.documents",
           "pyhanko.pdf_utils.incremental_writer", "pyhanko.sign.fields", "pyhanko.sign.signers",
           "pyhanko.sign.general", "pyhanko.pdf_utils.filters",
           "pyhanko.pdf_utils.metadata.xmp_xml", "pypdf.filters", "lxml.etree", "gzip",
           "zoneinfo")


def preload(name: str) -> None:
    """Import one module of :data:`PRELOAD` (GUI thread); a missing one is skipped."""
    with contextlib.suppress(ImportError):
        importlib.import_module(name)


def load_builders() -> ModuleType | None:
    """The document builders module (call on the GUI thread); None if it is missing."""
    try:
        from isa_desktop.services import documents
    except ImportError:
        return None
    return documents


def build_document(request: BuildRequest, progress: ProgressFn, cancelled: CancelFn,
                   documents: ModuleType | None) -> Path:
    """Build the requested PDF; returns its path. Raises ``UserError`` for the user to read."""
    if documents is None:
        raise UserError("Building documents is not available in this version.")
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


def warm_up(documents: ModuleType | None) -> None:
    """Parse the PDF fonts ahead of the first build (the slowest first-time step)."""
    fonts = sys.modules.get("isa_desktop.pdf.fonts")
    if documents is not None and fonts is not None:
        fonts.register_fonts()
