"""Tests for counter_app.domain.id_number (GB 11643-1999 citizen ID numbers and validity rules)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from counter_app.domain.id_number import (
    IdNumber,
    InvalidIdNumber,
    age_band,
    age_on,
    card_validity_label,
    card_validity_years,
    hukou_region,
    parse_id_number,
)
from counter_app.domain.typed_numbers import fold_number

TODAY = dt.date(2025, 6, 1)

# Real GB/T 2260 codes, including an abolished one (440524 潮阳县) and the three permit prefixes.
REGION_CODES = ["110105", "310104", "440524", "510107", "650102", "370202", "110103", "810000", "820000",
                "830000"]


def _make(region: str, born: dt.date, seq: int) -> str:
    body = f"{region}{born:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


valid_numbers = st.builds(
    _make,
    st.sampled_from(REGION_CODES),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
)


def _parse(text: str) -> IdNumber:
    return parse_id_number(text, today=TODAY)


# --- examples from the standard ---------------------------------------------------------------------

def test_standard_example_female_beijing() -> None:
    parsed = _parse("11010519491231002X")
    assert parsed.number == "11010519491231002X"
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex == "F"
    assert parsed.sex_zh == "女"
    assert parsed.region_code == "110105"
    assert parsed.province == "北京市"
    assert parsed.county == "朝阳区"
    assert parsed.kind == "resident"
    assert parsed.upgraded_from is None


def test_standard_example_with_historical_county_code() -> None:
    # stdnum's own validate() refuses this one: 440524 was only in use 1983-1993.
    parsed = _parse("440524188001010014")
    assert parsed.birth_date == dt.date(1880, 1, 1)
    assert parsed.sex == "M"
    assert parsed.province == "广东省"
    assert parsed.county == "潮阳县"


def test_unknown_county_in_real_province_is_accepted() -> None:
    parsed = _parse(_make("119999", dt.date(1990, 5, 6), 123))
    assert parsed.province == "北京市"
    assert parsed.county is None


# --- input normalisation ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "１１０１０５１９４９１２３１００２Ｘ",
        "11010519491231002x",
        " 110105 19491231 002X ",
        "110105\u30001949123100２ｘ",
    ],
)
def test_full_width_spaces_and_lowercase_x(text: str) -> None:
    assert _parse(text).number == "11010519491231002X"


def test_normalize_id_text() -> None:
    assert fold_number(" １１０ x ").text == "110X"


# --- failures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "reason", "fragment"),
    [
        ("", "empty", "请输入"),
        ("   ", "empty", "请输入"),
        ("11010519491231002", "length", "输入了 17 位"),
        ("11010519491231002X1", "length", "输入了 19 位"),
        ("1101A519491231002X", "characters", "第 5 位"),
        ("11010519491231002Y", "characters", "第 18 位"),
        ("11010549123100X", "characters", "第 15 位"),
        ("11010519491331002X", "date", "19491331"),
        ("11010520990101002X", "date", "晚于今天"),
        ("11010519491231001X", "checksum", "校验码错误：最后一位应为 1，实为 X"),
        ("99010519491231002X", "region", "99"),
        ("00010519491231002X", "region", "00"),
    ],
)
def test_rejections(text: str, reason: str, fragment: str) -> None:
    with pytest.raises(InvalidIdNumber) as info:
        _parse(text)
    assert info.value.reason == reason
    assert fragment in info.value.message
    assert str(info.value) == info.value.message


def test_checksum_message_matches_brief_format() -> None:
    good = _make("110105", dt.date(1990, 1, 1), 12)
    wrong = "1" if good[-1] != "1" else "2"
    with pytest.raises(InvalidIdNumber) as info:
        _parse(good[:-1] + wrong)
    assert info.value.message == f"校验码错误：最后一位应为 {good[-1]}，实为 {wrong}"


# --- 15-digit legacy numbers ------------------------------------------------------------------------

def test_fifteen_digit_upgrade() -> None:
    parsed = _parse("110105491231002")
    assert parsed.number == "11010519491231002X"
    assert parsed.upgraded_from == "110105491231002"
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex == "F"


def test_fifteen_digit_centenarian_sequence_gets_1800s() -> None:
    parsed = _parse("110105851231997")
    assert parsed.birth_date == dt.date(1885, 12, 31)
    assert parsed.number.startswith("11010518851231997")
    assert parsed.sex == "M"


def test_fifteen_digit_bad_date() -> None:
    with pytest.raises(InvalidIdNumber) as info:
        _parse("110105490230002")
    assert info.value.reason == "date"


# --- residence permits ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("region", "kind", "place"),
    [("810000", "hk_permit", "香港特别行政区"), ("820000", "macau_permit", "澳门特别行政区"),
     ("830000", "taiwan_permit", "台湾地区")],
)
def test_permits(region: str, kind: str, place: str) -> None:
    # Born before 1997: stdnum's table has 810000 only from 1997 on and has no 83 at all.
    parsed = _parse(_make(region, dt.date(1985, 7, 1), 21))
    assert parsed.kind == kind
    assert parsed.kind != "resident"
    assert parsed.province == place
    assert parsed.sex == "M"


# --- properties -------------------------------------------------------------------------------------

@given(region=st.sampled_from(REGION_CODES), born=st.dates(dt.date(1900, 1, 1), TODAY),
       seq=st.integers(0, 999))
def test_valid_numbers_round_trip(region: str, born: dt.date, seq: int) -> None:
    parsed = _parse(_make(region, born, seq))
    assert parsed.birth_date == born
    assert parsed.sex == ("M" if seq % 2 else "F")
    assert parsed.region_code == region
    assert len(parsed.number) == 18


CORRUPTIONS = "0123456789XAZ*-"


@settings(max_examples=60)
@given(number=valid_numbers, odd_char=st.characters(codec="utf-8"), position=st.integers(0, 17))
def test_every_single_character_corruption_is_detected(number: str, odd_char: str, position: int) -> None:
    candidates = [(i, c) for i in range(18) for c in CORRUPTIONS if c != number[i]]
    candidates.append((position, odd_char))
    for i, char in candidates:
        corrupted = number[:i] + char + number[i + 1:]
        if fold_number(corrupted).text == number:
            continue  # e.g. a full-width twin of the same digit: not a corruption at all
        with pytest.raises(InvalidIdNumber):
            _parse(corrupted)


# --- ages and validity ------------------------------------------------------------------------------

def test_age_on_ordinary_birthday() -> None:
    born = dt.date(2000, 6, 15)
    assert age_on(born, dt.date(2016, 6, 14)) == 15
    assert age_on(born, dt.date(2016, 6, 15)) == 16


def test_leap_day_birthday_counts_as_first_of_march() -> None:
    born = dt.date(2008, 2, 29)
    assert age_on(born, dt.date(2024, 2, 28)) == 15
    assert age_on(born, dt.date(2024, 2, 29)) == 16  # leap year: the real birthday
    assert age_on(born, dt.date(2025, 2, 28)) == 16
    assert age_on(born, dt.date(2026, 2, 28)) == 17
    assert age_on(born, dt.date(2026, 3, 1)) == 18


def test_age_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError):
        age_on(dt.date(2000, 1, 2), dt.date(2000, 1, 1))


@pytest.mark.parametrize(("age", "band"), [(0, "under16"), (15, "under16"), (16, "16to17"), (17, "16to17"),
                                           (18, "adult"), (90, "adult")])
def test_age_band(age: int, band: str) -> None:
    assert age_band(age) == band


@pytest.mark.parametrize(("age", "years"), [(0, 5), (15, 5), (16, 10), (25, 10), (26, 20), (45, 20),
                                            (46, None), (100, None)])
def test_card_validity_years(age: int, years: int | None) -> None:
    assert card_validity_years(age) == years


@pytest.mark.parametrize(("accepted", "label"), [
    (dt.date(2026, 3, 14), "5年"),  # the day before the 16th birthday
    (dt.date(2026, 3, 15), "10年"),  # the 16th birthday
    (dt.date(2036, 3, 14), "10年"),  # 25
    (dt.date(2036, 3, 15), "20年"),  # 26
    (dt.date(2056, 3, 14), "20年"),  # 45
    (dt.date(2056, 3, 15), "长期"),  # 46
])
def test_card_validity_label_by_age_on_the_acceptance_day(accepted: dt.date, label: str) -> None:
    assert card_validity_label(dt.date(2010, 3, 15), accepted) == label




@pytest.mark.parametrize(("region", "office", "answer"), [
    ("110105", "110105", "local"),
    ("110108", "110105", "same_province"),
    ("440524", "110105", "other_province"),
])
def test_hukou_region(region: str, office: str, answer: str) -> None:
    assert hukou_region(region, office) == answer


def test_hukou_region_rejects_bad_codes() -> None:
    with pytest.raises(ValueError):
        hukou_region("11010", "110105")
