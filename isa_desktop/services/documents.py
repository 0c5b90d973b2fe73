"""Build the packet, the MOU and the Annual Notification Letter from an open application.

This module reads the file (answers, attachments, records, change log, check report) into
plain :class:`~isa_desktop.pdf.data.Inputs`; the ``pdf`` package never sees the file. Output is
written atomically, and each generated document is noted in the file's document history.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from isa_desktop.errors import FileLocked, UserError
from isa_desktop.pdf.anl import render_anl
from isa_desktop.pdf.anl_fill import anl_data
from isa_desktop.pdf.assemble import BuildResult, Progress, build_packet_pdf
from isa_desktop.pdf.data import AttachmentDoc, EligibilitySummary, Inputs, MouData
from isa_desktop.pdf.fill import contacts, ior_numbers, mou_data, mou_missing, packet_data
from isa_desktop.pdf.layout import BuildCancelled
from isa_desktop.pdf.mou import OFFICER_FIELD, OFFICER_PS_FIELD, render_mou
from isa_desktop.pdf.packet import counted
from isa_desktop.pdf.signing import (
    Identity,
    PassphraseNeeded,
    load_identity,
    name_matches,
    sign_pdf,
)
from isa_desktop.pdf.templates import Template, load_template
from isa_desktop.services.application import Application
from isa_desktop.services.check import CheckReport

__all__ = ["BuildCancelled", "BuildResult", "build_anl", "build_document_cli", "build_mou",
           "build_packet", "gather_inputs"]

PASSPHRASE_ENV = "ISA_DESKTOP_P12_PASSPHRASE"


def gather_inputs(app: Application, lang: str = "en", today: dt.date | None = None) -> Inputs:
    """Read everything the documents need out of the file (attachment bytes stay lazy)."""
    today = today or dt.date.today()
    report = app.check(today)
    elig = report.eligibility
    attachments = [AttachmentDoc(a.id, a.question_id, a.filename, a.media_type, a.size,
                                 a.sha256, partial(app.file.attachment_data, a.id))
                   for a in app.file.attachments()]
    summary = EligibilitySummary(
        elig.eligible, elig.summary,
        [f.message + (f" {f.hint}" if f.hint else "") for f in elig.blockers],
        [f.message for f in elig.warnings], *_route(report))
    records = {kind: app.file.records(kind) for kind in ("risk", "plan", "cycle", "action")}
    return Inputs(program=app.program, answers=app.answers(), view=app.view(),
                  attachments=attachments, records=records, change_log=app.file.change_log(),
                  documents=app.file.documents(), eligibility=summary, ready=report.ready,
                  problems=[f.message for f in report.errors], today=today.isoformat(),
                  lang=lang, meta={"accepted_on": app.file.meta("accepted_on")})


def _route(report: CheckReport) -> tuple[str, list[tuple[str, str]], str]:
    """The route, its facts and, when the Focused Assessment route was refused, the reason."""
    fa = report.focused_assessment()
    route = report.eligibility.route
    if route == "focused_assessment" and fa is not None:
        return route, [("Route", "Focused Assessment transition to ISA"),
                       ("Focused Assessment report", str(fa["reference"] or "Number not given")),
                       ("Report date", str(fa["report_date"])),
                       ("Transition window closes", str(fa["window_closes"]))], ""
    facts = [("Route", "Standard application")]
    if fa is not None and fa["refused_because"]:
        facts.append(("Focused Assessment report", str(fa["reference"] or "Number not given")))
        return route, facts, ("The Focused Assessment transition route is not available: "
                              + str(fa["refused_because"]))
    return route, facts, ""


def document_template(app: Application, name: str, lang: str = "en") -> Template:
    """``forms/<program>/<name>.yaml``, falling back to the ISA program's template."""
    path = app.program.folder / f"{name}.yaml"
    if not path.is_file():
        path = app.program.folder.parent / "isa" / f"{name}.yaml"
    return load_template(path, lang)


def _write(out_path: Path, pdf: bytes) -> None:
    """Write atomically: a half-written PDF never replaces a good one."""
    out_path = Path(out_path)
    temporary = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(pdf)
        os.replace(temporary, out_path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(f"{out_path} could not be written ({exc.strerror}).") from None


def _remember(app: Application, kind: str, result: BuildResult, note: str | None) -> None:
    if app.file.read_only:
        return
    try:
        app.file.record_document(kind, result.sha256, result.pages, note)
    except UserError:
        pass  # the document is written; failing to note it in the history must not lose it


def build_packet(app: Application, out_path: Path, prepared_by: str | None = None,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                 lang: str = "en", today: dt.date | None = None) -> BuildResult:
    """Build the application packet into ``out_path`` (DRAFT on every page if not ready)."""
    if cancel is not None and cancel():
        raise BuildCancelled()
    inputs = gather_inputs(app, lang, today)
    data = packet_data(inputs, _mou(app, inputs, lang), prepared_by)
    result = build_packet_pdf(data, progress, cancel)
    _write(out_path, result.pdf)
    _remember(app, "packet", result, "draft" if data.draft else None)
    return result


def _mou(app: Application, inputs: Inputs, lang: str) -> MouData:
    """The MOU with the ISA-Product Safety addendum when the importer opted in."""
    addendum = document_template(app, "mou_isa_ps", lang) if inputs.isa_ps else None
    return mou_data(inputs, document_template(app, "mou", lang), addendum)


def build_mou(app: Application, out_path: Path, sign: Path | None = None,
              passphrase: bytes | None = None, lang: str = "en",
              today: dt.date | None = None,
              ask_passphrase: Callable[[], bytes | None] | None = None) -> BuildResult:
    """Build the MOU with empty signature fields; sign the officer's field if ``sign``.

    A file that ``check`` does not call ready gives a DRAFT on every page and cannot be
    signed. ``ask_passphrase`` is called only when the certificate turns out to need a
    passphrase and ``passphrase`` is None. A certificate issued to someone other than the
    company officer signs, with a warning in the result.
    """
    inputs = gather_inputs(app, lang, today)
    data = _mou(app, inputs, lang)
    warnings: list[str] = []
    if not inputs.ready:  # the same test that makes the packet a draft
        data.draft = True
        if data.addendum is not None:
            data.addendum.draft = True
        warnings.append(f"The MOU is marked DRAFT: {_remaining(inputs)} (see isa-desktop "
                        "check).")
    identity = None
    if sign is not None:
        _refuse_unready_signing(inputs)
        identity = _identity(Path(sign), passphrase, ask_passphrase)
        warnings += _officer_warning(identity, data.officer.name)
    pdf, pages = render_mou(data)
    if identity is not None:
        pdf = sign_pdf(pdf, OFFICER_FIELD, identity, None,
                       reason="Signed for the importer by its company officer")
        if data.addendum is not None:  # the officer commits to the addendum in the same act
            pdf = sign_pdf(pdf, OFFICER_PS_FIELD, identity, None,
                           reason="ISA-Product Safety addendum signed by the company officer")
    result = BuildResult(pdf, pages, warnings)
    _write(out_path, pdf)
    _remember(app, "mou", result, "signed" if sign else ("draft" if data.draft else None))
    return result


def _remaining(inputs: Inputs) -> str:
    """How many problems keep the file from being ready, as "3 problems remain" (counting
    eligibility blockers when no answer is wrong)."""
    count = len(inputs.problems) or len(inputs.eligibility.blockers) or 1
    return f"{count} problem{'s' if count != 1 else ''} remain{'s' if count == 1 else ''}"


def _refuse_unready_signing(inputs: Inputs) -> None:
    if missing := mou_missing(inputs):
        raise UserError("The MOU is not ready to sign; it still needs " + ", ".join(missing)
                        + ".")
    if not inputs.ready:
        raise UserError("The MOU can be signed once the application is ready: "
                        f"{_remaining(inputs)} (see isa-desktop check).")


def _identity(sign: Path, passphrase: bytes | None,
              ask: Callable[[], bytes | None] | None) -> Identity:
    """The certificate, asking for its passphrase only when it has one and none was given."""
    try:
        return load_identity(sign, passphrase)
    except PassphraseNeeded:
        if ask is None or passphrase is not None:
            raise
    return load_identity(sign, ask())


def _officer_warning(identity: Identity, officer: str) -> list[str]:
    if name_matches(identity.holder, officer):
        return []
    return [f"The certificate is issued to \u201c{identity.holder}\u201d, but the company "
            f"officer named in the application is \u201c{officer}\u201d; make sure the right "
            "person signed."]


def build_anl(app: Application, year: int, out_path: Path, lang: str = "en",
              today: dt.date | None = None) -> BuildResult:
    """Build the Annual Notification Letter due in ``year``.

    The letter covers the period from the previous letter's due date (or from the acceptance
    date, for the first letter) to its own due date. Refused (:class:`UserError`) when the file
    has no acceptance date or no letter is due in ``year``.
    """
    if not 2002 <= year <= 2200:
        raise UserError(f"{year} is not a plausible notification year.")
    inputs = gather_inputs(app, lang, today)
    template = document_template(app, "anl", lang)
    data = anl_data(inputs, year, template, contacts(inputs, template), ior_numbers(inputs))
    pdf, pages = render_anl(data)
    result = BuildResult(pdf, pages)
    _write(out_path, pdf)
    _remember(app, "anl", result, f"year={year}")
    return result


# -- command line -------------------------------------------------------------------------
def _env_passphrase() -> bytes | None:
    """ISA_DESKTOP_P12_PASSPHRASE (empty means none); None when it is not set."""
    value = os.environ.get(PASSPHRASE_ENV)
    return value.encode("utf-8") if value else None


def _ask_passphrase(sign: Path) -> bytes | None:
    """Asked without echo, in a terminal only (never on the command line, never from a pipe:
    getpass would warn and read the piped data)."""
    unavailable = (f"The certificate {sign.name} is protected by a passphrase. Set "
                   f"{PASSPHRASE_ENV} or run in a terminal to type the passphrase.")
    if os.environ.get(PASSPHRASE_ENV) is not None:
        raise UserError(f"The certificate {sign.name} is protected by a passphrase, but "
                        f"{PASSPHRASE_ENV} is empty.")
    if not sys.stdin.isatty():
        raise UserError(unavailable)
    try:
        value = getpass.getpass(f"Passphrase for {sign.name}: ")
    except EOFError:
        raise UserError(unavailable) from None
    return value.encode("utf-8") if value else None


def _open(path: Path) -> Application:
    try:
        return Application.open(path)
    except FileLocked:  # open in the window: build from a read-only view instead
        return Application.open(path, read_only=True)


def build_document_cli(kind: str, args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """``packet`` / ``mou`` / ``anl`` commands: build, print one line (and notes), return 0."""
    output = Path(args.output)
    with _open(Path(args.file)) as app:
        if kind == "packet":
            result = build_packet(app, output)
        elif kind == "mou":
            sign = Path(args.sign) if getattr(args, "sign", None) else None
            result = build_mou(app, output, sign, _env_passphrase() if sign else None,
                               ask_passphrase=partial(_ask_passphrase, sign) if sign else None)
        elif kind == "anl":
            result = build_anl(app, int(args.year), output)
        else:
            raise UserError(f"Unknown document kind {kind!r}.")
    out(f"Wrote {output} ({counted(result.pages, 'page')}).")
    for warning in result.warnings:
        out(f"Note: {warning}")
    return 0
