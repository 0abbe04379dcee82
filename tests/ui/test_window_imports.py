"""The modules imported in one go once the frame is painted are ones the filled window imports anyway, and they are
imported with Python's own import function, PySide's hook put back afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from counter_app.ui.window_imports import WINDOW_MODULES

# The filled window on a fresh database, as run_gui fills it (the pages built after the first paint included).
FILLED_WINDOW = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from counter_app.bootstrap import open_context
from counter_app.operations.context import Actor
from counter_app.ui.counter_devices import attach_devices
from counter_app.ui.main_window import MainWindow
from counter_app.workstation import WorkstationSettings
ctx = open_context(sys.argv[1], actor=Actor(clerk="li", workstation="w1", role="supervisor"))
window = MainWindow(ctx)
attach_devices(window, WorkstationSettings())
window.pages
window.monitor.stop()
print(json.dumps(sorted(sys.modules)))
"""

IMPORTED_IN_ONE_GO = r"""
import builtins, json, sys
import counter_app
import PySide6.QtWidgets
hooked = builtins.__import__
assert hooked is not counter_app.PLAIN_IMPORT, "PySide6 no longer replaces __import__: window_imports can go"
from counter_app.ui import window_imports
inside = []
with window_imports.plain_imports():
    inside.append(builtins.__import__ is counter_app.PLAIN_IMPORT)
before = set(sys.modules)
window_imports.import_window_modules()
print(json.dumps({"inside": inside, "restored": builtins.__import__ is hooked,
                  "modules": sorted(set(sys.modules) - before)}))
"""


def _run(code: str, *args: str) -> object:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_modules_imported_in_one_go_are_the_filled_windows_own(tmp_path: Path) -> None:
    window = set(_run(FILLED_WINDOW, f"sqlite:///{tmp_path / 'fresh.db'}"))  # type: ignore[arg-type]
    one_go = _run(IMPORTED_IN_ONE_GO)
    assert set(WINDOW_MODULES) <= window
    assert one_go["inside"] == [True] and one_go["restored"]  # type: ignore[index]
    # Importing them must not load what the window itself defers (reportlab, openpyxl, …).
    extra = set(one_go["modules"]) - window  # type: ignore[index]
    assert extra == set(), sorted(extra)
