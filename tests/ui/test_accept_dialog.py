"""Accepting an ID-card application from the guide page: button state, the dialog, the stored case."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counter_app.operations.cards_lookup import lookup
from counter_app.ui.accept_dialog import AcceptDialog
from counter_app.ui.guide_page import ServiceGuidePage

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
    assert dialog.receipt_pdf().startswith(b"%PDF")
    rows = lookup(ui_ctx, dialog.accepted.acceptance_no).rows  # type: ignore[arg-type]
    assert [r.name for r in rows] == ["赵六"]


def test_accept_is_not_offered_for_other_services(qtbot: QtBot, ui_ctx: object) -> None:
    page = ServiceGuidePage(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.select_service("death_deregistration")
    page.name.setText("钱七")
    page.id_number.setText(VALID_ID)
    for material in page.checklist.applicable:
        page.materials.set_brought(material.id)
    assert page.checklist.complete and not page.accept_button.isEnabled()
