"""Numbers as a clerk types, scans, pastes or imports them: one folding for ID numbers, 受理号 and phone numbers.

Used by the lookup box, the checklist, the dialogs and the dispatch-list import alike, so that a number that works
in one place works in all of them:

- full-width digits, Ｘ and the ideographic space become ASCII (NFKC), so do the digits of other scripts;
- spaces and hyphens/dashes go: receipts print digits in groups and callers read them out in groups;
- invisible characters go too (copy-paste from web pages, PDFs and chat programs), but are remembered by name, so
  that a message can say "the number contained a zero-width space" instead of showing a character nobody sees.

What Excel does to a long number is recognised here and named as Excel's, never repaired: a "fixed" ID number
marks the wrong person's card.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Characters that are invisible on screen but break comparisons, with the name a clerk is told.
INVISIBLE_NAMES: dict[str, str] = {
    "\u200b": "零宽空格",
    "\u200c": "零宽不连字符",
    "\u200d": "零宽连字符",
    "\u2060": "零宽不换行符",
    "\ufeff": "零宽不换行空格（BOM）",
    "\u200e": "从左到右标记",
    "\u200f": "从右到左标记",
    "\u00ad": "软连字符",
}
INVISIBLE_TABLE = dict.fromkeys(map(ord, INVISIBLE_NAMES), None)
# NFKC already turns the full-width hyphen (－) and the small hyphen (﹣) into "-"; these it leaves alone.
_DASHES = dict.fromkeys(map(ord, "-‐‑‒–—―−"), None)

SCIENTIFIC_MESSAGE = "Excel 已将号码转为科学计数法，无法恢复，请将该列设为文本后重新导出"
FLOAT_MESSAGE = "Excel 已将号码当作数字保存，15位以后的数字已丢失，无法恢复，请将该列设为文本后重新导出"

_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")  # decimal comma: European-locale Excel
_EXCEL_NUMBER = re.compile(r"(\d+|\d{1,3}(?:,\d{3})+)(?:\.0*)?")  # 123.0, 123,456 — a number, not text
_EXACT_DIGITS = 15  # a double keeps 15 significant digits exactly


@dataclass(frozen=True)
class TypedNumber:
    """A number as typed, folded to plain ASCII; ``invisible`` names the invisible characters that were removed."""

    text: str
    invisible: tuple[str, ...] = ()

    def invisible_note(self, label: str = "号码") -> str | None:
        """"号码中有看不见的字符（零宽空格 U+200B），已去除" — or None when there was none."""
        if not self.invisible:
            return None
        return f"{label}中有看不见的字符（{'、'.join(self.invisible)}），已去除"


def describe_invisible(char: str) -> str:
    """"零宽空格 U+200B": the name a clerk can search for, and the code point support staff can."""
    return f"{INVISIBLE_NAMES.get(char, '不可见字符')} U+{ord(char):04X}"


def fold_number(text: str) -> TypedNumber:
    """Fold typed or pasted number text: NFKC, no whitespace, hyphens or invisible characters, ``x`` → ``X``."""
    if text.isascii():
        # The common case (every cell of a clean 10,000-row list): NFKC leaves ASCII alone and every invisible
        # character is outside ASCII, so only spaces, "-" and "x" can need folding.
        return TypedNumber("".join(text.replace("-", "").split()).replace("x", "X"))
    found = tuple(dict.fromkeys(describe_invisible(ch) for ch in text if ch in INVISIBLE_NAMES))
    folded = unicodedata.normalize("NFKC", text).translate(INVISIBLE_TABLE).translate(_DASHES)
    if not folded.isascii():  # digits of other scripts (NFKC leaves e.g. Arabic-Indic ٣ alone) become ASCII too
        folded = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)
    return TypedNumber("".join(folded.split()).replace("x", "X"), found)


def ascii_digits(text: str) -> str:
    """Only the ASCII digits of folded text (``str.isdigit`` alone also accepts superscripts and other scripts)."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


def excel_damage(text: str) -> tuple[str, str | None]:
    """Undo what Excel harmlessly does to a number and name what it destroys: ``(text, problem)``.

    ``text`` is compacted cell or input text. Scientific notation ("4.10105E+17") and numbers of more than 15 digits
    stored as floats ("110105194912310000.0") lost digits for good: the problem says so and the text is returned
    unchanged. Up to 15 digits survive a float exactly, so "123.0" and "123,456" give their digits back.
    """
    if "e" not in text and "E" not in text and "." not in text and "," not in text:
        return text, None  # neither notation below can match: no exponent, no decimal point or separator
    if _SCIENTIFIC.fullmatch(text):
        return text, SCIENTIFIC_MESSAGE
    match = _EXCEL_NUMBER.fullmatch(text)
    if match and ("." in text or "," in text):
        digits = match.group(1).replace(",", "")
        if len(digits.lstrip("0")) > _EXACT_DIGITS:
            return text, FLOAT_MESSAGE
        return digits, None
    return text, None
