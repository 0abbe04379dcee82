"""The card's 256-byte text message: decoded into fields, codes named, anything else refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.id_card import (
    FIELDS,
    MESSAGE_BYTES,
    IdCardData,
    IdCardDataError,
    build_base_message,
    parse_base_message,
)
from counter_app.domain.id_card_codes import NATIONS, SEXES

CARD = IdCardData(name="欧阳娜娜", sex_code="2", nation_code="17", birth_date=date(2000, 6, 15),
                  address="新疆维吾尔自治区乌鲁木齐市天山区解放南路88号", id_number="650102200006150022",
                  issuer="乌鲁木齐市公安局天山分局", valid_from=date(2018, 7, 1), valid_until=date(2028, 7, 1))


def test_layout_is_the_vendors() -> None:
    assert [w for _, w in FIELDS] == [30, 2, 4, 16, 70, 36, 30, 16, 16]
    assert len(build_base_message(CARD)) == MESSAGE_BYTES


def test_round_trip_and_names() -> None:
    card = parse_base_message(build_base_message(CARD), today=date(2026, 12, 2))
    assert card == CARD
    assert (card.sex, card.nation) == ("女", "哈萨克")
    assert not card.expired(date(2028, 7, 1)) and card.expired(date(2028, 7, 2))


def test_code_tables_follow_the_standards() -> None:
    assert len(NATIONS) == 58 and NATIONS["01"] == "汉" and NATIONS["56"] == "基诺" and NATIONS["97"] == "其他"
    assert SEXES == {"0": "未知", "1": "男", "2": "女", "9": "未说明"}


def test_dates_that_are_not_dates_are_refused() -> None:
    raw = bytearray(build_base_message(CARD))
    start = 30 + 2 + 4
    raw[start:start + 16] = "20001315".encode("utf-16-le")
    with pytest.raises(IdCardDataError):
        parse_base_message(bytes(raw))


@given(st.binary(max_size=300))
def test_any_bytes_give_a_card_or_a_clear_error(raw: bytes) -> None:
    try:
        card = parse_base_message(raw, today=date(2026, 12, 2))
    except IdCardDataError as exc:
        assert exc.message
    else:
        assert len(card.id_number) == 18


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=15),
       st.sampled_from(sorted(NATIONS)))
def test_any_name_and_nation_round_trip(name: str, nation: str) -> None:
    card = IdCardData(**{**CARD.__dict__, "name": name, "nation_code": nation})
    assert parse_base_message(build_base_message(card), today=date(2026, 12, 2)) == card


def test_a_sex_code_that_contradicts_the_number_is_refused() -> None:
    raw = build_base_message(IdCardData(**{**CARD.__dict__, "sex_code": "1"}))
    with pytest.raises(IdCardDataError, match="性别"):
        parse_base_message(raw, today=date(2026, 12, 2))
