"""The Chinese UI translation is complete, compiled from the committed .ts, and actually used."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "counter_app_zh_CN.ts"
QM = ROOT / "resources" / "translations" / "counter_app_zh_CN.qm"


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")


def test_ts_has_no_unfinished_entries() -> None:
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
    assert "<translation />" not in text


def test_committed_qm_matches_ts(tmp_path: Path) -> None:
    tool = _lrelease()
    if not tool:
        pytest.skip("pyside6-lrelease not available")
    out = tmp_path / "check.qm"
    subprocess.run([tool, str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see counter_app/ui/i18n.py) and commit the .qm"


def test_main_window_is_in_chinese(qtbot: QtBot, ui_ctx: object) -> None:
    from counter_app.ui.i18n import load_translation
    from counter_app.ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    assert load_translation(app, "zh_CN")
    window = MainWindow(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.windowTitle() == "户籍窗口助手"
    # Looked up by page, not by position: the tab order is the UI's business, the wording is this test's.
    titles = {
        window.guide: "服务指南",
        window.lookup: "领证查询",
        window.arrivals: "到证与通知",
        window.history: "告知记录",
        window.same_day: "当日办",
        window.appointments: "预约",
        window.follow_ups: "待办",
        window.routine: "开窗/闭窗",
        window.report: "工作日报",
    }
    for page, title in titles.items():
        assert window.tabs.tabText(window.tabs.indexOf(page)) == title
    assert window.guide.search.placeholderText() == "输入名称、拼音或首字母，如 csdj"
