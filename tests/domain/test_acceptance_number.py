"""Tests for counter_app.domain.acceptance_number (GA 214.4 受理号)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.acceptance_number import (
    AcceptanceNumber,
    InvalidAcceptanceNumber,
    format_acceptance_number,
    parse_acceptance_number,
)

DAY = dt.date(2025, 10, 9)


def test_format() -> None:
    assert format_acceptance_number("110105", "012", DAY, 1) == "1101050122025100900001"
    assert format_acceptance_number("110105", "012", DAY, 99_999) == "1101050122025100999999"


@pytest.mark.parametrize(
    ("office", "station", "seq", "reason"),
    [
        ("11010", "012", 1, "office_code"),
        ("11010A", "012", 1, "office_code"),
        ("１１０１０５", "012", 1, "office_code"),
        ("110105", "12", 1, "station_code"),
        ("110105", "0123", 1, "station_code"),
        ("110105", "012", 0, "sequence"),
        ("110105", "012", 100_000, "sequence"),
        ("110105", "012", -1, "sequence"),
    ],
)
def test_format_rejects_bad_parts(office: str, station: str, seq: int, reason: str) -> None:
    with pytest.raises(InvalidAcceptanceNumber) as info:
        format_acceptance_number(office, station, DAY, seq)
    assert info.value.reason == reason
    assert info.value.message == str(info.value)


def test_parse() -> None:
    parsed = parse_acceptance_number("1101050122025100900037")
    assert parsed == AcceptanceNumber("110105", "012", DAY, 37)
    assert str(parsed) == "1101050122025100900037"


@pytest.mark.parametrize(
    "text",
    [
        "１１０１０５０１２２０２５１００９０００３７",
        " 110105 012 20251009 00037 ",
        "110105-012-20251009-00037",
    ],
)
def test_parse_normalises(text: str) -> None:
    assert parse_acceptance_number(text).seq == 37


@pytest.mark.parametrize(
    ("text", "reason", "fragment"),
    [
        ("", "empty", "请输入"),
        ("110105012202510090003", "length", "输入了 21 位"),
        ("11010501220251009000371", "length", "输入了 23 位"),
        ("11010501220251009000A7", "characters", "第 21 位"),
        ("1101050122025023000037", "date", "20250230"),
        ("1101050122025130900037", "date", "20251309"),
        ("1101050122025100900000", "sequence", "00000"),
    ],
)
def test_parse_rejections(text: str, reason: str, fragment: str) -> None:
    with pytest.raises(InvalidAcceptanceNumber) as info:
        parse_acceptance_number(text)
    assert info.value.reason == reason
    assert fragment in info.value.message


@given(
    office=st.from_regex(r"[0-9]{6}", fullmatch=True),
    station=st.from_regex(r"[0-9]{3}", fullmatch=True),
    day=st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    seq=st.integers(1, 99_999),
)
def test_round_trip(office: str, station: str, day: dt.date, seq: int) -> None:
    text = format_acceptance_number(office, station, day, seq)
    assert len(text) == 22
    assert text.isdigit()
    assert parse_acceptance_number(text) == AcceptanceNumber(office, station, day, seq)
