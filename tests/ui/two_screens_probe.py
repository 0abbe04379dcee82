"""Run as a script under the offscreen platform with two virtual screens (tests/ui/test_applicant_screen.py):
the counter's window on one, the applicant's screen on the other; prints what each showed, as JSON.

A separate process because the platform's screens are fixed when the QApplication starts.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(data_dir: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from counter_app.bootstrap import open_context
    from counter_app.ui.counter_devices import attach_devices
    from counter_app.ui.main_window import MainWindow
    from counter_app.workstation import WorkstationSettings

    app = QApplication([])
    ctx = open_context(f"sqlite:///{data_dir}/t.db")
    ctx.clock = lambda: datetime(2026, 11, 23, 10, 30)
    window = MainWindow(ctx)
    counter = next(s for s in app.screens() if s.name() == "counter")
    window.setGeometry(counter.availableGeometry().adjusted(20, 20, -20, -20))
    window.show()
    attach_devices(window, WorkstationSettings())
    app.processEvents()
    shown = window.applicant_screen
    out: dict[str, object] = {"window_screen": window.screen().name(), "applicant_screen": shown.screen().name(),
                              "applicant_geometry": list(shown.geometry().getRect()), "full_screen":
                              shown.isFullScreen(), "idle_face": shown.faces.currentIndex(),
                              "station": shown.station_name.text()}
    guide = window.guide
    guide.select_service("id_card_renewal")
    guide.name.setText("张晓红")
    guide.id_number.setText("11010519491231002X")
    app.processEvents()
    out["case_face"] = shown.faces.currentIndex()
    out["service"] = shown.service.text()
    out["identity"] = shown.identity.text()
    out["missing_before"] = shown.missing.text()
    first = guide.checklist.applicable[0]
    out["first_material"] = first.name
    out["ticked_before"] = "✔" in shown.materials.text()
    guide.materials.set_brought(first.id, True)  # the clerk ticks the first material
    out["materials"] = shown.materials.text()
    out["missing_after"] = shown.missing.text()
    window.idle_lock.lock_now()
    out["locked_face"] = shown.faces.currentIndex()
    window.idle_lock._unlock()
    out["unlocked_face"] = shown.faces.currentIndex()
    guide.end_serving()
    out["after_face"] = shown.faces.currentIndex()
    guide.select_service("birth_registration")  # the next applicant, the last one's name still typed in
    out["next_identity"] = shown.identity.text()
    out["next_service"] = shown.service.text()
    window.close()
    ctx.db.dispose()
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1]), ensure_ascii=False))
