"""The dispatch-list import on SQLite and PostgreSQL: all or nothing by default, partial only when asked, and every
mismatch named field by field."""

from __future__ import annotations

import io
import itertools
from datetime import datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.manifest_read import SheetChoiceNeeded
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.arrivals import (
    ALREADY_ARRIVED,
    ID_AND_NAME_MISMATCH,
    ID_MISMATCH,
    MATCHED,
    NAME_MISMATCH,
    import_arrivals,
)
from counter_app.operations.follow_ups.notebook import list_follow_ups
from counter_app.store.models import AuditEntry, CardCase, FollowUp, ImportBatch
from tests.id_numbers import make_id
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 10, 30)
_SEQ = itertools.count(1)


def _card(ctx, name: str, dispatched: bool = True) -> tuple[str, str, str]:
    id_number = make_id(next(_SEQ) % 900 + 1)
    no = accept_card(ctx, service_id="id_card_renewal", name=name, id_number=id_number, phone="13812345678",
                     reason="renewal", fee="20", pickup_method="counter").acceptance_no
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED) if dispatched else ():
        move_card(ctx, no, state)
    return no, id_number, name


def _csv(*rows: tuple[str, str, str]) -> bytes:
    return ("受理编号,公民身份号码,姓名\r\n" + "".join(",".join(r) + "\r\n" for r in rows)).encode("utf-8")


def _snapshot(ctx) -> tuple[dict[str, str], int, int, int]:
    with ctx.db.read() as session:
        states = dict(session.execute(select(CardCase.acceptance_no, CardCase.state)).all())
        counts = [session.scalar(select(func.count()).select_from(table))
                  for table in (FollowUp, ImportBatch, AuditEntry)]
    return states, *counts


def test_each_mismatching_field_is_named_with_masked_values(db_url):
    ctx = clocked_context(db_url, NOW)
    cards = [_card(ctx, name) for name in ("张三丰", "李四", "王五", "赵六")]
    other_id = make_id(950)
    data = _csv(
        (cards[0][0], other_id, cards[0][2]),  # another person's valid ID number, right name
        (cards[1][0], cards[1][1], "李思"),
        (cards[2][0], make_id(953), "王六"),
        cards[3],
    )
    report = import_arrivals(ctx, data, "到证.csv", dry_run=True)
    assert [r.verdict for r in report.rows] == [ID_MISMATCH, NAME_MISMATCH, ID_AND_NAME_MISMATCH, MATCHED]
    first, second, third = (r.message for r in report.rows[:3])
    assert first.startswith("公民身份号码与受理记录不一致：受理记录「") and "姓名" not in first
    assert cards[0][1] not in first and other_id not in first  # masked, both of them
    assert f"受理记录「{cards[0][1][:6]}********{cards[0][1][-4:]}」，清单「{other_id[:6]}********" in first
    assert second == "姓名与受理记录不一致：受理记录「李*」，清单「李*」（第2个字不同）"
    assert third.startswith("公民身份号码和姓名都与受理记录不一致：公民身份号码受理记录「")
    assert "；姓名受理记录「王*」，清单「王*」（第2个字不同）" in third


def test_a_difference_hidden_by_the_mask_is_located(db_url):
    from stdnum.cn import ric

    ctx = clocked_context(db_url, NOW)
    no, id_number, name = _card(ctx, "孙七")
    # The same address code and last four characters, another birth year: masked, both look alike.
    twin = next(body + id_number[-1] for body in (id_number[:6] + str(year) + id_number[10:17]
                                                  for year in range(1950, 2000) if year != 1980)
                if ric.calc_check_digit(body + "0") == id_number[-1])
    positions = "、".join(str(i + 1) for i, (a, b) in enumerate(zip(id_number, twin, strict=True)) if a != b)
    report = import_arrivals(ctx, _csv((no, twin, name)), "到证.csv", dry_run=True)
    assert report.rows[0].verdict == ID_MISMATCH
    assert report.rows[0].message.endswith(f"（第{positions}位不同）")
    assert twin not in report.rows[0].message and twin[6:10] not in report.rows[0].message


def test_default_refuses_the_whole_list_and_partial_makes_follow_ups(db_url):
    ctx = clocked_context(db_url, NOW)
    good, bad = _card(ctx, "周八"), _card(ctx, "吴九")
    data = _csv(good, (bad[0], "4.10105E+17", bad[2]))
    before = _snapshot(ctx)
    report = import_arrivals(ctx, data, "到证.csv", dry_run=False)
    assert report.refused and not report.committed and report.problems == 1
    assert _snapshot(ctx) == before

    report = import_arrivals(ctx, data, "到证.csv", dry_run=False, accept_partial=True)
    assert report.committed and report.matched == 1 and report.follow_ups == 1
    (follow_up,) = list_follow_ups(ctx)
    assert follow_up.kind == "arrival_problem" and follow_up.source == "arrivals"
    assert bad[0] in follow_up.title and "第3行" in follow_up.title and "科学计数法" in follow_up.title
    assert follow_up.applicant_name == "吴九" and follow_up.due == NOW.date()
    assert report.rows[1].message.endswith("（已列入待办）")
    # The same file again: the good row is already recorded, the problem row already on the list.
    again = import_arrivals(ctx, data, "到证.csv", dry_run=False, accept_partial=True)
    assert again.already_imported and again.rows[0].verdict == ALREADY_ARRIVED and again.follow_ups == 0
    assert len(list_follow_ups(ctx)) == 1


def test_follow_up_titles_mask_id_numbers(db_url):
    ctx = clocked_context(db_url, NOW)
    card = _card(ctx, "郑十")
    wrong = make_id(951)
    import_arrivals(ctx, _csv((card[0], wrong, card[2])), "到证.csv", dry_run=False, accept_partial=True)
    (follow_up,) = list_follow_ups(ctx)
    assert wrong not in follow_up.title and card[1] not in follow_up.title and card[0] in follow_up.title


def test_already_recorded_rows_are_not_problems(db_url):
    ctx = clocked_context(db_url, NOW)
    done, new = _card(ctx, "冯一"), _card(ctx, "陈二")
    move_card(ctx, done[0], CardState.ARRIVED)
    report = import_arrivals(ctx, _csv(done, new), "到证.csv", dry_run=False)
    assert report.committed and report.problems == 0 and report.matched == 1


def test_the_sheet_is_chosen_once_for_check_and_commit(db_url):
    ctx = clocked_context(db_url, NOW)
    morning, afternoon = _card(ctx, "褚三"), _card(ctx, "卫四")
    book = openpyxl.Workbook()
    book.active.title = "封面"
    book.active.append(["到证清单"])
    for title, card in (("上午", morning), ("下午", afternoon)):
        sheet = book.create_sheet(title)
        sheet.append(["受理编号", "公民身份号码", "姓名"])
        sheet.append(list(card))
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(SheetChoiceNeeded):
        import_arrivals(ctx, buffer.getvalue(), "到证.xlsx", dry_run=True)
    report = import_arrivals(ctx, buffer.getvalue(), "到证.xlsx", dry_run=False, sheet="上午")
    assert report.committed and report.sheet == "上午" and report.matched == 1
    states, *_ = _snapshot(ctx)
    assert states[morning[0]] == "arrived" and states[afternoon[0]] == "dispatched"


GOOD = "good"
BAD = ("unknown", "id_mismatch", "name_mismatch", "excel", "wrong_state", "duplicate")
_UNKNOWN = itertools.count(1)


def _rows_for(ctx, kinds: list[str]) -> tuple[list[tuple[str, str, str]], list[bool], list[str]]:
    """Rows of the given kinds; per row whether it is good; and the acceptance numbers that must arrive."""
    rows, good, arrive = [], [], []
    for kind in kinds:
        if kind == "unknown":
            rows.append((f"999999999202611{next(_UNKNOWN):07d}", make_id(999), "查无此人"))
            good.append(False)
            continue
        no, id_number, name = _card(ctx, "蒋五", dispatched=kind != "wrong_state")
        row = {"good": (no, id_number, name), "id_mismatch": (no, make_id(952), name),
               "name_mismatch": (no, id_number, "蒋六"), "excel": (no, "4.10105E+17", name),
               "wrong_state": (no, id_number, name), "duplicate": (no, id_number, name)}[kind]
        rows.append(row)
        good.append(kind in (GOOD, "duplicate"))  # a duplicate's first row is fine, its copy is not
        if kind in (GOOD, "duplicate"):
            arrive.append(no)
        if kind == "duplicate":
            rows.append(row)
            good.append(False)
    return rows, good, arrive


@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(kinds=st.lists(st.sampled_from((GOOD, GOOD, *BAD)), min_size=1, max_size=5), partial=st.booleans())
def test_default_is_all_or_nothing_and_partial_changes_exactly_the_good_rows(db_url, kinds, partial):
    ctx = clocked_context(db_url, NOW)
    rows, good, arrive = _rows_for(ctx, kinds)
    states, follow_ups, batches, audits = _snapshot(ctx)
    report = import_arrivals(ctx, _csv(*rows), "到证.csv", dry_run=False, accept_partial=partial)
    after_states, after_follow_ups, after_batches, after_audits = _snapshot(ctx)
    bad_lines = [line for line, ok in enumerate(good, start=2) if not ok]
    assert report.problems == len(bad_lines)
    if bad_lines and not partial:
        assert report.refused and not report.committed
        assert (after_states, after_follow_ups, after_batches, after_audits) == (states, follow_ups, batches, audits)
        return
    changed = {no for no in after_states if after_states[no] != states.get(no)}
    assert changed == set(arrive) and all(after_states[no] == "arrived" for no in arrive)
    assert after_follow_ups - follow_ups == len(bad_lines) and after_batches == batches + 1
    with ctx.db.read() as session:
        titles = list(session.scalars(select(FollowUp.title).order_by(FollowUp.id.desc()).limit(len(bad_lines))))
    for line in bad_lines:
        acceptance_no = rows[line - 2][0]
        assert any(f"第{line}行" in t and acceptance_no in t for t in titles), (line, titles)
    ctx.db.dispose()


def test_an_invisible_character_in_a_number_is_named_not_refused(db_url):
    ctx = clocked_context(db_url, NOW)
    no, id_number, name = _card(ctx, "沈七")
    report = import_arrivals(ctx, _csv((no, id_number[:9] + "\u200b" + id_number[9:], name)), "到证.csv",
                             dry_run=False)
    assert report.committed and report.matched == 1 and report.problems == 0
    assert report.rows[0].message.endswith("公民身份号码中有看不见的字符（零宽空格 U+200B），已去除")
