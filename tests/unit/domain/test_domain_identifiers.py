"""IOR numbers and the other customs identifiers: examples and generated shapes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isa_desktop.domain.identifiers import (
    VALID_EIN_PREFIXES,
    IdentifierError,
    IorNumber,
    ein,
    filer_code,
    hts_chapter,
    mask_identifiers_in,
    mask_ssn,
    ssn,
)

FAST = settings(max_examples=200, deadline=None)
DIGIT = "0123456789"
SUFFIX_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXY"  # no I, O, Z
INVALID_PREFIXES = sorted({f"{n:02d}" for n in range(100)} - VALID_EIN_PREFIXES)


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(DIGIT, min_size=n, max_size=n)


# Examples from the Cascade Ridge Outfitters fixture (shared/fixtures/cascade_ridge.yaml).
@pytest.mark.parametrize(
    ("text", "kind", "normalized"),
    [
        ("84-3927715-00", "ein", "84-3927715-00"),
        ("84-3927715-01", "ein", "84-3927715-01"),
        ("84392771501", "ein", "84-3927715-01"),
        (" 84 3927715 0a ", "ein", "84-3927715-0A"),
        ("213001-00457", "cbp", "213001-00457"),
        ("213001 00457", "cbp", "213001-00457"),
        ("123-45-6789", "ssn", "123-45-6789"),
        ("123456789", "ssn", "123-45-6789"),
    ],
)
def test_valid_ior_examples(text: str, kind: str, normalized: str) -> None:
    number = IorNumber.parse(text)
    assert (number.kind, number.normalized) == (kind, normalized)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("07-1234567-00", "ior_ein_prefix"),
        ("84-3927715-0I", "ior_suffix_letter"),
        ("84-3927715-Z1", "ior_suffix_letter"),
        ("000-12-3456", "ior_ssn_area"),
        ("666-12-3456", "ior_ssn_area"),
        ("912-12-3456", "ior_ssn_area"),
        ("123-00-3456", "ior_ssn_group"),
        ("123-45-0000", "ior_ssn_serial"),
        ("84-3927715", "invalid_ior"),
        ("84-3927715-0", "invalid_ior"),
        ("", "invalid_ior"),
        ("ABC-DE-FGHI", "invalid_ior"),
        ("84-39277A5-00", "invalid_ior"),
    ],
)
def test_invalid_ior_examples(text: str, code: str) -> None:
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse(text)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)


def test_suffix_message_names_the_rule() -> None:
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse("84-3927715-0I")
    assert info.value.message == (
        "84-3927715-0I: the two-character suffix may not contain the letters I, O or Z."
    )


def test_ssn_is_masked_everywhere_but_normalized() -> None:
    number = IorNumber.parse("123-45-6789")
    assert number.masked == "***-**-6789"
    assert number.display == "***-**-6789 (Social Security number)"
    assert "123-45" not in repr(number) and "123-45" not in str(number)
    assert IorNumber.parse("84-3927715-00").masked == "84-3927715-00"


def test_ssn_error_messages_do_not_repeat_the_number() -> None:
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse("000-12-3456")
    assert "000-12" not in info.value.message and "3456" in info.value.message


@FAST
@given(
    prefix=st.sampled_from(sorted(VALID_EIN_PREFIXES)),
    body=digits(7),
    suffix=st.text(SUFFIX_CHARS, min_size=2, max_size=2),
    style=st.sampled_from(["{p}-{b}-{s}", "{p}{b}{s}", "{p} {b} {s}", "{p}-{b}{s}"]),
    lower=st.booleans(),
)
def test_generated_ein_iors_are_accepted(
    prefix: str, body: str, suffix: str, style: str, lower: bool
) -> None:
    text = style.format(p=prefix, b=body, s=suffix)
    number = IorNumber.parse(text.lower() if lower else text)
    assert (number.kind, number.normalized) == ("ein", f"{prefix}-{body}-{suffix}")


@FAST
@given(prefix=st.sampled_from(INVALID_PREFIXES), body=digits(7), suffix=digits(2))
def test_generated_bad_prefixes_are_refused(prefix: str, body: str, suffix: str) -> None:
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse(f"{prefix}-{body}-{suffix}")
    assert info.value.code == "ior_ein_prefix"


@FAST
@given(
    body=digits(7),
    good=st.sampled_from(SUFFIX_CHARS),
    bad=st.sampled_from("IOZioz"),
    first=st.booleans(),
)
def test_generated_bad_suffix_letters_are_refused(
    body: str, good: str, bad: str, first: bool
) -> None:
    suffix = bad + good if first else good + bad
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse(f"84-{body}-{suffix}")
    assert info.value.code == "ior_suffix_letter"


valid_area = st.integers(1, 899).filter(lambda n: n != 666).map(lambda n: f"{n:03d}")
valid_group = st.integers(1, 99).map(lambda n: f"{n:02d}")
valid_serial = st.integers(1, 9999).map(lambda n: f"{n:04d}")


@FAST
@given(area=valid_area, group=valid_group, serial=valid_serial, dashed=st.booleans())
def test_generated_ssns_are_accepted(area: str, group: str, serial: str, dashed: bool) -> None:
    text = f"{area}-{group}-{serial}" if dashed else area + group + serial
    number = IorNumber.parse(text)
    assert (number.kind, number.normalized) == ("ssn", f"{area}-{group}-{serial}")
    assert number.masked == f"***-**-{serial}"
    assert ssn(text) == f"{area}-{group}-{serial}"


@FAST
@given(
    area=st.one_of(st.sampled_from(["000", "666"]), st.integers(900, 999).map(str)),
    group=valid_group,
    serial=valid_serial,
)
def test_generated_bad_ssn_areas_are_refused(area: str, group: str, serial: str) -> None:
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse(f"{area}-{group}-{serial}")
    assert info.value.code == "ior_ssn_area"


@FAST
@given(area=valid_area, group=valid_group, serial=valid_serial, which=st.booleans())
def test_generated_zero_group_or_serial_is_refused(
    area: str, group: str, serial: str, which: bool
) -> None:
    text = f"{area}-00-{serial}" if which else f"{area}-{group}-0000"
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse(text)
    assert info.value.code == ("ior_ssn_group" if which else "ior_ssn_serial")


@FAST
@given(head=digits(6), serial=digits(5))
def test_generated_cbp_numbers_are_accepted(head: str, serial: str) -> None:
    number = IorNumber.parse(f"{head}-{serial}")
    assert (number.kind, number.normalized) == ("cbp", f"{head}-{serial}")


@FAST
@given(text=st.text(DIGIT, min_size=1, max_size=14).filter(lambda t: len(t) not in (9, 11)))
def test_wrong_lengths_are_invalid_ior(text: str) -> None:
    with pytest.raises(IdentifierError) as info:
        IorNumber.parse(text)
    assert info.value.code == "invalid_ior"


@FAST
@given(st.text(max_size=30))
def test_any_text_parses_or_raises_identifier_error(text: str) -> None:
    try:
        number = IorNumber.parse(text)
    except IdentifierError as error:
        assert error.code.startswith(("invalid_ior", "ior_")) and error.message
    else:
        assert number.kind in ("ein", "ssn", "cbp")
        assert IorNumber.parse(number.normalized) == number  # normal form is a fixed point


def test_ein_and_filer_code() -> None:
    assert ein("843927715") == "84-3927715"
    with pytest.raises(IdentifierError, match="no EIN starts with 07") as info:
        ein("07-1234567")
    assert info.value.code == "ior_ein_prefix"
    assert filer_code(" p7g ") == "P7G"
    for bad in ("000", "P7", "P7G1", "P-7"):
        with pytest.raises(IdentifierError) as info:
            filer_code(bad)
        assert info.value.code == "invalid_filer_code"


def test_hts_chapter() -> None:
    assert hts_chapter("6306.22.9010") == 63
    assert hts_chapter("0101") == 1
    with pytest.raises(IdentifierError):
        hts_chapter("7701.10")


def test_masking_in_free_text() -> None:
    text = (
        "ssn 123-45-6789, bare 987654321, ein 84-3927715-00, cbp 213001-00457, "
        "phone +1 253 555 0142, date 2025-04-01"
    )
    assert mask_identifiers_in(text) == (
        "ssn ***-**-6789, bare ***-**-4321, ein 84-3927715-00, cbp 213001-00457, "
        "phone +1 253 555 0142, date 2025-04-01"
    )
    assert mask_ssn("123456789") == "***-**-6789"
