"""Scanning arrived cards in one by one, and the shelf list."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.cards.shelf import receive_scanned, shelf_list_pdf
from counter_app.operations.context import Actor


def test_scan_in_assigns_places_and_the_shelf_list_shows_them(db_url):
    ctx = open_context(db_url, actor=Actor(clerk="周警官", workstation="窗口1"))
    ctx.clock = lambda: datetime(2026, 11, 23, 9, 0)
    numbers = []
    for name, id_number in (("张三丰", "11010519491231002X"), ("李四", "440524188001010014")):
        case = accept_card(ctx, service_id="id_card_renewal", name=name, id_number=id_number, phone=None,
                           reason="renewal", fee=20, pickup_method="counter")
        numbers.append(case.acceptance_no)
    for number in numbers:
        move_card(ctx, number, CardState.IN_PRODUCTION)
    move_card(ctx, numbers[0], CardState.DISPATCHED)

    first = receive_scanned(ctx, f" {numbers[0]} ")
    assert lookup(ctx, numbers[0]).rows[0].storage_place is not None
    assert first.acceptance_no == numbers[0]
    with pytest.raises(CardError):  # still in production: cannot arrive before it was dispatched
        receive_scanned(ctx, numbers[1])
    with pytest.raises(CardError):  # scanned twice
        receive_scanned(ctx, numbers[0])

    text = PdfReader(io.BytesIO(shelf_list_pdf(ctx))).pages[0].extract_text()
    assert numbers[0] in text and numbers[1] not in text
    assert "张*丰" in text and "张三丰" not in text
    assert "110105********002X" in text
    ctx.db.dispose()
