"""Named field validators the question bank refers to (``validator: hts`` in a form file).

A validator takes the text the user typed and returns the value to store, or raises
``ValidationError`` (``IdentifierError`` is a subclass) with a stable ``code`` and a message
the user can act on. Validators never raise anything else, whatever the string.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from isa_desktop.domain import identifiers
from isa_desktop.domain.findings import ValidationError
from isa_desktop.domain.identifiers import IdentifierError, IorNumber

__all__ = ["VALIDATORS", "IdentifierError", "ValidationError", "Validator", "validate"]

Validator = Callable[[str], str]


def _codes(text: str) -> frozenset[str]:
    """Read a whitespace-separated list of codes (compact for long data lists)."""
    return frozenset(text.split())


#: U.S. states, D.C. and territories, then Canadian provinces and territories.
US_STATES = _codes(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI UM"
)
CANADIAN_PROVINCES = _codes("AB BC MB NB NL NS NT NU ON PE QC SK YT")

#: ISO 3166-1 alpha-2: all 249 officially assigned codes.
COUNTRIES = _codes(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
    DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
    GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
    KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
    MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
    PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
    TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
    ZM ZW"""
)
#: Codes people often type that are not ISO codes, with the one they meant.
_COUNTRY_ALIASES = {"UK": "GB", "EN": "GB", "USA": "US", "CAN": "CA", "MEX": "MX"}

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"({_ATOM}(?:\.{_ATOM})*)@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})", re.ASCII)
_HOSTNAME = re.compile(rf"(?:{_LABEL}\.)+[A-Za-z]{{2,63}}|localhost", re.ASCII)
_PHONE = re.compile(r"\+?[0-9 ().\-]+", re.ASCII)
_US_ZIP = re.compile(r"([0-9]{5})(?:[ -]?([0-9]{4}))?", re.ASCII)
_CA_POSTAL = re.compile(
    r"([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]) ?([0-9][ABCEGHJ-NPRSTV-Z][0-9])", re.ASCII
)


def _shown(text: str) -> str:
    """User text for a message: trimmed, SSNs masked, at most 40 characters."""
    shown = identifiers.mask_identifiers_in(text.strip())
    return shown if len(shown) <= 40 else shown[:39] + "…"


def email(text: str) -> str:
    """Return an email address trimmed, with its domain in lower case."""
    value = text.strip()
    match = _EMAIL.fullmatch(value)
    if not match or len(value) > 254 or len(match.group(1)) > 64:
        raise ValidationError(
            "invalid_email", f"{_shown(text)}: type an email address like name@company.com."
        )
    return f"{match.group(1)}@{match.group(2).lower()}"


def phone(text: str) -> str:
    """Return a phone number as typed (trimmed) if it holds 7 to 15 digits."""
    value = text.strip()
    digits = sum(ch.isdigit() for ch in value if ch.isascii())
    if not _PHONE.fullmatch(value) or not 7 <= digits <= 15:
        raise ValidationError(
            "invalid_phone",
            f"{_shown(text)}: type a phone number of 7 to 15 digits, e.g. +1 253 555 0142.",
        )
    return value


def url(text: str) -> str:
    """Return a web address trimmed if it is http(s) with a host. It is never fetched."""
    value = text.strip()
    problem = _url_problem(value)
    if problem:
        raise ValidationError("invalid_url", f"{_shown(text)}: {problem}")
    return value


def _url_problem(value: str) -> str | None:
    """Return why ``value`` is not a usable web address, or None if it is."""
    if not value or any(ch.isspace() for ch in value):
        return "type a web address without spaces, e.g. https://www.company.com."
    try:
        parts = urlsplit(value)
        host, _port = parts.hostname, parts.port  # .port raises on a bad port number
    except ValueError:
        return "this web address cannot be read; check it against your browser."
    if parts.scheme.lower() not in ("http", "https"):
        return "start the address with https:// (or http://)."
    if not host or not _valid_host(host):
        return "the address needs a site name after https://, e.g. https://www.company.com."
    return None


def _valid_host(host: str) -> bool:
    """True for a dotted domain name, ``localhost`` or an IP address."""
    if _HOSTNAME.fullmatch(host):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def state(text: str) -> str:
    """Return a U.S. state/territory or Canadian province two-letter code in upper case."""
    code = text.strip().upper()
    if code not in US_STATES | CANADIAN_PROVINCES:
        raise ValidationError(
            "invalid_state",
            f"{_shown(text)}: use the two-letter postal code of a U.S. state or territory or "
            "a Canadian province, e.g. WA or BC.",
        )
    return code


def country(text: str) -> str:
    """Return an ISO 3166-1 alpha-2 country code in upper case."""
    code = text.strip().upper()
    if code in COUNTRIES:
        return code
    meant = _COUNTRY_ALIASES.get(code)
    hint = f" For this country use {meant}." if meant else ""
    raise ValidationError(
        "invalid_country",
        f"{_shown(text)}: use the two-letter ISO country code, e.g. VN for Viet Nam.{hint}",
    )


def zip_code(text: str) -> str:
    """Return a U.S. ZIP (``NNNNN`` or ``NNNNN-NNNN``) or Canadian postal code (``A1A 1A1``)."""
    value = text.strip().upper()
    if match := _US_ZIP.fullmatch(value):
        return "-".join(g for g in match.groups() if g)
    if match := _CA_POSTAL.fullmatch(value):
        return " ".join(match.groups())
    raise ValidationError(
        "invalid_zip",
        f"{_shown(text)}: type a U.S. ZIP code (98402 or 98402-1234) or a Canadian postal "
        "code (V6B 1A1).",
    )


def _ior(text: str) -> str:
    """Validator form of ``IorNumber.parse``: the normalised number."""
    return IorNumber.parse(text).normalized


VALIDATORS: dict[str, Validator] = {
    "ior": _ior,
    "ein": identifiers.ein,
    "ssn": identifiers.ssn,
    "filer_code": identifiers.filer_code,
    "hts": identifiers.hts,
    "hts_chapter": identifiers.chapter,
    "port_code": identifiers.port_code,
    "email": email,
    "phone": phone,
    "url": url,
    "state": state,
    "country": country,
    "zip": zip_code,
}


def validate(name: str, value: str) -> str:
    """Run the validator called ``name`` on ``value``; ``KeyError`` if there is no such one."""
    return VALIDATORS[name](value)
