"""Tests for counter_app.domain.masking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.masking import mask_id_number, mask_name, mask_phone


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("12345678", "******78"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138 **** 5678"),
        ("+86 13812345678", "+86 138****5678"),
        ("008613812345678", "0086138****5678"),
        ("010-12345678", "***-****5678"),
        ("0755 8888 1234", "**** **** 1234"),
        ("88881234", "****1234"),
        ("110", "***"),
        ("123456", "******"),
        ("call 88881234", "**** ****1234"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三丰", "张*丰"),
        ("张三", "张*"),
        ("张", "*"),
        ("欧阳娜娜", "欧**娜"),
        ("阿依古丽·买买提", "阿***·**提"),
        ("a·b", "***"),
        ("", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


# "*" is left out: a value that is already masked may legitimately come back unchanged.
unmasked_text = st.text(st.characters(blacklist_characters="*", codec="utf-8"), min_size=8, max_size=40)


@pytest.mark.parametrize("mask", [mask_id_number, mask_phone, mask_name])
@given(text=unmasked_text)
def test_masked_output_never_reveals_the_original(mask: Callable[[str], str], text: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    assert text not in masked
    assert "*" in masked


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobile_numbers_keep_prefix_and_last_four(phone: str) -> None:
    masked = mask_phone(phone)
    assert masked == phone[:3] + "****" + phone[-4:]
