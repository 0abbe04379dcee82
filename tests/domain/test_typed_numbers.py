"""One folding for every typed number: full-width and other-script digits, spaces, hyphens, invisible characters,
and Excel's damage named as Excel's."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.acceptance_number import InvalidAcceptanceNumber, parse_acceptance_number
from counter_app.domain.id_number import InvalidIdNumber, parse_id_number
from counter_app.domain.phone_numbers import phone_digits
from counter_app.domain.typed_numbers import (
    FLOAT_MESSAGE,
    INVISIBLE_NAMES,
    SCIENTIFIC_MESSAGE,
    excel_damage,
    fold_number,
)

ID = "11010519491231002X"
TODAY = dt.date(2026, 11, 23)
_FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
_NOISE = [" ", "\u3000", "-", "－", "‐", "—", "\t", *INVISIBLE_NAMES]


@given(st.from_regex(r"[0-9]{1,22}", fullmatch=True), st.data())
def test_any_way_of_typing_the_digits_folds_to_them(digits: str, data: st.DataObject) -> None:
    typed = []
    for ch in digits:
        typed.append(_FULL_WIDTH[ch] if data.draw(st.booleans()) else ch)
        typed.extend(data.draw(st.lists(st.sampled_from(_NOISE), max_size=2)))
    folded = fold_number("".join(typed))
    assert folded.text == digits
    invisible_typed = {ch for ch in typed if ch in INVISIBLE_NAMES}
    assert len(folded.invisible) == len(invisible_typed)


def test_invisible_characters_are_named_with_their_code_point() -> None:
    folded = fold_number("1101\u200b05\ufeff")
    assert folded.text == "110105"
    assert folded.invisible == ("零宽空格 U+200B", "零宽不换行空格（BOM） U+FEFF")
    assert folded.invisible_note("公民身份号码") == (
        "公民身份号码中有看不见的字符（零宽空格 U+200B、零宽不换行空格（BOM） U+FEFF），已去除")
    assert fold_number("110105").invisible_note() is None


def test_digits_of_other_scripts_and_lower_case_x() -> None:
    assert fold_number("١٢٣ ४५६").text == "123456"
    assert fold_number("11010519491231002x").text == ID


@pytest.mark.parametrize("text, message", [
    ("4.10105E+17", SCIENTIFIC_MESSAGE), ("4,10105E+17", SCIENTIFIC_MESSAGE), ("4.10105e17", SCIENTIFIC_MESSAGE),
    ("110105194912310000.0", FLOAT_MESSAGE), ("110,105,194,912,310,000", FLOAT_MESSAGE),
])
def test_excel_damage_is_named(text: str, message: str) -> None:
    assert excel_damage(text) == (text, message)


def test_harmless_excel_forms_give_their_digits_back() -> None:
    assert excel_damage("13812345678.0") == ("13812345678", None)
    assert excel_damage(ID) == (ID, None)


def test_phone_digits_are_ascii_whatever_was_typed() -> None:
    assert phone_digits("１３８－１２３４ ５６７８") == "13812345678"
    assert phone_digits("138\u200b1234\u200b5678") == "13812345678"
    assert phone_digits("  ") is None


def test_id_numbers_as_typed_read_out_or_pasted() -> None:
    for typed in ("１１０１０５１９４９１２３１００２ｘ", "110105-19491231-002X", "110105 19491231 002X",
                  "11010519491231002\u200bX"):
        assert parse_id_number(typed, today=TODAY).number == ID


def test_an_id_number_from_excel_is_named_as_excel_damage() -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number("4.10105E+17", today=TODAY)
    assert caught.value.reason == "excel" and SCIENTIFIC_MESSAGE in caught.value.message
    assert "长度" not in caught.value.message


def test_a_wrong_id_number_with_an_invisible_character_says_so() -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number("11010519491231002\u200b1", today=TODAY)
    assert caught.value.reason == "checksum"
    assert "校验码错误" in caught.value.message and "零宽空格 U+200B" in caught.value.message
    assert "\u200b" not in caught.value.message


def test_acceptance_numbers_fold_the_same_way() -> None:
    assert str(parse_acceptance_number("１１０１０５-００１-２０２６１１２３-００００１")) == "1101050012026112300001"
    with pytest.raises(InvalidAcceptanceNumber) as caught:
        parse_acceptance_number("1.10105E+21")
    assert caught.value.reason == "excel" and SCIENTIFIC_MESSAGE in caught.value.message
