"""Checking the cells of one dispatch-list row: text as the clerk means it, numbers Excel mangled, the acceptance
number, the ID number and the name — each problem in Chinese, naming the field and the value.

Nothing here guesses digits: a number Excel has mangled (scientific notation, float precision loss) is flagged and
its value dropped, because a wrongly "repaired" ID number marks the wrong person's card. Which column is which, and
the rows as a whole, are :mod:`counter_app.domain.manifest`'s.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from stdnum.cn import ric

from counter_app.domain.manifest_read import Cell, LossyNumber
from counter_app.domain.typed_numbers import INVISIBLE_TABLE, SCIENTIFIC_MESSAGE, excel_damage, fold_number

FIELD_LABELS: dict[str, str] = {
    "acceptance_no": "受理编号",
    "id_number": "公民身份号码",
    "name": "姓名",
    "batch": "批次",
    "card_no": "卡号",
    "issued_on": "签发日期",
    "valid_until": "有效期限",
}
REQUIRED_FIELDS = ("acceptance_no", "id_number", "name")

_FORMULA_TEXT = re.compile(r'=\s*"(.*)"', re.S)  # ="0123" — Excel's way to keep leading zeros in CSV
_NAME_DOTS = str.maketrans(dict.fromkeys("・•‧⋅∙.", "·"))  # minority names: one canonical middle dot
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile(r"\d")


def clean_text(value: str) -> str:
    """Cell text as the clerk means it: NFKC (full-width → ASCII), no invisible characters, trimmed,
    Excel's text markers (leading apostrophe, ``="..."``) removed."""
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value).translate(INVISIBLE_TABLE)
    text = value.strip()
    if text.startswith("="):
        match = _FORMULA_TEXT.fullmatch(text)
        if match:
            text = match.group(1).strip()
    if text.startswith("'"):
        text = text[1:].strip()
    return text


def clean_cell(cell: Cell) -> Cell:
    return cell if isinstance(cell, LossyNumber) else clean_text(cell)


def _number_text(cell: Cell, label: str, problems: list[str]) -> str | None:
    """Compact a number cell (spaces and hyphens removed); None, with a problem, if Excel mangled it."""
    if isinstance(cell, LossyNumber):
        problems.append(f"{label}「{cell.text}」：{SCIENTIFIC_MESSAGE}")
        return None
    text = fold_number(cell).text
    if not text:
        return None
    value, damage = excel_damage(text)
    if damage:
        problems.append(f"{label}「{''.join(cell.split())}」：{damage}")
        return None
    return value


def invisible_notes(raw: tuple[Cell, ...], columns: list[int]) -> list[str]:
    """Name the invisible characters removed from the number cells: the clerk may want them gone at the source."""
    notes = []
    for field_name, i in zip(REQUIRED_FIELDS, columns, strict=False):
        cell = raw[i] if i < len(raw) else ""
        if isinstance(cell, LossyNumber) or cell.isascii():  # every invisible character is outside ASCII
            continue
        note = fold_number(cell).invisible_note(FIELD_LABELS[field_name])
        if note:
            notes.append(note)
    return notes


def _required_number(cell: Cell, field: str, problems: list[str]) -> tuple[str, str | None]:
    """The cell's digits (or None, with the reason recorded: empty, or destroyed by Excel)."""
    label = FIELD_LABELS[field]
    before = len(problems)
    value = _number_text(cell, label, problems)
    if value is None and len(problems) == before:
        problems.append(f"{label}为空")
    return label, value


def checked_acceptance_no(cell: Cell, problems: list[str]) -> str | None:
    label, value = _required_number(cell, "acceptance_no", problems)
    if value is None:
        return None
    if not (value.isascii() and value.isdigit()):
        problems.append(f"{label}「{value}」应为22位数字，含非数字字符")
    elif len(value) != 22:
        problems.append(f"{label}「{value}」应为22位数字（实际{len(value)}位）")
    elif value.endswith("0000000"):
        # Exported as a number, Excel keeps 15 significant digits and fills the last 7 with zeros.
        problems.append(f"{label}「{value}」末7位全为0，疑似被 Excel 当作数字导出而丢失，请核对")
    return value


def checked_id_number(cell: Cell, problems: list[str]) -> str | None:
    label, value = _required_number(cell, "id_number", problems)
    if value is None:
        return None
    value = value.upper()
    reason = id_number_problem(value)
    if reason:
        problems.append(f"{label}「{value}」{reason}")
    return value


def id_number_problem(number: str) -> str | None:
    """Why ``number`` (compacted, upper case) is not a valid 18-digit ID number, or None if it is.

    A private stand-in for ``counter_app.domain.id_number`` so this module does not depend on its
    timing; it checks length, check digit and birth date, but not the region code, whose table in
    python-stdnum lags behind administrative changes.
    """
    if len(number) != 18:
        return f"长度应为18位（实际{len(number)}位）"
    if not (number[:17].isascii() and number[:17].isdigit()):
        return "前17位应全为数字"
    if number[17] not in "0123456789X":
        return "末位应为数字或 X"
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        hint = "；末3位为000，可能是 Excel 当作数字导出时丢失了精度" if number.endswith("000") else ""
        return f"校验码不符：按前17位计算末位应为 {expected}，实际为 {number[17]}，可能有数字录错{hint}"
    try:  # not ric.get_birth_date: its generic cleaning dominates the cost of a 10,000-row import
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return f"出生日期 {number[6:14]} 不是有效日期"
    if born > dt.date.today():
        return f"出生日期 {number[6:14]} 晚于今天"
    return None


def normalize_name(text: str) -> str:
    """A name as compared with the acceptance record: cell cleaning, padding spaces gone, one middle dot."""
    # Chinese names are padded with (full-width) spaces for alignment: "张　三" is 张三. Names written in
    # Latin letters keep single spaces between words.
    text = clean_text(text)
    words = text.split()
    return " ".join(words) if _LATIN.search(text) else "".join(words).translate(_NAME_DOTS)


def checked_name(text: str, problems: list[str]) -> str:
    name = normalize_name(text)
    if not name:
        problems.append(f"{FIELD_LABELS['name']}为空")
    elif _DIGIT.search(name):
        problems.append(f"{FIELD_LABELS['name']}「{name}」含数字，可能是列错位")
    return name
