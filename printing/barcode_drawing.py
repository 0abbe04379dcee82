"""Code 128 barcodes drawn as vector rectangles.

A bitmap barcode is resampled by the printer driver and its bars drift by a pixel; filled rectangles stay
exact at any resolution.  python-barcode only computes the module pattern here; it draws nothing.
"""

from __future__ import annotations

import barcode
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

__all__ = ["Code128", "bar_runs", "code128_modules"]

# 0.30–0.33 mm modules decode reliably from 200 dpi printers upward; the quiet zone of 10 modules each side is
# the Code 128 minimum (ISO/IEC 15417).
MODULE_WIDTH = 0.33 * mm
MIN_MODULE_WIDTH = 0.30 * mm
QUIET_MODULES = 10


def code128_modules(data: str) -> str:
    """The module pattern of ``data`` as a string of "0" (space) and "1" (bar), stop pattern included."""
    if not data or not data.isascii():
        raise ValueError(f"Code 128 needs non-empty ASCII data, got {data!r}")
    return barcode.get("code128", data).build()[0]


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(first module, length) of each bar: adjacent "1"s become one rectangle, so no hairline seams appear."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = i
        elif bit != "1" and start is not None:
            runs.append((start, i - start))
            start = None
    return runs


class Code128(Flowable):
    """A centred Code 128 barcode with its quiet zones; the human-readable number is a separate paragraph.

    When the space is too narrow for the nominal module, the module shrinks down to 0.30 mm; below that the
    flowable reports its true width and the layout engine complains instead of printing an unreadable code.
    """

    def __init__(self, data: str, bar_height: float = 10 * mm, module_width: float = MODULE_WIDTH) -> None:
        super().__init__()
        self.data = data
        self.bar_height = bar_height
        self.modules = code128_modules(data)
        self._runs = bar_runs(self.modules)
        self._nominal = module_width
        self.module_width = module_width
        self.hAlign = "CENTER"

    @property
    def total_modules(self) -> int:
        """Bars and spaces plus both quiet zones."""
        return len(self.modules) + 2 * QUIET_MODULES

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fitting = avail_width / self.total_modules
        self.module_width = max(MIN_MODULE_WIDTH, min(self._nominal, fitting))
        self.width = self.total_modules * self.module_width
        self.height = self.bar_height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        module = self.module_width
        canvas.saveState()
        canvas.setFillGray(0)
        for start, length in self._runs:
            canvas.rect(
                (QUIET_MODULES + start) * module, 0, length * module, self.bar_height, stroke=0, fill=1
            )
        canvas.restoreState()
