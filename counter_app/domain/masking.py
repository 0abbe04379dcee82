"""Masking of personal data on screens, slips and exports (ID numbers, phone numbers, names).

Every function keeps the length of its input (so columns still line up and a clerk can count digits)
and always hides at least one character of anything that is not already masked: a value that does not
look like what the function expects is masked harder, never passed through.
"""

from __future__ import annotations

import re
from typing import Any

MASK = "*"

# Separators a clerk may type inside a phone number; showing them leaks nothing.
_PHONE_SEPARATORS = frozenset(" -+()（）")
_MOBILE_LENGTH = 11
_COUNTRY_PREFIXES = ("0086", "86")


def _mask_all(text: str) -> str:
    return MASK * len(text)


def _keep_ends(text: str, head: int, tail: int) -> str:
    middle = len(text) - head - tail
    return text[:head] + MASK * middle + text[len(text) - tail:]


def mask_id_number(number: str) -> str:
    """"11010519491231002X" → "110105********002X": the address code and the last 4 stay visible.

    15-digit legacy numbers get the same treatment. Anything else keeps at most a quarter of its characters at
    the end, because an unknown format gives no reason to trust that the head is harmless.
    """
    if len(number) in (15, 18):
        return _keep_ends(number, 6, 4)
    tail = min(4, len(number) // 4)
    return _keep_ends(number, 0, tail)


def mask_phone(phone: str) -> str:
    """"13812345678" → "138****5678"; a landline keeps only its last 4 digits; separators stay in place.

    A mobile number may carry the country code (+86 / 0086). Numbers with fewer than 7 digits are masked
    completely, since their last 4 digits would be most of the number.
    """
    digit_positions = [i for i, ch in enumerate(phone) if ch.isdigit()]
    digits = "".join(phone[i] for i in digit_positions)
    visible: set[int] = set()
    national = digits
    for prefix in _COUNTRY_PREFIXES:
        if digits.startswith(prefix) and len(digits) == len(prefix) + _MOBILE_LENGTH:
            national = digits[len(prefix):]
            break
    offset = len(digits) - len(national)
    if len(national) == _MOBILE_LENGTH and national.startswith("1"):
        # The country code and the 3-digit carrier prefix identify nobody.
        visible.update(digit_positions[:offset + 3])
        visible.update(digit_positions[-4:])
    elif len(digits) >= 7:
        visible.update(digit_positions[-4:])
    masked = [
        ch if i in visible or ch in _PHONE_SEPARATORS else MASK
        for i, ch in enumerate(phone)
    ]
    return _ensure_masked(phone, "".join(masked))


def mask_name(name: str) -> str:
    """"张三丰" → "张*丰", "张三" → "张*", "张" → "*"; the middle dot of minority names stays visible."""
    if len(name) <= 1:
        return _mask_all(name)
    if len(name) == 2:
        return name[0] + MASK
    middle = "".join(ch if ch in "·•" else MASK for ch in name[1:-1])
    return _ensure_masked(name, name[0] + middle + name[-1])


def _ensure_masked(original: str, masked: str) -> str:
    # A value made only of kept characters (e.g. "a·b", or "+-()") would otherwise come back unchanged.
    return masked if masked != original or MASK in original else _mask_all(original)


# An 18-digit ID (last char may be X) or a 15-digit legacy one, not part of a longer digit run such as a
# 22-digit acceptance number. Then an 11-digit mobile, optionally with +86/0086 and - or space separators.
_ID_PATTERN = re.compile(r"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])")
_MOBILE_PATTERN = re.compile(r"(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])")


def mask_numbers_in_text(text: str) -> str:
    """Mask every ID number and mobile number found inside free text (queries, targets, details)."""
    masked = _ID_PATTERN.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE_PATTERN.sub(lambda m: mask_phone(m.group(0)), masked)


def mask_detail(value: Any) -> Any:
    """The same masking applied to every string inside a JSON detail (keys included)."""
    if isinstance(value, str):
        return mask_numbers_in_text(value)
    if isinstance(value, dict):
        return {mask_numbers_in_text(str(k)): mask_detail(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_detail(v) for v in value]
    return value
