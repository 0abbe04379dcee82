"""``counter-app --self-test``: prove that an installed or frozen copy can start, show its window and print.

Run by CI against the PyInstaller bundle and by support staff on a newly installed workstation.  It works in a
throw-away data folder on the demo database, so it never touches a station's real data, and it needs no display
(Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise).  One report line goes to stdout; on failure the
reason goes to stderr and the exit status is 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from counter_app.operations.context import AppContext

# A launcher (bench/bench_bundle.py) may set this to time.time() just before it starts the process, so the report
# can include interpreter start-up and, for the frozen app, the bootloader: the clerk's "double-click to window".
ENV_LAUNCHED_AT = "COUNTER_APP_LAUNCHED_AT"
# A windowed Windows executable has no stdout; the report then goes to this file (or %TEMP%) so CI can show it.
ENV_REPORT_FILE = "COUNTER_APP_SELF_TEST_REPORT"
REPORT_FILE_NAME = "counter-app-self-test.txt"
PDF_MAGIC = b"%PDF"


class SelfTestFailure(Exception):
    """A check that ran but gave the wrong answer (as opposed to an unexpected exception)."""


@dataclass
class SelfTestReport:
    """Timings in seconds, measured from the start of ``run_self_test`` unless named otherwise."""

    started: float = field(default_factory=time.perf_counter)
    phases: dict[str, float] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        begin = time.perf_counter()
        yield
        self.phases[name] = time.perf_counter() - begin

    def line(self) -> str:
        """``self-test ok key=value ...``: one line that people read and bench/bench_bundle.py parses."""
        parts = [f"{name}={seconds:.3f}s" for name, seconds in self.phases.items()]
        parts += [f"{name}={value}" for name, value in self.facts.items()]
        return "self-test ok " + " ".join(parts)


@contextmanager
def _temporary_environment() -> Iterator[Path]:
    """A fresh data folder and the offscreen platform for the duration of the test; the caller's env is restored."""
    saved = {key: os.environ.get(key) for key in ("COUNTER_APP_DATA", "COUNTER_APP_DB", "QT_QPA_PLATFORM")}
    folder = Path(tempfile.mkdtemp(prefix="counter-app-self-test-"))
    os.environ["COUNTER_APP_DATA"] = str(folder)
    os.environ.pop("COUNTER_APP_DB", None)  # the demo database, never a station's configured one
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield folder
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        # Windows may still hold the SQLite file for a moment; a leftover temp folder is harmless.
        shutil.rmtree(folder, ignore_errors=True)


def _check_window(report: SelfTestReport) -> tuple[AppContext, Callable[[], None]]:
    """Open the database, sign in, show the main window; returns the context and a clean-up closing both."""
    with report.phase("imports"):
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QApplication

        from counter_app import gui_thread_gc
        from counter_app.bootstrap import open_context
        from counter_app.demo.seed import DEMO_PASSWORD, demo_sign_in
        from counter_app.ui.app import choose_font
        from counter_app.ui.i18n import load_translation
        from counter_app.ui.main_window import MainWindow
        from counter_app.workstation import load_workstation

    with report.phase("data"):
        ctx = open_context(demo=True)
        ctx.actor = demo_sign_in(ctx)
    with report.phase("window"):
        settings = load_workstation()  # the defaults: the data folder is a fresh temporary one
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "counter-app"])
        gui_thread_gc.take_over()  # as the window does: the monitor's poll thread must not collect Qt objects
        if not load_translation(app, "zh_CN"):
            raise SelfTestFailure("the Simplified Chinese translation (counter_app_zh_CN.qm) is missing")
        choose_font(app)
        window = MainWindow(ctx, idle_minutes=settings.idle_lock_minutes, demo_password=DEMO_PASSWORD)
        window.resize(1280, 860)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise SelfTestFailure("the main window did not become visible")
    report.phases["to_window"] = time.perf_counter() - report.started
    launched_at = os.environ.get(ENV_LAUNCHED_AT)
    if launched_at:
        report.phases["launch_to_window"] = time.time() - float(launched_at)
    # Reported, not enforced: the offscreen platform may know fewer fonts than the clerk's desktop does.
    report.facts["qt_font"] = app.font().family().replace(" ", "_")
    report.facts["qt_cjk"] = "yes" if QFontMetrics(app.font()).inFontUcs4(ord("户")) else "no"
    report.facts["window_title"] = window.windowTitle().replace(" ", "_")
    report.facts["tabs"] = str(window.tabs.count())

    def close() -> None:
        window.close()
        window.deleteLater()
        app.processEvents()
        ctx.db.dispose()

    return ctx, close


def _check_receipt(report: SelfTestReport, ctx: AppContext) -> None:
    """Render the receipt of a demo card waiting on the shelf: fonts, barcode and reportlab all in one."""
    from counter_app.operations.cards.pickup_notices import unnotified
    from counter_app.operations.cards.receipts import print_receipt
    from printing.fonts import font_path_in_use

    with report.phase("receipt"):
        waiting = unnotified(ctx)
        if not waiting:
            raise SelfTestFailure("the demo database has no card to print a receipt for")
        pdf = print_receipt(ctx, waiting[0].acceptance_no)
    if not pdf.startswith(PDF_MAGIC):
        raise SelfTestFailure(f"the receipt is not a PDF (starts with {pdf[:8]!r})")
    report.facts["receipt_bytes"] = str(len(pdf))
    font = font_path_in_use()
    report.facts["pdf_font"] = font.name if font is not None else "none"


def _report_stream() -> tuple[TextIO, bool]:
    """stdout when there is one; otherwise (windowed Windows build) a file, which the caller must close."""
    target = os.environ.get(ENV_REPORT_FILE)
    if target:
        return open(target, "a", encoding="utf-8"), True  # noqa: SIM115 - closed by the caller
    if sys.stdout is not None:
        return sys.stdout, False
    return open(Path(tempfile.gettempdir()) / REPORT_FILE_NAME, "a", encoding="utf-8"), True  # noqa: SIM115


def run_self_test() -> int:
    """Start offscreen on a temporary demo database, show the main window, render a receipt PDF; 0 if all worked."""
    report = SelfTestReport()
    stream, owned = _report_stream()
    error_stream = sys.stderr if sys.stderr is not None else stream
    try:
        with _temporary_environment():
            ctx, close = _check_window(report)
            try:
                _check_receipt(report, ctx)
            finally:
                close()
        print(report.line(), file=stream, flush=True)
        return 0
    except SelfTestFailure as exc:
        print(f"self-test FAILED: {exc}", file=error_stream, flush=True)
        return 1
    except Exception:  # noqa: BLE001 - any crash is the answer the self-test exists to give
        print("self-test FAILED with an unexpected error:\n" + traceback.format_exc(), file=error_stream, flush=True)
        return 1
    finally:
        if owned:
            stream.close()
