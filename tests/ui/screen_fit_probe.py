"""Run by test_screen_fit.py in a process of its own, whose offscreen screen has the given size: the demo window
opened as at start-up, every tab and dialog of the tour, and every service in the guide; prints what does not fit
as JSON (a separate process because a QApplication's screens are fixed when it starts)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main(data_dir: str, font_size: int) -> dict[str, object]:
    os.environ["COUNTER_APP_DATA"] = data_dir
    from counter_app.ui.app import prepare_app

    app = prepare_app("zh_CN", font_size)  # as a counter starts: Chinese, the workstation's font size
    sys.excepthook = sys.__excepthook__  # an error ends the run instead of waiting in a message box
    from counter_app.bootstrap import open_context
    from counter_app.demo.seed import demo_sign_in
    from counter_app.ui import tour
    from counter_app.ui.main_window import MainWindow

    ctx = open_context(f"sqlite:///{Path(data_dir) / 'demo.db'}", demo=True)
    ctx.actor = demo_sign_in(ctx)  # the demo supervisor: every tab, the audit log included
    window = MainWindow(ctx)
    window.restore_layout("")  # a new workstation: no size kept yet
    window.show()
    tour.settle()
    screen = app.primaryScreen().availableGeometry()
    problems: dict[str, list[str]] = {}
    scenes = []
    for scene in tour.scenes(window):
        scenes.append(scene.name)
        found = tour.buttons_out_of_sight(scene.widget)
        outside = tour.window_out_of_sight(scene.widget)
        if outside:
            found.insert(0, outside)
        if found:
            problems[scene.name] = found
    guide = window.guide
    window.tabs.setCurrentWidget(guide)
    for service in ctx.catalog.ordered():  # the longest checklist must not push the actions off either
        guide.select_service(service.id)
        tour.settle()
        bar = [guide.summary, guide.print_button, guide.accept_button, guide.next_button]
        cut = [w.text() for w in bar if not screen.contains(tour.global_rect(w))
               or not tour.global_rect(guide.action_bar).contains(tour.global_rect(w))]
        if cut:
            problems[f"guide:{service.id}"] = cut
    return {"screen": [screen.width(), screen.height()], "maximized": window.isMaximized(),
            "scenes": scenes, "problems": problems}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(main(folder, int(sys.argv[1]) if len(sys.argv) > 1 else 11), ensure_ascii=False))
