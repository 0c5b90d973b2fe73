"""Customs identifiers: Importer of Record numbers, EIN, SSN, filer codes, HTS and port codes.

Every parser accepts what people actually type (any case, with or without dashes or spaces) and
returns one canonical form, or raises ``IdentifierError`` with a stable ``code`` and a sentence
the user can act on. Messages never repeat a full Social Security number.

How an IOR number is read (the shapes overlap, so the order matters):

- 9 digits: a Social Security number ``NNN-NN-NNNN``; but ``NN-NNNNNNN`` (a dash after two
  digits) is an EIN typed without its suffix and is refused with a hint to add it.
- 11 characters, all digits, separated only after the sixth digit (``YYDDPP-NNNNN``): a
  CBP-assigned number.
- any other 11 characters ``9 digits + 2 letters/digits``: an EIN-based number. In particular
  11 plain digits with no separator are read as EIN + suffix, the far more common case; a
  CBP-assigned number must be typed with its dash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from isa_desktop.domain.findings import ValidationError

#: First two digits the IRS has assigned to EINs (campus prefixes); anything else is a typo.
VALID_EIN_PREFIXES: frozenset[str] = frozenset(
    f"{n:02d}"
    for lo, hi in (
        (1, 6),
        (10, 16),
        (20, 27),
        (30, 48),
        (50, 68),
        (71, 77),
        (80, 88),
        (90, 95),
        (98, 99),
    )
    for n in range(lo, hi + 1)
)

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")
_ALNUM = re.compile(r"[0-9A-Z]+", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
# Nine digits as NNN-NN-NNNN (dashes or spaces optional) not inside a longer run of digits, so
# EIN-based IORs (84-3927715-00), CBP numbers and dates are left alone.
_SSN_LIKE = re.compile(
    r"(?<![0-9])(?<![0-9]-)[0-9]{3}[ -]?[0-9]{2}[ -]?[0-9]{4}(?![0-9])(?!-[0-9])"
)
_HTS = re.compile(r"([0-9]{4})(?:[. ]?([0-9]{2})(?:[. ]?([0-9]{2})(?:[. ]?([0-9]{2}))?)?)?")

IOR_SHAPES = (
    "an IRS number with its suffix (NN-NNNNNNN-XX), a Social Security number (NNN-NN-NNNN) "
    "or a CBP-assigned number (YYDDPP-NNNNN)"
)


class IdentifierError(ValidationError):
    """An identifier does not have a valid shape; see ``code`` and ``message``."""


def _quote(text: str) -> str:
    """Return user text safe to put in a message: trimmed, SSNs masked, not too long."""
    shown = mask_identifiers_in(text.strip())
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _compact(text: str) -> tuple[str, frozenset[int]]:
    """Return ``text`` upper-cased without separators, and where the separators were."""
    parts = _SEPARATORS.split(text.strip().upper())
    positions, length = set(), 0
    for part in parts[:-1]:
        length += len(part)
        positions.add(length)
    return "".join(parts), frozenset(positions)


@dataclass(frozen=True, repr=False)
class IorNumber:
    """A valid Importer of Record number: ``kind`` is ``"ein"``, ``"ssn"`` or ``"cbp"``."""

    kind: str
    normalized: str

    @classmethod
    def parse(cls, text: str) -> IorNumber:
        """Read an IOR number in any of its three shapes or raise ``IdentifierError``."""
        compact, seps = _compact(text)
        if _ALNUM.fullmatch(compact):
            if len(compact) == 9 and _DIGITS.fullmatch(compact):
                if seps == {2}:
                    raise IdentifierError(
                        "invalid_ior",
                        f"{_quote(text)}: an IRS number needs its two-character suffix as an "
                        "importer number (usually 00), e.g. NN-NNNNNNN-00.",
                    )
                return cls("ssn", ssn(compact))
            if len(compact) == 11 and _DIGITS.fullmatch(compact) and seps == {6}:
                return cls("cbp", f"{compact[:6]}-{compact[6:]}")
            if len(compact) == 11 and _DIGITS.fullmatch(compact[:9]):
                return cls("ein", _ein_ior(compact, plain=not seps))
        raise IdentifierError("invalid_ior", f"{_quote(text)}: use {IOR_SHAPES}.")

    @property
    def masked(self) -> str:
        """The number safe to show or log: an SSN keeps only its last four digits."""
        return mask_ssn(self.normalized) if self.kind == "ssn" else self.normalized

    @property
    def kind_label(self) -> str:
        """A short English name of the kind, for screens and documents."""
        return {"ein": "IRS number", "ssn": "Social Security number", "cbp": "CBP-assigned"}[
            self.kind
        ]

    @property
    def display(self) -> str:
        """The masked number followed by its kind, e.g. ``84-3927715-00 (IRS number)``."""
        return f"{self.masked} ({self.kind_label})"

    def __str__(self) -> str:
        return self.masked

    def __repr__(self) -> str:
        return f"IorNumber({self.kind!r}, {self.masked!r})"


def _ein_ior(compact: str, plain: bool) -> str:
    """Check an 11-character EIN-based IOR and return it as ``NN-NNNNNNN-XX``."""
    dashed = f"{compact[:2]}-{compact[2:9]}-{compact[9:]}"
    if compact[:2] not in VALID_EIN_PREFIXES:
        extra = " A CBP-assigned number is typed with a dash after six digits." if plain else ""
        raise IdentifierError(
            "ior_ein_prefix",
            f"{dashed}: no IRS number starts with {compact[:2]}; check the first two digits "
            f"against your EIN letter.{extra}",
        )
    if set(compact[9:]) & set("IOZ"):
        raise IdentifierError(
            "ior_suffix_letter",
            f"{dashed}: the two-character suffix may not contain the letters I, O or Z.",
        )
    return dashed


def ein(text: str) -> str:
    """Return an employer identification number as ``NN-NNNNNNN`` or raise."""
    compact, _ = _compact(text)
    if len(compact) != 9 or not _DIGITS.fullmatch(compact):
        raise IdentifierError(
            "invalid_ein", f"{_quote(text)}: an EIN has nine digits, written NN-NNNNNNN."
        )
    if compact[:2] not in VALID_EIN_PREFIXES:
        raise IdentifierError(
            "ior_ein_prefix", f"{compact[:2]}-{compact[2:]}: no EIN starts with {compact[:2]}."
        )
    return f"{compact[:2]}-{compact[2:]}"


def ssn(text: str) -> str:
    """Return a Social Security number as ``NNN-NN-NNNN`` or raise (messages stay masked)."""
    compact, _ = _compact(text)
    if len(compact) != 9 or not _DIGITS.fullmatch(compact):
        raise IdentifierError(
            "invalid_ssn", "A Social Security number has nine digits, written NNN-NN-NNNN."
        )
    area, group, serial = compact[:3], compact[3:5], compact[5:]
    shown = mask_ssn(compact)
    if area in ("000", "666") or area.startswith("9"):
        raise IdentifierError(
            "ior_ssn_area",
            f"{shown}: a Social Security number never begins with 000, 666 or 900 to 999.",
        )
    if group == "00":
        raise IdentifierError(
            "ior_ssn_group", f"{shown}: the middle two digits of an SSN are never 00."
        )
    if serial == "0000":
        raise IdentifierError(
            "ior_ssn_serial", f"{shown}: the last four digits of an SSN are never 0000."
        )
    return f"{area}-{group}-{serial}"


def mask_ssn(text: str) -> str:
    """Return ``***-**-`` plus the last four digits of ``text``."""
    digits = re.sub(r"[^0-9]", "", text)
    return "***-**-" + (digits[-4:] if len(digits) >= 4 else "****")


def mask_identifiers_in(text: str) -> str:
    """Replace every SSN-looking run of digits in ``text`` by its masked form (for logs)."""
    return _SSN_LIKE.sub(lambda m: mask_ssn(m.group(0)), text)


def filer_code(text: str) -> str:
    """Return a customs broker / entry filer code: three letters or digits, not ``000``."""
    code = text.strip().upper()
    if len(code) != 3 or not _ALNUM.fullmatch(code) or code == "000":
        raise IdentifierError(
            "invalid_filer_code",
            f"{_quote(text)}: a filer code is three letters or digits (not 000), e.g. P7G.",
        )
    return code


def hts(text: str) -> str:
    """Return an HTS number of 4, 6, 8 or 10 digits in ``NNNN.NN.NNNN`` style."""
    match = _HTS.fullmatch(text.strip())
    if not match:
        raise IdentifierError(
            "invalid_hts",
            f"{_quote(text)}: an HTS number has 4, 6, 8 or 10 digits, e.g. 6306.22.9010.",
        )
    heading, *rest = (g for g in match.groups() if g)
    _check_chapter(heading[:2], text)
    if len(rest) == 3:  # ten digits: the statistical suffix joins the 8-digit line
        rest = [rest[0], rest[1] + rest[2]]
    return ".".join([heading, *rest])


def hts_chapter(text: str) -> int:
    """Return the chapter (first two digits) of an HTS number, after checking it."""
    return int(hts(text)[:2])


def _check_chapter(chapter: str, text: str) -> None:
    """Refuse chapter 00 (does not exist) and 77 (reserved)."""
    if chapter in ("00", "77"):
        raise IdentifierError(
            "invalid_hts",
            f"{_quote(text)}: there is no chapter {chapter}; HTS chapters run from 01 to 99, "
            "and 77 is not used.",
        )


def chapter(text: str) -> str:
    """Return an HTS chapter typed alone (1 or 2 digits) as two digits, e.g. ``"06"``."""
    value = text.strip()
    if not (1 <= len(value) <= 2 and _DIGITS.fullmatch(value)):
        raise IdentifierError(
            "invalid_hts", f"{_quote(text)}: an HTS chapter is a number from 01 to 99."
        )
    _check_chapter(value.zfill(2), text)
    return value.zfill(2)


def port_code(text: str) -> str:
    """Return a CBP port code: four digits (district and port), e.g. 3001 for Seattle."""
    code = text.strip()
    if len(code) != 4 or not _DIGITS.fullmatch(code):
        raise IdentifierError(
            "invalid_port_code", f"{_quote(text)}: a port code has four digits, e.g. 3001."
        )
    return code
