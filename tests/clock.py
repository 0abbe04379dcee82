"""A settable clock for tests: assign ``clock.now`` to move time; no test ever reads the wall clock."""

from __future__ import annotations

from datetime import datetime


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
