"""run_op: refusals shown once, bugs logged with an apology, background work delivered on the GUI thread, changes
announced so that the main window refreshes the page on screen."""

from __future__ import annotations

import datetime as dt
import gc
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.errors import DomainError
from counter_app.operations.follow_ups.notebook import add_follow_up
from counter_app.ui import feedback
from counter_app.ui.operation_runner import op_events, pending_count, run_op


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _refuse() -> None:
    raise DomainError("closed", "今日已闭窗，不能再受理")


def test_a_refusal_is_shown_once_and_on_done_does_not_run(parent: QWidget, shown) -> None:
    done: list[object] = []
    tidied: list[str] = []
    run = run_op(parent, _refuse, done.append, title="受理", on_refused=lambda exc: tidied.append(exc.reason))
    assert run.finished and run.refused and not run.ok
    assert shown.refusals == ["今日已闭窗，不能再受理"] and done == [] and tidied == ["closed"]


def test_an_inline_refusal_is_left_to_the_caller(parent: QWidget, shown) -> None:
    lines: list[str] = []
    run_op(parent, _refuse, inline=True, on_refused=lambda exc: lines.append(str(exc)))
    assert lines == ["今日已闭窗，不能再受理"] and shown.refusals == []


def test_a_file_error_is_a_refusal_when_expected(parent: QWidget, shown, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "report.pdf"
    run = run_op(parent, lambda: missing.write_bytes(b"x"), expected=(OSError,))
    assert run.refused and len(shown.refusals) == 1 and str(missing) in shown.refusals[0]


def test_an_unexpected_error_is_logged_and_apologised_for(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    recorder = feedback.RecordingPresenter()
    previous = feedback.set_presenter(recorder)
    failures: list[BaseException] = []

    def failed(_run: object, exc: BaseException) -> None:
        failures.append(exc)

    op_events().failed.connect(failed)
    try:
        run = run_op(parent, lambda: 1 / 0)
    finally:
        feedback.set_presenter(previous)
        op_events().failed.disconnect(failed)
    assert not run.ok and not run.refused and isinstance(run.error, ZeroDivisionError)
    assert failures == [run.error] and recorder.refusals == [] and len(recorder.apologies) == 1
    assert "ZeroDivisionError" in (tmp_path / "logs" / "counter-app.log").read_text(encoding="utf-8")


def test_background_work_runs_off_the_gui_thread_and_returns_on_it(parent: QWidget, shown, wait_ops) -> None:
    gui = threading.get_ident()
    worker: list[int] = []
    delivered: list[tuple[int, int]] = []

    def work() -> int:
        worker.append(threading.get_ident())
        return 42

    run = run_op(parent, work, lambda value: delivered.append((value, threading.get_ident())), background=True)
    assert not run.finished or pending_count() == 0
    wait_ops()
    assert run.ok and run.result == 42
    assert worker and worker[0] != gui and delivered == [(42, gui)]


def test_a_background_refusal_is_shown_on_the_gui_thread(parent: QWidget, shown, wait_ops) -> None:
    run = run_op(parent, _refuse, background=True)
    wait_ops()
    assert run.refused and shown.refusals == ["今日已闭窗，不能再受理"]


def test_changes_are_announced_and_reads_are_not(parent: QWidget, shown) -> None:
    announced: list[object] = []

    def changed(initiator: object) -> None:
        announced.append(initiator)

    op_events().changed.connect(changed)
    try:
        run_op(parent, lambda: None)
        run_op(parent, lambda: None, announces_change=False)
        run_op(parent, _refuse)
    finally:
        op_events().changed.disconnect(changed)
    assert announced == [parent]


def test_the_main_window_refreshes_the_visible_page_after_a_change_elsewhere(qtbot: QtBot, ui_ctx, shown) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.follow_ups)
    # A dialog of another page (here: the guide) writes; the to-do page on screen shows it at once, no poll needed.
    run_op(window.guide, lambda: add_follow_up(ui_ctx, "call_back", "回电 王先生", dt.date(2026, 11, 24)))
    assert [r.title for r in window.follow_ups.rows] == ["回电 王先生"]
    assert "1" in window.todo_badge.text()


class _Form(QWidget):
    """A window of its own (no parent, so Python owns it) whose method runs an operation."""

    def save(self, op: object) -> bool:
        return run_op(self, op).refused  # type: ignore[arg-type]


def _refuse_from_a_cause() -> None:
    try:
        {}["missing"]
    except KeyError as exc:
        raise DomainError("closed", "今日已闭窗，不能再受理") from exc


@pytest.mark.parametrize("op", [_refuse, _refuse_from_a_cause])
def test_a_refusal_does_not_keep_the_callers_window_alive(op, shown) -> None:
    # The refusal's traceback held run_op's frame (whose OpRun holds the refusal: a reference cycle) and, through
    # f_back, the caller's frames with this window in them; the window was then destroyed by a later garbage
    # collection, once inside a Python event filter while Qt delivered an event to it (a segfault in the suite).
    gc.collect()
    was = gc.isenabled()
    gc.disable()  # a collection in between would hide the cycle
    try:
        form = _Form()
        form.show()
        assert form.save(op)
        gone = weakref.ref(form)
        del form
        assert gone() is None, "the window is kept alive by a reference cycle"
    finally:
        (gc.enable if was else gc.disable)()
    assert len(shown.refusals) == 1


def _reading(widget: QWidget) -> object:
    return lambda: widget.objectName()


def test_a_background_operations_widgets_are_let_go_of_on_the_gui_thread(qtbot: QtBot, shown, wait_ops) -> None:
    # A job is freed on the worker thread; had it kept the operation (a closure over a window, here the only
    # reference left to it) or the run with its parent, the window's C++ side would be destroyed there.
    from counter_app.ui.operation_runner import _thread_pool

    destroyed_in: list[bool] = []
    gui_thread = threading.get_ident()
    form = _Form()
    form.destroyed.connect(lambda: destroyed_in.append(threading.get_ident() == gui_thread),
                           Qt.ConnectionType.DirectConnection)
    run = run_op(None, _reading(form), background=True, announces_change=False)
    del form  # the operation's closure holds the window now
    assert _thread_pool().waitForDone(10_000)  # the worker finished and freed its job, nothing delivered yet
    assert destroyed_in == []
    wait_ops()
    gc.collect()
    assert run.finished and destroyed_in == [True]
