"""Starting the desktop application: translation, a font with Chinese glyphs, the error hook, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app import paths
from counter_app.operations.context import AppContext
from counter_app.ui.i18n import load_translation

log = logging.getLogger(__name__)

WQY_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
_PREFERRED_FAMILIES = (
    "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"
)


def log_file() -> Path:
    return paths.log_dir() / "counter-app.log"


def choose_font(app: QApplication) -> None:
    """Use a family that has Chinese glyphs; on Linux load WenQuanYi Micro Hei from its file if present."""
    configured = paths.configured_font()
    if configured is not None and configured.exists():
        font_id = QFontDatabase.addApplicationFont(str(configured))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if loaded:
            font = QFont(loaded[0])
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            return
    families = set(QFontDatabase.families())
    if "Microsoft YaHei" not in families and WQY_FONT.exists():
        font_id = QFontDatabase.addApplicationFont(str(WQY_FONT))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    for family in _PREFERRED_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            return


def _write_log(text: str) -> Path:
    path = log_file()
    with path.open("a", encoding="utf-8") as fh:
        fh.write(text.rstrip() + "\n")
    return path


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback to the log file and tell the clerk briefly where it went; never show the traceback."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error:\n%s", text)
    try:
        path = _write_log(text)
    except OSError:
        path = log_file()
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QApplication.translate("ErrorHook", "Counter Assistant"),
            QApplication.translate(
                "ErrorHook", "An unexpected error occurred; it was recorded in the log: {path}"
            ).format(path=path),
        )


IDLE_LOCK_MINUTES = 5  # issue default; becomes a workstation setting with the settings page


def run_gui(ctx: AppContext, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Counter Assistant")
    load_translation(app, "zh_CN")
    choose_font(app)
    sys.excepthook = excepthook

    from counter_app.ui.main_window import MainWindow

    if demo:
        from counter_app.operations.demo import demo_sign_in

        actor = demo_sign_in(ctx)  # a newcomer clicks through without an account; the lock password is shown
    else:
        from counter_app.ui.login_dialog import sign_in

        actor = sign_in(ctx)
    if actor is None:
        return 0
    ctx.actor = actor
    demo_password = None
    if demo:
        from counter_app.operations.demo import DEMO_PASSWORD as demo_password
    window = MainWindow(ctx, idle_minutes=IDLE_LOCK_MINUTES, demo_password=demo_password)
    window.resize(1280, 860)
    window.show()
    return app.exec()
