"""Use cases on one application: answer, import, export, attach, check.

The window and the command line both go through :class:`Application`, so the rules that decide
what may be stored live in one place.
"""

from __future__ import annotations

import datetime as dt
import json
import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from isa_desktop import __version__
from isa_desktop.errors import AnswerError, UserError
from isa_desktop.formspec import Program, coerce_value, load_program
from isa_desktop.formspec.values import normalized
from isa_desktop.services.check import CheckReport, run_check
from isa_desktop.storage import ApplicationFile, AttachmentInfo

ANSWERS_FORMAT = "isa-answers"
ANSWERS_VERSION = 1
_MEDIA_TYPES = {".pdf": "application/pdf", ".txt": "text/plain", ".md": "text/markdown",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


class Application:
    """An open application file together with the program it follows."""

    def __init__(self, file: ApplicationFile, program: Program) -> None:
        self.file = file
        self.program = program

    # -- lifecycle ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, program_id: str = "isa", who: str | None = None) -> Application:
        """A new, empty application file for ``program_id``."""
        program = load_program(program_id)
        file = ApplicationFile.create(Path(path), program=program.id,
                                      form_versions=program.form_versions(),
                                      app_version=__version__, who=who)
        return cls(file, program)

    @classmethod
    def open(cls, path: Path, who: str | None = None, read_only: bool = False) -> Application:
        """Open an existing file (all safety checks apply)."""
        file = ApplicationFile.open(Path(path), who=who, read_only=read_only)
        try:
            program = load_program(file.program)
        except UserError:
            file.close()
            raise
        return cls(file, program)

    def close(self) -> None:
        """Close the file and release its lock."""
        self.file.close()

    def __enter__(self) -> Application:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """Where the file is."""
        return self.file.path

    # -- answers --------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """Stored answers."""
        return self.file.answers()

    def view(self) -> dict[str, Any]:
        """Answers plus attachment counts: what conditions and checks read."""
        view = self.file.answers()
        view.update(self.file.attachment_counts())
        return view

    def _coerce(self, question_id: str, raw: Any) -> Any:
        question = self.program.questions.get(question_id)
        if question is None:
            raise AnswerError(f"{question_id}: there is no such question in the "
                              f"{self.program.id} program.")
        try:
            return normalized(question, coerce_value(question, raw))
        except ValueError as exc:
            raise AnswerError(f"{question_id}: {exc}") from None

    def set_answer(self, question_id: str, raw: Any) -> Any:
        """Store one answer after checking its type; returns the stored value."""
        value = self._coerce(question_id, raw)
        question = self.program.questions[question_id]
        version = self.program.form(question.form_id).version
        self.file.set_answer(question_id, value, version)
        return value

    def import_answers(self, answers: Mapping[str, Any]) -> int:
        """Merge answers, all or nothing: the first bad entry is named and nothing changes."""
        values = {qid: self._coerce(qid, raw) for qid, raw in answers.items()}
        versions = {qid: self.program.form(self.program.questions[qid].form_id).version
                    for qid in values}
        return self.file.set_answers(values, versions)

    def export_answers(self) -> dict[str, Any]:
        """The answers in the PRODUCT §9 answers-file shape."""
        return {"format": ANSWERS_FORMAT, "version": ANSWERS_VERSION,
                "program": self.program.id, "answers": dict(sorted(self.answers().items()))}

    # -- attachments ----------------------------------------------------------------------
    def attach(self, question_id: str, document: Path) -> AttachmentInfo:
        """Attach a document to an attachment question."""
        question = self.program.questions.get(question_id)
        if question is None or question.type != "attachment":
            raise AnswerError(f"{question_id} is not a question that takes a document.")
        try:
            data = Path(document).read_bytes()
        except FileNotFoundError:
            raise AnswerError(f"{document} does not exist.") from None
        except IsADirectoryError:
            raise AnswerError(f"{document} is a folder, not a document.") from None
        except OSError as exc:
            raise AnswerError(f"{document} could not be read ({exc.strerror}).") from None
        if not self.program.is_visible(question, self.view()):
            raise AnswerError(f"{question_id} is not asked for your current answers (for a "
                              "policy, first choose that it is an attached document).")
        name = Path(document).name
        media_type = media_type_of(name, data)
        check_document(name, data, media_type)
        return self.file.add_attachment(question_id, name, data, media_type)

    # -- check ----------------------------------------------------------------------------
    def check(self, today: dt.date | None = None) -> CheckReport:
        """Completeness, validation, cross-field rules and eligibility."""
        return run_check(self.program, self.view(), today)


_DOCX = _MEDIA_TYPES[".docx"]


def check_document(name: str, data: bytes, media_type: str) -> None:
    """Refuse what cannot serve as a policy document: an application file, a file that only
    pretends to be a PDF, a password-protected or damaged PDF, or a type CBP cannot read."""
    if data.startswith(b"SQLite format 3\x00"):
        raise AnswerError(f"{name} is an application file, not a policy document.")
    if media_type == "application/pdf":
        if not data.startswith(b"%PDF-"):
            raise AnswerError(f"{name} is not really a PDF (it does not start like one); "
                              "export the document to PDF again.")
        _check_pdf(name, data)
    elif media_type == _DOCX:
        if not data.startswith(b"PK"):
            raise AnswerError(f"{name} is not a Word document (.docx) inside.")
    elif media_type.startswith("text/"):
        if b"\x00" in data[:65536]:
            raise AnswerError(f"{name} is not plain text (it holds binary data).")
    elif data:
        raise AnswerError(f"{name} is neither a PDF, a Word document (.docx) nor plain text; "
                          "attach the policy in one of those forms.")


def _check_pdf(name: str, data: bytes) -> None:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise AnswerError(f"{name} is protected by a password; attach an unprotected "
                              "copy so it can be merged into the packet.")
        if len(reader.pages) == 0:
            raise AnswerError(f"{name} has no pages.")
    except AnswerError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise AnswerError(f"{name} is a damaged PDF ({exc}); export it to PDF again.") from None


def media_type_of(filename: str, data: bytes) -> str:
    """A document's media type from its content first, then its name."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    suffix = Path(filename).suffix.lower()
    if suffix in _MEDIA_TYPES:
        return _MEDIA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def parse_answers_document(text: str, source: str = "answers file") -> dict[str, Any]:
    """The ``answers`` mapping of an answers file, or :class:`AnswerError` saying what is wrong."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerError(f"{source} is not valid JSON (line {exc.lineno}, column "
                          f"{exc.colno}: {exc.msg}).") from None
    if not isinstance(document, dict):
        raise AnswerError(f"{source} must be a JSON object with an \"answers\" object.")
    if document.get("format", ANSWERS_FORMAT) != ANSWERS_FORMAT:
        raise AnswerError(f"{source} has format {document.get('format')!r}; expected "
                          f"{ANSWERS_FORMAT!r}.")
    version = document.get("version", ANSWERS_VERSION)
    if not isinstance(version, int) or version > ANSWERS_VERSION:
        raise AnswerError(f"{source} uses answers-file version {version!r}; this version of "
                          f"ISA Desktop reads version {ANSWERS_VERSION}.")
    answers = document.get("answers")
    if not isinstance(answers, dict):
        raise AnswerError(f"{source} has no \"answers\" object.")
    return answers
