"""``run_op``: the one door through which a page or dialog calls an operation (in the manner of Anki's CollectionOp).

    run_op(self, lambda: finish_case(ctx, case_id, "done"), on_done=lambda _: self.refresh())
    run_op(self, lambda: build_report(ctx, day), self.show_report, background=True, announces_change=False)

What it does, so that no page has to:

- **Off the GUI thread when it may take long** (``background=True``: argon2, a PDF, a report, a backup, a large
  import): the operation runs in a worker of one shared pool, one at a time and in order; ``on_done`` runs back on
  the GUI thread with the result. The operation itself must not touch widgets: read what it needs from them before,
  in the lambda's closure. Quick operations (one small transaction) run at once on the GUI thread, which keeps
  their callers and tests simple; the handling below is the same either way.
- **Refusals in one place**: a ``DomainError`` (or one of the ``expected`` exception types, e.g. ``OSError`` when
  saving a file the clerk chose) is shown by ``feedback.show_refusal`` with ``title``; ``on_refused`` may then tidy
  up (reload a stale row). With ``inline=True`` no box is shown: ``on_refused`` shows ``refusal_text(exc)`` itself
  (a scanner's result line, where a box would stop the pile). Anything else is logged with its traceback and the
  clerk sees a short apology (``feedback.report_unexpected``). ``on_done`` runs only after success;
  ``on_finished(run)`` after every outcome (to enable a button again that was disabled while it ran).
- **Announces changes**: after a successful operation with ``announces_change=True`` (the default: most operations
  write), ``op_events().changed`` is emitted with the initiating widget; the main window refreshes its badges and
  the visible page (unless that page started the operation and refreshes itself in ``on_done``). Reads pass
  ``announces_change=False``.

Listening in: ``op_events()`` also signals ``started``/``finished`` of every run and ``failed`` with the exception
of an unexpected error — the hook for a status indicator or an outage banner (a lost database connection arrives
there as a SQLAlchemy ``OperationalError``).

Tests wait for background runs with the ``wait_ops`` fixture (tests/ui/conftest.py), which waits until
``pending_count()`` is 0, or with ``qtbot.waitUntil(lambda: run.finished)``.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.domain.errors import DomainError
from counter_app.ui import feedback

T = TypeVar("T")


@dataclass(eq=False)
class OpRun(Generic[T]):
    """One call of ``run_op``: finished once its outcome is known; then ``result`` or ``error`` is set."""

    parent: QWidget | None
    title: str | None
    background: bool
    announces_change: bool
    finished: bool = False
    result: T | None = None
    error: BaseException | None = None
    refused: bool = False  # the error was a refusal shown to the clerk, not a bug
    inline: bool = False  # the caller shows refusals itself (on_refused), e.g. in a scanner's result line
    expected: tuple[type[BaseException], ...] = ()
    on_done: Callable[[T], Any] | None = field(default=None, repr=False)
    on_refused: Callable[[BaseException], Any] | None = field(default=None, repr=False)
    on_finished: Callable[[OpRun[T]], Any] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.finished and self.error is None


class OpEvents(QObject):
    """Application-wide news of operations (one instance, ``op_events()``)."""

    started = Signal(object)  # OpRun
    finished = Signal(object)  # OpRun, after its on_done / on_refused ran
    changed = Signal(object)  # the initiating widget (or None) of a successful operation that announces a change
    failed = Signal(object, object)  # OpRun, the unexpected exception (after it was logged and reported)


_events: OpEvents | None = None


def op_events() -> OpEvents:
    global _events
    if _events is None:
        _events = OpEvents()
    return _events


class _Relay(QObject):
    """One object on the GUI thread for the whole program: the worker emits a run's outcome by number and the
    queued connection delivers it on the GUI thread. The worker holds no reference to a run or its parent widget
    (a job is freed on the worker thread, and a widget whose last reference went with it would be destroyed on
    the wrong thread)."""

    outcome = Signal(int, object, object)  # run number, result, exception

    def __init__(self) -> None:
        super().__init__()
        self.outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: object, exc: object) -> None:
        run = _pending.pop(number)
        try:
            _finish(run, result, exc if isinstance(exc, BaseException) else None)
        finally:
            _update_cursor()
            _release_done_ops()


class _Job(QRunnable):
    def __init__(self, op: Callable[[], Any], number: int) -> None:
        super().__init__()
        self.op: Callable[[], Any] | None = op
        self.number = number

    def run(self) -> None:  # the worker thread: no widgets here
        op, self.op = self.op, None
        assert op is not None
        result: object = None
        error: BaseException | None = None
        try:
            result = op()
        except BaseException as exc:  # noqa: BLE001 - every outcome must reach the GUI thread
            error = exc
        # The operation (a closure over a page, often) goes back to the GUI thread to be let go of there.
        _done_ops.append(op)
        del op
        _relay().outcome.emit(self.number, result, error)


_pending: dict[int, OpRun[Any]] = {}  # the background runs whose outcome has not arrived, by number
_numbers = itertools.count(1)
_done_ops: deque[Callable[[], Any]] = deque()  # finished operations, released on the GUI thread
_the_relay: _Relay | None = None
_pool: QThreadPool | None = None
_cursor_shown = False


def _relay() -> _Relay:
    global _the_relay
    if _the_relay is None:  # created by run_op, so on the GUI thread, before any job can need it
        _the_relay = _Relay()
    return _the_relay


def _release_done_ops() -> None:
    """Let go of the finished operations here, on the GUI thread (deque.popleft is safe against the worker)."""
    while _done_ops:
        _done_ops.popleft()


def _thread_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        # One at a time: operations then apply in the order the clerk asked for them, as on the GUI thread.
        _pool.setMaxThreadCount(1)
    return _pool


def _update_cursor() -> None:
    global _cursor_shown
    busy = bool(_pending)
    if busy and not _cursor_shown:
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    elif not busy and _cursor_shown:
        QApplication.restoreOverrideCursor()
    _cursor_shown = busy


def pending_count() -> int:
    """Background runs whose outcome has not arrived yet."""
    return len(_pending)


def run_op(
    parent: QWidget | None,
    op: Callable[[], T],
    on_done: Callable[[T], Any] | None = None,
    *,
    background: bool = False,
    announces_change: bool = True,
    title: str | None = None,
    expected: tuple[type[BaseException], ...] = (),
    on_refused: Callable[[BaseException], Any] | None = None,
    inline: bool = False,
    on_finished: Callable[[OpRun[T]], Any] | None = None,
) -> OpRun[T]:
    """Run ``op`` (see the module docstring); returns its ``OpRun``, already finished unless ``background``."""
    run: OpRun[T] = OpRun(parent, title, background, announces_change, expected=expected, on_done=on_done,
                          on_refused=on_refused, inline=inline, on_finished=on_finished)
    op_events().started.emit(run)
    if not background:
        try:
            result = op()
        except Exception as exc:  # noqa: BLE001 - sorted into refusal or unexpected in _finish
            _finish(run, None, exc)
        else:
            _finish(run, result, None)
        return run
    number = next(_numbers)
    _relay()
    _pending[number] = run
    _update_cursor()
    _thread_pool().start(_Job(op, number))
    return run


def _finish(run: OpRun[Any], result: object, exc: BaseException | None) -> None:
    run.finished = True
    try:
        if exc is None:
            run.result = result
            if run.announces_change:
                op_events().changed.emit(run.parent)
            if run.on_done is not None:
                run.on_done(result)
            return
        run.error = exc
        if isinstance(exc, (DomainError, *run.expected)):
            run.refused = True
            if not run.inline:
                feedback.show_refusal(run.parent, refusal_text(exc), run.title)
            if run.on_refused is not None:
                run.on_refused(exc)
            return
        feedback.report_unexpected(exc, run.parent)
        op_events().failed.emit(run, exc)
    finally:
        try:
            if run.on_finished is not None:
                run.on_finished(run)
            op_events().finished.emit(run)
        finally:
            if exc is not None:
                _drop_tracebacks(exc)


def _drop_tracebacks(exc: BaseException) -> None:
    """Forget the tracebacks of ``exc`` and of the exceptions it was raised from, once its outcome was handled.

    ``run.error`` keeps the exception, and a traceback keeps its frames: ``run_op``'s own, whose ``run`` holds the
    exception again (a reference cycle), and through each frame's ``f_back`` every caller up the stack — a slot,
    a dialog's method, and the widgets in their locals. A top-level widget owned by Python (a wizard, a dialog
    without a parent) would then be destroyed not when its last owner lets go but whenever the cyclic garbage
    collector next runs: possibly inside an application event filter written in Python (the main window's
    scanner and idle lock) while Qt is delivering an event to that very widget, which Qt then hands on to the
    next filter after its C++ side was freed — a segmentation fault. The traceback is not needed any more:
    an unexpected error was logged with it in ``feedback.report_unexpected`` before this runs."""
    pending, seen = [exc], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def refusal_text(exc: BaseException) -> str:
    """The clerk's words for a refusal (for a page that shows it inline)."""
    if isinstance(exc, OSError):
        return QCoreApplication.translate("OperationRunner", "The file {file} cannot be used: {reason}").format(
            file=exc.filename or "", reason=exc.strerror or str(exc))
    message = getattr(exc, "message", None)  # DomainError and the like carry the text meant for the clerk
    return message if isinstance(message, str) else str(exc)

