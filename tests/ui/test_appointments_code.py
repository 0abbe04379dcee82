"""The 预约 tab checks in a booking by its confirmation code, such as one a resident made on the web page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counter_app.domain.booking_code import display_code
from counter_app.operations.appointments.booking import CHECKED_IN, create_slot
from counter_app.operations.self_service.bookings import book_online
from counter_app.operations.self_service.client import for_client


def test_a_web_booking_is_checked_in_by_its_code(qtbot: QtBot, ui_ctx, warnings):
    from counter_app.ui.pages.appointments_page import AppointmentsPage

    today = ui_ctx.now().date()
    slot = create_slot(ui_ctx, today, dt.time(17, 30), dt.time(18, 0), 2)
    online = book_online(for_client(ui_ctx, "198.51.100.7"), slot.id, "王五", "13800001111", "id_card_renewal")
    page = AppointmentsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show_day(today + dt.timedelta(days=1))  # the clerk is looking at another day
    arrived = []
    page.checked_in.connect(arrived.append)

    page.code_edit.setText("zzzz-zzzz")
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    assert warnings and "确认码" in warnings[-1] and not arrived

    page.code_edit.setText(display_code(online.code).lower())
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert [view.status for view in arrived] == [CHECKED_IN] and arrived[0].name == "王五"
    assert page.day() == today and page.code_edit.text() == ""
    assert [row.status for row in page.bookings] == [CHECKED_IN]
