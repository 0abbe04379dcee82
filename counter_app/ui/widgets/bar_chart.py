"""A horizontal bar chart painted with QPainter (PySide6-Essentials has no QtCharts).

One row per bar: the label on the left (right-aligned, measured so it is never clipped), the bar, and its value
at the bar's end. Rows shrink to the font's height when there are many and never grow past twice that, so a
day with three services does not show three slabs. When even the smallest rows do not fit, the widget asks for
the height it needs (put it in a QScrollArea).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# The same blue as the printed report's chart (printing/report.py BAR_COLOR), so screen and paper match.
BAR_COLOR = QColor(64, 115, 179)
GRID_COLOR = QColor("#d0d0d0")
EMPTY_COLOR = QColor("#808080")
MARGIN = 8
GAP = 6  # between label and bar, and between bar and value
# A label wider than this share of the chart is elided (full text in the tooltip) so bars keep some room.
MAX_LABEL_SHARE = 0.55


class Bar(NamedTuple):
    label: str
    value: int
    tooltip: str = ""


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.bars: list[Bar] = []
        self._row_rects: list[QRect] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setMouseTracking(True)

    # -- data --------------------------------------------------------------------------------------------------
    def set_bars(self, title: str, bars: Sequence[Bar], empty_text: str = "") -> None:
        """Show ``bars`` top to bottom; ``empty_text`` replaces them when every value is zero."""
        self.title = title
        self.bars = list(bars)
        self.empty_text = empty_text
        self.setMinimumHeight(self._needed_height())
        self.updateGeometry()
        self.update()

    def has_data(self) -> bool:
        return any(bar.value for bar in self.bars)

    # -- geometry ----------------------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 2

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + GAP if self.title else 0

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _needed_height(self) -> int:
        rows = len(self.bars) if self.has_data() else 2
        return 2 * MARGIN + self._title_height() + rows * self._row_height()

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)

    def sizeHint(self) -> QSize:
        return QSize(480, max(self._needed_height(), 240))

    def minimumSizeHint(self) -> QSize:
        # Room for full labels of ordinary length plus a short bar and its value.
        metrics = QFontMetrics(self.font())
        value_width = metrics.horizontalAdvance("00000")
        return QSize(min(self._label_width(), 320) + value_width + 120, self._needed_height())

    # -- painting ----------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        area = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self._row_rects = []
        if self.title:
            painter.setFont(self._title_font())
            painter.setPen(self.palette().text().color())
            title_rect = QRect(area.left(), area.top(), area.width(), self._title_height() - GAP)
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, self.title)
            area.setTop(area.top() + self._title_height())
        painter.setFont(self.font())
        if not self.has_data():
            painter.setPen(EMPTY_COLOR)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        metrics = QFontMetrics(self.font())
        top_value = max(bar.value for bar in self.bars)
        value_width = metrics.horizontalAdvance(str(top_value))
        label_width = min(self._label_width(), int(area.width() * MAX_LABEL_SHARE))
        bar_left = area.left() + label_width + GAP
        bar_span = max(1, area.right() - bar_left - GAP - value_width)
        row = max(self._row_height(), min(2 * self._row_height(), area.height() // len(self.bars)))
        thickness = max(4, int(row * 0.68))
        painter.setPen(GRID_COLOR)
        painter.drawLine(bar_left, area.top(), bar_left, area.top() + row * len(self.bars))
        for index, bar in enumerate(self.bars):
            y = area.top() + index * row
            row_rect = QRect(area.left(), y, area.width(), row)
            self._row_rects.append(row_rect)
            label = bar.label
            if metrics.horizontalAdvance(label) > label_width:  # elidedText may shorten an exact fit too
                label = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, label_width)
            painter.setPen(self.palette().text().color())
            label_rect = QRect(area.left(), y, label_width, row)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            length = round(bar_span * bar.value / top_value)
            if length:
                bar_rect = QRect(bar_left, y + (row - thickness) // 2, length, thickness)
                painter.fillRect(bar_rect, BAR_COLOR)
            painter.setPen(self.palette().text().color())
            value_rect = QRect(bar_left + length + GAP, y, value_width + GAP, row)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(bar.value))

    # -- tooltips ----------------------------------------------------------------------------------------------
    def bar_at(self, point: QPoint) -> Bar | None:
        """The bar whose row is under ``point`` (after the last paint), for the tooltip."""
        for rect, bar in zip(self._row_rects, self.bars, strict=False):
            if rect.contains(point):
                return bar
        return None

    def event(self, event) -> bool:  # noqa: ANN001 - any QEvent
        if isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is not None:
                QToolTip.showText(event.globalPos(), bar.tooltip or f"{bar.label}: {bar.value}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
