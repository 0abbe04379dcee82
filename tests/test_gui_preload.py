"""The modules imported before PySide6 are ones the window needs anyway, and none of them needs Qt."""

from __future__ import annotations

import json
import subprocess
import sys

from counter_app.cli.gui_preload import WINDOW_MODULES

PROBE = r"""
import json, sys
import counter_app.ui.app, counter_app.ui.main_window, counter_app.bootstrap  # what every start imports
print(json.dumps(sorted(sys.modules)))
"""

PRELOAD_ALONE = r"""
import json, sys
from counter_app.cli.gui_preload import preload
preload()
print(json.dumps(sorted(sys.modules)))
"""


def _modules(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_preloaded_modules_are_the_windows_own_and_qt_free():
    window = _modules(PROBE)
    preloaded = _modules(PRELOAD_ALONE)
    assert set(WINDOW_MODULES) <= window
    assert not any(name.split(".")[0] == "PySide6" for name in preloaded)
    # Preloading must not load what the window itself defers (reportlab, openpyxl, …).
    extra = {name for name in preloaded - window if not name.startswith("counter_app.cli")}
    assert extra == set(), sorted(extra)
