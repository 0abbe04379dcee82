"""The 到证与通知 tab: check a dispatch list, commit it, then mark the holders notified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail
from counter_app.operations.cards.pickup_notices import unnotified
from tests.id_numbers import make_id


def _dispatched(ctx, name: str, seq: int, phone: str) -> tuple[str, str, str]:
    id_number = make_id(seq)
    no = accept_card(ctx, service_id="id_card_renewal", name=name, id_number=id_number, phone=phone,
                     reason="renewal", fee="20", pickup_method="counter").acceptance_no
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED):
        move_card(ctx, no, state)
    return no, id_number, name


def test_import_commit_and_notify(qtbot: QtBot, ui_ctx, tmp_path: Path, warnings: list[str]) -> None:
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    shown = warnings
    cases = [_dispatched(ui_ctx, "张三丰", 1, "13812345678"), _dispatched(ui_ctx, "张无忌", 2, "13900001111")]
    csv_path = tmp_path / "到证清单.csv"
    lines = ["受理编号,身份证号,姓名"] + [",".join(case) for case in cases]
    csv_path.write_bytes("\r\n".join(lines).encode("utf-8-sig") + b"\r\n")

    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.notice_table.rowCount() == 0

    report = page.preview_file(csv_path)
    assert not shown
    assert report is not None and not report.committed
    assert [r.verdict for r in report.rows] == ["matched", "matched"]
    assert page.import_table.rowCount() == 2
    assert page.import_table.item(0, 1).text() == cases[0][0]
    assert page.commit_button.isEnabled()
    assert all(card_detail(ui_ctx, no).row.state is CardState.DISPATCHED for no, _, _ in cases)
    assert page.notice_table.rowCount() == 0

    report = page.commit()
    assert not shown
    assert report is not None and report.committed
    assert all(card_detail(ui_ctx, no).row.state is CardState.ARRIVED for no, _, _ in cases)
    assert all(page.import_table.item(r, 4).text() for r in range(2))
    assert not page.commit_button.isEnabled()
    assert page.notice_table.rowCount() == 2
    assert {page.notice_table.item(r, 0).text() for r in range(2)} == {no for no, _, _ in cases}

    first = page.notice_table.item(0, 0).text()
    page.notice_table.selectionModel().select(
        page.notice_table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.selected_numbers() == [first]
    assert page.mark_selected("phone") == 1
    assert not shown
    assert page.notice_table.rowCount() == 1
    assert page.notice_table.item(0, 0).text() != first
    assert [n.acceptance_no for n in unnotified(ui_ctx)] == [page.notice_table.item(0, 0).text()]


def test_unreadable_file_warns(qtbot: QtBot, ui_ctx, tmp_path: Path, warnings: list[str]) -> None:
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    shown = warnings
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01garbage")
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.preview_file(bad) is None
    assert len(shown) == 1
    assert not page.commit_button.isEnabled()
    assert page.commit() is None


def test_scanning_an_acceptance_number_shelves_the_card(qtbot: QtBot, ui_ctx) -> None:
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    case = accept_card(ui_ctx, service_id="id_card_first", name="孙八", id_number="11010519491231002X", phone=None,
                       reason="first", fee=0, pickup_method="counter")
    move_card(ui_ctx, case.acceptance_no, CardState.IN_PRODUCTION)
    move_card(ui_ctx, case.acceptance_no, CardState.DISPATCHED)
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.scan, case.acceptance_no)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert "A-001" in page.scan_result.text() and page.scan.text() == ""
    qtbot.keyClicks(page.scan, case.acceptance_no)  # scanned twice: the reason is shown, nothing breaks
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert "A-001" not in page.scan_result.text() and page.scan_result.text()


def test_overdue_dialog_lists_cards_past_the_limit(qtbot: QtBot, ui_ctx) -> None:
    from datetime import datetime

    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    case = accept_card(ui_ctx, service_id="id_card_first", name="吴九", id_number="11010519491231002X", phone=None,
                       reason="first", fee=0, pickup_method="counter")
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        move_card(ui_ctx, case.acceptance_no, state)
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.overdue_dialog().table.rowCount() == 0
    ui_ctx.clock = lambda: datetime(2027, 3, 1, 10, 0)  # well past the default 60 days
    table = page.overdue_dialog().table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "吴九"


def test_a_problem_row_blocks_commit_until_the_clerk_accepts_the_list_partially(
        qtbot: QtBot, ui_ctx, tmp_path: Path, shown) -> None:
    from counter_app.operations.follow_ups.notebook import list_follow_ups
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    asked = shown.questions  # answered Yes
    good = _dispatched(ui_ctx, "张三丰", 1, "13812345678")
    other = _dispatched(ui_ctx, "张无忌", 2, "13900001111")
    csv_path = tmp_path / "到证清单.csv"
    lines = ["受理编号,身份证号,姓名", ",".join(good), f"{other[0]},4.10105E+17,{other[2]}"]
    csv_path.write_bytes("\r\n".join(lines).encode("utf-8-sig") + b"\r\n")

    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    report = page.preview_file(csv_path)
    assert report is not None and report.problems == 1 and report.matched == 1
    assert not page.commit_button.isEnabled() and page.partial_button.isEnabled()
    assert page.import_table.item(0, 0).text() == "3"  # the problem row first
    assert "科学计数法" in page.import_table.item(0, 4).text()
    page.grab().save(str(tmp_path / "arrivals-problem.png"))

    report = page.commit_partially()
    assert report is not None and report.committed and report.follow_ups == 1 and len(asked) == 1
    assert card_detail(ui_ctx, good[0]).row.state is CardState.ARRIVED
    assert card_detail(ui_ctx, other[0]).row.state is CardState.DISPATCHED
    titles = [f.title for f in list_follow_ups(ui_ctx)]
    assert len(titles) == 1 and other[0] in titles[0] and "第3行" in titles[0]
    assert not page.partial_button.isVisible() and not page.commit_button.isEnabled()


def test_a_workbook_with_two_lists_asks_for_the_sheet(qtbot: QtBot, ui_ctx, tmp_path: Path, monkeypatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QInputDialog

    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    first, second = _dispatched(ui_ctx, "张三丰", 1, "13812345678"), _dispatched(ui_ctx, "张无忌", 2, "13900001111")
    book = openpyxl.Workbook()
    book.active.title = "上午"
    book.active.append(["受理编号", "身份证号", "姓名"])
    book.active.append(list(first))
    sheet = book.create_sheet("下午")
    sheet.append(["受理编号", "身份证号", "姓名"])
    sheet.append(list(second))
    path = tmp_path / "到证.xlsx"
    book.save(path)
    offered: list[list[str]] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: offered.append(items) or ("下午", True))
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    report = page.preview_file(path)
    assert offered == [["上午", "下午"]] and report is not None and report.sheet == "下午"
    assert page.commit_button.isEnabled()
    report = page.commit()
    assert report is not None and report.committed and report.sheet == "下午"
    assert card_detail(ui_ctx, second[0]).row.state is CardState.ARRIVED
    assert card_detail(ui_ctx, first[0]).row.state is CardState.DISPATCHED
