"""The pickup notice asks for exactly what the hand-over checks: the same rule for the papers and the counter."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest

from counter_app.cli.main import main
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.pickup_rules import OLD_CARD, PROXY_ID, RECEIPT, TEMP_CARD, pickup_requirements
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.pickup import hand_out, requirements_for
from counter_app.operations.cards.pickup_notices import pickup_notice_pdf
from counter_app.operations.cards.receipts import receipt_for
from tests.id_numbers import make_id
from tests.operations.contexts import clocked_context
from tests.printing.printing_samples import pdf_text, squash

NOW = datetime(2026, 11, 23, 10, 30)
CASES = list(itertools.product(
    ("id_card_first", "id_card_renewal", "id_card_replacement"), ("first", "expired", "damaged", "lost"), (False, True)
))


def _arrived(ctx, seq: int, service_id: str, reason: str, temp: bool) -> str:
    number = accept_card(ctx, service_id=service_id, name="王芳", id_number=make_id(seq), phone=None, reason=reason,
                         fee="20", pickup_method="counter", temp_card=temp).acceptance_no
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        move_card(ctx, number, state)
    return number


@pytest.mark.parametrize(("service_id", "reason", "temp"), CASES)
def test_what_to_bring_matches_what_the_hand_over_refuses_without(service_id, reason, temp) -> None:
    needs = pickup_requirements(service_id, reason, temp)
    bring = needs.what_to_bring()
    assert bring[0] == RECEIPT
    assert (OLD_CARD in bring) == needs.old_card and (TEMP_CARD in bring) == needs.temp_card
    assert needs.old_card == (reason in ("expired", "damaged") or service_id == "id_card_renewal")


def test_notice_receipt_and_hand_over_agree(db_url, tmp_path, capsys) -> None:
    ctx = clocked_context(db_url, NOW)
    for seq, (service_id, reason, temp) in enumerate(CASES[::3], start=1):
        number = _arrived(ctx, seq, service_id, reason, temp)
        needs = requirements_for(ctx, number)
        text = squash(pdf_text(pickup_notice_pdf(ctx, number)))
        for item in needs.what_to_bring():
            assert squash(item) in text, (service_id, reason, temp, item)
        assert squash(PROXY_ID) in text
        assert (squash(OLD_CARD) in text) == needs.old_card and (squash(TEMP_CARD) in text) == needs.temp_card
        rules = "".join(receipt_for(ctx, number).pickup_rules)
        assert ("交回原证" in rules) == needs.old_card and ("临时居民身份证" in rules) == needs.temp_card
        # The hand-over refuses for exactly the items the notice named, and for nothing else.
        if needs.old_card:
            with pytest.raises(CardError, match="旧证"):
                hand_out(ctx, number, proxy=None, old_card_collected=False, temp_card_returned=True)
        if needs.temp_card:
            with pytest.raises(CardError, match="临时身份证"):
                hand_out(ctx, number, proxy=None, old_card_collected=True, temp_card_returned=False)
        hand_out(ctx, number, proxy=None, old_card_collected=needs.old_card, temp_card_returned=needs.temp_card)

    number = _arrived(ctx, 40, "id_card_renewal", "expired", True)
    out = tmp_path / "pickup.pdf"
    assert main(["--db", db_url, "print", "pickup-notice", number, "-o", str(out)]) == 0
    assert number in capsys.readouterr().out
    assert squash(OLD_CARD) in squash(pdf_text(out.read_bytes()))
    assert main(["--db", db_url, "print", "pickup-notice", "1" * 22, "-o", str(out)]) == 2
