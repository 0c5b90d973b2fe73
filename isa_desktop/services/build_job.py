"""A document build as a separate process, reporting progress as JSON lines.

The window runs ``python -m isa_desktop.services.build_job`` instead of building on a thread:
the build then never competes with the window for the interpreter (no pauses while a 300-page
packet lays out), the PDF libraries are never loaded into the window's process, and Cancel is
simply ending the process. Each stdout line is one JSON object:

``{"progress": [done, total, "message"]}`` while working, then either
``{"result": {"path", "pages", "sha256", "warnings"}}`` (exit 0) or ``{"error": "..."}``
(exit 2). The job opens the file read-only, so it can run while the window has it open.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from isa_desktop.errors import UserError


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def run_job(kind: str, source: Path, target: Path, year: int | None = None,
            prepared_by: str | None = None, lang: str = "en") -> dict[str, Any]:
    """Build one document; returns what the ``result`` line reports."""
    from isa_desktop.services import documents
    from isa_desktop.services.application import Application

    def progress(done: int, total: int, message: str) -> None:
        _emit({"progress": [done, total, message]})

    progress(0, 1, "Opening the application file")
    with Application.open(source, read_only=True) as app:
        if kind == "packet":
            result = documents.build_packet(app, target, prepared_by=prepared_by,
                                            progress=progress, lang=lang)
        elif kind == "mou":
            result = documents.build_mou(app, target, lang=lang)
        elif kind == "anl":
            result = documents.build_anl(app, int(year or 0), target, lang=lang)
        elif kind == "review_report":
            from isa_desktop.services.review_report import build_review_report

            result = build_review_report(app, target, lang=lang)
        else:
            raise UserError(f"Unknown document {kind!r}.")
    return {"path": str(target), "pages": result.pages, "sha256": result.sha256,
            "warnings": list(result.warnings)}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the build process."""
    parser = argparse.ArgumentParser(prog="isa-desktop-build")
    parser.add_argument("kind", choices=["packet", "mou", "anl", "review_report"])
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--year", type=int)
    parser.add_argument("--prepared-by")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    from isa_desktop.logging_setup import setup_logging

    setup_logging()
    try:
        result = run_job(args.kind, Path(args.source), Path(args.target), args.year,
                         args.prepared_by, args.lang)
    except UserError as exc:
        _emit({"error": exc.message})
        return 2
    except Exception as exc:  # a bug: logged with its traceback, one line for the window
        import logging

        logging.getLogger(__name__).exception("document build failed")
        _emit({"error": f"Internal error ({type(exc).__name__}: {exc}); details are in the log."})
        return 2
    _emit({"result": result})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
