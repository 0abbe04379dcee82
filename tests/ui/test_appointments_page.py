"""The 预约 tab: generate slots, book through the dialog until full, check in, no-shows, tomorrow's list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.operations.appointments.booking import BOOKED, CHECKED_IN, NO_SHOW, book, generate_slots, slots_for
from counter_app.store.models import AppointmentSlot, AuditEntry, Booking

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = "appointments.png"  # into the test's tmp folder: a test run leaves the work tree clean
QM = ROOT / "resources" / "translations" / "counter_app_zh_CN.qm"
MONDAY = dt.date(2026, 11, 23)  # ui_ctx's clock: 10:30 that day; the template gives 17:30 and 18:00, 2 places each


@pytest.fixture
def page(qtbot: QtBot, ui_ctx):
    from counter_app.ui.pages.appointments_page import AppointmentsPage

    widget = AppointmentsPage(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.refresh()
    return widget


def _slot_in_db(ctx, slot_id: int) -> tuple[int, int, int]:
    with ctx.db.read() as session:
        slot = session.get(AppointmentSlot, slot_id)
        held = session.scalar(select(func.count()).where(Booking.slot_id == slot_id, Booking.status == BOOKED))
        return slot.capacity, slot.booked, held


def _with_dialog(qtbot: QtBot, fill: Callable[[object], None]) -> None:
    """Run ``fill`` on the modal booking dialog once the page's exec() has opened it."""

    def act() -> None:
        from counter_app.ui.dialogs.booking_dialog import BookingDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        fill(dialog)

    QTimer.singleShot(0, act)


def _type_booking(qtbot: QtBot, name: str, phone: str, service_filter: str = "") -> Callable[[object], None]:
    def fill(dialog) -> None:
        dialog.name.setText(name)  # Chinese goes in with setText, never keyClicks
        qtbot.keyClicks(dialog.phone, phone)
        if service_filter:
            qtbot.keyClicks(dialog.service_filter, service_filter)
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter books

    return fill


def _book_via_button(qtbot: QtBot, page, name: str, phone: str, service_filter: str = "") -> None:
    _with_dialog(qtbot, _type_booking(qtbot, name, phone, service_filter))
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)


def test_generate_and_book_until_full(qtbot: QtBot, ui_ctx, page, warnings: list[str]) -> None:
    assert page.slot_table.rowCount() == 0 and not page.book_button.isEnabled()
    qtbot.mouseClick(page.generate_day_button, Qt.MouseButton.LeftButton)
    assert [page.slot_table.item(r, 0).text() for r in range(2)] == ["17:30–18:00", "18:00–18:30"]
    assert page.selected_slot() is not None and page.selected_slot().start == dt.time(17, 30)
    slot_id = page.selected_slot().id

    _book_via_button(qtbot, page, "张三丰", "13812345678", "csdj")  # 出生登记 by its initials
    _book_via_button(qtbot, page, "李四", "139-0000-1111", "hkqr")
    assert not warnings
    assert page.booking_table.rowCount() == 2
    assert page.booking_table.item(0, 1).text() == "张三丰"
    assert page.booking_table.item(0, 2).text() != "13812345678"  # masked on screen
    assert page.booking_table.item(0, 3).text() == "出生登记"
    assert page.slot_table.item(0, 3).text() == "0"
    assert _slot_in_db(ui_ctx, slot_id) == (2, 2, 2)
    assert not page.book_button.isEnabled()  # full: nothing to offer

    page.slot_table.setCurrentCell(1, 0)  # the next slot: one place left when the dialog opens …
    assert page.book_button.isEnabled()
    other_slot = page.selected_slot().id
    book(ui_ctx, other_slot, "王五", "13700000001", "id_card_renewal")

    def another_counter_took_the_last_place(dialog) -> None:
        book(ui_ctx, other_slot, "赵六", "13700000002", "id_card_renewal")  # … and another counter takes it
        _type_booking(qtbot, "孙七", "13700000003", "sfzhl")(dialog)
        assert dialog.isVisible()  # refused: the dialog stays open with what was typed
        assert dialog.name.text() == "孙七"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _with_dialog(qtbot, another_counter_took_the_last_place)
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "约满" in warnings[0]
    assert _slot_in_db(ui_ctx, other_slot) == (2, 2, 2)
    assert page.slot_table.item(1, 3).text() == "0" and not page.book_button.isEnabled()


def test_bad_phone_keeps_the_dialog_open(qtbot: QtBot, ui_ctx, warnings: list[str]) -> None:
    from counter_app.ui.dialogs.booking_dialog import BookingDialog

    slot = generate_slots(ui_ctx, MONDAY)[0]
    dialog = BookingDialog(ui_ctx, slot)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("周八")
    assert dialog.service.currentIndex() == -1 and dialog.service_id() == ""  # nothing chosen for the clerk
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert warnings == ["Choose a service from the list."] and dialog.focusWidget() is dialog.service
    warnings.clear()
    qtbot.keyClicks(dialog.service_filter, "hkqr")
    assert dialog.service_id() == "hukou_move_in"
    qtbot.keyClicks(dialog.phone, "12345")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert len(warnings) == 1 and "12345" in warnings[0]
    assert dialog.isVisible() and dialog.booking is None
    assert dialog.focusWidget() is dialog.phone  # the named field, ready to correct
    dialog.service_filter.setText("zzzz-nothing")
    assert dialog.service_id() == ""
    dialog.accept()
    assert len(warnings) == 2 and dialog.isVisible()
    dialog.service_filter.clear()
    dialog.select_service("hukou_move_in")
    dialog.phone.setText("010-62345678")
    dialog.accept()
    assert len(warnings) == 2 and dialog.booking is not None
    assert dialog.booking.phone == "01062345678" and dialog.booking.service_name == "户口迁入"
    assert _slot_in_db(ui_ctx, slot.id) == (2, 1, 1)


def test_check_in_no_show_and_cancel(qtbot: QtBot, ui_ctx, page, warnings: list[str]) -> None:
    early, late = generate_slots(ui_ctx, MONDAY)
    arrived = book(ui_ctx, early.id, "张三丰", "13812345678", "birth_registration")
    absent = book(ui_ctx, early.id, "李四", "13900001111", "id_card_renewal")
    cancelled = book(ui_ctx, late.id, "王五", "13700000001", "id_card_renewal")
    page.refresh()
    assert page.booking_table.rowCount() == 2

    page.booking_table.setCurrentCell(1, 0)  # 李四: the slot has not ended, no no-show yet
    assert page.selected_booking_id() == absent.id
    assert page.cancel_button.isEnabled() and not page.no_show_button.isEnabled()

    page.slot_table.setCurrentCell(1, 0)
    page.booking_table.setCurrentCell(0, 0)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert _slot_in_db(ui_ctx, late.id) == (2, 0, 0)
    assert page.slot_table.item(1, 3).text() == "2"
    with ui_ctx.db.read() as session:
        assert session.get(Booking, cancelled.id).status == "cancelled"

    ui_ctx.clock = lambda: dt.datetime(2026, 11, 23, 18, 5)  # the first slot is over
    page.refresh()
    page.slot_table.setCurrentCell(0, 0)
    page.booking_table.setCurrentCell(0, 0)
    assert page.selected_booking_id() == arrived.id
    assert page.booking_table.item(0, 0).background().color().name() == "#fde2e2"  # overdue, not yet handled
    with qtbot.waitSignal(page.checked_in, timeout=1000) as signal:
        qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].id == arrived.id and signal.args[0].status == "checked_in"
    page.booking_table.setCurrentCell(1, 0)
    assert page.selected_booking_id() == absent.id and page.no_show_button.isEnabled()
    qtbot.mouseClick(page.no_show_button, Qt.MouseButton.LeftButton)
    assert not warnings
    with ui_ctx.db.read() as session:
        assert session.get(Booking, arrived.id).status == CHECKED_IN
        assert session.get(Booking, absent.id).status == NO_SHOW
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "appointment.check_in" in actions and "appointment.no_show" in actions
    assert page.booking_table.item(0, 0).background().color().name() != "#fde2e2"


def test_no_shows_for_the_day_and_a_refused_check_in(qtbot: QtBot, ui_ctx, page, warnings: list[str]) -> None:
    early, late = generate_slots(ui_ctx, MONDAY)
    first = book(ui_ctx, early.id, "张三丰", "13812345678", "birth_registration")
    second = book(ui_ctx, late.id, "李四", "13900001111", "id_card_renewal")
    ui_ctx.clock = lambda: dt.datetime(2026, 11, 24, 9, 0)  # the next morning
    page.show_day(MONDAY)
    assert page.day() == MONDAY
    qtbot.mouseClick(page.day_no_shows_button, Qt.MouseButton.LeftButton)
    with ui_ctx.db.read() as session:
        assert {session.get(Booking, b.id).status for b in (first, second)} == {NO_SHOW}
    assert "2" in page.status.text()

    page.slot_table.setCurrentCell(0, 0)
    page.booking_table.setCurrentCell(0, 0)
    assert not page.check_in_button.isEnabled()  # not the slot's day any more
    page.check_in_selected()  # the operation refuses it too, with its message
    assert len(warnings) == 1 and "当天" in warnings[0]

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.day() == MONDAY + dt.timedelta(days=1) and page.slot_table.rowCount() == 0
    qtbot.mouseClick(page.generate_ahead_button, Qt.MouseButton.LeftButton)
    assert page.slot_table.rowCount() == 2
    assert len(slots_for(ui_ctx, MONDAY + dt.timedelta(days=5))) == 6  # Saturday morning


def test_print_tomorrows_list(qtbot: QtBot, ui_ctx, page, sent, wait_ops) -> None:
    from counter_app.ui.dialogs.pdf_preview import render_pages

    tomorrow = MONDAY + dt.timedelta(days=1)
    slot = generate_slots(ui_ctx, tomorrow)[0]
    book(ui_ctx, slot.id, "张三丰", "13812345678", "birth_registration", note="带出生医学证明")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert len(sent) == 1
    pdf, printer, title = sent[0]
    assert pdf.startswith(b"%PDF") and len(render_pages(pdf)) == 1
    assert printer == "" and title == "Appointments 2026-11-24"
    with ui_ctx.db.read() as session:
        assert session.scalar(select(AuditEntry.target).where(AuditEntry.action == "print.appointment_list")) == (
            tomorrow.isoformat()
        )


def test_screenshot(qtbot: QtBot, ui_ctx, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """A Saturday morning with a full slot, a late applicant, and the rest coming (Chinese where translated)."""
    from PySide6.QtCore import QTranslator

    from counter_app.ui.pages.appointments_page import AppointmentsPage

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    request.addfinalizer(lambda: app.removeTranslator(translator))
    saturday = dt.date(2026, 11, 28)
    ui_ctx.clock = lambda: dt.datetime(2026, 11, 28, 8, 0)
    slots = generate_slots(ui_ctx, saturday)
    people = [
        ("张三丰", "13812345678", "birth_registration", "带出生医学证明原件"),
        ("李四", "13900001111", "id_card_renewal", ""),
        ("王五", "13700000001", "hukou_move_in", "准迁证已办"),
        ("赵六", "13600000002", "residence_permit_apply", ""),
        ("孙七", "13500000003", "no_criminal_record_certificate", "出国留学用"),
    ]
    for slot, (name, phone, service, note) in zip(
        [slots[0], slots[0], slots[1], slots[1], slots[2]], people, strict=True
    ):
        book(ui_ctx, slot.id, name, phone, service, note=note)
    ui_ctx.clock = lambda: dt.datetime(2026, 11, 28, 9, 40)
    page = AppointmentsPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_day(saturday)
    page.refresh()
    page.booking_table.setCurrentCell(0, 0)
    from counter_app.operations.appointments.day_list import check_in

    check_in(ui_ctx, page.selected_booking_id())
    page.slot_table.clearSelection()
    page.refresh()
    page.slot_table.clearSelection()  # the whole day's list
    page.status.setText(page.tr("{name} checked in").format(name="张三丰"))
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / SCREENSHOT))
