"""An unexpected error is logged with its traceback; the clerk sees only a short message naming the log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counter_app.ui import feedback


def test_excepthook_logs_and_shows_short_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    from counter_app.ui import app as ui_app

    recorder = feedback.RecordingPresenter()
    previous = feedback.set_presenter(recorder)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            ui_app.excepthook(*sys.exc_info())
    finally:
        feedback.set_presenter(previous)
    log = tmp_path / "logs" / "counter-app.log"
    assert "RuntimeError: boom in a slot" in log.read_text(encoding="utf-8")
    assert len(recorder.apologies) == 1
    assert str(log) in recorder.apologies[0]
    assert "Traceback" not in recorder.apologies[0]


def test_a_refused_printout_is_explained_not_logged_as_a_crash(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from counter_app.ui.app import excepthook
    from printing.errors import MissingGlyphs

    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    recorder = feedback.RecordingPresenter()
    previous = feedback.set_presenter(recorder)
    error = MissingGlyphs("打印字体中没有这些字符的字形：𠮷")
    try:
        excepthook(MissingGlyphs, error, None)
    finally:
        feedback.set_presenter(previous)
    assert recorder.refusals == [str(error)] and recorder.apologies == []
