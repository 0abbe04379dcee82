"""Turning a story of flowables into PDF bytes: page set-up, metadata, page numbers, roll paper cut to fit."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from printing.text import draw_text

__all__ = ["AUTHOR", "PAGES", "PageDecoration", "PageSpec", "render_pdf", "render_roll_pdf"]

AUTHOR = "Counter Assistant"


@dataclass(frozen=True)
class PageSpec:
    """Paper size and margins in points; ``numbered`` adds the "第1页/共N页" footer."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    numbered: bool = True

    @property
    def frame_width(self) -> float:
        """Width available to the content."""
        return self.width - self.left - self.right

    def with_height(self, height: float) -> PageSpec:
        """The same paper cut to ``height`` (roll paper)."""
        return PageSpec(self.width, height, self.left, self.right, self.top, self.bottom, self.numbered)


# Margins: 15 mm on A4 clears the unprintable edge of any office laser; A5 keeps 10 mm to leave room for the
# material table; the 80 mm roll has 72 mm printable, i.e. 4 mm each side.
PAGES: dict[str, PageSpec] = {
    "A4": PageSpec(A4[0], A4[1], 15 * mm, 15 * mm, 14 * mm, 16 * mm),
    "A5": PageSpec(A5[0], A5[1], 10 * mm, 10 * mm, 10 * mm, 13 * mm),
    "roll80": PageSpec(80 * mm, 200 * mm, 4 * mm, 4 * mm, 3 * mm, 6 * mm, numbered=False),
}


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end so that each can say how many there are."""

    def __init__(self, *args: object, footer: str, font: str, spec: PageSpec, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._footer_font = font
        self._spec = spec
        self._held: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        spec = self._spec
        y = spec.bottom / 2
        self.saveState()
        self.setFont(self._footer_font, 7.5)
        self.setFillGray(0.25)
        # Right-aligned so a long document label on the left never runs into the page number.
        draw_text(self, spec.width - spec.right, y, f"第{self._pageNumber}页/共{total}页", 7.5, "right")
        if self._footer:
            draw_text(self, spec.left, y, self._footer, 7.5)
        self.restoreState()


# What a page decoration gets: the canvas and the paper it is drawn on (a roll's height is known only after layout).
PageDecoration = Callable[[Canvas, PageSpec], None]

# Height offered to each flowable when a roll is laid out: more than any receipt needs, so nothing is split.
_UNBOUNDED = 10_000 * mm


def _new_canvas(buf: io.BytesIO, spec: PageSpec, *, font: str, title: str, subject: str) -> Canvas:
    """A canvas set up as BaseDocTemplate would: metadata, language, and our font as the initial one."""
    # initialFontName: otherwise every page declares an unembedded Helvetica that no text uses.
    canvas = Canvas(buf, pagesize=(spec.width, spec.height), initialFontName=font, lang="zh-CN")
    canvas.setAuthor(AUTHOR)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator(AUTHOR)
    return canvas


def render_pdf(
    story: Sequence[Flowable],
    spec: PageSpec,
    *,
    font: str,
    title: str,
    subject: str = "",
    footer: str = "",
    on_page: PageDecoration | None = None,
) -> bytes:
    """Lay ``story`` out on ``spec`` pages and return the PDF; ``footer`` goes left of the page number."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=(spec.width, spec.height),
        leftMargin=spec.left,
        rightMargin=spec.right,
        topMargin=spec.top,
        bottomMargin=spec.bottom,
        title=title,
        author=AUTHOR,
        creator=AUTHOR,
        subject=subject,
        lang="zh-CN",
        # Otherwise every page declares an unembedded Helvetica that no text uses.
        initialFontName=font,
    )
    # No frame padding: margins are set per paper above, and on the roll every millimetre counts.
    frame = Frame(
        spec.left,
        spec.bottom,
        spec.frame_width,
        spec.height - spec.top - spec.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    decorate = partial(_decorate, on_page, spec) if on_page else _no_decoration
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    if spec.numbered:
        maker = partial(_NumberedCanvas, footer=footer, font=font, spec=spec)
        doc.build(list(story), canvasmaker=maker)
    else:
        doc.build(list(story))
    return buf.getvalue()


def _decorate(on_page: PageDecoration, spec: PageSpec, canvas: Canvas, doc: BaseDocTemplate) -> None:
    on_page(canvas, spec)


def _no_decoration(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Default page callback: nothing drawn besides the story."""


def render_roll_pdf(
    story: Sequence[Flowable],
    spec: PageSpec,
    *,
    font: str,
    title: str,
    subject: str = "",
    slack: float = 2 * mm,
    on_page: PageDecoration | None = None,
) -> bytes:
    """One page of ``spec``'s width cut to the height of ``story``, laid out in one pass.

    Each flowable is wrapped once; the page size is set from the sum, and the wrapped flowables are drawn as a
    frame would place them (no space before the first, the larger of two adjacent spaces between).  The
    height counts every space in full, plus ``slack``: a sliver of paper more, never a line cut off.
    """
    buf = io.BytesIO()
    canvas = _new_canvas(buf, spec, font=font, title=title, subject=subject)
    width = spec.frame_width
    placed: list[tuple[Flowable, float, float, float, float]] = []
    needed = 0.0
    for flowable in story:
        w, h = flowable.wrapOn(canvas, width, _UNBOUNDED)
        before, after = flowable.getSpaceBefore(), flowable.getSpaceAfter()
        placed.append((flowable, w, h, before, after))
        needed += h + before + after
    page = spec.with_height(needed + spec.top + spec.bottom + slack)
    canvas.setPageSize((page.width, page.height))
    if on_page:
        on_page(canvas, page)
    y = page.height - page.top
    previous_after = None
    for flowable, w, h, before, after in placed:
        y -= h if previous_after is None else h + max(before - previous_after, 0.0)
        flowable.drawOn(canvas, page.left, y, _sW=width - w)
        y -= after
        previous_after = after
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
