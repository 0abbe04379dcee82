"""Helpers shared by the UI page tests: a page shown at a fixed size, a clerk on a set clock, Chinese on screen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.operations.context import Actor
from tests.clock import Clock

Page = TypeVar("Page", bound=QWidget)
QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "counter_app_zh_CN.qm"


def show_page(qtbot: QtBot, page: Page, refresh: bool = True) -> Page:
    """Show ``page`` at the size of the main window's tab area, loaded unless ``refresh`` is False."""
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    if refresh:
        page.refresh()
    return page


def clerk_on_clock(ui_ctx, now: datetime) -> Clock:
    """Act as 李警官 at 窗口1 with the time set to ``now``; the returned clock moves it."""
    ui_ctx.actor = Actor(clerk="李警官", workstation="窗口1")
    ui_ctx.clock = Clock(now)
    return ui_ctx.clock


def in_chinese(request: pytest.FixtureRequest) -> None:
    """Install the Chinese translation for the rest of this test (screenshots show what a clerk sees)."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    request.addfinalizer(lambda: app.removeTranslator(translator))
