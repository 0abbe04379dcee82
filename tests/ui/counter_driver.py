"""A second counter in its own process, doing what the test asks on the shared database (one command a line).

    python -m tests.ui.counter_driver DATABASE_URL

Commands (answers: ``ok [value]`` or ``error message``):
    accept NAME SEQ          accept an ID-card renewal and bring the card to the counter; prints its number
    hand_out NUMBER          hand the card out (old card collected)
    tick ID                  tick a follow-up
    book SLOT NAME PHONE     book a place
    case NAME                open a same-day case (a kinship certificate)
    late_tick ID             start ticking a follow-up whose commit waits (its id is taken now) ...
    late_commit              ... and commit it now, after changes committed meanwhile
"""

from __future__ import annotations

import sys
import threading

from counter_app.bootstrap import open_context
from counter_app.operations.appointments.booking import book
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.context import Actor
from counter_app.operations.day.service_cases import start_case
from counter_app.operations.follow_ups.notebook import tick
from tests.operations.contexts import arrived_card


def main(url: str) -> None:
    ctx = open_context(url, actor=Actor(clerk="窗口2的同事", workstation="窗口2", role="clerk"))
    late: dict[str, threading.Event | threading.Thread] = {}

    def late_tick(follow_up_id: int, flushed: threading.Event, release: threading.Event) -> None:
        from counter_app.store.models import FollowUp

        with ctx.db.write() as session:
            row = session.get(FollowUp, follow_up_id)
            row.done_at, row.done_by, row.done_note = ctx.now(), ctx.actor.clerk, "晚提交"
            ctx.audit(session, "follow_up.tick", str(follow_up_id), kind=row.kind)
            session.flush()  # the audit id is taken here ...
            flushed.set()
            release.wait(30)  # ... and the commit comes after the test's other change

    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        command, args = words[0], words[1:]
        try:
            result = ""
            if command == "accept":
                result = arrived_card(ctx, args[0], int(args[1]))
            elif command == "hand_out":
                hand_out(ctx, args[0], proxy=None, old_card_collected=True, temp_card_returned=False)
            elif command == "tick":
                tick(ctx, int(args[0]))
            elif command == "book":
                result = str(book(ctx, int(args[0]), args[1], args[2], "cert_kinship").id)
            elif command == "case":
                service = ctx.catalog.get("cert_kinship")
                start_case(ctx, service_id=service.id, service_name=service.name, applicant_name=args[0])
            elif command == "late_tick":
                flushed, release = threading.Event(), threading.Event()
                worker = threading.Thread(target=late_tick, args=(int(args[0]), flushed, release))
                worker.start()
                flushed.wait(30)
                late.update(release=release, worker=worker)
            elif command == "late_commit":
                late["release"].set()  # type: ignore[union-attr]
                late["worker"].join(30)  # type: ignore[union-attr]
            print(f"ok {result}".strip(), flush=True)
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
            print(f"error {type(exc).__name__}: {exc}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
