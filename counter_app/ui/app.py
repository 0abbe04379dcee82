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
from counter_app.operations.context import Actor, AppContext
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


def prepare_app(language: str, font_size: int) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Counter Assistant")
    # English too: its .qm holds the English plural forms of the %n texts. Read at start-up, so a language chosen
    # in the settings applies at the next start (no reinstall).
    load_translation(app, language)
    choose_font(app)
    font = app.font()
    font.setPointSize(font_size)
    app.setFont(font)
    sys.excepthook = excepthook
    return app


def _open(db_url: str | None, demo: bool) -> tuple[AppContext | None, Actor | None]:
    """Open the database and sign in: the demo signs itself in; a new workstation runs the first-run wizard."""
    from counter_app.bootstrap import open_context

    if demo:
        from counter_app.demo.seed import demo_sign_in

        ctx = open_context(db_url, demo=True)
        return ctx, demo_sign_in(ctx)  # a newcomer clicks through; the lock password is in the status bar
    from counter_app.store.database import resolve_url
    from counter_app.store.server_probe import count_users
    from counter_app.ui.dialogs.login_dialog import sign_in
    from counter_app.workstation import load_workstation

    url = resolve_url(db_url)
    if not load_workstation().first_run_done and count_users(url) == 0:
        from counter_app.ui.wizard.first_run_wizard import run_first_run

        opened = run_first_run()
        if opened is None:
            return None, None
        ctx = opened
    else:
        ctx = open_context(url)
    return ctx, sign_in(ctx)


def run_gui(db_url: str | None = None, demo: bool = False) -> int:
    from counter_app.demo.seed import DEMO_PASSWORD
    from counter_app.ui.main_window import MainWindow
    from counter_app.workstation import load_workstation

    settings = load_workstation()
    app = prepare_app(settings.language, settings.font_size)
    ctx, actor = _open(db_url, demo)
    if ctx is None or actor is None:
        return 0
    ctx.actor = actor
    window = MainWindow(ctx, idle_minutes=settings.idle_lock_minutes,
                        demo_password=DEMO_PASSWORD if demo else None)
    window.restore_layout(settings.window_geometry)
    window.show()
    return app.exec()
