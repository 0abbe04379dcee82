"""An unexpected error is logged with its traceback; the clerk sees only a short message naming the log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot


def test_excepthook_logs_and_shows_short_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    from counter_app.ui import app as ui_app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text)))
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        ui_app.excepthook(*sys.exc_info())
    log = tmp_path / "logs" / "counter-app.log"
    assert "RuntimeError: boom in a slot" in log.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert str(log) in shown[0]
    assert "Traceback" not in shown[0]


def test_a_refused_printout_is_explained_not_logged_as_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.ui.app import excepthook
    from printing.errors import MissingGlyphs

    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *_a: shown.append("crash")))
    error = MissingGlyphs("打印字体中没有这些字符的字形：𠮷")
    excepthook(MissingGlyphs, error, None)
    assert shown == [str(error)]
