"""One-time notices during an outage: printed from the forms and the kept station copy, queued durably, recorded
in order with their original time when the server is back (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.checklist import evaluate
from counter_app.operations.admin.station import load_station
from counter_app.operations.context import Actor
from counter_app.operations.guide.offline_notices import (
    flush_offline_notices,
    give_notice_offline,
    pending_notices,
)
from counter_app.operations.guide.service_guide import Applicant, find_notices, give_notice
from counter_app.store.database import DatabaseUnavailable
from counter_app.store.models import AuditEntry, Notice, ServiceCase
from tests.clock import Clock


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url, actor=Actor(clerk="李警官", workstation="窗口2"))
    context.clock = Clock(datetime(2026, 11, 23, 10, 30))
    yield context
    context.db.dispose()


def _checklist(ctx):
    return evaluate(ctx.catalog.get("birth_registration"), {"married": False}, ["birth_medical_certificate"])


def test_notices_given_offline_are_recorded_in_order_at_their_time(ctx, tmp_path) -> None:
    queue = tmp_path / "queue.json"
    station = load_station(ctx)  # read once while the server answered: kept on this computer
    ctx.db.unreachable = True  # the outage, as the window's monitor declares it
    with pytest.raises(DatabaseUnavailable):
        give_notice(ctx, _checklist(ctx), Applicant("张小明"))
    assert load_station(ctx) == station  # the kept copy: the notice still prints the station's name
    first, pdf = give_notice_offline(ctx, _checklist(ctx), Applicant("张小明", "11010519491231002x", "13812345678"),
                                     path=queue, started_at=datetime(2026, 11, 23, 10, 20))
    ctx.clock.now = datetime(2026, 11, 23, 10, 41)
    second, _ = give_notice_offline(ctx, _checklist(ctx), Applicant("王芳"), path=queue)
    assert pdf.startswith(b"%PDF") and first.startswith("GZ20261123L") and first.endswith("001")
    assert second[:-3] == first[:-3] and second.endswith("002")
    assert [p["notice_no"] for p in pending_notices(queue)] == [first, second]

    ctx.db.unreachable = False
    ctx.clock.now = datetime(2026, 11, 23, 11, 5)  # the server is back
    assert flush_offline_notices(ctx, queue) == [first, second]
    assert pending_notices(queue) == [] and flush_offline_notices(ctx, queue) == []
    with ctx.db.read() as session:
        notices = list(session.scalars(select(Notice).order_by(Notice.id)))
        audits = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "notice.give")))
        cases = list(session.scalars(select(ServiceCase).order_by(ServiceCase.id)))
    assert [(n.notice_no, n.created_at, n.clerk, n.workstation) for n in notices] == [
        (first, datetime(2026, 11, 23, 10, 30), "李警官", "窗口2"),
        (second, datetime(2026, 11, 23, 10, 41), "李警官", "窗口2"),
    ]
    assert notices[0].id_number == "11010519491231002X"
    assert [a.at for a in audits] == [datetime(2026, 11, 23, 10, 30), datetime(2026, 11, 23, 10, 41)]
    assert all(a.detail["offline"] and a.detail["recorded_at"] == "2026-11-23T11:05:00" for a in audits)
    assert cases[0].started_at == datetime(2026, 11, 23, 10, 20)
    assert [n.notice_no for n in find_notices(ctx, first)] == [first]  # the printed number finds it


def test_a_notice_stored_before_a_crash_is_not_stored_twice(ctx, tmp_path) -> None:
    queue = tmp_path / "queue.json"
    load_station(ctx)
    number, _ = give_notice_offline(ctx, _checklist(ctx), Applicant("张小明"), path=queue)
    kept = queue.read_text(encoding="utf-8")
    assert flush_offline_notices(ctx, queue) == [number]
    queue.write_text(kept, encoding="utf-8")  # the crash came after the commit, before the queue was rewritten
    assert flush_offline_notices(ctx, queue) == [] and pending_notices(queue) == []
    with ctx.db.read() as session:
        assert session.scalars(select(Notice.notice_no)).all() == [number]


def test_a_flush_that_meets_the_outage_again_keeps_the_rest(ctx, tmp_path) -> None:
    queue = tmp_path / "queue.json"
    load_station(ctx)
    give_notice_offline(ctx, _checklist(ctx), Applicant("张小明"), path=queue)
    ctx.db.unreachable = True
    with pytest.raises(DatabaseUnavailable):
        flush_offline_notices(ctx, queue)
    assert len(pending_notices(queue)) == 1
