"""Refresh docs/screenshots/: the window on a 1366×768 counter screen, in Chinese, on demo data.

    python docs/screenshots.py [--out docs/screenshots]

Every tab and dialog of the tour (counter_app/ui/tour.py, the same the screen-fit test walks), the printed notice
and receipt. It runs itself again in a process whose offscreen screen is 1366×768, on a demo database in a
temporary folder with the clock at Monday 2026-11-23 10:30, so the pictures change only when the window does.
The test run never writes here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)
NOW = datetime(2026, 11, 23, 10, 30)
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _relaunch(out: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        screen = {"name": "counter", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", COUNTER_APP_DATA=folder,
                   SCREENSHOTS_CHILD="1")
        if WQY.exists():  # the known good font, whatever else font discovery meets on this machine
            env.setdefault("COUNTER_APP_FONT", str(WQY))
        return subprocess.call([sys.executable, __file__, "--out", str(out)], cwd=ROOT, env=env)


def _save_pdf(pdf: bytes, path: Path) -> None:
    from counter_app.ui.dialogs.pdf_preview import render_pages

    assert render_pages(pdf, dpi=96)[0].save(str(path))


def _take(out: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from counter_app.bootstrap import open_context
    from counter_app.demo.seed import demo_sign_in, ensure_demo_data
    from counter_app.operations.cards.accept import accept_card
    from counter_app.operations.cards.receipts import print_receipt
    from counter_app.ui import tour
    from counter_app.ui.app import prepare_app
    from counter_app.ui.main_window import MainWindow

    prepare_app("zh_CN", 11)
    sys.excepthook = sys.__excepthook__  # an error ends the run instead of waiting in a message box
    ctx = open_context(f"sqlite:///{Path(os.environ['COUNTER_APP_DATA']) / 'demo.db'}")
    ctx.clock = lambda: NOW
    ensure_demo_data(ctx)
    ctx.actor = demo_sign_in(ctx)
    window = MainWindow(ctx, demo_password="demo1234")
    window.restore_layout("")
    window.show()
    tour.settle()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scene in tour.scenes(window):
        path = out / f"{scene.name}.png"
        assert scene.widget.grab().save(str(path)), path
        written.append(path)
    _save_pdf(tour.notice_pdf(window), out / "notice-a4.png")
    accepted = accept_card(ctx, service_id="id_card_renewal", name="王小明", id_number=tour.SAMPLE_ID,
                           phone="13800001234", reason="renewal", fee=20.0, pickup_method="counter", temp_card=False)
    _save_pdf(print_receipt(ctx, accepted.acceptance_no), out / "receipt-roll80.png")
    written += [out / "notice-a4.png", out / "receipt-roll80.png"]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("SCREENSHOTS_CHILD"):
        return _relaunch(args.out.resolve())
    for path in _take(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
