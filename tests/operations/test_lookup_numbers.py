"""Lookups on SQLite and PostgreSQL understand numbers as callers read them out; the CLI says what is wrong."""

from __future__ import annotations

import json
from datetime import datetime

from counter_app.cli.main import main
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail, lookup
from counter_app.operations.cards.pickup_notices import mark_notified
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 10, 30)
ID = "11010519491231002X"


def _old_card_holder(ctx) -> str:
    return accept_card(ctx, service_id="id_card_first", name="赵六", id_number=ID, phone="13812345678",
                       reason="first", fee="0", pickup_method="counter").acceptance_no


def test_numbers_typed_any_way_find_the_card(db_url):
    ctx = clocked_context(db_url, NOW)
    number = _old_card_holder(ctx)
    grouped = f"{number[:6]}-{number[6:9]}-{number[9:17]}-{number[17:]}"
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in number)
    for typed in ("110105491231002", "110105 491231 002", "１１０１０５４９１２３１００２", ID.lower(),
                  "110105-19491231-002X", "11010519491231002\u200bX", number, grouped, full_width,
                  "138 1234 5678", "５６７８", "002x"):
        result = lookup(ctx, typed)
        assert [r.acceptance_no for r in result.rows] == [number], typed
    assert card_detail(ctx, grouped).row.acceptance_no == number
    move_card(ctx, number, "in_production")
    move_card(ctx, full_width, "dispatched")
    move_card(ctx, grouped, "arrived")
    assert mark_notified(ctx, [f" {full_width} "], "phone") == 1
    ctx.db.dispose()


def test_a_mistyped_number_gets_the_checklist_message_and_still_searches_endings(db_url):
    ctx = clocked_context(db_url, NOW)
    _old_card_holder(ctx)
    result = lookup(ctx, "110105194912310021")
    assert result.rows == [] and result.hints == ("不是有效的公民身份号码：校验码错误：最后一位应为 X，实为 1",)
    assert result.query is not None and result.query.text == "110105194912310021"
    assert lookup(ctx, "4.10105E+17").hints[0].startswith("「4.10105E+17」不是完整号码：Excel")
    assert lookup(ctx, "赵六").hints == () and len(lookup(ctx, "赵六").rows) == 1
    ctx.db.dispose()


def test_cli_lookup_of_an_old_15_digit_number(db_url, capsys):
    ctx = clocked_context(db_url, NOW)
    number = _old_card_holder(ctx)
    ctx.db.dispose()
    assert main(["--db", db_url, "lookup", "110105491231002"]) == 0
    captured = capsys.readouterr()
    assert number in captured.out and "赵六" in captured.out and "共 1 条" in captured.err
    assert main(["--db", db_url, "lookup", "1101050012026113200001", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"] == [] and "日期「20261132」不是有效日期" in report["hints"][0]
    assert main(["--db", db_url, "lookup", "11010519491231002"]) == 0
    assert "号码长度错误：输入了 17 位" in capsys.readouterr().err
