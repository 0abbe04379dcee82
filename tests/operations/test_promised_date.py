"""One promised date: stored at acceptance; the receipt, the lookup's answer line and JSON, and the guide's
promise all say the same day. And the card's validity band on the receipt and the notice."""

from __future__ import annotations

import json
from datetime import date, datetime

from counter_app.cli.main import main
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail, lookup
from counter_app.operations.cards.receipts import receipt_for
from counter_app.operations.guide.service_guide import Applicant, build_checklist, limits_text, notice_document
from tests.id_numbers import make_id
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 10, 30)  # a Monday


def _accept(ctx, service_id: str = "id_card_renewal", id_number: str | None = None) -> str:
    return accept_card(ctx, service_id=service_id, name="王芳", id_number=id_number or make_id(7),
                       phone="13812345678", reason="expiry", fee="20", pickup_method="counter").acceptance_no


def test_receipt_lookup_and_guide_name_one_date(db_url, capsys):
    ctx = clocked_context(db_url, NOW)
    _, promise = limits_text(ctx, ctx.catalog.get("id_card_renewal"))
    number = _accept(ctx)
    move_card(ctx, number, CardState.IN_PRODUCTION)
    receipt = receipt_for(ctx, number)
    promised = receipt.promised_date
    assert promised > NOW.date()
    assert f"{promised.year}年{promised.month}月{promised.day}日" in promise
    assert promise.startswith("20个工作日")  # the station's promise, not the catalog's 45 days

    [row] = lookup(ctx, number).rows
    assert row.promised_date == promised
    day_m = (promised - NOW.date()).days + 1
    assert f"第1天/限{day_m}天" in row.answer
    assert card_detail(ctx, number).day_text == f"第1天/限{day_m}天"

    assert main(["--db", db_url, "lookup", number, "--json"]) == 0
    [row_json] = json.loads(capsys.readouterr().out)["rows"]
    assert row_json["promised_date"] == promised.isoformat()

    ctx.clock.now = datetime.combine(promised, NOW.time())
    assert "已超期" not in lookup(ctx, number).rows[0].answer
    ctx.clock.now = datetime.combine(date.fromordinal(promised.toordinal() + 1), NOW.time())
    assert lookup(ctx, number).rows[0].answer.endswith("已超期")


def test_validity_on_receipt_and_notice(db_url):
    ctx = clocked_context(db_url, NOW)
    adult = make_id(7)  # born 1980-01-01: 46 on the acceptance day
    number = _accept(ctx, id_number=adult)
    assert receipt_for(ctx, number).validity == "长期"
    checklist = build_checklist(ctx, "id_card_renewal", {}, set(), adult)
    assert notice_document(ctx, checklist, Applicant("王芳", adult), "GZ1").validity == "长期"
    other = build_checklist(ctx, "birth_registration", {}, set(), None)
    assert notice_document(ctx, other, Applicant("王芳", adult), "GZ2").validity == ""
