"""Python's cyclic garbage collector, run on the GUI thread only.

The interpreter collects in whichever thread happens to allocate when a generation's count passes its threshold:
a background print, the connection monitor's poll, the day's backup. A reference cycle that holds a Qt object — a
closed dialog whose slot refers to itself, a page's lambda — is then destroyed on that thread, and Qt objects must
be destroyed on the thread they live on: the test suite crashed this way inside a receipt built in the background
("Garbage-collecting" on the worker, a segmentation fault). So automatic collection is switched off and the GUI
thread collects instead, with the interpreter's own thresholds, whenever ``collect_if_due`` is called: the window
calls it from a timer, the test suite between tests. Reference counting still frees everything not in a cycle at
once, on whichever thread lets go of it; only cycles wait for the GUI thread.

No Qt here: the test suite takes over in every worker, also for the tests that start no window.
"""

from __future__ import annotations

import gc
import threading

_gui_thread: int | None = None


def take_over() -> None:
    """Switch automatic collection off; from now on the calling thread (the GUI thread) collects."""
    global _gui_thread
    _gui_thread = threading.get_ident()
    gc.disable()


def collect_if_due() -> int:
    """Collect the generations whose counts passed their thresholds, as the interpreter would have; the number of
    unreachable objects found. Does nothing off the GUI thread, or before ``take_over``."""
    if _gui_thread is None or threading.get_ident() != _gui_thread:
        return 0
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold0:
        return 0
    if count2 > threshold2 and count1 > threshold1:
        return gc.collect(2)
    if count1 > threshold1:
        return gc.collect(1)
    return gc.collect(0)


def is_taken_over() -> bool:
    return _gui_thread is not None
