"""A 16–17-year-old applying alone: a prompt to reach the guardian, answered and kept with the case."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from stdnum.cn import ric

from counter_app.domain.checklist import evaluate
from counter_app.domain.minors import GUARDIAN_PROMPT, clean_guardian_note, guardian_rule
from counter_app.operations.cards.accept import accept_card
from counter_app.operations.cards.common import CardError
from counter_app.store.models import CardCase
from tests.operations.contexts import audits, clocked_context

NOW = datetime(2026, 11, 23, 10, 30)


def number(born: date) -> str:
    body = f"110105{born:%Y%m%d}002"
    return body + ric.calc_check_digit(body + "0")


def test_the_rule_by_age() -> None:
    on = NOW.date()
    assert guardian_rule(date(2011, 1, 1), on) == "guardian_applies"  # 15
    assert guardian_rule(date(2010, 11, 23), on) == "check_with_guardian"  # 16 today
    assert guardian_rule(date(2008, 11, 24), on) == "check_with_guardian"  # 17, 18 tomorrow
    assert guardian_rule(date(2008, 11, 23), on) is None  # 18 today
    with pytest.raises(ValueError, match="监护人"):
        clean_guardian_note("  ")
    assert clean_guardian_note(" 母亲 电话联系，同意 ") == "母亲 电话联系，同意"


def _accept(ctx, id_number: str, note: str | None = None) -> str:
    return accept_card(ctx, service_id="id_card_first", name="林小雨", id_number=id_number, phone=None,
                       reason="first", fee="0", pickup_method="counter", guardian_contact=note).acceptance_no


def test_sixteen_alone_needs_the_guardian_check_recorded(db_url) -> None:
    ctx = clocked_context(db_url, NOW)
    teen = number(date(2010, 5, 1))
    with pytest.raises(CardError) as refused:
        _accept(ctx, teen)
    assert refused.value.message == GUARDIAN_PROMPT
    no = _accept(ctx, teen, "未能联系：母亲电话关机，已记下父亲电话待回访")  # not reached is an answer too
    with ctx.db.read() as session:
        case = session.scalars(select(CardCase).where(CardCase.acceptance_no == no)).one()
        assert case.guardian_contact.startswith("未能联系")
    assert audits(ctx, "card.accept")[-1].detail["guardian_checked"] is True
    adult = _accept(ctx, number(date(1990, 5, 1)))
    with ctx.db.read() as session:
        assert session.scalars(select(CardCase).where(CardCase.acceptance_no == adult)).one().guardian_contact is None


def test_under_sixteen_cannot_be_accepted_without_the_guardians_papers(db_url) -> None:
    ctx = clocked_context(db_url, NOW)
    service = ctx.catalog.get("id_card_first")
    alone = evaluate(service, {}, set(), {"age_band": "under16"})
    guardian_items = [m for m in alone.missing_required if "监护" in m.name]
    assert guardian_items and not alone.complete
