"""The applicant's screen: on the second of two virtual screens, mirroring the guide, masked, blank when locked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

PROBE = Path(__file__).with_name("two_screens_probe.py")
SCREENS = {"screens": [
    {"name": "applicant", "x": 1366, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1.0},
    {"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1.0},
]}


def test_two_screens_the_applicant_sees_their_case_masked(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "COUNTER_APP_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, str(PROBE), str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["window_screen"] == "counter" and seen["applicant_screen"] == "applicant"
    assert seen["applicant_geometry"] == [1366, 0, 1280, 800] and seen["full_screen"]
    assert seen["idle_face"] == 0 and seen["station"]  # between applicants: the station
    assert seen["case_face"] == 1 and seen["service"] == "居民身份证换领"
    assert "张*红" in seen["identity"] and "11010519491231002X" not in seen["identity"]
    assert "原居民身份证" in seen["missing_before"] and not seen["ticked_before"]
    assert "✔</td><td>原居民身份证" in seen["materials"]  # ticked as the clerk ticked it
    assert "原居民身份证" not in seen["missing_after"]
    assert seen["locked_face"] == 2 and seen["unlocked_face"] == 1
    assert seen["after_face"] == 0  # served: back to the station
    assert seen["next_service"] == "出生登记" and seen["next_identity"] == ""  # nothing of the last applicant


def test_one_screen_no_applicant_screen_unless_chosen(qtbot: QtBot, ui_ctx, monkeypatch) -> None:
    from PySide6.QtGui import QGuiApplication

    from counter_app.ui import counter_devices
    from counter_app.ui.counter_devices import attach_applicant_screen
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    assert attach_applicant_screen(window, "") is None  # one screen: it is the clerk's
    assert attach_applicant_screen(window, "off") is None
    only = QGuiApplication.screens()[0]
    assert counter_devices.choose_screen("no such screen", window.screen()) is None
    # The default offscreen screen has no name to choose it by; stand in for the Settings choice.
    monkeypatch.setattr(counter_devices, "choose_screen", lambda setting, _counter: only if setting == "it" else None)
    shown = attach_applicant_screen(window, "it")  # chosen in Settings: shown even on the only screen
    assert shown is not None and shown.faces.currentIndex() == 0
    window.guide.select_service("birth_registration")
    assert shown.faces.currentIndex() == 1 and shown.service.text() == "出生登记"
    again = attach_applicant_screen(window, "it")  # settings saved again: one screen, not two
    assert again is not shown and window.applicant_screen is again
    shown.deleteLater()
    again.close()
