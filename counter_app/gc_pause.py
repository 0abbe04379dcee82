"""Pausing Python's cyclic garbage collector around work that makes many objects and no reference cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection in the block; the collector's previous state comes back after it.

    Allocating many container objects (rows, tuples, records) triggers collection after collection, and each
    collection of the oldest generation walks every object the program holds. Reference counting still frees
    everything that is not in a cycle; the few cycles made meanwhile wait for the next collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
