"""Who prepares applications on this laptop (a broker or consultant), kept in the settings.

The preparer is printed on packets as "Prepared by"; it is never a signatory. Signature blocks
name only the importer's company officer, and :func:`signature_conflict` tells the packet
builder when the officer recorded in a file looks like the preparer, so the app never puts a
broker's name where the importer must sign.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from isa_desktop import paths
from isa_desktop.domain.identifiers import IdentifierError, filer_code
from isa_desktop.errors import AnswerError, SaveFailed

log = logging.getLogger(__name__)
FILE_NAME = "preparer.json"


@dataclass(frozen=True)
class Preparer:
    """The person preparing applications, their firm and their filer code (all optional)."""

    name: str = ""
    firm: str = ""
    filer_code: str = ""

    @property
    def empty(self) -> bool:
        """True when no name has been set."""
        return not self.name.strip()


def preparer_path() -> Path:
    """Where the preparer is stored (the config folder, owner-only)."""
    return paths.config_dir() / FILE_NAME


def load_preparer() -> Preparer:
    """The saved preparer, or an empty one when none is saved or the file is unreadable."""
    try:
        data: Any = json.loads(preparer_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preparer()
    except (OSError, ValueError):
        log.warning("The preparer settings could not be read; using none")
        return Preparer()
    if not isinstance(data, dict):
        return Preparer()
    return Preparer(**{key: str(data.get(key) or "")[:200] for key in ("name", "firm",
                                                                        "filer_code")})


def save_preparer(preparer: Preparer) -> Preparer:
    """Check and store the preparer owner-only; returns it as stored (filer code upper-cased)."""
    code = preparer.filer_code.strip()
    if code:
        try:
            code = filer_code(code)
        except IdentifierError as exc:
            raise AnswerError(exc.message) from None
    cleaned = Preparer(" ".join(preparer.name.split()), " ".join(preparer.firm.split()), code)
    path = preparer_path()
    temporary = path.with_suffix(".tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(cleaned), handle, ensure_ascii=False, indent=2)
        os.replace(temporary, path)
    except OSError as exc:
        raise SaveFailed(f"The preparer could not be saved ({exc.strerror}).") from None
    return cleaned


def prepared_by_text(preparer: Preparer) -> str | None:
    """``Prepared by Name, Firm (filer code XYZ)`` for packets, or None when no name is set."""
    if preparer.empty:
        return None
    text = f"Prepared by {preparer.name}"
    if preparer.firm:
        text += f", {preparer.firm}"
    if preparer.filer_code:
        text += f" (filer code {preparer.filer_code})"
    return text


def _same_person(a: str, b: str) -> bool:
    return bool(a.strip()) and " ".join(a.lower().split()) == " ".join(b.lower().split())


def signature_conflict(answers: Mapping[str, Any], preparer: Preparer) -> str | None:
    """A sentence when the file's signing officer is the preparer or the preparer's firm."""
    officer = str(answers.get("company.officer_name") or "")
    if _same_person(officer, preparer.name) or _same_person(officer, preparer.firm):
        return (f"The company officer who signs is recorded as {officer}, who prepares this "
                "application. Only an officer of the importer may sign; enter that person "
                "under Company.")
    return None
