"""The longest tests start first, spread over the xdist workers, so that the workers finish together.

xdist's worksteal scheduler gives each of the W workers one contiguous share of the collected tests (the first
n // W to one, then an even split of the rest) and later moves tests from the end of a busy worker's share to an
idle one. A long test near the end of a share therefore runs last, alone, while the other workers wait: the
suite's long tail. So each share starts with its part of the tests marked ``long_running`` — dealt out longest
first, one to each share in turn — and then continues in collection order; the short tests at the ends of the
shares are what worksteal moves around.

``@pytest.mark.long_running(seconds)``: about how long the test runs alone on an idle two-core machine. It only
orders the run; nothing is timed or asserted with it.
"""

from __future__ import annotations

import os

import pytest

MARKER = "long_running"


def _seconds(item: pytest.Item) -> float:
    marker = item.get_closest_marker(MARKER)
    return float(marker.args[0]) if marker is not None and marker.args else 0.0


def _share_sizes(count: int, workers: int) -> list[int]:
    """The sizes of the shares worksteal hands out first (xdist's ``check_schedule``)."""
    sizes = []
    left = count
    for remaining in range(workers, 0, -1):
        sizes.append(left // remaining)
        left -= sizes[-1]
    return sizes


def long_tests_first(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """``items`` reordered: each worker's share begins with its part of the long tests, longest first."""
    long = sorted((item for item in items if _seconds(item) > 0), key=_seconds, reverse=True)
    if not long:
        return items
    workers = max(1, workers)
    dealt: list[list[pytest.Item]] = [long[k::workers] for k in range(workers)]
    chosen = set(map(id, long))
    rest = iter([item for item in items if id(item) not in chosen])
    ordered: list[pytest.Item] = []
    for size, own in zip(_share_sizes(len(items), workers), dealt, strict=True):
        ordered += own
        ordered += [next(rest) for _ in range(max(0, size - len(own)))]
    ordered += list(rest)  # (more long tests than a share holds: the shares just grow)
    return ordered


def worker_count(config: pytest.Config) -> int:
    """How many xdist workers share the run (1 without xdist); every worker must compute the same order."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        return int(workerinput["workercount"])
    return int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
