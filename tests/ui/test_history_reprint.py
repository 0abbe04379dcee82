"""The notice history reprints a notice: the same number, no new record, a reprint in the audit log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.store.models import AuditEntry, Notice
from counter_app.ui.pages.guide_page import ServiceGuidePage
from counter_app.ui.pages.history_page import NoticeHistoryPage


def test_reprint_from_the_history(qtbot: QtBot, ui_ctx, sent, tmp_path: Path, wait_ops) -> None:
    guide = ServiceGuidePage(ui_ctx)
    qtbot.addWidget(guide)
    guide.select_service("birth_registration")
    guide.name.setText("张小明")
    guide.phone.setText("13800138000")
    assert guide.save_pdf(tmp_path / "notice.pdf") is not None

    history = NoticeHistoryPage(ui_ctx)
    qtbot.addWidget(history)
    history.query.setText("张小明")
    history.search()
    assert not history.reprint_button.isEnabled()  # nothing chosen yet
    history.table.selectRow(0)
    number = history.table.item(0, 0).text()
    assert history.reprint_button.isEnabled()
    qtbot.mouseClick(history.reprint_button, Qt.MouseButton.LeftButton)
    wait_ops()

    assert len(sent) == 1 and number in sent[0][2] and sent[0][0].startswith(b"%PDF")
    with ui_ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Notice)) == 1  # no second notice
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.target == number)).all()
    assert "notice.reprint" in actions
