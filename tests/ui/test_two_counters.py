"""Two counters, two processes, one PostgreSQL database: what one does shows on the other's matching page in 5 s.

The promise rests on the window's real poll interval (3 s), which the test checks; it then polls every 0.2 s, so
that its seven waits wait for the page to follow, not for the next tick of the clock (≈ 20 s of waiting at the real
interval). The other counter is ``tests.ui.counter_driver`` in its own process. The late commit: a tick whose
audit id is taken before a later change commits, and which commits after that change was seen, must still show
(each counter appends to its own audit chain, so neither waits for the other and ids do not follow commit order).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.appointments.booking import create_slot
from counter_app.operations.context import Actor
from counter_app.operations.follow_ups.notebook import add_follow_up
from tests.databases import fresh_pg_database
from tests.operations.contexts import arrived_card

ROOT = Path(__file__).resolve().parents[2]
VISIBLE_WITHIN_MS = 5_000
TEST_POLL_MS = 200


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_pg_database()


class OtherCounter:
    def __init__(self, url: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen([sys.executable, "-m", "tests.ui.counter_driver", url], cwd=ROOT, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def do(self, *words: object) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(" ".join(map(str, words)) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer.startswith("ok"), answer
        return answer[3:]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(20)


def test_changes_at_another_counter_show_on_the_matching_page(qtbot: QtBot, pg_url, capsys) -> None:
    from counter_app.ui.main_window import MainWindow

    setup = open_context(pg_url)
    waiting = arrived_card(setup, "张三丰", 1)
    chase = add_follow_up(setup, "call_back", "回电 王先生", dt.date.today() + dt.timedelta(days=1))
    late = add_follow_up(setup, "call_back", "回电 李女士", dt.date.today() + dt.timedelta(days=1))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    slot = create_slot(setup, tomorrow, dt.time(9, 0), dt.time(9, 30), 3)
    setup.db.dispose()

    ctx = open_context(pg_url, actor=Actor(clerk="李警官", workstation="窗口1", role="clerk"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.monitor.poll_timer.interval() < VISIBLE_WITHIN_MS  # the real interval keeps the promise ...
    window.monitor.poll_timer.setInterval(TEST_POLL_MS)  # ... and the test need not wait for it
    window.show()
    qtbot.waitUntil(lambda: window.monitor.marker is not None, timeout=5000)
    other = OtherCounter(pg_url)
    took: dict[str, float] = {}

    def shows(name: str, condition: Callable[[], bool]) -> None:
        started = time.monotonic()
        qtbot.waitUntil(condition, timeout=VISIBLE_WITHIN_MS)
        took[name] = time.monotonic() - started

    def lookup_states() -> dict[str, CardState]:
        model = window.lookup.model
        return {model.row_at(i).acceptance_no: model.row_at(i).state for i in range(model.rowCount())}

    try:
        window.show_lookup()
        window.lookup.search.setText("张")
        window.lookup.run_search()
        window.lookup.select_row(0)
        assert list(lookup_states()) == [waiting]

        accepted = other.do("accept", "张无忌", 2)
        shows("accept", lambda: accepted in lookup_states())
        other.do("hand_out", waiting)
        shows("hand-out", lambda: window.lookup.detail.row.state is CardState.COLLECTED
              and not window.lookup.hand_out_button.isEnabled() and lookup_states()[waiting] is CardState.COLLECTED)

        window.tabs.setCurrentWidget(window.follow_ups)
        other.do("tick", chase)
        shows("tick", lambda: [r.id for r in window.follow_ups.rows] == [late])

        window.tabs.setCurrentWidget(window.appointments)
        window.appointments.day_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        assert not window.appointments.bookings
        other.do("book", slot.id, "李娜", "13812345678")
        shows("book", lambda: [b.slot_id for b in window.appointments.bookings] == [slot.id])

        window.tabs.setCurrentWidget(window.same_day)
        before = len(window.same_day.board)
        other.do("case", "赵敏")
        shows("same-day case", lambda: len(window.same_day.board) == before + 1)

        window.tabs.setCurrentWidget(window.follow_ups)
        other.do("late_tick", late)  # its audit id is taken now, its commit waits ...
        third = add_follow_up(ctx, "call_back", "回电 周先生", dt.date.today() + dt.timedelta(days=1))
        shows("change after the late one", lambda: third in [r.id for r in window.follow_ups.rows])
        window.monitor.poll()
        qtbot.waitUntil(lambda: not window.monitor.busy, timeout=5000)  # the marker now holds the later change
        other.do("late_commit")  # ... and lands under a lower id than one already seen
        shows("late commit", lambda: late not in [r.id for r in window.follow_ups.rows])
    finally:
        other.close()
        ctx.db.dispose()
    with capsys.disabled():
        print("\nvisible at the other counter after (s): " + ", ".join(f"{k} {v:.1f}" for k, v in took.items()))
