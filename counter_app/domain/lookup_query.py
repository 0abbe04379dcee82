"""What a lookup text asks for, read the way a caller reads a number out (查询内容).

The text is folded like every typed number (:mod:`counter_app.domain.typed_numbers`). A number that looks like an
ID number or a 受理号 but is not a valid one gets the checklist's own message (check character, length, date),
so the clerk hears what is wrong instead of "0 found"; where the digits could still be the end of an ID number or a
phone, they are searched that way too. A 15-digit number from an old first-generation card is converted to its
18-character form, as the checklist does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from counter_app.domain.acceptance_number import LENGTH as ACCEPTANCE_LENGTH
from counter_app.domain.acceptance_number import InvalidAcceptanceNumber, parse_acceptance_number
from counter_app.domain.id_number import InvalidIdNumber, parse_id_number
from counter_app.domain.typed_numbers import excel_damage, fold_number

QueryKind = Literal["empty", "acceptance_no", "id_number", "digits", "malformed", "excel", "pinyin", "name"]

_ID_LENGTHS = (15, 18)
# A run this long is a number, not a phone ending or part of a name: a stray letter in it is a typo (O for 0).
_NUMBER_LIKE = 14
_COUNTRY_PREFIXES = ("0086", "86")


@dataclass(frozen=True)
class LookupQuery:
    """A parsed lookup text.

    ``text`` is the normalised search text (what is searched and what may be logged, masked); ``id_number`` the
    18-character number searched for when the text is (or converts to) a valid ID number; ``hints`` what the clerk
    is told about the text (an invalid ID number or 受理号, Excel damage, invisible characters removed).
    """

    raw: str
    text: str
    kind: QueryKind
    id_number: str | None = None
    hints: tuple[str, ...] = ()

    @property
    def searches_digits(self) -> bool:
        """Whether the text is also searched as the end of an ID number or of a phone number."""
        return self.kind in ("id_number", "digits") and len(self.text) >= 4


def _id_hint(text: str) -> str:
    try:
        parse_id_number(text)
    except InvalidIdNumber as exc:
        return f"不是有效的公民身份号码：{exc.message}"
    return ""


def _acceptance_hint(text: str) -> str:
    try:
        parse_acceptance_number(text)
    except InvalidAcceptanceNumber as exc:
        return f"不是有效的受理号：{exc.message}"
    return ""


def _number(raw: str, text: str) -> LookupQuery:
    """Digits, possibly ending in X: a 受理号, a whole ID number, or the end of an ID number or phone."""
    length = len(text)
    if text.isdigit() and length == ACCEPTANCE_LENGTH:
        hint = _acceptance_hint(text)
        return LookupQuery(raw, text, "acceptance_no", hints=(hint,) if hint else ())
    if length in _ID_LENGTHS:
        try:
            number = parse_id_number(text).number
        except InvalidIdNumber as exc:
            # "0086" + a mobile is 15 digits too: that one is a phone, not a broken ID number.
            is_phone = length == 15 and text.startswith(_COUNTRY_PREFIXES) and text.isdigit()
            hints = () if is_phone else (f"不是有效的公民身份号码：{exc.message}",)
            return LookupQuery(raw, text, "digits", hints=hints)
        return LookupQuery(raw, text, "id_number", id_number=number)
    if length > 15:
        near_acceptance = text.isdigit() and length >= ACCEPTANCE_LENGTH - 2
        hint = _acceptance_hint(text) if near_acceptance else _id_hint(text)
        return LookupQuery(raw, text, "digits", hints=(hint,))
    return LookupQuery(raw, text, "digits")


def parse_lookup_query(raw: str) -> LookupQuery:
    """Read one lookup text: 受理号, ID number (or its end), phone (or its end), name, pinyin or initials."""
    typed = fold_number(raw)
    text = typed.text
    invisible = typed.invisible_note("查询内容")
    notes = (invisible,) if invisible else ()
    if not text:
        return LookupQuery(raw, text, "empty")
    repaired, damage = excel_damage(text)
    if damage and not repaired.isdigit():
        return LookupQuery(raw, text, "excel", hints=(f"「{text}」不是完整号码：{damage}；请照证件或凭证输入完整号码",
                                                      *notes))
    text = repaired
    if text.isascii() and text[:-1].isdigit() and (text[-1:].isdigit() or text.endswith("X")):
        query = _number(raw, text)
        return LookupQuery(raw, query.text, query.kind, query.id_number, (*query.hints, *notes))
    digits = sum(ch.isdigit() for ch in text)
    if text.isascii() and text.isalnum() and digits >= _NUMBER_LIKE:
        hint = _acceptance_hint(text) if len(text) == ACCEPTANCE_LENGTH else _id_hint(text)
        return LookupQuery(raw, text, "malformed", hints=(hint or "号码中有不是数字的字符", *notes))
    lower = text.lower()
    kind: QueryKind = "pinyin" if lower.isascii() and lower.isalpha() else "name"
    return LookupQuery(raw, lower, kind, hints=notes)
