"""Cycles are collected on the GUI thread only (counter_app/gui_thread_gc.py; the suite's main thread took over in
tests/conftest.py), so a Qt object in a cycle is never destroyed by a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from counter_app import gui_thread_gc


class _Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cyclic collector frees it


def _allocate(count: int) -> None:
    kept = [[n] for n in range(count)]  # container objects: they count towards a collection
    del kept


def test_the_suite_runs_with_the_main_thread_collecting() -> None:
    assert gui_thread_gc.is_taken_over() and not gc.isenabled()


def test_a_worker_allocating_leaves_a_cycle_with_a_qt_object_to_the_main_thread(qapp) -> None:
    destroyed_on: list[str] = []
    gc.collect()
    cyclic = _Cyclic()
    cyclic.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name))
    alive = weakref.ref(cyclic)
    del cyclic
    worker = threading.Thread(target=_allocate, args=(200_000,), name="worker")  # many collections' worth
    worker.start()
    worker.join()
    assert alive() is not None and destroyed_on == []  # automatic collection would have freed it on the worker
    gc.collect()  # the main thread's turn (whatever generation the cycle reached)
    assert alive() is None and destroyed_on == [threading.main_thread().name]


def test_off_the_gui_thread_nothing_is_collected() -> None:
    found: list[int] = []
    kept = [[n] for n in range(5_000)]  # alive: the count stays past the threshold
    worker = threading.Thread(target=lambda: found.append(gui_thread_gc.collect_if_due()))
    worker.start()
    worker.join()
    assert found == [0] and gc.get_count()[0] > gc.get_threshold()[0]
    gui_thread_gc.collect_if_due()
    assert gc.get_count()[0] <= gc.get_threshold()[0]
    del kept
