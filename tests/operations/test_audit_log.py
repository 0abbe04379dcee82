"""The audit log viewer on real SQLite and PostgreSQL: filters, paging, masking, CSV export, permissions."""

from __future__ import annotations

import csv
import io
import string
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import PermissionDenied
from counter_app.operations.admin.audit_log import (
    AuditFilter,
    export_audit_csv,
    mask_detail,
    mask_numbers_in_text,
    search_audit,
)
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.context import Actor
from counter_app.store.models import AuditEntry
from tests.id_numbers import make_id
from tests.operations.contexts import clocked_context

FULL_ID = make_id(7)
MOBILE = "13812345678"
ACCEPTANCE_NO = "1101050012026112300001"


@pytest.fixture
def ctx(db_url):
    context = clocked_context(db_url, datetime(2020, 3, 23, 9, 0), "赵所长", "主管室", "supervisor")
    yield context
    context.db.dispose()


def _entry(ctx, at, clerk, workstation, action, target="", **detail):
    ctx.clock.now = at
    actor = ctx.actor
    ctx.actor = Actor(clerk=clerk, workstation=workstation, role="clerk")
    with ctx.db.write() as session:
        ctx.audit(session, action, target, **detail)
    ctx.actor = actor


def _seed(ctx):
    _entry(ctx, datetime(2020, 3, 20, 10, 0), "李警官", "窗口1", "card.accept", ACCEPTANCE_NO, service_id="x")
    _entry(ctx, datetime(2020, 3, 21, 11, 0), "王警官", "窗口2", "card.lookup", FULL_ID, results=1)
    _entry(ctx, datetime(2020, 3, 22, 12, 0), "李警官", "窗口2", "print.receipt", ACCEPTANCE_NO, layout="a5")
    _entry(ctx, datetime(2020, 3, 22, 23, 59), "李警官", "窗口1", "notice.search", "100%_x", note=f"电话{MOBILE}")
    ctx.clock.now = datetime(2020, 3, 23, 9, 0)


def test_filters_by_date_clerk_workstation_action_and_target(ctx):
    _seed(ctx)
    everything = search_audit(ctx, AuditFilter(date_to=date(2020, 3, 31)))
    assert [r.action for r in everything] == ["notice.search", "print.receipt", "card.lookup", "card.accept"]
    by_day = search_audit(ctx, AuditFilter(date_from=date(2020, 3, 21), date_to=date(2020, 3, 22)))
    assert [r.action for r in by_day] == ["notice.search", "print.receipt", "card.lookup"]  # date_to inclusive
    assert [r.action for r in search_audit(ctx, AuditFilter(clerk="李警官", workstation="窗口1"))] == [
        "notice.search",
        "card.accept",
    ]
    assert [r.action for r in search_audit(ctx, AuditFilter(action_prefix="card."))] == ["card.lookup", "card.accept"]
    assert [r.action for r in search_audit(ctx, AuditFilter(target_text="0012026"))] == ["print.receipt", "card.accept"]
    # LIKE wildcards typed by the supervisor are literal characters.
    assert [r.action for r in search_audit(ctx, AuditFilter(target_text="0%_"))] == ["notice.search"]
    assert search_audit(ctx, AuditFilter(target_text="1%x")) == []


def test_paging_and_viewing_is_audited_with_masked_filter(ctx):
    _seed(ctx)
    first = search_audit(ctx, AuditFilter(action_prefix="card.", clerk=""), limit=1)
    second = search_audit(ctx, AuditFilter(action_prefix="card."), limit=1, offset=1)
    assert [r.action for r in first + second] == ["card.lookup", "card.accept"]
    search_audit(ctx, AuditFilter(target_text=FULL_ID))
    with ctx.db.read() as session:
        views = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "audit.view").order_by(AuditEntry.id)
        ).all()
    assert len(views) == 3
    assert views[0].clerk == "赵所长" and views[0].workstation == "主管室"
    assert views[0].detail["rows"] == 1 and views[0].detail["filter"] == {"action": "card."}
    assert (
        FULL_ID not in str(views[2].detail)
        and views[2].detail["filter"]["target"] == f"{FULL_ID[:6]}********{FULL_ID[-4:]}"
    )


def test_rows_are_masked_and_full_number_finds_masked_rows(ctx):
    _seed(ctx)
    _entry(ctx, datetime(2020, 3, 22, 8, 0), "王警官", "窗口2", "card.lookup", mask_numbers_in_text(FULL_ID))
    rows = search_audit(ctx, AuditFilter(target_text=FULL_ID))
    assert len(rows) == 2  # the old full-number row and the row stored masked
    for row in rows:
        assert FULL_ID not in row.target and row.target.endswith(FULL_ID[-4:])
    notice = search_audit(ctx, AuditFilter(action_prefix="notice."))[0]
    assert notice.detail == {"note": "电话138****5678"}


def test_clerk_may_neither_view_nor_export(ctx):
    _seed(ctx)
    ctx.actor = Actor(clerk="李警官", workstation="窗口1", role="clerk")
    with pytest.raises(PermissionDenied, match="查看操作日志"):
        search_audit(ctx, AuditFilter())
    with pytest.raises(PermissionDenied, match="导出操作日志"):
        export_audit_csv(ctx, AuditFilter())


def test_bad_filters_are_refused_with_the_field_named(ctx):
    with pytest.raises(DomainError, match="起始日期"):
        search_audit(ctx, AuditFilter(date_from=date(2020, 3, 23), date_to=date(2020, 3, 1)))
    with pytest.raises(DomainError, match="每页条数"):
        search_audit(ctx, AuditFilter(), limit=0)
    with pytest.raises(DomainError, match="对象"):
        search_audit(ctx, AuditFilter(target_text="x" * 101))


def test_export_is_excel_csv_masked_and_audited(ctx):
    _seed(ctx)
    _entry(ctx, datetime(2020, 3, 22, 9, 0), "王警官", "窗口2", "card.lookup", '=HYPERLINK("x")')
    ctx.clock.now = datetime(2020, 3, 22, 17, 0)
    lookup(ctx, FULL_ID)  # a real lookup by full ID number, as a clerk would type it
    lookup(ctx, MOBILE)
    # Bounded in time: opening the context may log a backup at the wall-clock time.
    data = export_audit_csv(ctx, AuditFilter(date_from=date(2020, 3, 1), date_to=date(2020, 3, 31)))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert FULL_ID not in text and MOBILE not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["时间", "操作员", "窗口", "操作", "对象", "详情"]
    assert len(rows) == 1 + 7
    assert [r[4] for r in rows[1:] if "HYPERLINK" in r[4]] == ['\'=HYPERLINK("x")']
    assert ACCEPTANCE_NO in text  # 22-digit acceptance numbers are not personal data
    with ctx.db.read() as session:
        export = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert export.target == "audit_log" and export.detail["rows"] == 7 and export.clerk == "赵所长"


# --- the text masker (no database) ---------------------------------------------------------------------

_filler = st.text(alphabet=string.ascii_letters + "查询：， 张三", max_size=8)


@given(prefix=_filler, suffix=_filler, seq=st.integers(1, 999), x_lower=st.booleans())
def test_any_id_number_inside_text_is_masked(prefix, suffix, seq, x_lower):
    number = make_id(seq)
    if x_lower:
        number = number.lower()
    masked = mask_numbers_in_text(prefix + number + suffix)
    assert number not in masked
    assert masked == prefix + number[:6] + "********" + number[-4:] + suffix


@given(
    prefix=_filler,
    suffix=_filler,
    rest=st.text(alphabet=string.digits, min_size=9, max_size=9),
    second=st.sampled_from("3456789"),
    sep=st.sampled_from(["", "-", " "]),
)
def test_any_mobile_inside_text_is_masked(prefix, suffix, rest, second, sep):
    mobile = "1" + second + rest
    written = f"{mobile[:3]}{sep}{mobile[3:7]}{sep}{mobile[7:]}"
    masked = mask_numbers_in_text(prefix + written + suffix)
    assert mobile not in masked.replace("-", "").replace(" ", "")
    assert masked.endswith(mobile[-4:] + suffix)


@given(st.text(alphabet=string.digits, min_size=19, max_size=30))
def test_long_digit_runs_such_as_acceptance_numbers_stay(run):
    assert mask_numbers_in_text(run) == run


def test_legacy_15_digit_and_short_numbers():
    # 15 digits may be the head of an 18-digit number: its last 4 (birth date, sequence) would add to a list's mask.
    assert mask_numbers_in_text("110105491231002") == "110105*********"
    assert mask_numbers_in_text("末四位002X，受理号" + ACCEPTANCE_NO) == "末四位002X，受理号" + ACCEPTANCE_NO
    assert mask_numbers_in_text("+86 13812345678") == "+86 138****5678"


def test_mask_detail_walks_nested_values():
    detail = {"query": FULL_ID, "list": [MOBILE, 3, None], "nested": {MOBILE: True}}
    masked = mask_detail(detail)
    assert FULL_ID not in str(masked) and MOBILE not in str(masked)
    assert masked["list"][1:] == [3, None]


def test_the_stored_audit_row_never_holds_a_full_number(ctx):
    """Masked at write time: the append-only log cannot be cleaned later, so the raw rows must be clean."""
    lookup(ctx, FULL_ID)
    lookup(ctx, MOBILE)
    _entry(ctx, datetime(2020, 3, 23, 10, 0), "钱", "1号窗口", "note", f"x{FULL_ID}", phone=MOBILE)
    with ctx.db.read() as session:
        rows = session.scalars(select(AuditEntry)).all()
    stored = " ".join(f"{r.target} {r.detail}" for r in rows)
    assert FULL_ID not in stored and MOBILE not in stored
    assert FULL_ID[:6] + "********" + FULL_ID[-4:] in stored


def test_a_pinned_search_keeps_its_pages_while_others_write(ctx):
    from dataclasses import replace

    from counter_app.operations.admin.audit_log import latest_audit_id

    for n in range(6):
        _entry(ctx, datetime(2020, 3, 23, 9, n), "钱", "1号窗口", "card.move", f"case {n}")
    pinned = replace(AuditFilter(action_prefix="card.move"), up_to_id=latest_audit_id(ctx))
    second_page = [r.target for r in search_audit(ctx, pinned, limit=3, offset=3)]
    _entry(ctx, datetime(2020, 3, 23, 9, 30), "孙", "2号窗口", "card.move", "written meanwhile")
    assert [r.target for r in search_audit(ctx, pinned, limit=3, offset=3)] == second_page
    assert [r.target for r in search_audit(ctx, AuditFilter(action_prefix="card.move"), limit=1)] == [
        "written meanwhile"
    ]
