"""The counter's own ways to a full number, closed: lookup audit, receipt reprint, SMS export (SQLite and PostgreSQL).

Each test attacks the way the station's security reviewer did on the old main.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from counter_app.domain.permissions import PermissionDenied
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.cards.pickup_notices import export_sms_csv
from counter_app.operations.cards.receipts import reprint_receipt
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, as_supervisor, audits, clocked_context

NOW = datetime(2026, 11, 23, 10, 0)
_FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@pytest.fixture
def ctx(db_url):
    return clocked_context(db_url, NOW)


def test_lookup_audits_what_was_searched_for_masked_in_any_spacing_or_width(ctx):
    arrived_card(ctx, "张三丰", 5)
    number = make_id(5)
    spaced = f"{number[:6]} {number[6:14]} {number[14:]}"
    typed = [spaced, f"{number[:6]}-{number[6:14]}-{number[14:]}", number.translate(_FULL_WIDTH),
             spaced.translate(_FULL_WIDTH).replace(" ", "\u3000"), number[1:], number[:17], "138 1234 5678"]
    for query in typed:
        lookup(ctx, query)
    targets = [entry.target for entry in audits(ctx, "card.lookup_number")]
    assert len(targets) == len(typed)
    for target in targets:
        assert re.fullmatch(r"[0-9X*]+", target), target  # normalised: no spaces, no full-width digits
        assert number not in target and number[:17] not in target and "13812345678" not in target
    # Four searches for the whole number are audited as the same, masked, search.
    assert set(targets[:4]) == {number[:6] + "********" + number[-4:]}
    assert targets[-1] == "138****5678"


def test_clerk_reprints_a_receipt_only_while_the_card_waits(ctx):
    waiting = arrived_card(ctx, "李四", 6)
    assert reprint_receipt(ctx, waiting).startswith(b"%PDF")
    hand_out(ctx, waiting, proxy=None, old_card_collected=True, temp_card_returned=False)
    with pytest.raises(CardError) as refused:
        reprint_receipt(ctx, waiting)
    assert refused.value.reason == "reprint_finished" and "查看完整证件号码" in refused.value.message
    assert reprint_receipt(as_supervisor(ctx), waiting).startswith(b"%PDF")
    reprints = audits(ctx, "print.receipt_reprint")
    assert [(e.target, e.detail["state"]) for e in reprints] == [(waiting, "arrived"), (waiting, "collected")]
    assert [e.clerk for e in reprints] == ["李警官", "李警官"]


def test_sms_export_needs_the_contacts_permission_and_is_audited_with_its_rows(ctx):
    arrived_card(ctx, "王五", 7, phone="13812345678")
    arrived_card(ctx, "赵六", 8, phone="13987654321")
    with pytest.raises(PermissionDenied):
        export_sms_csv(ctx)
    assert audits(ctx, "notice.sms_export") == []
    data = export_sms_csv(as_supervisor(ctx)).decode("utf-8-sig")
    assert "13812345678" in data and "13987654321" in data
    assert [e.detail["rows"] for e in audits(ctx, "notice.sms_export")] == [2]


def test_a_clerk_cannot_rebuild_a_full_number_from_suffix_searches(ctx):
    """The reviewer's attack: longer and longer suffixes, each hit confirming one more hidden digit."""
    from counter_app.operations.cards.lookup_guard import NUMBER_SEARCHES_PER_WINDOW, lookup_alerts

    number = make_id(9)
    arrived_card(ctx, "孙七", 9, phone="13812345678")
    # A suffix longer than the mask's last 4 is searched by those 4 only: a wrong 5th digit still "matches",
    # so a hit says nothing the list does not already show.
    wrong_fifth = str((int(number[-5]) + 1) % 10) + number[-4:]
    assert len(lookup(ctx, wrong_fifth).rows) == 1 and len(lookup(ctx, number[-8:]).rows) == 1
    for _ in range(NUMBER_SEARCHES_PER_WINDOW - 2):
        lookup(ctx, number[-6:])
    with pytest.raises(CardError) as limited:
        lookup(ctx, number)
    assert limited.value.reason == "lookup_limit"
    assert len(lookup(ctx, "孙七").rows) == 1 and len(lookup(ctx, number[-4:]).rows) == 1  # names, last 4: fine
    ctx.clock.now = NOW.replace(minute=11)  # the window slides on
    assert len(lookup(ctx, number).rows) == 1
    # A supervisor sees the alert, and searches exactly (the unmask permission is the way to full numbers).
    supervisor = as_supervisor(ctx)
    assert [(a.clerk, a.searches) for a in lookup_alerts(supervisor)] == [("李警官", NUMBER_SEARCHES_PER_WINDOW)]
    assert lookup(supervisor, wrong_fifth).rows == []
    with pytest.raises(PermissionDenied):
        lookup_alerts(ctx)
