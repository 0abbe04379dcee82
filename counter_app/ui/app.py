"""Starting the desktop application: translation, a font with Chinese glyphs, the error hook, the main window.

The window is shown first, as a frame saying the database is being opened; the storage layer is imported, the
database opened, the clerk signed in (the login over the window) and the pages built after its first paint
(``_fill``). Nothing above the frame imports SQLAlchemy: the clerk sees the window in about the time a bare Qt
window takes, and the rest fills it in.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counter_app import gui_thread_gc, paths
from counter_app.ui.feedback import confirm, report_unexpected, show_refusal
from counter_app.ui.first_paint import after_first_paint
from counter_app.ui.i18n import load_translation
from counter_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from counter_app.operations.context import Actor, AppContext
    from counter_app.workstation import WorkstationSettings

log = logging.getLogger(__name__)
# After the filled window's first paint: by then the pages left for after it are built (one per turn of the loop).
WARM_UP_AFTER_MS = 1000
GC_CHECK_MS = 500  # how often the GUI thread looks whether a collection is due

WQY_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
_PREFERRED_FAMILIES = (
    "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"
)


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


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception no one caught (a bug in a slot): logged with its traceback, the clerk told where, briefly."""
    report_unexpected(exc.with_traceback(tb))


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


def _open(db_url: str | None, demo: bool, parent: QWidget | None = None) -> tuple[AppContext | None, Actor | None]:
    """Open the database and sign in: the demo signs itself in; a new workstation runs the first-run wizard."""
    from counter_app.bootstrap import open_context

    if demo:
        from counter_app.demo.seed import demo_sign_in

        ctx = open_context(db_url, demo=True)
        return ctx, demo_sign_in(ctx)  # a newcomer clicks through; the lock password is in the status bar
    from counter_app.operations.admin import database_access as access
    from counter_app.ui.dialogs.login_dialog import sign_in
    from counter_app.ui.dialogs.server_wait_dialog import wait_for_server
    from counter_app.workstation import load_workstation

    url = access.database_url(db_url)
    if not wait_for_server(url, parent):
        return None, None
    username = ""  # the supervisor the wizard just created is offered at the login, not asked for again
    if not load_workstation().first_run_done:
        from counter_app.ui.wizard.first_run_wizard import run_first_run

        users = access.count_users(url)
        opened = None
        if users == 0:
            opened = run_first_run(parent, database_url=db_url)
            if opened is None:
                return None, None
        elif db_url and _is_server(db_url) and _offer_to_keep(db_url, parent):
            opened = run_first_run(parent, database_url=db_url, join=True)
            if opened is None:
                return None, None
        ctx, username = opened if opened is not None else (open_context(url, daily_backup=False), "")
    else:
        ctx = open_context(url, daily_backup=False)  # the window starts it once filled in (_fill)
    if isinstance(parent, MainWindow):  # the frame behind the login says what it waits for
        parent.show_starting(QApplication.translate("Startup", "Sign in to continue"))
    return ctx, sign_in(ctx, parent, username=username)


def _is_server(url: str) -> bool:
    from counter_app.operations.admin.database_access import is_server_url

    return is_server_url(url)


def _offer_to_keep(db_url: str, parent: QWidget | None) -> bool:
    """A new computer started with ``--db URL`` of a station's server: join it for good, or use it this once."""
    from counter_app.operations.admin.database_access import display_url

    where = display_url(db_url)
    return confirm(parent, QApplication.translate(
        "Startup",
        "This computer is not set up yet. Use {where} at this counter from now on?\n\n"
        "Yes: set up this counter for that station (its name and printers).\nNo: use it only this time.",
    ).format(where=where), QApplication.translate("Startup", "Counter Assistant"))


def _collect_from_now_on(window: MainWindow) -> None:
    """The command line paused the garbage collector for the start (cli/main.py). What the start made lives as long
    as the program, so it is frozen: the collections of the day, and the one at exit, no longer walk it. From now
    on only the GUI thread collects (counter_app/gui_thread_gc.py: Qt objects in a cycle must not be destroyed on
    a worker), checked twice a second."""
    gc.freeze()
    gui_thread_gc.take_over()
    timer = QTimer(window)
    timer.timeout.connect(gui_thread_gc.collect_if_due)
    timer.start(GC_CHECK_MS)


def _report(what: str, since: float) -> None:
    """--exit-when-shown: how long the start took, for support staff and the benchmarks."""
    print(f"window {what} in {(time.perf_counter() - since) * 1000:.0f} ms", flush=True)


def _report_and_quit(since: float) -> None:
    _report("ready", since)
    QTimer.singleShot(0, QApplication.quit)


def run_gui(db_url: str | None = None, demo: bool = False, exit_when_shown_since: float | None = None) -> int:
    """The window: shown at once, filled in after its first paint. --exit-when-shown prints "window shown in N ms"
    at the first paint and "window ready in N ms" when the filled window paints, then quits."""
    from counter_app.workstation import load_workstation

    settings = load_workstation()
    app = prepare_app(settings.language, settings.font_size)
    window = MainWindow()
    window.restore_layout(settings.window_geometry)

    def shown() -> None:
        if exit_when_shown_since is not None:
            _report("shown", exit_when_shown_since)
        QTimer.singleShot(0, lambda: _fill(window, settings, db_url, demo, exit_when_shown_since))

    after_first_paint(window, shown)
    window.show()
    return app.exec()


def _fill(window: MainWindow, settings: WorkstationSettings, db_url: str | None, demo: bool,
          exit_when_shown_since: float | None) -> None:
    """After the frame's first paint: open the database, sign in and fill the window; or quit, saying why."""
    try:
        opened = _open_for(window, db_url, demo)
        if opened is None:
            return
        ctx, actor = opened
        ctx.actor = actor
        from counter_app.ui.counter_devices import attach_devices

        window.attach(ctx, idle_minutes=settings.idle_lock_minutes, demo_password=_demo_password() if demo else None)
        attach_devices(window, settings)
        if not demo:
            from counter_app.bootstrap import start_daily_backup

            start_daily_backup(ctx)
    except Exception as exc:  # noqa: BLE001 - the clerk is told, briefly; a bug's traceback goes to the log
        _tell_why_not(window, exc)
        QApplication.exit(1)
        return
    after_first_paint(window, lambda: _collect_from_now_on(window))
    after_first_paint(window, lambda: QTimer.singleShot(WARM_UP_AFTER_MS, window, _start_warm_up))
    if exit_when_shown_since is not None:
        after_first_paint(window, lambda: _report_and_quit(exit_when_shown_since))
    window.update()  # the filled window paints (the filters above wait for that paint)


def _start_warm_up() -> None:
    """The day's first receipt and pinyin search, loaded ahead on a thread (operations/warm_up.py). A daemon: it
    only loads, and a window closed meanwhile need not wait for it."""
    from counter_app.operations.warm_up import warm_up

    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()


def _demo_password() -> str:
    from counter_app.demo.seed import DEMO_PASSWORD  # the status bar shows it: a newcomer can try the lock

    return DEMO_PASSWORD


def _tell_why_not(window: MainWindow, exc: Exception) -> None:
    from counter_app.operations.admin.database_access import SchemaOutdated, is_connection_lost

    if isinstance(exc, SchemaOutdated):  # a counters' role never migrates: the owner must run `db upgrade` first
        show_refusal(window, exc.message)
        return
    if not is_connection_lost(exc):
        report_unexpected(exc, window)
        return
    log.warning("database unreachable at start: %s", exc)
    said = str(getattr(exc, "orig", None) or exc).strip()  # the driver's words, without SQLAlchemy's wrapping
    why = said.splitlines()[0] if said else type(exc).__name__
    show_refusal(window, QApplication.translate(
        "Startup", "The database cannot be opened: {why}\n\nTry again in a moment, or call the administrator.",
    ).format(why=why))


def _open_for(window: MainWindow, db_url: str | None, demo: bool) -> tuple[AppContext, Actor] | None:
    """``_open`` with the window as the parent of its dialogs; None once the clerk cancelled (the application is
    told to quit with 0). What goes wrong raises, for ``_fill`` to say."""
    from counter_app.ui.window_imports import import_window_modules

    import_window_modules()
    ctx, actor = _open(db_url, demo, parent=window)
    if ctx is None or actor is None:
        QApplication.exit(0)
        return None
    return ctx, actor
