"""Accepting an ID-card application from the guide page: button state, the dialog, the stored case."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counter_app.operations.cards.lookup import lookup
from counter_app.ui.dialogs.accept_dialog import AcceptDialog
from counter_app.ui.pages.guide_page import ServiceGuidePage

VALID_ID = "11010519491231002X"


def test_accept_needs_a_complete_checklist_then_records_the_case(qtbot: QtBot, ui_ctx: object) -> None:
    page = ServiceGuidePage(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.select_service("id_card_replacement")
    page.name.setText("赵六")
    page.id_number.setText(VALID_ID)
    assert not page.accept_button.isEnabled()  # materials still missing
    for material in page.checklist.missing_required:
        page.materials.set_brought(material.id)
    assert page.checklist.complete and page.accept_button.isEnabled()

    dialog = AcceptDialog(ui_ctx, page.checklist, "赵六", VALID_ID, "13900001111", page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.reason.currentData() == "lost" and dialog.fee.value() == 40
    dialog.accept_case()
    assert dialog.accepted is not None and len(dialog.accepted.acceptance_no) == 22
    assert dialog.receipt_job()().startswith(b"%PDF")
    rows = lookup(ui_ctx, dialog.accepted.acceptance_no).rows  # type: ignore[arg-type]
    assert [r.name for r in rows] == ["赵六"]


def test_other_services_record_a_counter_case_with_serving_time_and_channel(
    qtbot: QtBot, ui_ctx: object, monkeypatch
) -> None:
    from datetime import datetime, timedelta

    from sqlalchemy import select

    from counter_app.store.models import ServiceCase
    from counter_app.ui.dialogs.record_case_dialog import RecordCaseDialog

    now = {"t": datetime(2026, 11, 23, 11, 50)}
    ui_ctx.clock = lambda: now["t"]  # type: ignore[attr-defined]
    page = ServiceGuidePage(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.select_service("cert_kinship")
    page.name.setText("钱七")
    page.channel.setCurrentIndex(page.channel.findData("green_channel"))
    for material in page.checklist.applicable:
        page.materials.set_brought(material.id)
    assert page.checklist.complete and page.accept_button.isEnabled()
    now["t"] += timedelta(minutes=25)  # served through the lunch break

    def finish(dialog: RecordCaseDialog) -> int:
        dialog.done_button.click()
        return dialog.result()

    monkeypatch.setattr(RecordCaseDialog, "exec", finish)
    page.accept_application()
    with ui_ctx.db.read() as session:  # type: ignore[attr-defined]
        case = session.scalars(select(ServiceCase)).one()
    assert (case.service_id, case.outcome, case.channel) == ("cert_kinship", "done", "green_channel")
    assert case.started_at == datetime(2026, 11, 23, 11, 50) and case.ended_at == datetime(2026, 11, 23, 12, 15)
    assert case.after_hours_minutes == 15 and case.after_hours_reason == "green_channel"
    assert page.serving_since is None and page.channel.currentData() == "regular"  # the next applicant starts anew


def test_a_sixteen_year_old_alone_prompts_for_the_guardian_check(qtbot: QtBot, ui_ctx: object) -> None:
    from stdnum.cn import ric

    from counter_app.ui import feedback

    recorder = feedback.RecordingPresenter()
    previous = feedback.set_presenter(recorder)
    teen = "11010520100501002" + ric.calc_check_digit("110105201005010020")  # 16 on 23 November 2026
    try:
        page = ServiceGuidePage(ui_ctx)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.select_service("id_card_first")
        page.name.setText("林小雨")
        page.id_number.setText(teen)
        dialog = AcceptDialog(ui_ctx, page.checklist, "林小雨", teen, None, page)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.guardian_contact is not None
        dialog.accept_case()
        qtbot.waitUntil(lambda: bool(recorder.refusals), timeout=5000)
        assert dialog.accepted is None and "监护人" in recorder.refusals[0]  # asked, not refused for good
        dialog.guardian_contact.setText("母亲电话联系，知情同意")
        dialog.accept_case()
        qtbot.waitUntil(lambda: dialog.accepted is not None, timeout=5000)
        adult = AcceptDialog(ui_ctx, page.checklist, "赵六", VALID_ID, None, page)  # type: ignore[arg-type]
        qtbot.addWidget(adult)
        assert adult.guardian_contact is None
    finally:
        feedback.set_presenter(previous)
