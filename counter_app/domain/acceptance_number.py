"""Acceptance numbers (受理号) in the GA 214.4-2004 layout, used on the app's own receipts.

22 digits: 6-digit GB/T 2260 code of the accepting office + 3-digit police-station code + acceptance date
CCYYMMDD + 5-digit daily sequence that starts at 00001 and resets at midnight (受理号, GA 214.4-2004). Issuing the
sequence without collisions is the store's job; this module only formats, parses and checks the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from counter_app.domain.errors import DomainError
from counter_app.domain.typed_numbers import excel_damage, fold_number

LENGTH = 22
MAX_SEQUENCE = 99_999

Reason = Literal["office_code", "station_code", "sequence", "empty", "length", "characters", "date", "excel"]


class InvalidAcceptanceNumber(DomainError):
    """A 受理号 or one of its parts is malformed; ``message`` is shown to the clerk as is."""

    reason: Reason

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(reason, message)


@dataclass(frozen=True)
class AcceptanceNumber:
    """The parts of a 受理号; ``str()`` gives the 22-digit text."""

    office_code: str
    station_code: str
    day: dt.date
    seq: int

    def __str__(self) -> str:
        return format_acceptance_number(self.office_code, self.station_code, self.day, self.seq)


def _is_digits(text: str) -> bool:
    # str.isdigit() alone also accepts other scripts' digits and superscripts.
    return text.isascii() and text.isdigit()


def format_acceptance_number(office_code: str, station_code: str, day: dt.date, seq: int) -> str:
    """Build the 22-digit 受理号; every part is checked so a bad setting cannot print a bad receipt."""
    if len(office_code) != 6 or not _is_digits(office_code):
        raise InvalidAcceptanceNumber("office_code", f"受理单位代码应为 6 位数字，当前为「{office_code}」")
    if len(station_code) != 3 or not _is_digits(station_code):
        raise InvalidAcceptanceNumber("station_code", f"派出所代码应为 3 位数字，当前为「{station_code}」")
    if isinstance(seq, bool) or not 1 <= seq <= MAX_SEQUENCE:
        raise InvalidAcceptanceNumber("sequence", f"当日流水号应在 1 至 {MAX_SEQUENCE} 之间，当前为 {seq}")
    if not 1000 <= day.year <= 9999:
        raise InvalidAcceptanceNumber("date", f"受理日期 {day.isoformat()} 超出范围")
    return f"{office_code}{station_code}{day:%Y%m%d}{seq:05d}"


def normalize_acceptance_text(text: str) -> str:
    """Fold full-width digits to ASCII and drop spaces and hyphens (receipts may print digits in groups)."""
    return fold_number(text).text


def parse_acceptance_number(text: str) -> AcceptanceNumber:
    """Split a typed or scanned 受理号 into its parts, rejecting anything that could not have been issued."""
    cleaned = normalize_acceptance_text(text)
    if not cleaned:
        raise InvalidAcceptanceNumber("empty", "请输入受理号")
    damage = excel_damage(cleaned)[1]
    if damage:
        raise InvalidAcceptanceNumber("excel", f"「{cleaned}」不是完整的受理号：{damage}")
    if len(cleaned) != LENGTH:
        raise InvalidAcceptanceNumber("length", f"受理号应为 {LENGTH} 位数字，输入了 {len(cleaned)} 位")
    for position, char in enumerate(cleaned, start=1):
        if not _is_digits(char):
            raise InvalidAcceptanceNumber("characters", f"受理号第 {position} 位「{char}」不是数字")
    date_text = cleaned[9:17]
    try:
        day = dt.date(int(date_text[:4]), int(date_text[4:6]), int(date_text[6:]))
    except ValueError:
        raise InvalidAcceptanceNumber("date", f"受理号中的日期「{date_text}」不是有效日期") from None
    seq = int(cleaned[17:])
    if seq == 0:
        raise InvalidAcceptanceNumber("sequence", "受理号的当日流水号不能为 00000")
    return AcceptanceNumber(office_code=cleaned[:6], station_code=cleaned[6:9], day=day, seq=seq)
