"""The privacy purge on real SQLite and PostgreSQL: what is erased, what is kept, all-or-nothing, permissions."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import PermissionDenied
from counter_app.operations.admin import retention
from counter_app.operations.admin.retention import (
    PURGED,
    cut_off_date,
    load_retention,
    purge_collected,
    save_retention,
)
from counter_app.operations.cards.accept import accept_card
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.context import Actor
from counter_app.store.models import (
    AppointmentSlot,
    AuditEntry,
    Booking,
    CardCase,
    FollowUp,
    Notice,
    SearchKey,
    ServiceCase,
)
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, clocked_context

OLD = datetime(2023, 3, 6, 10, 0)  # older than two years on NOW
RECENT = datetime(2025, 6, 2, 10, 0)
NOW = datetime(2026, 11, 23, 9, 0)
SUPERVISOR = Actor(clerk="赵所长", workstation="主管室", role="supervisor")


@pytest.fixture
def ctx(db_url):
    context = clocked_context(db_url, OLD)
    yield context
    context.db.dispose()


def _collected_card(ctx, name: str, seq: int, at: datetime, proxy: bool = False) -> str:
    ctx.clock.now = at
    no = arrived_card(ctx, name, seq)
    relative = {"name": "张小明", "id_number": make_id(900 + seq), "relation": "子"} if proxy else None
    hand_out(ctx, no, proxy=relative, old_card_collected=True, temp_card_returned=False)
    return no


def _call_back(name: str, phone: str, at: datetime, ref: str, **done) -> FollowUp:
    return FollowUp(
        kind="call_back",
        title=f"回电 {name}",
        applicant_name=name,
        phone=phone,
        due=at.date(),
        created_at=at,
        created_by="李警官",
        source_ref=ref,
        **done,
    )


def _other_records(ctx, at: datetime) -> None:
    """One finished and one open record of each other kind holding personal data, dated ``at``."""
    with ctx.db.write() as session:
        session.add_all(
            [
                Notice(
                    notice_no=f"GZ{at:%Y%m%d}0001",
                    service_id="s",
                    service_name="出生登记",
                    applicant_name="王芳",
                    id_number=make_id(50),
                    id_rev=make_id(50)[::-1],
                    phone="13912345678",
                    phone_rev="87654321931",
                    answers={},
                    brought=[],
                    missing=[],
                    clerk="李警官",
                    workstation="窗口1",
                    created_at=at,
                ),
                ServiceCase(
                    day=at.date(),
                    service_id="s",
                    service_name="出生登记",
                    applicant_name="王芳",
                    id_number=make_id(50),
                    phone="13912345678",
                    started_at=at,
                    outcome="done",
                    note="王芳 13912345678",
                    clerk="李警官",
                    workstation="窗口1",
                ),
                ServiceCase(
                    day=at.date(),
                    service_id="s",
                    service_name="出生登记",
                    applicant_name="刘强",
                    started_at=at,
                    outcome="in_progress",
                    clerk="李警官",
                    workstation="窗口1",
                ),
                _call_back(
                    "王芳", "13912345678", at, f"done-{at:%Y}", done_at=at, done_by="李警官", done_note="已回电"
                ),
                _call_back("刘强", "13700001111", at, f"open-{at:%Y}"),
            ]
        )
        slot = AppointmentSlot(day=at.date(), start=time(18, 0), end=time(19, 0), capacity=5, booked=2)
        session.add(slot)
        session.flush()
        session.add_all(
            Booking(
                slot_id=slot.id,
                name=name,
                phone=phone,
                service_id="s",
                service_name="出生登记",
                status=status,
                booked_at=at,
                booked_by="李警官",
            )
            for name, phone, status in (("王芳", "13912345678", "checked_in"), ("刘强", "13700001111", "booked"))
        )


def _state(ctx) -> list:
    """Everything the purge could touch, as plain values."""
    with ctx.db.read() as session:
        cards = [
            (
                c.acceptance_no,
                c.name,
                c.id_number,
                c.id_rev,
                c.phone,
                c.phone_rev,
                c.mail_address,
                c.collected_by,
                c.state,
                c.accepted_at,
                c.collected_at,
                c.service_id,
            )
            for c in session.scalars(select(CardCase).order_by(CardCase.id))
        ]
        keys = session.scalar(select(func.count()).select_from(SearchKey))
        notices = [
            (n.applicant_name, n.id_number, n.phone) for n in session.scalars(select(Notice).order_by(Notice.id))
        ]
        services = [
            (s.applicant_name, s.id_number, s.phone, s.note, s.outcome)
            # Cases logged by a card acceptance are checked through their cards; these are the directly recorded ones.
            for s in session.scalars(
                select(ServiceCase).where(ServiceCase.card_case_id.is_(None)).order_by(ServiceCase.id)
            )
        ]
        bookings = [(b.name, b.phone, b.status) for b in session.scalars(select(Booking).order_by(Booking.id))]
        follow = [
            (f.title, f.applicant_name, f.phone, f.done_note)
            for f in session.scalars(select(FollowUp).order_by(FollowUp.id))
        ]
    return [cards, keys, notices, services, bookings, follow]


def _purge(ctx):
    ctx.actor, ctx.clock.now = SUPERVISOR, NOW
    return purge_collected(ctx)


def test_purge_erases_old_personal_data_and_keeps_the_rest(ctx):
    old_no = _collected_card(ctx, "张三丰", 1, OLD, proxy=True)
    recent_no = _collected_card(ctx, "李四", 2, RECENT)
    ctx.clock.now = OLD
    waiting = accept_card(
        ctx,
        service_id="id_card_renewal",
        name="王五",
        id_number=make_id(3),
        phone=None,
        reason="renewal",
        fee="20",
        pickup_method="counter",
    ).acceptance_no
    _other_records(ctx, OLD)
    _other_records(ctx, RECENT)

    report = _purge(ctx)

    assert report.cut_off == date(2024, 11, 23)
    # Three old counter cases: the one recorded directly, and the one logged by each of the two old acceptances.
    assert report.counts == {"card_case": 1, "notice": 1, "service_case": 3, "booking": 1, "follow_up": 1}
    assert report.total == 7
    cards, _keys, notices, services, bookings, follow = _state(ctx)
    by_no = {c[0]: c for c in cards}
    assert by_no[old_no][1:8] == (PURGED, "", "", None, None, None, None)
    assert by_no[old_no][8] == "collected" and by_no[old_no][10] is not None  # counts and reports still work
    assert by_no[recent_no][1] == "李四" and by_no[waiting][1] == "王五"
    assert notices == [(PURGED, None, None), ("王芳", make_id(50), "13912345678")]
    assert services[0] == (PURGED, None, None, "", "done")
    assert services[1][0] == "刘强" and services[2][0] == "王芳"  # open case kept; recent one kept
    assert bookings[:2] == [(PURGED, "", "checked_in"), ("刘强", "13700001111", "booked")]
    assert follow[:2] == [(PURGED, PURGED, None, ""), ("回电 刘强", "刘强", "13700001111", "")]
    with ctx.db.read() as session:
        old_id = session.scalar(select(CardCase.id).where(CardCase.acceptance_no == old_no))
        assert session.scalar(select(func.count()).where(SearchKey.case_id == old_id)) == 0
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "privacy.purge")).one()
    assert entry.clerk == "赵所长" and entry.detail["count"] == 7 and entry.detail["cut_off"] == "2024-11-23"
    assert lookup(ctx, "张三丰").rows == [] and lookup(ctx, make_id(1)).rows == []
    assert [r.acceptance_no for r in lookup(ctx, "李四").rows] == [recent_no]
    assert _purge(ctx).total == 0  # a second run finds nothing left to erase


def test_purge_is_all_or_nothing(ctx, monkeypatch):
    _collected_card(ctx, "张三丰", 1, OLD)
    _other_records(ctx, OLD)
    before = _state(ctx)

    def broken(session, cut):
        raise RuntimeError("disk full")

    monkeypatch.setitem(retention.PURGE_STEPS, "booking", broken)  # runs after cards, notices, service cases
    with pytest.raises(RuntimeError):
        _purge(ctx)
    assert _state(ctx) == before
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "privacy.purge")) == 0


def test_zero_years_means_never(ctx):
    _collected_card(ctx, "张三丰", 1, OLD)
    ctx.actor = SUPERVISOR
    assert save_retention(ctx, 0).collected_case_years == 0
    before = _state(ctx)
    report = _purge(ctx)
    assert report.cut_off is None and report.total == 0
    assert _state(ctx) == before


def test_settings_default_change_and_refusals(ctx):
    assert load_retention(ctx).collected_case_years == 2  # local policy default
    with pytest.raises(PermissionDenied, match="清除过期个人信息"):
        save_retention(ctx, 5)
    with pytest.raises(PermissionDenied):
        purge_collected(ctx)
    ctx.actor = SUPERVISOR
    with pytest.raises(DomainError, match="个人信息保存年限「-1」无效：不能小于 0"):
        save_retention(ctx, -1)
    save_retention(ctx, 5)
    assert load_retention(ctx).collected_case_years == 5
    with ctx.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.target == "retention")).one()
    assert entry.action == "settings.change" and entry.detail["changed"] == ["collected_case_years"]
    assert (entry.detail["before"], entry.detail["after"]) == ({"collected_case_years": 2}, {"collected_case_years": 5})


def test_cut_off_goes_back_whole_years():
    assert cut_off_date(date(2026, 11, 23), 2) == date(2024, 11, 23)
    assert cut_off_date(date(2028, 2, 29), 1) == date(2027, 2, 28)
    assert cut_off_date(date(2026, 1, 1), 0) is None
