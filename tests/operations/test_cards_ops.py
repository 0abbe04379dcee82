"""Card operations on real SQLite and PostgreSQL: acceptance, lookup, transitions, arrivals, hand-out."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import func, select

from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.admin.station import save_station
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.arrivals import (
    ALREADY_ARRIVED,
    DUPLICATE,
    INVALID,
    MATCHED,
    NAME_MISMATCH,
    UNKNOWN,
    import_arrivals,
)
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.lookup import card_detail, lookup
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.context import Actor
from counter_app.store.models import AuditEntry, CardCase, CaseEvent, FollowUp, ImportBatch
from tests.id_numbers import make_id

NOW = datetime(2026, 11, 23, 10, 30)



def _ctx(db_url, clerk="李警官", workstation="窗口1"):
    ctx = open_context(db_url, actor=Actor(clerk=clerk, workstation=workstation))
    ctx.clock = lambda: NOW
    return ctx


def _as_supervisor(ctx):
    """Station settings are supervisor-only; the same context (database, clock) acting as a supervisor."""
    return replace(ctx, actor=replace(ctx.actor, role="supervisor"))


def _accept(ctx, name="张三丰", seq=1, phone="13812345678", **kw):
    args = dict(service_id="id_card_renewal", name=name, id_number=make_id(seq), phone=phone, reason="renewal",
                fee="20", pickup_method="counter")
    args.update(kw)
    return accept_card(ctx, **args)


def _to_arrived(ctx, acceptance_no):
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        summary = move_card(ctx, acceptance_no, state)
    return summary


def test_acceptance_numbers_unique_and_sequential_under_concurrency(db_url):
    ctx = _ctx(db_url)
    got: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(k: int) -> None:
        try:
            for i in range(3):
                summary = _accept(ctx, name="王芳", seq=k * 10 + i, phone=None)
                with lock:
                    got.append(summary.acceptance_no)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(got) == [f"11010500120261123{n:05d}" for n in range(1, 19)]
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CardCase)) == 18
        assert session.scalar(select(func.count()).select_from(CaseEvent)) == 18
    page = lookup(ctx, "王芳", limit=10)
    assert len(page.rows) == 10 and page.truncated
    ctx.db.dispose()


def test_a_failed_acceptance_never_reuses_a_number(db_url, monkeypatch):
    """A database failure after PostgreSQL took the number ahead leaves a gap in the day's numbers, never a
    duplicate; SQLite takes the number inside the acceptance's transaction, so nothing is skipped there."""
    from counter_app.operations.cards import accept

    ctx = _ctx(db_url)
    assert _accept(ctx, seq=1).acceptance_no.endswith("00001")

    def failing(*args, **kwargs):
        raise RuntimeError("the database went away mid-acceptance")

    with monkeypatch.context() as patch:
        patch.setattr(accept, "insert_new_case", failing)
        with pytest.raises(RuntimeError):
            _accept(ctx, seq=2)
    third = _accept(ctx, seq=3).acceptance_no
    assert third.endswith("00002" if ctx.db.is_sqlite else "00003")
    with ctx.db.read() as session:
        numbers = list(session.scalars(select(CardCase.acceptance_no)))
    assert len(numbers) == len(set(numbers)) == 2
    ctx.db.dispose()


def test_lookup_finds_card_by_every_query_form(db_url):
    ctx = _ctx(db_url)
    card = _accept(ctx)
    other = _accept(ctx, name="李四", seq=2, phone="13900001111")
    assert card.state is CardState.ACCEPTED and card.promised_date > NOW.date()
    id_number = make_id(1)
    queries = [id_number, id_number[-4:], id_number[-6:], card.acceptance_no, "13812345678", "5678",
               "张三丰", "三丰", "丰", "张", "zsf", "ZS", "zhangsanfeng", "zhang", " 5 6 7 8 "]
    for query in queries:
        result = lookup(ctx, query)
        assert [r.acceptance_no for r in result.rows] == [card.acceptance_no], query
    row = lookup(ctx, "三丰").rows[0]
    assert row.id_masked == "110105********" + id_number[-4:]
    assert row.state_label == "已受理" and row.answer == "已受理 · 第1天/限29天"
    assert lookup(ctx, "李").rows[0].acceptance_no == other.acceptance_no
    assert lookup(ctx, "王").rows == [] and lookup(ctx, "").rows == []
    both = lookup(ctx, "110105", limit=1)  # not a suffix of either ID: nothing
    assert both.rows == []
    detail = card_detail(ctx, card.acceptance_no)
    assert detail.day_text == "第1天/限29天" and detail.timeline[0].to_state is CardState.ACCEPTED
    with ctx.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    # Searches by more digits than a list shows are audited apart: they count against the clerk's limit.
    assert actions.count("card.lookup") + actions.count("card.lookup_number") == len(queries) + 5
    assert actions.count("card.lookup_number") == 4 and "card.open" in actions  # incl. "110105"
    ctx.db.dispose()


def test_illegal_transitions_are_refused_and_arrival_gets_a_place(db_url):
    ctx = _ctx(db_url)
    card = _accept(ctx)
    with pytest.raises(CardError, match="证件尚未发出，不能登记到达"):
        move_card(ctx, card.acceptance_no, CardState.ARRIVED)
    with pytest.raises(CardError, match="证件尚未到达，不能领取"):
        hand_out(ctx, card.acceptance_no, proxy=None, old_card_collected=True, temp_card_returned=False)
    arrived = _to_arrived(ctx, card.acceptance_no)
    assert arrived.state is CardState.ARRIVED and arrived.storage_place == "A-001"
    second = _to_arrived(ctx, _accept(ctx, name="李四", seq=2).acceptance_no)
    assert second.storage_place == "A-002"
    with pytest.raises(CardError, match="收回旧证"):
        hand_out(ctx, card.acceptance_no, proxy=None, old_card_collected=False, temp_card_returned=False)
    done = hand_out(ctx, card.acceptance_no, proxy={"name": "张小明", "id_number": make_id(3), "relation": "子"},
                    old_card_collected=True, temp_card_returned=False)
    assert done.state is CardState.COLLECTED and done.storage_place is None
    assert lookup(ctx, "张三丰").rows[0].answer == "已领取"
    third = _to_arrived(ctx, _accept(ctx, name="王五", seq=4).acceptance_no)
    assert third.storage_place == "A-001"  # the freed place is reused first
    assert [e.to_state for e in card_detail(ctx, card.acceptance_no).timeline][-1] is CardState.COLLECTED
    ctx.db.dispose()


def _manifest(*rows: tuple[str, str, str]) -> bytes:
    lines = ["Acceptance No,ID Number,Name"] + [",".join(r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_import_dry_run_writes_nothing_and_commit_is_all_or_nothing(db_url):
    ctx = _ctx(db_url)
    cards = [_accept(ctx, name=n, seq=i) for i, n in enumerate(["张三", "李四", "王五", "赵六"], start=1)]
    for c in cards:
        move_card(ctx, c.acceptance_no, CardState.IN_PRODUCTION)
        move_card(ctx, c.acceptance_no, CardState.DISPATCHED)
    _to_arrived(ctx, _accept(ctx, name="钱七", seq=9).acceptance_no)
    early = lookup(ctx, "钱七").rows[0]
    data = _manifest(
        (cards[0].acceptance_no, make_id(1), "张三"),
        (cards[1].acceptance_no, make_id(2), "李四"),
        (cards[1].acceptance_no, make_id(2), "李四"),
        (cards[2].acceptance_no, make_id(3), "王九"),
        ("1101050012026112399999", make_id(5), "孙八"),
        (early.acceptance_no, make_id(9), "钱七"),
        ("12345", make_id(6), "周九"),
    )
    with ctx.db.read() as session:
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
    report = import_arrivals(ctx, data, "到证.csv", dry_run=True)
    assert [r.verdict for r in report.rows] == [MATCHED, MATCHED, DUPLICATE, NAME_MISMATCH, UNKNOWN,
                                               ALREADY_ARRIVED, INVALID]
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audits
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert session.scalar(select(func.count()).where(CardCase.state == "arrived")) == 1

    refused = import_arrivals(ctx, data, "到证.csv", dry_run=False)  # 4 problem rows: all or nothing
    assert refused.refused and not refused.committed and refused.problems == 4
    save_station(_as_supervisor(ctx), storage_boxes="A", storage_box_size=2)  # one free place for two matched cards
    with pytest.raises(CardError, match="存放位已满"):
        import_arrivals(ctx, data, "到证.csv", dry_run=False, accept_partial=True)
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).where(CardCase.state == "arrived")) == 1
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert session.scalar(select(func.count()).select_from(FollowUp)) == 0

    save_station(_as_supervisor(ctx), storage_box_size=200)
    report = import_arrivals(ctx, data, "到证.csv", dry_run=False, accept_partial=True)
    assert report.committed and report.matched == 2 and not report.already_imported and report.follow_ups == 4
    assert [r.storage_place for r in report.rows[:2]] == ["A-002", "A-003"]
    assert lookup(ctx, "李四").rows[0].answer == "已到 · A-003 · 可领取"
    again = import_arrivals(ctx, data, "到证.csv", dry_run=True)
    assert again.already_imported and again.rows[0].verdict == ALREADY_ARRIVED
    ctx.db.dispose()


def test_double_hand_out_exactly_one_succeeds(db_url):
    first = _ctx(db_url, clerk="李警官", workstation="窗口1")
    second = _ctx(db_url, clerk="王警官", workstation="窗口2")
    card = _accept(first, reason="first", service_id="id_card_first")
    _to_arrived(first, card.acceptance_no)
    barrier = threading.Barrier(2)
    wins: list[str] = []
    losses: list[CardError] = []
    others: list[BaseException] = []

    def counter(ctx) -> None:
        barrier.wait()
        try:
            hand_out(ctx, card.acceptance_no, proxy=None, old_card_collected=False, temp_card_returned=False)
            wins.append(ctx.actor.workstation)
        except CardError as exc:
            losses.append(exc)
        except BaseException as exc:  # noqa: BLE001 - reported below
            others.append(exc)

    threads = [threading.Thread(target=counter, args=(c,)) for c in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not others and len(wins) == 1 and len(losses) == 1
    message = losses[0].message
    assert wins[0] in message and "2026-11-23 10:30" in message and "不能重复发证" in message
    with first.db.read() as session:
        assert session.scalar(select(func.count()).where(CaseEvent.to_state == "collected")) == 1
    first.db.dispose()
    second.db.dispose()


def test_concurrent_arrivals_get_distinct_places_and_temp_card_must_come_back(db_url):
    ctx = _ctx(db_url)
    numbers = []
    for i in range(6):
        number = _accept(ctx, name="周", seq=20 + i, reason="first", service_id="id_card_first",
                         temp_card=i == 0).acceptance_no
        move_card(ctx, number, CardState.IN_PRODUCTION)
        move_card(ctx, number, CardState.DISPATCHED)
        numbers.append(number)
    barrier = threading.Barrier(len(numbers))
    places: list[str | None] = []
    errors: list[BaseException] = []

    def arrive(number: str) -> None:
        barrier.wait()
        try:
            places.append(move_card(ctx, number, CardState.ARRIVED).storage_place)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=arrive, args=(n,)) for n in numbers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(places) == [f"A-{n:03d}" for n in range(1, 7)]
    with pytest.raises(CardError, match="临时身份证"):
        hand_out(ctx, numbers[0], proxy=None, old_card_collected=False, temp_card_returned=False)
    with pytest.raises(CardError, match="代领人"):
        hand_out(ctx, numbers[0], proxy={"name": "周一"}, old_card_collected=False, temp_card_returned=True)
    assert hand_out(ctx, numbers[0], proxy=None, old_card_collected=False, temp_card_returned=True).state \
        is CardState.COLLECTED
    ctx.db.dispose()


def test_full_numbers_only_for_a_supervisor_and_audited(db_url):
    from dataclasses import replace

    from counter_app.domain.permissions import PermissionDenied
    from counter_app.operations.cards.lookup import reveal_numbers
    from counter_app.store.models import AuditEntry

    ctx = _ctx(db_url)
    card = _accept(ctx)
    detail = card_detail(ctx, card.acceptance_no)
    assert make_id(1) not in detail.row.id_masked and detail.phone_masked != "13812345678"
    with pytest.raises(PermissionDenied):
        reveal_numbers(replace(ctx, actor=replace(ctx.actor, role="clerk")), card.acceptance_no)
    shown = reveal_numbers(_as_supervisor(ctx), card.acceptance_no)
    assert (shown.id_number, shown.phone) == (make_id(1), "13812345678")
    with ctx.db.read() as session:
        actions = [a.action for a in session.query(AuditEntry).order_by(AuditEntry.id)]
    assert actions.count("card.unmask") == 1
