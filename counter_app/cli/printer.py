"""Printing from the command line through the OS print queue (support staff's path), as the window prints.

The same Qt print path as the window (CUPS on Linux, the Windows spooler on Windows), on Qt's offscreen platform
where no display is needed; ``--printer`` omitted means this workstation's printer for the document.
"""

from __future__ import annotations

import os
import sys

# Chinese lines for the spooler's answers, as the window's Printing texts say them in its Chinese UI.
_PROBLEMS = {
    "no_default": "本机没有设置打印机",
    "missing": "打印机「{name}」未安装",
    "stopped": "打印机「{name}」已脱机或暂停",
}


def _qt_application() -> object:
    """The Qt application the print support needs; offscreen unless a platform was chosen (no display is needed).

    A QApplication rather than a QGuiApplication: the print module's dialogs live beside it, and a process that
    goes on to show widgets (the tests do) cannot replace a QGuiApplication later.
    """
    if sys.platform != "win32":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "counter-app"])


def print_through_queue(pdf: bytes, kind: str, printer: str | None, title: str) -> int:
    """Send ``pdf`` to ``printer`` (None = the workstation's for ``kind``); exit code 0 printed, 1 not printed."""
    app = _qt_application()
    from counter_app.devices.printers import DocumentKind, target_for
    from counter_app.ui.printing_service import PrinterState, printer_state, send_pdf

    name = target_for(DocumentKind(kind)).printer if printer is None else printer
    state = printer_state(name)
    if state is not PrinterState.READY:
        print(_PROBLEMS[state.value].format(name=name) + "，没有打印；可改用 -o OUT.pdf 保存为 PDF", file=sys.stderr)
        return 1
    try:
        used = send_pdf(pdf, name, title)
    except (OSError, ValueError) as exc:
        print(f"打印机「{name or '默认'}」拒绝了打印任务：{exc}", file=sys.stderr)
        return 1
    del app
    print(f"{title} → 打印机 {used}")
    return 0


def paper_for(kind: str) -> str:
    """This workstation's paper for ``kind`` ("receipt": roll80/a5; sheets: A4/A5)."""
    from counter_app.devices.printers import DocumentKind, target_for

    return target_for(DocumentKind(kind)).paper
