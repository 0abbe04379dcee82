"""Small text helpers shared by the layouts: escaping for reportlab markup, Chinese dates, sort keys."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from printing.fonts import active_font_name, font_runs, primary_font_covers

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = ["draw_text", "fmt_date", "fmt_datetime", "markup", "natural_key", "prints_plain", "spaced", "text_width"]

# reportlab collapses every run of ordinary or ideographic spaces to one space; no-break spaces survive, so
# they are what keeps "姓名    证件号码" visibly apart on one line.
_GAP = "\u00a0" * 4

# Whitespace a Paragraph would not print as given: at either end of a line (stripped), doubled spaces (collapsed),
# and any whitespace but a single ordinary or no-break space between words; an empty line matches too.
_ALTERED_SPACE = re.compile(r"^\s|\s$|  |[^\S \u00a0\n]", re.MULTILINE)

_DIGITS = re.compile(r"(\d+)")


def markup(text: str) -> str:
    """Escape user text for a reportlab Paragraph and keep its line breaks.

    Paragraph parses its text as XML-like markup: a name such as "A&B" or "<1>" would otherwise break
    the layout or vanish.  Characters the documents' font lacks are set in the fallback font; characters
    neither has raise ``MissingGlyphs`` (see :func:`printing.fonts.font_runs`).
    """
    primary = active_font_name()
    parts = []
    for name, run in font_runs(text.replace("\r\n", "\n")):
        body = escape(run).replace("\n", "<br/>")
        parts.append(body if name == primary else f'<font face="{name}">{body}</font>')
    return "".join(parts)


def prints_plain(text: str, size: float, width: float) -> bool:
    """Whether ``text`` would come out of a Paragraph exactly as given: every line fits ``width`` at ``size`` in the
    documents' font, nothing for the font fallback, no whitespace a Paragraph would collapse or strip.

    A table draws such text itself with ``drawString``; a Paragraph would parse it as markup and break lines
    that need no breaking (about ten times the work for a short label or date).
    """
    # An empty Paragraph is 0 high, an empty string one line: empty text and empty lines stay Paragraphs.
    if not text or _ALTERED_SPACE.search(text) or not primary_font_covers(text.replace("\n", "")):
        return False
    from reportlab.pdfbase.pdfmetrics import stringWidth

    primary = active_font_name()
    return all(stringWidth(line, primary, size) <= width for line in text.split("\n"))


def text_width(text: str, size: float) -> float:
    """The width of ``text`` drawn with :func:`draw_text`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, name, size) for name, run in font_runs(text))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, align: str = "left",
              mode: int | None = None) -> None:
    """Draw one line on a canvas, switching to the fallback font where the documents' font lacks a glyph."""
    width = text_width(text, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for name, run in font_runs(text):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run, mode=mode)
        x += canvas.stringWidth(run, name, size)


def spaced(*parts: str) -> str:
    """Join short fields on one line with a visible gap that reportlab does not collapse."""
    return _GAP.join(p for p in parts if p)


def fmt_date(value: date) -> str:
    """Date as printed on Chinese forms: 2025年3月4日."""
    return f"{value.year}年{value.month}月{value.day}日"


def fmt_datetime(value: datetime) -> str:
    """Date and time to the minute: 2025年3月4日 09:05."""
    return f"{fmt_date(value)} {value:%H:%M}"


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders "A-2" before "A-10": shelf places are numbered by hand, without zero padding."""
    parts = _DIGITS.split(text)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)
