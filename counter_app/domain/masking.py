"""Masking of personal data on screens, slips and exports (ID numbers, phone numbers, names).

Every function keeps the length of its input (so columns still line up and a clerk can count digits)
and always hides at least one character of anything that is not already masked: a value that does not
look like what the function expects is masked harder, never passed through.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from counter_app.domain.acceptance_number import LENGTH as ACCEPTANCE_LENGTH

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


# How people write numbers: full-width digits from a Chinese input method, ideographic spaces, dashes of every
# width. Each is mapped to one ASCII character, so positions in the mapped text are positions in the original.
_DASHES = frozenset("-‐‑‒–—―−﹣－")
_SEPARATOR_RUN = re.compile(r"[ \-]*")
_GROUP = re.compile(r"[0-9]+[Xx]?")
_ID_LENGTHS = range(15, 19)  # a legacy number, an 18-digit one, or a 16/17-digit part of one
_FULL_ID_LENGTH = 18
_LONGEST_NUMBER = 18  # an unbroken run longer than this is another kind of number (a 22-digit 受理号)
_MOBILE = re.compile(r"(?:0086|86)?1[3-9][0-9]{9}")


def _ascii_view(text: str) -> str:
    out = []
    for ch in text:
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            out.append(str(digit))
        elif ch.isspace():
            out.append(" ")
        elif ch in _DASHES:
            out.append("-")
        elif ch in "Ｘｘ":
            out.append("X")
        else:
            out.append(ch)
    return "".join(out)


def _chains(view: str) -> list[list[re.Match[str]]]:
    """Digit groups joined only by spaces or dashes ("320106 19740313-4389"), one list per chain."""
    chains: list[list[re.Match[str]]] = []
    previous: re.Match[str] | None = None
    for group in _GROUP.finditer(view):
        joined = (
            previous is not None
            and not previous.group(0)[-1:].isalpha()
            and _SEPARATOR_RUN.fullmatch(view, previous.end(), group.start()) is not None
        )
        if joined:
            chains[-1].append(group)
        else:
            chains.append([group])
        previous = group
    return chains


def _visible_digits(digits: str) -> tuple[int, int] | None:
    """How many leading and trailing characters of a number-shaped digit string may stay; None: not a number."""
    if _MOBILE.fullmatch(digits):
        # Country code and the 3-digit carrier prefix identify nobody; the last 4 are what every list shows.
        return len(digits) - 8, 4
    if len(digits) in _ID_LENGTHS and digits[:-1].isdigit():
        # Only a whole 18-digit number keeps its last 4 as the lists do: the last 4 of a 15-17 digit part are
        # other digits (birth date, sequence), which together with a list's mask would rebuild the number.
        return (6, 4) if len(digits) == _FULL_ID_LENGTH else (6, 0)
    return None


def _longest_number(chain: list[re.Match[str]], start: int) -> tuple[int, tuple[int, int]] | None:
    """The longest run of groups from ``start`` that spells an ID number or a mobile ("86 138…" before "138…")."""
    found = None
    digits = ""
    for j in range(start, len(chain)):
        if digits[-1:].isalpha():
            break  # an X ends an ID number; nothing is joined after it
        digits += chain[j].group(0).upper()
        if len(digits.rstrip("X")) > _LONGEST_NUMBER:
            break
        keep = _visible_digits(digits)
        if keep is None and digits.endswith("X") and (keep := _visible_digits(digits[:-1])) is not None:
            keep = keep[0], keep[1] + 1  # "…0016X": an X that follows a whole number is text, not a check digit
        if keep is not None:
            found = j, keep
    return found


def _masked_positions(view: str) -> set[int]:
    hidden: set[int] = set()
    for chain in _chains(view):
        i = 0
        while i < len(chain):
            found = _longest_number(chain, i)
            if found is None:
                i += 1
                continue
            j, (head, tail) = found
            positions = [p for g in chain[i:j + 1] for p in range(g.start(), g.end())]
            hidden.update(positions[head:len(positions) - tail])
            i = j + 1
    return hidden


def mask_numbers_in_text(text: str) -> str:
    """Mask every ID number (or a 15-17 digit part of one) and every mobile inside free text, however written:
    with spaces or dashes inside, in full-width digits, with +86/0086 in front. Separators stay in place."""
    hidden = _masked_positions(_ascii_view(text))
    if not hidden:
        return text
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(text))


def mask_search_text(text: str) -> str:
    """What a lookup searched for (already normalised: no spaces, ASCII digits), as the audit log keeps it.

    A number-shaped query is kept only as far as the lists show it: its last 4, or the mask of a whole ID number
    or mobile. A 22-digit 受理号 stays: it names a case, not a person.
    """
    upper = text.upper()
    if upper.isascii() and upper[:-1].isdigit() and (upper[-1:].isdigit() or upper.endswith("X")):
        if len(upper) == ACCEPTANCE_LENGTH or len(upper) <= 4:
            return upper
        if len(upper) == _FULL_ID_LENGTH:
            return mask_id_number(upper)
        if _MOBILE.fullmatch(upper) and len(upper) == _MOBILE_LENGTH:
            return mask_phone(upper)
        return MASK * (len(upper) - 4) + upper[-4:]
    return mask_numbers_in_text(text)


def mask_detail(value: Any) -> Any:
    """The same masking applied to every string inside a JSON detail (keys included)."""
    if isinstance(value, str):
        return mask_numbers_in_text(value)
    if isinstance(value, dict):
        return {mask_numbers_in_text(str(k)): mask_detail(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_detail(v) for v in value]
    return value
