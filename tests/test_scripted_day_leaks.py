"""A scripted day at the demo counter, as a clerk: every list, export, printout, the log file and every audit row it
produced are searched for full ID numbers and mobiles — in any spacing, dash or width. Only the applicant's own
receipt may carry the applicant's own full ID number (domain.md §5).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from counter_app import paths
from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.checklist import evaluate
from counter_app.log_file import setup_logging
from counter_app.operations.admin.audit_log import AuditFilter, export_audit_csv, search_audit
from counter_app.operations.appointments.day_list import appointment_list_pdf, day_list
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail, lookup
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.cards.pickup_notices import mark_notified, overdue_pickups, pickup_notice_pdf, unnotified
from counter_app.operations.cards.receipts import reprint_receipt
from counter_app.operations.cards.shelf import shelf_list_pdf
from counter_app.operations.context import Actor
from counter_app.operations.day.same_day_board import same_day_board
from counter_app.operations.follow_ups.notebook import add_follow_up, list_follow_ups
from counter_app.operations.guide.service_guide import Applicant, find_notices, give_notice
from counter_app.operations.reports.daily_report import build_report, report_pdf, report_xlsx
from counter_app.store.models import AuditEntry, Booking, CardCase, FollowUp, Notice, ServiceCase
from printing.report_data import ReportPeriod
from tests.clock import Clock

NEW_ID, NEW_PHONE = "320106197403134389", "13905251234"
PROXY_ID = "320106198502021237"
_FOLD = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789XX")


def _stream(text: str) -> str:
    """Digits and X only, folded to ASCII: a number written with spaces, dashes, line breaks or in full width
    becomes one run again, so no writing of it escapes the search."""
    return re.sub(r"[^0-9X]", "", text.translate(_FOLD).upper())


def _pdf(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _xlsx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return " ".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))


def _secrets(ctx) -> set[str]:
    """Every ID number and phone the station holds, the demo's and the day's own."""
    found = {NEW_ID, NEW_PHONE, PROXY_ID}
    with ctx.db.read() as session:
        for column in (CardCase.id_number, CardCase.phone, Notice.id_number, Notice.phone, ServiceCase.id_number,
                       ServiceCase.phone, Booking.phone, FollowUp.phone):
            found.update(v for v in session.scalars(select(column)) if v)
    return {_stream(s) for s in found if len(_stream(s)) >= 11}


@pytest.fixture
def day(tmp_path, monkeypatch):
    root = logging.getLogger()
    level = root.level
    monkeypatch.setattr(root, "handlers", [])
    setup_logging()
    ctx = open_context(demo=True)
    ctx.actor = Actor(clerk="李警官", workstation="窗口1", role="clerk")
    ctx.clock = Clock(datetime.now().replace(hour=10, minute=0, second=0, microsecond=0))
    yield ctx
    for handler in root.handlers:
        handler.close()
    root.setLevel(level)  # setup_logging lowered it to INFO: later tests would see every library's INFO records


def test_a_clerks_day_leaks_no_full_number(day):
    ctx, produced, receipts = day, [], []
    today = ctx.now().date()
    # Morning: an acceptance typed the way people type, a notice, lookups in every writing.
    spaced_id = f"{NEW_ID[:6]} {NEW_ID[6:14]} {NEW_ID[14:]}"
    card = accept_card(ctx, service_id="id_card_renewal", name="周八", id_number=NEW_ID, phone="139-0525-1234",
                       reason="renewal", fee="20", pickup_method="counter").acceptance_no
    receipts.append(_pdf(reprint_receipt(ctx, card)))  # the holder's own receipt: the one place for the full ID
    checklist = evaluate(ctx.catalog.get("birth_registration"), {"married": False}, [])
    _, notice_pdf = give_notice(ctx, checklist, Applicant("吴九", PROXY_ID, "13812340000"))
    produced.append(_pdf(notice_pdf))
    for query in (spaced_id, NEW_ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")), NEW_ID[-6:],
                  "139 0525 1234", "周八", card):
        produced.append(repr(lookup(ctx, query).rows))  # (the result also echoes the clerk's own typing back)
    produced.append(repr(card_detail(ctx, card)))
    produced.append(repr(find_notices(ctx, "吴九")))
    # The card arrives, is shelved, the holder is told, a relative collects it with his own ID card.
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        move_card(ctx, card, state)
    produced += [repr(unnotified(ctx)), repr(overdue_pickups(ctx)), _pdf(shelf_list_pdf(ctx)),
                 _pdf(pickup_notice_pdf(ctx, card))]
    mark_notified(ctx, [card], "phone")
    hand_out(ctx, card, proxy={"name": "周小八", "id_number": PROXY_ID, "relation": "子"}, old_card_collected=True,
             temp_card_returned=False)
    produced.append(repr(card_detail(ctx, card)))
    add_follow_up(ctx, "call_back", "回电 139 0525 1234 问补办", today, applicant_name="周八", phone=NEW_PHONE)
    produced += [repr(list_follow_ups(ctx, include_done=True)), repr(same_day_board(ctx, today)),
                 repr(day_list(ctx, today)), _pdf(appointment_list_pdf(ctx, today))]
    # Evening: the supervisor's report, the audit log viewed and exported.
    supervisor = replace(ctx, actor=replace(ctx.actor, clerk="赵所长", role="supervisor"))
    report = build_report(supervisor, ReportPeriod.day(today))
    produced += [_pdf(report_pdf(report)), _xlsx(report_xlsx(report))]
    produced.append(repr(search_audit(supervisor, AuditFilter(date_from=date(2000, 1, 1)), limit=5000)))
    produced.append(export_audit_csv(supervisor, AuditFilter()).decode("utf-8-sig"))
    with ctx.db.read() as session:
        produced += [f"{e.target} {e.detail}" for e in session.scalars(select(AuditEntry))]
    logging.getLogger("counter_app.day").warning("clerk typed %s and %s", spaced_id, "139 0525 1234")
    for handler in logging.getLogger().handlers:
        handler.flush()
    produced += [p.read_text(encoding="utf-8") for p in paths.log_dir().glob("*.log*")]

    secrets = _secrets(ctx)
    assert len(secrets) > 20  # the demo's people, not only the day's
    streams = [_stream(text) for text in produced]
    leaks = [(n, s) for n, stream in enumerate(streams) for s in secrets if s in stream]
    assert leaks == []
    assert NEW_ID in _stream(receipts[0]) and PROXY_ID not in _stream(receipts[0]) and NEW_PHONE not in receipts[0]
