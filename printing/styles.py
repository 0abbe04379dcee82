"""Paragraph styles, derived from one base size so each paper format scales as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as _rl_paragraph

__all__ = ["Styles", "styles_for"]

# reportlab's list of characters that may not start a line (避头点) has the ASCII comma but not the
# full-width Chinese punctuation, so "，" and "；" ended up at the start of lines.  The list is a global of
# each of the two wrapping modules, read at wrap time; extending it once is the only hook reportlab offers.
_CHINESE_CANNOT_START = "，；：！？、。）》」』】〕〉”’…"


def _teach_chinese_line_breaks() -> None:
    for module in (_rl_textsplit, _rl_paragraph):
        current = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = current + "".join(ch for ch in _CHINESE_CANNOT_START if ch not in current)


_teach_chinese_line_breaks()

# Chinese text needs a little more line spacing than Latin text to stay readable on thermal paper.
_LEADING = 1.32


@dataclass(frozen=True)
class Styles:
    """The styles of one document at one base size (e.g. 10 pt for A4, 7.5 pt for the A5 table)."""

    font: str
    size: float
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_center: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    label: ParagraphStyle


def _style(name: str, font: str, size: float, **extra: object) -> ParagraphStyle:
    # wordWrap="CJK" lets lines break between any two Chinese characters; the default only breaks at spaces,
    # which would push a long material name past the cell edge.
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=round(size * _LEADING, 2),
        wordWrap="CJK",
        **extra,
    )


@lru_cache(maxsize=32)
def styles_for(font: str, size: float) -> Styles:
    """The style set for ``font`` at base ``size`` (points); cached because documents are built often."""
    small = size * 0.85
    return Styles(
        font=font,
        size=size,
        title=_style("title", font, size * 1.7, alignment=TA_CENTER, spaceAfter=size * 0.4),
        heading=_style("heading", font, size * 1.1, spaceBefore=size * 0.7, spaceAfter=size * 0.3),
        body=_style("body", font, size, alignment=TA_LEFT),
        body_center=_style("body_center", font, size, alignment=TA_CENTER),
        small=_style("small", font, small),
        right=_style("right", font, size, alignment=TA_RIGHT),
        cell=_style("cell", font, size),
        cell_center=_style("cell_center", font, size, alignment=TA_CENTER),
        label=_style("label", font, size, textColor="#333333"),
    )
