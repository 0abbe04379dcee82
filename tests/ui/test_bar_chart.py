"""The painted bar chart: empty, long labels, many bars — it paints, shows something, and keeps labels whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from counter_app.ui.widgets.bar_chart import BAR_COLOR, Bar, BarChart


def _chart(qtbot: QtBot, width: int = 520, height: int = 360) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    return chart


def _colours(chart: BarChart) -> set[int]:
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_empty_chart_shows_its_note(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_bars("各事项办件量", [], "本期无办件")
    assert not chart.has_data()
    colours = _colours(chart)
    assert len(colours) > 1  # the title and the note were drawn on the background
    assert QColor(BAR_COLOR).rgb() not in colours


def test_all_zero_bars_count_as_empty(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_bars("逐日办件量", [Bar(f"{d}日", 0) for d in range(1, 31)], "本期无办件")
    assert not chart.has_data()
    assert QColor(BAR_COLOR).rgb() not in _colours(chart)


def test_bars_are_drawn_and_tooltips_found(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_bars("各事项办件量", [Bar("居民身份证换领", 12), Bar("户口迁入", 3, "户口迁入：3 件")])
    assert QColor(BAR_COLOR).rgb() in _colours(chart)
    second = chart._row_rects[1].center()
    assert chart.bar_at(second) == Bar("户口迁入", 3, "户口迁入：3 件")
    assert chart.bar_at(QPoint(-5, -5)) is None


def test_long_labels_fit_whole_when_there_is_room(qtbot: QtBot) -> None:
    longest = "居民身份证异地受理（申领、换领、补领）"
    chart = _chart(qtbot, width=700)
    chart.set_bars("各事项办件量", [Bar(longest, 40), Bar("户口迁入", 1)])
    chart.grab()
    needed = QFontMetrics(chart.font()).horizontalAdvance(longest)
    assert chart.minimumSizeHint().width() >= min(needed, 320) + 120
    assert chart._label_width() == needed and needed <= 700 * 0.55  # so it is painted unelided


@pytest.mark.parametrize("label", ["很" * 80, "x" * 300])
def test_absurd_labels_still_paint(qtbot: QtBot, label: str) -> None:
    chart = _chart(qtbot, width=300, height=120)
    chart.set_bars("标题", [Bar(label, 7), Bar("短", 1_000_000)])
    assert QColor(BAR_COLOR).rgb() in _colours(chart)


def test_many_bars_ask_for_the_height_they_need(qtbot: QtBot) -> None:
    chart = _chart(qtbot, height=200)
    bars = [Bar(f"11/{d} 周{'一二三四五六日'[d % 7]}", d * 3) for d in range(1, 32)]
    chart.set_bars("逐日办件量", bars)
    row = QFontMetrics(chart.font()).height() + 2
    assert chart.minimumHeight() >= 31 * row
    chart.resize(520, chart.minimumHeight())
    assert QColor(BAR_COLOR).rgb() in _colours(chart)
    rects = chart._row_rects
    assert len(rects) == 31 and all(r.height() >= row for r in rects)
    assert rects[-1].bottom() <= chart.height()
