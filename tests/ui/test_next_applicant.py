"""One applicant after another: Ctrl+N clears the person just served, and nothing of them reaches the next service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.ui.main_window import MainWindow

VALID_ID = "11010519491231002X"


def test_ctrl_n_forgets_the_previous_person(qtbot: QtBot, ui_ctx, sent, wait_ops) -> None:
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    guide = window.guide
    guide.select_service("birth_registration")
    guide.name.setText("王小明")
    guide.id_number.setText(VALID_ID)
    guide.phone.setText("13800001234")
    guide.channel.setCurrentIndex(guide.channel.findData("green_channel"))
    guide.questions.answer("married", False)
    first_material = guide.checklist.missing[0].id
    guide.materials.set_brought(first_material)
    guide.print_notice()
    wait_ops()
    assert len(sent) == 1
    assert QApplication.focusWidget() is guide.next_button  # offered after the notice
    qtbot.keyClick(guide.next_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert (guide.name.text(), guide.id_number.text(), guide.phone.text()) == ("", "", "")
    assert guide.service is None and guide.checklist is None and not guide.questions.explicit
    assert guide.materials.rowCount() == 0 and not guide.materials.brought
    assert guide.serving_since is None and guide.channel.currentData() == "regular"
    assert QApplication.focusWidget() is guide.search

    guide.select_service("birth_registration")  # the same service again, for the next person
    checklist = guide.checklist
    assert checklist.answers.get("married") is not False  # the default, not the previous person's answer
    assert not checklist.brought and first_material in {m.id for m in checklist.missing}
    assert guide.id_valid is None and not guide.can_accept()
    guide.select_service("id_card_renewal")  # nor does anything carry into another service
    assert not guide.checklist.brought and guide.name.text() == ""
