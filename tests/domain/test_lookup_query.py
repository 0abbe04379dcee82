"""Reading a lookup text as a caller reads it out: numbers in any typing, old 15-digit numbers, and what is wrong
with a mistyped ID number or 受理号."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from counter_app.domain.lookup_query import parse_lookup_query

ID = "11010519491231002X"
OLD = "110105491231002"
_FULL_WIDTH = {ch: chr(ord(ch) + 0xFEE0) for ch in "0123456789X"}


def test_a_15_digit_number_of_an_old_card_is_converted() -> None:
    query = parse_lookup_query(OLD)
    assert (query.kind, query.id_number, query.hints) == ("id_number", ID, ())


@given(st.integers(1, 999), st.data())
def test_a_valid_id_number_typed_any_way_is_one(seq: int, data: st.DataObject) -> None:
    body = f"11010519800101{seq:03d}"
    number = body + ric.calc_check_digit(body + "0")
    typed = "".join(
        (_FULL_WIDTH[ch] if data.draw(st.booleans()) else ch) + data.draw(st.sampled_from(["", " ", "-", "\u200b"]))
        for ch in number)
    query = parse_lookup_query(typed)
    assert query.kind == "id_number" and query.id_number == number and query.text == number
    assert all("看不见的字符" in hint for hint in query.hints)


@pytest.mark.parametrize("text, kind, hint", [
    ("110105194912310021", "digits", "不是有效的公民身份号码：校验码错误：最后一位应为 X，实为 1"),
    ("11010519491231002", "digits", "号码长度错误：输入了 17 位"),
    ("110105194913310029", "digits", "不是有效的公民身份号码：出生日期部分「19491331」不是有效日期"),
    ("110105491331002", "digits", "出生日期部分「491331」不是有效日期"),
    ("1101050012026113200001", "acceptance_no", "不是有效的受理号：受理号中的日期「20261132」不是有效日期"),
    ("110105001202611230000", "digits", "受理号应为 22 位数字，输入了 21 位"),
    ("11010519491231OO2X", "malformed", "第 15 位字符「O」无效"),
    ("4.10105E+17", "excel", "Excel 已将号码转为科学计数法"),
])
def test_a_malformed_number_is_told_what_is_wrong(text: str, kind: str, hint: str) -> None:
    query = parse_lookup_query(text)
    assert query.kind == kind
    assert len(query.hints) == 1 and hint in query.hints[0]


def test_a_wrong_check_character_is_still_searched_as_an_ending() -> None:
    assert parse_lookup_query("110105194912310021").searches_digits


@pytest.mark.parametrize("text, kind, searched", [
    ("13812345678", "digits", "13812345678"), ("5678", "digits", "5678"), ("002x", "digits", "002X"),
    ("008613812345678", "digits", "008613812345678"), ("zhang san", "pinyin", "zhangsan"), ("张　三", "name", "张三"),
    ("１１０１０５００１２０２６１１２３０００ ０１", "acceptance_no", "1101050012026112300001"),
])
def test_phones_endings_names_and_pinyin_need_no_hint(text: str, kind: str, searched: str) -> None:
    query = parse_lookup_query(text)
    assert (query.kind, query.text, query.hints) == (kind, searched, ())


def test_an_invisible_character_in_a_name_is_named() -> None:
    query = parse_lookup_query("张\u200b三")
    assert query.text == "张三" and query.hints == ("查询内容中有看不见的字符（零宽空格 U+200B），已去除",)
