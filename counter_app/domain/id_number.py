"""Citizen ID numbers (公民身份号码, GB 11643-1999) and the age rules that hang off them.

An 18-character number is 6 address digits (GB/T 2260 county code of the first 户籍 place) + birth date
YYYYMMDD + 3-digit sequence (odd = male) + 1 check character (ISO 7064 MOD 11-2). The check character is
computed by python-stdnum (``stdnum.cn.ric``), never by hand.

15-digit legacy numbers (GB 11643-1989: address + YYMMDD + sequence, no check character) are upgraded to
18 characters. Residence permits for Hong Kong, Macau and Taiwan residents use the same format with the
prefixes 810000 / 820000 / 830000.

Also here: age on a date, the IDLAW art 5 validity bands and the validity end date, all with the rule that
a 29 February in a non-leap year counts as 1 March (the anniversary that does not exist falls on the next day).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

from stdnum import numdb
from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from counter_app.domain.errors import DomainError
from counter_app.domain.typed_numbers import excel_damage, fold_number

Reason = Literal["empty", "length", "characters", "date", "checksum", "region", "excel"]
Kind = Literal["resident", "hk_permit", "macau_permit", "taiwan_permit"]
Sex = Literal["M", "F"]
AgeBand = Literal["under16", "16to17", "adult"]
HukouRegion = Literal["local", "same_province", "other_province"]

# 83 (Taiwan residence permits) is not a GB/T 2260 province, so stdnum's table does not have it.
_PERMIT_KINDS: dict[str, Kind] = {"81": "hk_permit", "82": "macau_permit", "83": "taiwan_permit"}
# stdnum's table spells 81/82 in traditional characters; clerks and printed forms use simplified ones.
_PERMIT_PLACES: dict[str, str] = {"81": "香港特别行政区", "82": "澳门特别行政区", "83": "台湾地区"}

# Nobody alive was born earlier; a year like 0949 is a typo the checksum might not be reached for.
_EARLIEST_YEAR = 1800
# GB 11643-1989 reserved these sequence codes for people aged 100 or more (born in the 1800s).
_CENTENARIAN_SEQUENCES = range(996, 1000)


class InvalidIdNumber(DomainError):
    """The text is not a usable citizen ID number; ``message`` is shown to the clerk as is."""

    reason: Reason

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(reason, message)


@dataclass(frozen=True)
class IdNumber:
    """A parsed, valid citizen ID number (always in its 18-character form)."""

    number: str
    birth_date: dt.date
    sex: Sex
    region_code: str
    province: str | None
    county: str | None
    kind: Kind
    upgraded_from: str | None = None

    @property
    def sex_zh(self) -> str:
        return "男" if self.sex == "M" else "女"


@functools.cache  # some 40 prefixes, each a walk of stdnum's table
def _province_name(prefix: str) -> str | None:
    """Province name for a 2-digit prefix, or None when no such province (or permit prefix) exists."""
    if prefix in _PERMIT_PLACES:
        return _PERMIT_PLACES[prefix]
    results = numdb.get("cn/loc").info(prefix + "0000")
    # info() echoes unmatched parts back with empty properties, so only a real match has a name.
    return results[0][1].get("province") if results and results[0][0] == prefix else None


def _strip_years(county: str) -> str:
    # stdnum marks codes with their years of use, e.g. "[1983-1993]潮阳县"; several may share one code.
    last = county.split(",")[-1]
    return last.split("]", 1)[1] if last.startswith("[") else last


@functools.lru_cache(maxsize=4096)  # a station sees the same few hundred address codes all day
def _county_name(region_code: str, birth_year: str) -> str | None:
    try:
        # The name depends on the address code and the year of birth alone (a code is renamed over the years).
        return ric.get_birth_place(f"{region_code}{birth_year}0101").get("county")
    except (ValidationError, KeyError):
        # KeyError: stdnum 2.2 crashes instead of raising when the province is known but the county is not.
        pass
    # The address code never changes when a county is renamed or abolished, and stdnum refuses codes
    # that were not in use in the birth year, so fall back to whatever name the code ever had.
    for part, props in numdb.get("cn/loc").info(region_code):
        if len(part) == 4 and props.get("county"):
            return _strip_years(props["county"])
    return None


def _check_characters(text: str) -> None:
    for position, char in enumerate(text, start=1):
        if char.isascii() and char.isdigit():
            continue
        if position == 18 and char == "X":
            continue
        if position == 18:
            rule = "最后一位只能是数字或 X"
        elif len(text) == 18:
            rule = "前 17 位只能是数字"
        else:
            rule = "15 位旧号码只能由数字组成"
        raise InvalidIdNumber("characters", f"第 {position} 位字符「{char}」无效：{rule}")


def _birth_date(number18: str, shown: str, today: dt.date) -> dt.date:
    try:
        born = ric.get_birth_date(number18)
    except ValidationError:
        raise InvalidIdNumber("date", f"出生日期部分「{shown}」不是有效日期") from None
    if born.year < _EARLIEST_YEAR:
        raise InvalidIdNumber("date", f"出生日期部分「{shown}」不合理：年份 {born.year} 过早")
    if born > today:
        raise InvalidIdNumber("date", f"出生日期 {born.isoformat()} 晚于今天，号码有误")
    return born


def _upgrade_15(text: str) -> str:
    """GB 11643-1989 → 1999: add the century and the check character."""
    sequence = int(text[12:15])
    # UNCONFIRMED: the 1989 standard reserved 996–999 for centenarians, so "18" is assumed for them;
    # GB 11643-1999 describes only the 18-digit form and no text of the 1989 standard was found.
    century = "18" if sequence in _CENTENARIAN_SEQUENCES else "19"
    body = text[:6] + century + text[6:15]
    # calc_check_digit ignores the last character it is given (it expects a complete number).
    return body + ric.calc_check_digit(body + "0")


def parse_id_number(text: str, *, today: dt.date | None = None) -> IdNumber:
    """Validate and decode an ID number as typed, scanned or pasted; 15-digit numbers are upgraded.

    ``today`` only exists so that tests can pin the "birth date in the future" check.
    """
    today = today or dt.date.today()
    typed = fold_number(text)
    try:
        return _parse(typed.text, today)
    except InvalidIdNumber as exc:
        # The clerk sees no invisible character in the box, so a message about the number must mention it.
        note = typed.invisible_note()
        if note:
            raise InvalidIdNumber(exc.reason, f"{exc.message}（{note}）") from None
        raise


def _parse(cleaned: str, today: dt.date) -> IdNumber:
    if not cleaned:
        raise InvalidIdNumber("empty", "请输入公民身份号码")
    damage = excel_damage(cleaned)[1]
    if damage:
        raise InvalidIdNumber("excel", f"「{cleaned}」不是完整号码：{damage}；或照证件输入完整的 18 位号码")
    if len(cleaned) not in (15, 18):
        raise InvalidIdNumber(
            "length", f"号码长度错误：输入了 {len(cleaned)} 位，应为 18 位（旧号码为 15 位）"
        )
    _check_characters(cleaned)

    prefix = cleaned[:2]
    province = _province_name(prefix)
    if province is None:
        raise InvalidIdNumber("region", f"地址码错误：前两位「{prefix}」不是有效的省级行政区代码")

    upgraded_from: str | None = None
    if len(cleaned) == 15:
        number = _upgrade_15(cleaned)
        upgraded_from = cleaned
        _birth_date(number, cleaned[6:12], today)
    else:
        number = cleaned
        _birth_date(number, cleaned[6:14], today)
        expected = ric.calc_check_digit(number)
        if number[17] != expected:
            raise InvalidIdNumber("checksum", f"校验码错误：最后一位应为 {expected}，实为 {number[17]}")

    kind: Kind = _PERMIT_KINDS.get(prefix, "resident")
    region_code = number[:6]
    county = _PERMIT_PLACES[prefix] if kind != "resident" else _county_name(region_code, number[6:10])
    return IdNumber(
        number=number,
        birth_date=ric.get_birth_date(number),
        sex="M" if int(number[16]) % 2 == 1 else "F",
        region_code=region_code,
        province=province,
        county=county,
        kind=kind,
        upgraded_from=upgraded_from,
    )


def _anniversary(start: dt.date, years: int) -> dt.date:
    """The same month and day ``years`` later; 29 February becomes 1 March in a non-leap year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return dt.date(start.year + years, 3, 1)


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Age in completed years on ``on`` (a 29 February birthday falls on 1 March in other years)."""
    if on < birth_date:
        raise ValueError(f"{on} is before the birth date {birth_date}")
    years = on.year - birth_date.year
    return years if on >= _anniversary(birth_date, years) else years - 1


def age_band(age: int) -> AgeBand:
    """Under 16 needs a guardian; 16 and 17 are minors who apply themselves (IDLAW art 7, 9)."""
    if age < 0:
        raise ValueError(f"negative age: {age}")
    if age < 16:
        return "under16"
    return "16to17" if age < 18 else "adult"


def card_validity_years(age: int) -> int | None:
    """Validity of a card applied for at ``age`` (IDLAW art 5); None means 长期 (no end date)."""
    if age < 0:
        raise ValueError(f"negative age: {age}")
    if age < 16:
        return 5
    if age <= 25:
        return 10
    if age <= 45:
        return 20
    return None


def card_validity_label(birth_date: dt.date, accepted_on: dt.date) -> str:
    """The validity (有效期限) as the application form writes it — 5年 / 10年 / 20年 / 长期 — from the age on the
    acceptance date (domain.md §2.1: the issue date is unconfirmed; acceptance is what the counter knows)."""
    years = card_validity_years(age_on(birth_date, accepted_on))
    return "长期" if years is None else f"{years}年"


def hukou_region(region_code: str, office_code: str) -> HukouRegion:
    """How the 户籍 place (``region_code``) relates to the accepting office's own GB/T 2260 code."""
    for label, code in (("region_code", region_code), ("office_code", office_code)):
        if len(code) != 6 or not (code.isascii() and code.isdigit()):
            raise ValueError(f"{label} must be 6 digits, got {code!r}")
    if region_code == office_code:
        return "local"
    return "same_province" if region_code[:2] == office_code[:2] else "other_province"
