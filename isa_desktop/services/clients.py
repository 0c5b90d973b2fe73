"""Client-file operations of the broker workspace: new client, duplicate as template, archive.

File names come from the client's name, never from an IOR number (file names end up in recent
lists, email subjects and backups, where a Social Security number must not appear).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from isa_desktop.domain.identifiers import IdentifierError, IorNumber
from isa_desktop.errors import AnswerError, SaveFailed
from isa_desktop.services.application import Application
from isa_desktop.services.summary import store_summary
from isa_desktop.storage.lock import WriterLock

ARCHIVE_DIR = "Archive"
#: Answers a template keeps: the policies index. Everything else describes one company.
TEMPLATE_PREFIXES = ("policies.",)
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def safe_filename(name: str, fallback: str = "New client") -> str:
    """A file name (without suffix) from a client name that every platform accepts."""
    cleaned = " ".join(_UNSAFE.sub(" ", name).split()).strip(" .")[:80]
    return cleaned or fallback


def private_mkdir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by the user only."""
    missing = [folder, *[p for p in folder.parents if not p.exists()]]
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for created in missing:
            os.chmod(created, 0o700)
    return folder


def unique_path(folder: Path, stem: str, suffix: str = ".isa") -> Path:
    """``folder/stem.isa``, or ``stem (2).isa`` and so on when taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def new_client(folder: Path, legal_name: str, ior: str | None = None,
               program: str = "isa") -> Path:
    """Create a client file named after ``legal_name`` in ``folder``; returns its path.

    The IOR number is checked before anything is written, so a typo creates no file.
    """
    legal_name = legal_name.strip()
    if not legal_name:
        raise AnswerError("Give the client's legal name; the file is named after it.")
    number: IorNumber | None = None
    if ior and ior.strip():
        try:
            number = IorNumber.parse(ior)
        except IdentifierError as exc:
            raise AnswerError(exc.message) from None
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = unique_path(folder, safe_filename(legal_name))
    with Application.create(path, program) as app:
        answers: dict[str, object] = {}
        if "company.legal_name" in app.program.questions:
            answers["company.legal_name"] = legal_name
        if number and "company.ior_numbers" in app.program.questions:
            answers["company.ior_numbers"] = [{"number": number.normalized,
                                               "entity": legal_name}]
        app.import_answers(answers)
        store_summary(app)
    return path


def duplicate_as_template(source: Path, destination: Path,
                          legal_name: str | None = None) -> Path:
    """A new file with ``source``'s policies, their documents and self-testing records.

    Identity is left behind: company profile, contacts, IOR numbers, eligibility answers and
    dates, account details and questionnaire narratives all start empty. ``legal_name``, when
    given, becomes the new client's name.
    """
    destination = Path(destination)
    with Application.open(Path(source), read_only=True) as src:
        kept = {qid: value for qid, value in src.answers().items()
                if qid.startswith(TEMPLATE_PREFIXES)}
        try:
            with Application.create(destination, src.program.id) as dst:
                if legal_name and legal_name.strip():
                    kept["company.legal_name"] = legal_name.strip()
                dst.import_answers({q: v for q, v in kept.items() if q in dst.program.questions})
                for info in src.file.attachments():
                    if info.question_id.startswith(TEMPLATE_PREFIXES):
                        dst.file.add_attachment(info.question_id, info.filename,
                                                src.file.attachment_data(info.id),
                                                info.media_type)
                kinds = [str(k) for (k,) in src.file.query("SELECT DISTINCT kind FROM records")]
                for kind in kinds:
                    for key, data in src.file.records(kind).items():
                        dst.file.put_record(kind, key, data)
                store_summary(dst)
        except BaseException:
            if destination.exists() and not destination.is_dir():
                destination.unlink()  # a half-made template is worse than none
            raise
    return destination


def archive(path: Path, folder: Path | None = None) -> Path:
    """Move a client file into ``<folder>/Archive/`` (folder: the file's own); returns the
    new path. Refused while the file is open for writing anywhere."""
    path = Path(path)
    target_dir = private_mkdir(Path(folder or path.parent) / ARCHIVE_DIR)
    lock = WriterLock(path)
    lock.acquire()
    try:
        target = unique_path(target_dir, path.stem, path.suffix)
        try:
            os.replace(path, target)
        except OSError as exc:
            raise SaveFailed(f"{path.name} could not be moved to the archive "
                             f"({exc.strerror}).") from None
    finally:
        lock.release()
    return target
