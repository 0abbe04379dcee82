"""The ID-card reader in the window, end to end: the stand-in library read by the real adapter in the polling
thread, the card handed to the guide, the lookup (刷证查询) and the hand-over dialog, every read audited masked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.devices.id_reader import SdtApiReader
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.store.models import AuditEntry, CardCase
from tests.devices.standin import LI, ZHANG


@pytest.fixture
def window(qtbot: QtBot, ui_ctx, standin) -> Iterator[object]:
    from counter_app.ui.card_reader import CardReaderDesk
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.card_reader = CardReaderDesk(window, ui_ctx)
    window.card_reader.start_with(SdtApiReader(str(standin.path), today=lambda: ui_ctx.now().date()))
    yield window
    window.card_reader.stop()


def _arrived(ctx, card) -> str:
    number = accept_card(ctx, service_id="id_card_renewal", name=card.name, id_number=card.id_number,
                         phone="13812345678", reason="renewal", fee="20", pickup_method="counter").acceptance_no
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        move_card(ctx, number, state)
    return number


def _reads(ctx) -> list[tuple[str, dict]]:
    with ctx.db.read() as session:
        return [(e.target, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "id_card.read").order_by(AuditEntry.id))]


def test_guide_fills_name_and_number_and_derives(qtbot: QtBot, window, standin, ui_ctx) -> None:
    window.tabs.setCurrentWidget(window.guide)
    window.guide.select_service("id_card_renewal")
    standin.put(ZHANG)
    qtbot.waitUntil(lambda: window.guide.id_number.text() == ZHANG.id_number, timeout=5000)
    assert window.guide.name.text() == "张晓红" and window.guide.id_valid == ZHANG.id_number
    assert "1949" in window.guide.id_message.text() or "76" in window.guide.id_message.text()  # derived as typed
    reads = _reads(ui_ctx)
    assert len(reads) == 1 and ZHANG.id_number not in reads[0][0] and reads[0][1]["purpose"] == "guide"
    qtbot.wait(1000)
    assert len(_reads(ui_ctx)) == 1  # the card still lying there is not read again


def test_an_expired_card_is_shown_as_expired(qtbot: QtBot, window, standin) -> None:
    window.tabs.setCurrentWidget(window.guide)
    standin.put(LI)
    qtbot.waitUntil(lambda: window.guide.id_number.text() == LI.id_number, timeout=5000)
    assert "expired on 2022-01-01" in window.guide.id_message.text()


def test_elsewhere_a_read_opens_the_lookup_with_that_persons_cards(qtbot: QtBot, window, standin, ui_ctx) -> None:
    number = _arrived(ui_ctx, ZHANG)
    _arrived(ui_ctx, LI)
    window.tabs.setCurrentWidget(window.appointments)
    standin.put(ZHANG)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.lookup and window.lookup.detail is not None,
                    timeout=5000)
    assert window.lookup.detail.row.acceptance_no == number
    assert _reads(ui_ctx)[0][1]["purpose"] == "lookup"


def _handover(qtbot: QtBot, window, ui_ctx, number: str):
    from counter_app.operations.cards.lookup import lookup
    from counter_app.ui.dialogs.pickup_dialog import PickupDialog

    row = lookup(ui_ctx, number).rows[0]
    dialog = PickupDialog(ui_ctx, row, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.old_card.setChecked(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    return dialog


def _collected_by(ctx, number: str) -> dict:
    with ctx.db.read() as session:
        return session.scalar(select(CardCase.collected_by).where(CardCase.acceptance_no == number))


def test_handover_with_the_holders_card_is_self_pickup(qtbot: QtBot, window, standin, ui_ctx) -> None:
    number = _arrived(ui_ctx, ZHANG)
    dialog = _handover(qtbot, window, ui_ctx, number)
    standin.put(ZHANG)
    qtbot.waitUntil(lambda: dialog.card_read is not None, timeout=5000)
    assert dialog.self_button.isChecked() and "in person" in dialog.read_note.text()
    assert ZHANG.id_number not in dialog.read_note.text()  # masked on the screen the applicant may see
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _collected_by(ui_ctx, number)["id_card_read"] is True and _collected_by(ui_ctx, number)["proxy"] is None
    assert _reads(ui_ctx)[0][1]["purpose"] == "hand_out"


def test_handover_with_another_persons_card_is_a_checked_proxy(qtbot: QtBot, window, standin, ui_ctx,
                                                                warnings) -> None:
    number = _arrived(ui_ctx, ZHANG)
    dialog = _handover(qtbot, window, ui_ctx, number)
    standin.put(LI)
    qtbot.waitUntil(lambda: dialog.card_read is not None, timeout=5000)
    assert dialog.proxy_button.isChecked() and dialog.proxy_name.text() == "李四"
    assert dialog.proxy_id.text() == LI.id_number and "expired" in dialog.read_note.text()
    dialog.self_button.setChecked(True)  # the clerk tries "in person" with someone else's card: refused
    dialog.accept()
    assert warnings and "不是申请人本人" in warnings[-1] and dialog.result() != dialog.DialogCode.Accepted
    dialog.proxy_button.setChecked(True)
    dialog.proxy_id.setText(ZHANG.id_number)  # a proxy number other than the card read: refused
    dialog.accept()
    assert "不一致" in warnings[-1]
    dialog.proxy_id.setText(LI.id_number)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    proxy = _collected_by(ui_ctx, number)["proxy"]
    assert proxy["name"] == "李四" and proxy["id_number"] == LI.id_number


def test_nothing_is_read_into_the_window_behind_a_locked_screen(qtbot: QtBot, window, standin, ui_ctx) -> None:
    window.idle_lock.lock_now()
    window.tabs.setCurrentWidget(window.guide)
    standin.put(ZHANG)
    qtbot.wait(1200)
    assert window.guide.name.text() == "" and _reads(ui_ctx) == []


def test_a_keyboard_wedge_reader_typing_the_number_opens_the_lookup(qtbot: QtBot, ui_ctx) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from counter_app.ui.main_window import MainWindow

    number = _arrived(ui_ctx, ZHANG)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    ticks = iter(range(10**6))
    window.scanner.clock = lambda: next(ticks) * 0.005  # a reader types a key every 5 ms
    # On a busy test machine the keys below may be more than the release delay apart in real time.
    window.scanner._release_timer.setInterval(10_000)
    window.tabs.setCurrentWidget(window.guide)
    window.guide.phone.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.guide.phone)
    for char in ZHANG.id_number[:17]:
        qtbot.keyClick(window.guide.phone, getattr(Qt.Key, f"Key_{char}"))
    qtbot.keyClick(window.guide.phone, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.guide.phone, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.lookup and window.guide.phone.text() == ""
    assert window.lookup.detail is not None and window.lookup.detail.row.acceptance_no == number


def test_a_read_that_cannot_be_audited_is_not_used(qtbot: QtBot, window, standin, ui_ctx, warnings,
                                                   monkeypatch) -> None:
    from counter_app.domain.errors import DomainError
    from counter_app.ui import card_reader

    def refuse(*_args: object) -> None:
        raise DomainError("offline", "数据库暂时无法连接")

    monkeypatch.setattr(card_reader, "record_card_read", refuse)
    window.tabs.setCurrentWidget(window.guide)
    standin.put(ZHANG)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert warnings == ["数据库暂时无法连接"] and window.guide.name.text() == ""
