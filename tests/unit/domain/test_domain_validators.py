"""The validator registry: each accepts its valid shapes, refuses near misses with the right
code, and raises nothing but ``ValidationError`` on any string."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isa_desktop.domain.findings import ValidationError
from isa_desktop.domain.validators import (
    CANADIAN_PROVINCES,
    COUNTRIES,
    US_STATES,
    VALIDATORS,
    validate,
)

FAST = settings(max_examples=200, deadline=None)
DIGIT = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = DIGIT + UPPER + UPPER.lower()

#: The codes each validator may raise.
CODES = {
    "ior": {
        "invalid_ior",
        "ior_ein_prefix",
        "ior_suffix_letter",
        "ior_ssn_area",
        "ior_ssn_group",
        "ior_ssn_serial",
    },
    "ein": {"invalid_ein", "ior_ein_prefix"},
    "ssn": {"invalid_ssn", "ior_ssn_area", "ior_ssn_group", "ior_ssn_serial"},
    "filer_code": {"invalid_filer_code"},
    "hts": {"invalid_hts"},
    "hts_chapter": {"invalid_hts"},
    "port_code": {"invalid_port_code"},
    "email": {"invalid_email"},
    "phone": {"invalid_phone"},
    "url": {"invalid_url"},
    "state": {"invalid_state"},
    "country": {"invalid_country"},
    "zip": {"invalid_zip"},
}


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(DIGIT, min_size=n, max_size=n)


def refused(name: str, value: str) -> str:
    """Run a validator expecting a refusal; return the error code."""
    with pytest.raises(ValidationError) as info:
        validate(name, value)
    assert info.value.message
    return info.value.code


def test_registry_names() -> None:
    assert set(VALIDATORS) == set(CODES)


@pytest.mark.parametrize("name", sorted(CODES))
@FAST
@given(text=st.one_of(st.text(max_size=40), st.text("0123456789-. +()@:/ABIOZabc", max_size=20)))
def test_never_raises_anything_else(name: str, text: str) -> None:
    try:
        result = validate(name, text)
    except ValidationError as error:
        assert error.code in CODES[name]
        assert error.message and isinstance(error, ValueError)
    else:
        assert isinstance(result, str)
        assert validate(name, result) == result  # the stored form validates to itself


@FAST
@given(
    code=st.text(DIGIT + UPPER, min_size=3, max_size=3).filter(lambda c: c != "000"),
    lower=st.booleans(),
    pad=st.sampled_from(["", " ", "  "]),
)
def test_filer_codes(code: str, lower: bool, pad: str) -> None:
    assert validate("filer_code", pad + (code.lower() if lower else code) + pad) == code


@FAST
@given(
    code=st.one_of(
        st.text(ALNUM, max_size=2),
        st.text(ALNUM, min_size=4, max_size=6),
        st.just("000"),
        st.sampled_from(["P-7", "P 7", "P7!"]),
    )
)
def test_filer_code_near_misses(code: str) -> None:
    assert refused("filer_code", code) == "invalid_filer_code"


chapters = st.integers(1, 99).filter(lambda n: n != 77).map(lambda n: f"{n:02d}")


@FAST
@given(chapter=chapters, rest=digits(8), length=st.sampled_from([4, 6, 8, 10]), dots=st.booleans())
def test_hts_shapes(chapter: str, rest: str, length: int, dots: bool) -> None:
    number = (chapter + rest)[:length]
    groups = [number[:4], number[4:6], number[6:8], number[8:10]]
    groups = [g for g in groups if g]
    typed = ".".join(groups) if dots else number
    expected = ".".join([*groups[:2], "".join(groups[2:])] if len(groups) > 2 else groups)
    assert validate("hts", typed) == expected


def test_hts_examples() -> None:
    assert validate("hts", "6306.22.9010") == "6306.22.9010"
    assert validate("hts", "6306229010") == "6306.22.9010"
    assert validate("hts", "9404.30.80") == "9404.30.80"
    assert validate("hts", "8513") == "8513"
    assert validate("hts_chapter", "6") == "06"


@FAST
@given(
    text=st.one_of(
        st.text(DIGIT, min_size=1, max_size=12).filter(lambda t: len(t) not in (4, 6, 8, 10)),
        digits(6).map(lambda t: "77" + t),
        digits(2).map(lambda t: "00" + t),
        st.sampled_from(["6306.2.29010", "63.06.22", "6306..22", "6306-22-9010"]),
    )
)
def test_hts_near_misses(text: str) -> None:
    assert refused("hts", text) == "invalid_hts"


@FAST
@given(code=digits(4))
def test_port_codes(code: str) -> None:
    assert validate("port_code", f" {code} ") == code


@FAST
@given(code=st.one_of(digits(3), digits(5), st.sampled_from(["30O1", "30-01", "30.01"])))
def test_port_code_near_misses(code: str) -> None:
    assert refused("port_code", code) == "invalid_port_code"


atom = st.text(ALNUM + "_+-", min_size=1, max_size=8)
label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?", fullmatch=True)
tld = st.text(UPPER.lower(), min_size=2, max_size=6)


@FAST
@given(
    local=st.lists(atom, min_size=1, max_size=3).map(".".join),
    labels=st.lists(label, min_size=1, max_size=3),
    top=tld,
    upper=st.booleans(),
)
def test_emails(local: str, labels: list[str], top: str, upper: bool) -> None:
    domain = ".".join([*labels, top])
    typed = f" {local}@{domain.upper() if upper else domain} "
    assert validate("email", typed) == f"{local}@{domain}"


@pytest.mark.parametrize(
    "text",
    [
        "mortega",
        "mortega@",
        "@cascaderidge.example",
        "m@@x.com",
        "m ortega@x.com",
        "m@localhost",
        "m@x.c",
        "m.@x.com",
        ".m@x.com",
        "m..o@x.com",
        "m@-x.com",
        "m@x..com",
        "",
    ],
)
def test_email_near_misses(text: str) -> None:
    assert refused("email", text) == "invalid_email"


@FAST
@given(
    parts=st.lists(st.text(DIGIT, min_size=1, max_size=4), min_size=1, max_size=6),
    seps=st.lists(st.sampled_from([" ", "-", ".", ""]), min_size=6, max_size=6),
    plus=st.booleans(),
)
def test_phones(parts: list[str], seps: list[str], plus: bool) -> None:
    text = ("+" if plus else "") + "".join(p + s for p, s in zip(parts, seps, strict=False))
    count = sum(len(p) for p in parts)
    if 7 <= count <= 15:
        assert validate("phone", f"  {text}  ") == text.strip()
    else:
        assert refused("phone", text) == "invalid_phone"


@pytest.mark.parametrize("text", ["+1 253 555 0142", "(253) 555-0142", "253.555.0142"])
def test_phone_examples(text: str) -> None:
    assert validate("phone", text) == text


@pytest.mark.parametrize(
    "text", ["555-014", "+1 253 555 0142 ext 7", "1+253 555 0142", "1234567890123456", "call me"]
)
def test_phone_near_misses(text: str) -> None:
    assert refused("phone", text) == "invalid_phone"


@FAST
@given(
    scheme=st.sampled_from(["http", "https", "HTTPS"]),
    labels=st.lists(label, min_size=1, max_size=3),
    top=tld,
    path=st.sampled_from(["", "/", "/about", "/a?b=c#d"]),
)
def test_urls(scheme: str, labels: list[str], top: str, path: str) -> None:
    typed = f"{scheme}://{'.'.join([*labels, top])}{path}"
    assert validate("url", f" {typed} ") == typed


@pytest.mark.parametrize(
    "text",
    [
        "www.cascaderidge.example",
        "ftp://cascaderidge.example",
        "https://",
        "https://x",
        "https://cascade ridge.example",
        "http://[::1",
        "https://x.com:99999",
        "javascript:alert(1)",
        "mailto:a@b.com",
        "https://-x.com",
    ],
)
def test_url_near_misses(text: str) -> None:
    assert refused("url", text) == "invalid_url"


def test_url_accepts_ip_and_localhost() -> None:
    assert validate("url", "http://127.0.0.1:8080/x") == "http://127.0.0.1:8080/x"
    assert validate("url", "http://localhost") == "http://localhost"


@FAST
@given(code=st.sampled_from(sorted(US_STATES | CANADIAN_PROVINCES)), lower=st.booleans())
def test_states(code: str, lower: bool) -> None:
    assert validate("state", code.lower() if lower else code) == code


@FAST
@given(
    code=st.text(UPPER, min_size=1, max_size=3).filter(
        lambda c: c not in US_STATES | CANADIAN_PROVINCES
    )
)
def test_state_near_misses(code: str) -> None:
    assert refused("state", code) == "invalid_state"


def test_country_list_is_complete() -> None:
    assert len(COUNTRIES) == 249
    assert {"US", "CA", "MX", "VN", "CN", "TW", "GB", "SS", "XK"} - COUNTRIES == {"XK"}


@FAST
@given(code=st.sampled_from(sorted(COUNTRIES)), lower=st.booleans())
def test_countries(code: str, lower: bool) -> None:
    assert validate("country", f" {code.lower() if lower else code} ") == code


@FAST
@given(code=st.text(UPPER, min_size=1, max_size=3).filter(lambda c: c not in COUNTRIES))
def test_country_near_misses(code: str) -> None:
    assert refused("country", code) == "invalid_country"


def test_country_alias_hint() -> None:
    with pytest.raises(ValidationError, match="use GB"):
        validate("country", "UK")


CA_FIRST = "ABCEGHJKLMNPRSTVXY"
CA_OTHER = "ABCEGHJKLMNPRSTVWXYZ"


@FAST
@given(zip5=digits(5), plus4=st.one_of(st.none(), digits(4)))
def test_us_zips(zip5: str, plus4: str | None) -> None:
    typed = zip5 if plus4 is None else f"{zip5}-{plus4}"
    assert validate("zip", typed) == typed


@FAST
@given(
    a=st.sampled_from(CA_FIRST),
    b=st.sampled_from(CA_OTHER),
    c=st.sampled_from(CA_OTHER),
    n=digits(3),
    space=st.booleans(),
    lower=st.booleans(),
)
def test_canadian_postal_codes(a: str, b: str, c: str, n: str, space: bool, lower: bool) -> None:
    first, second = f"{a}{n[0]}{b}", f"{n[1]}{c}{n[2]}"
    typed = first + (" " if space else "") + second
    assert validate("zip", typed.lower() if lower else typed) == f"{first} {second}"


@pytest.mark.parametrize(
    "text", ["9840", "984021", "98402-12", "D6B 1A1", "V6B 1O1", "W6B 1A1", "V6B1A", "ABCDE"]
)
def test_zip_near_misses(text: str) -> None:
    assert refused("zip", text) == "invalid_zip"
