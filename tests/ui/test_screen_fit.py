"""A counter PC's screen: 1366×768 and 1280×720, each less a 40-pixel taskbar. The window opens maximised, and on
every tab and in every dialog (the tour of counter_app/ui/tour.py) each enabled button lies on the screen, whole;
in the service guide the missing-items line and Print / Accept / Next applicant stay in sight for every service.

Each size runs in a process of its own (tests/ui/screen_fit_probe.py): Qt's offscreen screen gets its size from a
configuration file when the application starts, and the test session's application is already running."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_every_tab_and_dialog_fits_a_small_screen(width: int, height: int, tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "counter", "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", COUNTER_APP_DATA=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "tests.ui.screen_fit_probe"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [width, height - TASKBAR]
    assert report["maximized"]
    # The tour reached every tab (the audit log too: the demo user is a supervisor) and the dialogs.
    assert {"main-guide", "main-audit-log", "notice-preview", "settings", "settings-2", "pickup", "booking", "accept",
            "quick-guide", "wizard-welcome", "wizard-finish"} <= set(report["scenes"])
    assert report["problems"] == {}
