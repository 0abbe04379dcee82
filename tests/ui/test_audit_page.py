"""The audit log viewer: filters typed by the supervisor, paging by 500, CSV export, and a clerk refused."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from counter_app.operations.admin.accounts import authenticate
from counter_app.ui.pages.audit_page import PAGE_SIZE, AuditPage
from tests.ui.staff import CLERK_PW, NOW, as_clerk, fast_hashing, staffed_ctx  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def boxes(shown):  # noqa: ANN001, ANN201 - the RecordingPresenter of conftest
    """What the supervisor was told, refusals and results alike."""
    return shown


@pytest.fixture
def logged(staffed_ctx):  # noqa: F811
    """Two logins of li at 窗口2 today, one failed login yesterday."""
    authenticate(staffed_ctx, "li", CLERK_PW, "窗口2")
    authenticate(staffed_ctx, "li", CLERK_PW, "窗口2")
    staffed_ctx.clock.now = NOW - timedelta(days=1)
    with pytest.raises(Exception, match="不正确"):
        authenticate(staffed_ctx, "li", "wrong-password", "窗口3")
    staffed_ctx.clock.now = NOW
    return staffed_ctx


def _page(qtbot: QtBot, ctx) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def _column(page: AuditPage, col: int) -> list[str]:
    return [page.model.text(r, col) for r in range(page.model.rowCount())]


def test_filters(qtbot: QtBot, logged, boxes) -> None:
    page = _page(qtbot, logged)
    assert {"新建账号", "登录", "登录失败"} <= set(_column(page, 3))  # phrases, not codes
    assert page.clerk.findText("li") >= 0  # the clerk names are offered

    page.clerk.setEditText("li")
    qtbot.keyClick(page.clerk.lineEdit(), Qt.Key.Key_Return)
    assert set(_column(page, 1)) == {"li"} and len(_column(page, 1)) == 3

    page.clerk.setEditText("")
    page.workstation.setText("窗口2")
    page.action.setEditText("login")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert _column(page, 3) == ["登录", "登录"] and set(_column(page, 2)) == {"窗口2"}

    page.workstation.clear()
    page.date_to.setDate(QDate(2026, 11, 22))
    page.search()
    assert _column(page, 3) == ["登录失败"] and _column(page, 2) == ["窗口3"]
    assert "原因：密码错误" in _column(page, 5)[0]
    assert _column(page, 0) == ["2026-11-22 10:30:00"]

    page.date_from.setDate(QDate(2026, 11, 23))
    page.search()
    assert boxes.refusals == ["起始日期 2026-11-23 晚于截止日期 2026-11-22"]


def test_paging_by_500(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    with staffed_ctx.db.write() as session:
        for n in range(PAGE_SIZE + 120):
            staffed_ctx.audit(session, "card.test", f"C{n:04d}")
    page = _page(qtbot, staffed_ctx)
    page.action.setEditText("card.")
    page.search()
    assert page.model.rowCount() == PAGE_SIZE and page.next_button.isEnabled()
    assert not page.previous_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 120 and not page.next_button.isEnabled()
    assert "501–620" in page.count_label.text()
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == PAGE_SIZE and page.offset == 0


def test_export_csv(qtbot: QtBot, logged, boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wait_ops) -> None:
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    page = _page(qtbot, logged)
    page.action.setEditText("login")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_ops()  # written off the GUI thread
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["时间", "操作员", "窗口", "操作", "对象", "详情"]
    assert sorted(r[3] for r in rows[1:]) == ["login", "login", "login.failed"]
    assert boxes.informations == [f"3 entries written to {out}"] and not boxes.refusals
    page.action.setEditText("export")
    page.search()
    assert _column(page, 3) == ["导出"]


def test_export_cancelled_writes_nothing(qtbot: QtBot, logged, boxes, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page = _page(qtbot, logged)
    page.export()
    page.action.setEditText("export")
    page.search()
    assert page.model.rowCount() == 0 and not boxes.informations and not boxes.refusals


def test_a_clerk_sees_a_note_and_is_refused(qtbot: QtBot, staffed_ctx, boxes) -> None:  # noqa: F811
    page = _page(qtbot, as_clerk(staffed_ctx))
    assert page.model.rowCount() == 0 and "supervisor" in page.count_label.text() and not boxes.refusals
    page.search()
    assert boxes.refusals == ["无权查看操作日志：需要主管权限，当前用户 li 是窗口人员。"]


def test_screenshot(qtbot: QtBot, logged, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from PySide6.QtWidgets import QApplication

    from counter_app.ui.i18n import load_translation

    assert load_translation(QApplication.instance(), "zh_CN")
    with logged.db.write() as session:
        for n in range(12):
            logged.clock.now = NOW - timedelta(minutes=7 * n)
            logged.audit(session, "card.pickup", f"2026112300{n:02d}", shelf=f"A-{n % 4}", by="本人")
    logged.clock.now = NOW
    page = _page(qtbot, logged)
    qtbot.wait(50)
    shot = tmp_path / "audit-log.png"  # a test run leaves the work tree clean
    assert page.grab().save(str(shot))
    assert date(2026, 11, 16) == page.date_from.date().toPython()
    assert isinstance(page.rows[0].at, datetime)
