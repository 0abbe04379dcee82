"""Four counters on one PostgreSQL database for a few seconds (the short form of bench/bench_counters.py).

Only the invariants are asserted — no acceptance number twice, no card handed out twice, no slot overbooked,
no error the clerk could not act on — never a speed: timings belong to the bench.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bench.bench_counters import SLOT_CAPACITY, run_bench

SLOTS = 5  # 15 places for about a hundred booking attempts: the slots fill up while the counters race


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # skipped without a server, unless CI is set
def test_four_counters_never_do_anything_twice(db_url: str) -> None:
    report = run_bench(db_url, processes=4, seconds=5, records=1500, slots=SLOTS, seed=3)

    assert report.unexpected == []
    assert {name: count for name, count in report.violations.items() if count} == {}
    outcomes = Counter((op, outcome) for log in report.logs for op, _, outcome in log.samples)
    for op in ("lookup", "accept", "pickup"):
        assert outcomes[op, "ok"] > 0, f"no successful {op}"
    if not report.bookings_skipped:
        assert 0 < outcomes["book", "ok"] <= SLOTS * SLOT_CAPACITY
