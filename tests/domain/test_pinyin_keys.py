"""Tests for counter_app.domain.pinyin_keys (pinyin search keys for names and service names)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.pinyin_keys import matches_pinyin, name_keys, text_keys


def test_plain_name() -> None:
    keys = name_keys("张三")
    assert keys.full == ("zhangsan",)
    assert keys.initials == ("zs",)


@pytest.mark.parametrize(
    ("name", "surname_reading", "common_reading"),
    [
        ("曾小明", "zeng", "ceng"),
        ("单田芳", "shan", "dan"),
        ("解缙", "xie", "jie"),
        ("仇英", "qiu", "chou"),
        ("朴槿惠", "piao", "pu"),
        ("区永", "ou", "qu"),
        ("查良镛", "zha", "cha"),
        ("长江", "chang", "zhang"),
    ],
)
def test_polyphonic_surnames_give_surname_reading_first_and_common_reading_too(
    name: str, surname_reading: str, common_reading: str
) -> None:
    keys = name_keys(name)
    assert keys.full[0].startswith(surname_reading)
    assert keys.initials[0][0] == surname_reading[0]
    assert any(k.startswith(common_reading) for k in keys.full)
    assert name_keys(name).matches(surname_reading)
    assert name_keys(name).matches(common_reading)


def test_zeng_is_first() -> None:
    assert name_keys("曾国藩").full[0] == "zengguofan"


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("司马光", "simaguang", "smg"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("上官婉儿", "shangguanwaner", "sgwe"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("单于夜", "chanyuye", "cyy"),
        ("令狐冲", "linghuchong", "lhc"),
    ],
)
def test_compound_surnames(name: str, full: str, initials: str) -> None:
    keys = name_keys(name)
    assert keys.full[0] == full
    assert keys.initials[0] == initials


def test_middle_dot_in_minority_names_is_ignored() -> None:
    keys = name_keys("阿依古丽·买买提")
    assert keys.full[0] == "ayigulimaimaiti"
    assert keys.initials[0] == "ayglmmt"
    assert name_keys("阿依古丽•买买提").full[0] == "ayigulimaimaiti"


def test_non_chinese_passes_through_lowercased() -> None:
    assert name_keys("Tom张").full == ("tomzhang",)
    assert name_keys("JOHN SMITH").full == ("johnsmith",)
    assert name_keys("ＡＢ").full == ("ab",)


def test_empty_name() -> None:
    keys = name_keys("")
    assert keys.full == ()
    assert keys.initials == ()


def test_combinations_are_capped() -> None:
    name = "阿依古丽·买买提"
    assert len(name_keys(name, max_readings=3).full) <= 3
    assert len(name_keys(name, max_readings=1).full) == 1
    assert len(name_keys(name).full) <= 8
    with pytest.raises(ValueError):
        name_keys(name, max_readings=0)


def test_polyphonic_given_name_characters_are_searchable() -> None:
    keys = name_keys("曾乐乐")
    assert "zenglele" in keys.full
    assert "zengyueyue" in keys.full


def test_text_keys_for_service_names() -> None:
    keys = text_keys("出生登记")
    assert keys.full[0] == "chushengdengji"
    assert keys.initials[0] == "csdj"


@pytest.mark.parametrize(
    "query",
    ["csdj", "CSDJ", "cs dj", "chusheng", "chush", "shengdeng", "sdj", "出生", "登记", "ｃｓｄｊ", ""],
)
def test_matches_pinyin_hits(query: str) -> None:
    assert matches_pinyin(query, "出生登记")


@pytest.mark.parametrize("query", ["hukou", "hkqy", "死亡", "xyz"])
def test_matches_pinyin_misses(query: str) -> None:
    assert not matches_pinyin(query, "出生登记")


def test_matches_pinyin_other_services() -> None:
    assert matches_pinyin("hkqy", "户口迁移")
    assert matches_pinyin("jmsfz", "居民身份证换领")
    assert matches_pinyin("chongqing", "重庆户口迁入")
    assert matches_pinyin("证", "居民身份证")


han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
latin = st.characters(min_codepoint=ord("A"), max_codepoint=ord("z"))
name_chars = st.one_of(han, st.sampled_from("·• "), latin)


@given(st.text(name_chars, max_size=8))
def test_name_keys_are_lowercase_ascii(name: str) -> None:
    keys = name_keys(name)
    for key in keys.full + keys.initials:
        assert re.fullmatch(r"[a-z]*", key), key
    assert len(keys.full) <= 8


@given(st.text(han, min_size=1, max_size=6))
def test_first_full_key_is_found_by_its_own_initials(name: str) -> None:
    keys = name_keys(name)
    if keys.initials:
        assert name_keys(name).matches(keys.initials[0])
        assert name_keys(name).matches(keys.full[0][:3])
