"""Text that needs no line breaking, drawn where a Paragraph would draw it, without a Paragraph's work.

A reportlab Paragraph parses its text as markup and runs the CJK line breaker even for a two-character label; on a
receipt or a notice most text is such short lines.  :class:`TextLine` is the Paragraph's twin for them: the same
height, spacing and baselines, the same font, colour and alignment, so the page looks exactly the same.  When the
text does not print as given (it needs wrapping, the fallback font or whitespace handling), it hands everything to a
real Paragraph, made only then.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from printing.text import markup, prints_plain

__all__ = ["TextLine"]


class TextLine(Flowable):
    """``text`` in ``style``, with an optional hanging ``bullet``: what ``Paragraph(markup(text), style)`` prints."""

    def __init__(self, text: str, style: ParagraphStyle, bullet: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self._lines: list[str] = []
        self._paragraph: Paragraph | None = None

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceAfter

    def _fits(self, avail_width: float) -> bool:
        style = self.style
        room = avail_width - style.leftIndent - style.rightIndent - style.firstLineIndent
        if not prints_plain(self.text, style.fontSize, room):
            return False
        # A bullet wider than the indent pushes a Paragraph's text to the right: leave that case to a Paragraph.
        return not self.bullet or (
            style.bulletIndent + stringWidth(self.bullet, style.bulletFontName, style.bulletFontSize)
            <= style.leftIndent + style.firstLineIndent
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._paragraph is None and self._fits(avail_width):
            self._lines = self.text.split("\n")
            self.width, self.height = avail_width, self.style.leading * len(self._lines)
            return self.width, self.height
        if self._paragraph is None:
            self._paragraph = Paragraph(markup(self.text), self.style, bulletText=self.bullet)
        self.width, self.height = self._paragraph.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Only a frame near the foot of a page asks; a Paragraph splits exactly as it always did.
        if self._paragraph is None:
            self._paragraph = Paragraph(markup(self.text), self.style, bulletText=self.bullet)
        return self._paragraph.split(avail_width, avail_height)

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        canvas, style = self.canv, self.style
        size = style.fontSize
        baseline = self.height - size
        canvas.saveState()
        if self.bullet:
            # A text object without a line end, as a Paragraph draws its bullet: text extraction then reads the
            # bullet and its item as one line.
            bullet = canvas.beginText(style.bulletIndent, baseline)
            bullet.setFont(style.bulletFontName, style.bulletFontSize)
            bullet.setFillColor(getattr(style, "bulletColor", style.textColor))
            bullet.textOut(self.bullet)
            canvas.drawText(bullet)
        canvas.setFont(style.fontName, size, style.leading)
        canvas.setFillColor(style.textColor)
        left = style.leftIndent + style.firstLineIndent
        right = self.width - style.rightIndent
        for line in self._lines:
            if style.alignment == TA_CENTER:
                canvas.drawCentredString((left + right) / 2, baseline, line)
            elif style.alignment == TA_RIGHT:
                canvas.drawRightString(right, baseline, line)
            else:
                canvas.drawString(left, baseline, line)
            baseline -= style.leading
        canvas.restoreState()
