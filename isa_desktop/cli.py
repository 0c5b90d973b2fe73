"""The command line: the same services as the window, no Qt.

Exit codes (PRODUCT §9): 0 success (for ``check``: ready to submit); 1 ``check`` found errors
or blockers; 2 bad usage or an unusable input — one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from isa_desktop.errors import UserError

log = logging.getLogger(__name__)

COMMANDS = ("forms", "new", "import", "export", "attach", "check", "packet", "mou", "anl",
            "review-report", "sample-size")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


# -- commands -----------------------------------------------------------------------------
def cmd_forms(args: argparse.Namespace) -> int:
    """Print the question bank."""
    from isa_desktop.services.catalog import forms_document

    document = forms_document(args.program, args.lang)
    if args.json:
        _out(_dump(document))
    else:
        for form in document["forms"]:
            count = sum(len(s["questions"]) for s in form["sections"])
            _out(f"{form['id']:<28} v{form['version']:<3} {count:>4} questions  {form['title']}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Create an application file, optionally with answers."""
    from isa_desktop.services.application import Application, parse_answers_document

    answers = None
    if args.answers:
        answers = parse_answers_document(_read_text(args.answers), Path(args.answers).name)
    path = Path(args.file)
    if path.suffix.lower() != ".isa":
        raise UserError(f"Application files end in .isa; use {path.stem}.isa.")
    if not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist; create it first.")
    if answers is not None:
        program = json.loads(_read_text(args.answers)).get("program")
        if program and program != args.program:
            raise UserError(f"{Path(args.answers).name} holds answers for program {program!r}; "
                            f"add --program {program} to create a file for it.")
    app = Application.create(path, args.program)
    try:
        if answers:
            app.import_answers(answers)
        _refresh_summary(app)
    except UserError:
        app.close()
        path.unlink(missing_ok=True)
        raise
    app.close()
    _out(f"Created {path} ({app.program.header.title.en}).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Merge answers into a file, all or nothing."""
    from isa_desktop.services.application import Application, parse_answers_document

    answers_source = Path(args.answers)
    document_text = _read_text(args.answers)
    answers = parse_answers_document(document_text, answers_source.name)
    program = json.loads(document_text).get("program")
    with Application.open(Path(args.file)) as app:
        if program and program != app.program.id:
            raise UserError(f"{answers_source.name} holds answers for program {program!r}, "
                            f"but {Path(args.file).name} follows {app.program.id!r}.")
        changed = app.import_answers(answers)
        _refresh_summary(app)
    _out(f"Imported {len(answers)} answers ({changed} changed).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the answers as JSON."""
    from isa_desktop.services.application import Application

    with Application.open(Path(args.file), read_only=True) as app:
        text = _dump(app.export_answers())
    if args.output:
        _write_text(Path(args.output), text + "\n")
    else:
        _out(text)
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    """Attach a policy document."""
    from isa_desktop.services.application import Application

    with Application.open(Path(args.file)) as app:
        info = app.attach(args.question_id, Path(args.document))
        _refresh_summary(app)
    _out(f"Attached {info.filename} ({info.size:,} bytes, SHA-256 {info.sha256}).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Completeness, validation and eligibility."""
    from isa_desktop.services.application import Application

    with Application.open(Path(args.file), read_only=True) as app:
        report = app.check()
    if args.json:
        _out(_dump(report.to_json()))
    else:
        _print_report(report)
    return 0 if report.ready else 1


def _print_report(report: Any) -> None:
    eligibility = report.eligibility
    _out(f"Ready to submit: {'yes' if report.ready else 'no'}")
    _out(f"Complete: {report.complete_pct:g} %")
    _out(f"Eligible: {'yes' if eligibility.eligible else 'not yet'}"
         + (" (Focused Assessment route)" if eligibility.route == "focused_assessment" else ""))
    if eligibility.summary:
        _out(f"  {eligibility.summary}")
    fa = report.focused_assessment()
    if fa and fa["route_open"]:
        _out(f"  Focused Assessment report {fa['reference'] or '(no number given)'} of "
             f"{fa['report_date']}; the transition route closes on {fa['window_closes']}.")
    for finding in report.issues:
        where = f" [{finding.question}]" if finding.question else ""
        _out(f"  {finding.severity:<8} {finding.code}: {finding.message}{where}")


def cmd_sample_size(args: argparse.Namespace) -> int:
    """Attribute-sampling sample size."""
    from isa_desktop.domain.sampling import (
        SamplingError,
        attribute_sample_size,
        parse_confidence,
        parse_rate,
    )

    try:
        result = attribute_sample_size(args.confidence, args.tolerable, args.expected,
                                       args.population)
    except SamplingError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        _out(json.dumps({"sample_size": result.sample_size,
                         "allowed_deviations": result.allowed_deviations,
                         "method": result.method}))
    else:
        _out(f"Sample size: {result.sample_size} (allows {result.allowed_deviations} "
             f"deviation{'s' if result.allowed_deviations != 1 else ''}; {result.method})")
        # Say how the rates were read, so a 0.5 meant as 0.5 % is caught at a glance.
        _out(f"Read as: {parse_confidence(args.confidence):.2%} confidence, tolerable rate "
             f"{parse_rate(args.tolerable):.2%}, expected rate {parse_rate(args.expected):.2%}"
             + (f", population {args.population:,}" if args.population else ""))
    return 0


def _documents(kind: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from isa_desktop.services.documents import build_document_cli

        return build_document_cli(kind, args, _out)

    run.__doc__ = f"Build the {kind} PDF."
    return run


def cmd_review_report(args: argparse.Namespace) -> int:
    """Build the pre-certification evaluation report PDF."""
    from isa_desktop.services.review_report import review_report_cli

    return review_report_cli(args, _out)


def _refresh_summary(app: Any) -> None:
    """Keep the small summary the broker dashboard reads in step with the answers."""
    from isa_desktop.services.summary import store_summary

    store_summary(app)


# -- plumbing -----------------------------------------------------------------------------
def _read_text(path: str) -> str:
    try:
        # utf-8-sig: Notepad and PowerShell put a byte-order mark in front of UTF-8 files
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{path} does not exist.") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text.") from None
    except OSError as exc:
        raise UserError(f"{path} could not be read ({exc.strerror}).") from None


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{path} could not be written ({exc.strerror}).") from None


def build_parser() -> argparse.ArgumentParser:
    """The parser for every subcommand."""
    parser = _Parser(prog="isa-desktop", description="ISA Desktop command line.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("forms", help="print the question bank")
    p.add_argument("--program", default="isa")
    p.add_argument("--lang", default="en", choices=["en", "fr-CA"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_forms)

    p = sub.add_parser("new", help="create an application file")
    p.add_argument("file")
    p.add_argument("--program", default="isa")
    p.add_argument("--answers")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="merge answers from JSON, all or nothing")
    p.add_argument("file")
    p.add_argument("answers")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write the answers as JSON")
    p.add_argument("file")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("attach", help="attach a policy document")
    p.add_argument("file")
    p.add_argument("question_id")
    p.add_argument("document")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("check", help="completeness, validation, eligibility")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    for kind, text in (("packet", "the application packet"), ("mou", "the MOU alone"),
                       ("anl", "the Annual Notification Letter")):
        p = sub.add_parser(kind, help=f"build {text} as PDF")
        p.add_argument("file")
        p.add_argument("-o", "--output", required=True)
        if kind == "anl":
            p.add_argument("--year", type=int, required=True)
        if kind == "mou":
            p.add_argument("--sign", metavar="CERT.p12")
        p.set_defaults(func=_documents(kind))

    p = sub.add_parser("review-report", help="build the broker's pre-certification evaluation "
                       "report as PDF")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_review_report)

    p = sub.add_parser("sample-size", help="attribute-sampling sample size")
    p.add_argument("--confidence", required=True)
    p.add_argument("--tolerable", required=True)
    p.add_argument("--expected", required=True)
    p.add_argument("--population", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sample_size)
    return parser


def guard_output(output: str | None, source: str | None) -> None:
    """Refuse an output path that would overwrite the application file, or any other
    application file: a PDF or JSON written over an ``.isa`` would destroy the answers."""
    if not output:
        return
    target = Path(output)
    if source and target.exists() and Path(source).exists() and target.samefile(source):
        raise UserError(f"{target.name} is the application file itself; choose another name "
                        "for the output.")
    if target.suffix.lower() == ".isa" or _is_sqlite(target):
        raise UserError(f"{target.name} is (or would be) an application file; write the "
                        "output to a .pdf or .json file instead.")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name for the output.")


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def run(argv: Sequence[str]) -> int:
    """Run one command; map every user-facing failure to one line on stderr and exit 2."""
    args = build_parser().parse_args(list(argv))
    try:
        guard_output(getattr(args, "output", None), getattr(args, "file", None))
        return int(args.func(args))
    except UserError as exc:
        sys.stderr.write(f"isa-desktop: {exc.message}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("isa-desktop: interrupted.\n")
        return 2
    except Exception as exc:  # a bug: keep the traceback in the log, one line for the user
        log.exception("unexpected error in %s", args.command)
        sys.stderr.write(f"isa-desktop: internal error ({type(exc).__name__}: {exc}); "
                         "please report it.\n")
        return 2
