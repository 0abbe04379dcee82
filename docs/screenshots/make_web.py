"""Refresh the web page's screenshots (docs/screenshots/web-*.png) from the browser tests.

    .venv/bin/python docs/screenshots/make_web.py

Runs tests/web/test_web_browser.py (headless Chromium against uvicorn) with COUNTER_APP_WEB_SCREENSHOTS pointing
here, so the pictures are exactly what the tests saw, on the phone-sized (390×844) and the desktop window.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

if __name__ == "__main__":
    env = dict(os.environ, COUNTER_APP_WEB_SCREENSHOTS=str(HERE))
    test = ROOT / "tests" / "web" / "test_web_browser.py"
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", str(test)], cwd=ROOT, env=env))
