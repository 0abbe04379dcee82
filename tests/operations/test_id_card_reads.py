"""A card read on the reader: audited masked, and at the hand-over it decides who may collect (SQLite and PG)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.id_card_reads import is_holder, record_card_read
from counter_app.operations.cards.pickup import hand_out
from tests.devices.standin import LI
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, audits, clocked_context


@pytest.fixture
def ctx(db_url):
    context = clocked_context(db_url, datetime(2026, 11, 23, 10, 0))
    yield context
    context.db.dispose()


def test_a_read_is_audited_masked(ctx) -> None:
    record_card_read(ctx, LI, "lookup")
    (entry,) = audits(ctx, "id_card.read")
    assert LI.id_number not in entry.target and entry.target.endswith("0024")
    assert entry.detail == {"purpose": "lookup", "expired": True}
    with pytest.raises(ValueError):
        record_card_read(ctx, LI, "anything")


def test_the_holders_card_only_for_self_pickup(ctx) -> None:
    number = arrived_card(ctx, "张三", 1)
    assert is_holder(ctx, number, make_id(1)) and not is_holder(ctx, number, LI.id_number)
    with pytest.raises(CardError) as refused:
        hand_out(ctx, number, proxy=None, old_card_collected=True, temp_card_returned=False, card_read=LI.id_number)
    assert refused.value.reason == "not_holder"
    summary = hand_out(ctx, number, proxy=None, old_card_collected=True, temp_card_returned=False,
                       card_read=make_id(1))
    assert summary.acceptance_no == number


def test_a_proxy_must_be_the_person_read(ctx) -> None:
    number = arrived_card(ctx, "张三", 2)
    proxy = {"name": "李四", "id_number": make_id(3), "relation": "配偶"}
    with pytest.raises(CardError) as refused:
        hand_out(ctx, number, proxy=proxy, old_card_collected=True, temp_card_returned=False,
                 card_read=LI.id_number)
    assert refused.value.reason == "proxy_card"
    hand_out(ctx, number, proxy={**proxy, "id_number": LI.id_number}, old_card_collected=True,
             temp_card_returned=False, card_read=LI.id_number)


def test_the_expiry_is_checked_against_the_counters_day(ctx) -> None:
    fresh = replace(LI, valid_until=date(2026, 11, 23))
    record_card_read(ctx, fresh, "guide")
    assert audits(ctx, "id_card.read")[0].detail["expired"] is False  # valid through its last day
