"""Draw docs/screenshots/two-screens.png: the counter's window and the applicant's screen side by side.

    .venv/bin/python docs/make_two_screens.py

Runs the program on Qt's offscreen platform with two virtual screens (the clerk's 1366×768, the applicant's
1280×800), in Chinese, on a throw-away database: the guide serving an applicant with one material ticked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots" / "two-screens.png"
SCREENS = {"screens": [
    {"name": "applicant", "x": 1366, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1.0},
    {"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1.0},
]}


def draw(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from counter_app.bootstrap import open_context
    from counter_app.ui.app import prepare_app
    from counter_app.ui.counter_devices import attach_devices
    from counter_app.ui.main_window import MainWindow
    from counter_app.workstation import WorkstationSettings

    app = prepare_app("zh_CN", 11)
    ctx = open_context(f"sqlite:///{data_dir}/demo.db")
    ctx.clock = lambda: datetime(2026, 11, 23, 10, 30)
    window = MainWindow(ctx)
    counter = next(s for s in app.screens() if s.name() == "counter")
    window.setGeometry(counter.geometry())
    window.show()
    attach_devices(window, WorkstationSettings())
    guide = window.guide
    guide.select_service("id_card_renewal")
    guide.name.setText("张晓红")
    guide.id_number.setText("11010519491231002X")
    guide.materials.set_brought(guide.checklist.applicable[0].id, True)
    for _ in range(5):
        app.processEvents()
    left, right = window.grab().toImage(), window.applicant_screen.grab().toImage()
    gap = 40
    canvas = QImage(left.width() + gap + right.width(), max(left.height(), right.height()),
                    QImage.Format.Format_RGB32)
    canvas.fill(QColor("#303030"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, left)
    painter.drawImage(left.width() + gap, 0, right)
    painter.end()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    canvas.scaledToWidth(1800, Qt.TransformationMode.SmoothTransformation).save(str(OUT))
    print(f"{OUT} ({canvas.width()}×{canvas.height()} before scaling)")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        draw(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screens.json"
            config.write_text(json.dumps(SCREENS), encoding="utf-8")
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "COUNTER_APP_DATA": tmp}
            sys.exit(subprocess.run([sys.executable, __file__, tmp], env=env).returncode)
