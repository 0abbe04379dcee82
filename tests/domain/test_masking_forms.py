"""Numbers written the way people type them are masked too: spaces, dashes, full-width digits, parts of a number.

The reviewer's attack: a lookup typed as "320106 19740313 4389" or with an input method's full-width digits went
into the audit log whole, because the masker only knew unbroken ASCII digits.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.masking import mask_numbers_in_text, mask_search_text
from tests.id_numbers import make_id

_FULL_WIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
_SEPARATORS = ["", " ", "-", "\u3000", "－", "—", "  "]


def _digits_of(text: str) -> str:
    """Every digit in the text, folded to ASCII, separators dropped: what a reader could copy out of it."""
    folded = text.translate(str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789XX"))
    return re.sub(r"[^0-9X*]", "", folded.upper())


def _written(number: str, cuts: list[int], seps: list[str], full_width: bool) -> str:
    parts, last = [], 0
    for cut in sorted(set(cuts)):
        parts.append(number[last:cut])
        last = cut
    parts.append(number[last:])
    text = "".join(part + (seps[i % len(seps)] if i < len(parts) - 1 else "") for i, part in enumerate(parts))
    return text.translate(_FULL_WIDTH) if full_width else text


@given(
    seq=st.integers(1, 999),
    cuts=st.lists(st.integers(1, 17), max_size=4),
    seps=st.lists(st.sampled_from(_SEPARATORS), min_size=1, max_size=3),
    full_width=st.booleans(),
    length=st.sampled_from([15, 16, 17, 18]),
    prefix=st.sampled_from(["", "查询 ", "证件号：", "abc"]),
)
def test_id_numbers_and_parts_in_any_spacing_or_width_are_masked(seq, cuts, seps, full_width, length, prefix):
    number = make_id(seq)[:length]
    written = _written(number, [c for c in cuts if c < length], seps, full_width)
    masked = mask_numbers_in_text(prefix + written + "。")
    digits = _digits_of(masked)
    assert number not in digits
    assert len(masked) == len(prefix + written + "。")
    # No more than a list shows: the address code, and the last 4 only of a whole 18-character number.
    assert digits.count("*") >= (8 if length == 18 else length - 6)


@given(
    rest=st.text(alphabet="0123456789", min_size=9, max_size=9),
    second=st.sampled_from("3456789"),
    cuts=st.lists(st.integers(1, 10), max_size=3),
    seps=st.lists(st.sampled_from(_SEPARATORS), min_size=1, max_size=2),
    full_width=st.booleans(),
    country=st.sampled_from(["", "86", "+86 ", "0086-"]),
)
def test_mobiles_in_any_spacing_or_width_are_masked(rest, second, cuts, seps, full_width, country):
    mobile = "1" + second + rest
    written = country + _written(mobile, cuts, seps, full_width)
    masked = mask_numbers_in_text("电话" + written)
    digits = _digits_of(masked)
    assert mobile not in digits
    assert digits.endswith(mobile[-4:]) and digits.count("*") == 4


def test_an_id_and_a_mobile_side_by_side_are_both_masked():
    text = f"{make_id(7)} 13812345678"
    assert mask_numbers_in_text(text) == f"{make_id(7)[:6]}********{make_id(7)[-4:]} 138****5678"


def test_dates_counts_and_acceptance_numbers_stay():
    for text in ("2026-12-02 10:00:00", "共 12 条", "受理号 1101052026120200000012", "rows=350"):
        assert mask_numbers_in_text(text) == text


def test_search_text_keeps_no_more_than_a_list_shows():
    number = make_id(12)
    assert mask_search_text(number) == number[:6] + "********" + number[-4:]
    assert mask_search_text(number[-6:]) == "**" + number[-4:]
    assert mask_search_text(number[:17]) == "*" * 13 + number[13:17]
    assert mask_search_text("13812345678") == "138****5678"
    assert mask_search_text("12345678") == "****5678"
    assert mask_search_text("4389") == "4389"
    assert mask_search_text("1101052026120200000012") == "1101052026120200000012"
    assert mask_search_text("张三") == "张三"
