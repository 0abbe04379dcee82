"""The 工作日报 tab: known data → the figures shown, month mode's per-day bars, PDF / XLSX export, print preview."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.store.models import AuditEntry
from tests.report_data import D20, D23, NOW, A, B, C, add_bookings, at, card, case, follow_up, notice
from tests.ui.pages import in_chinese, show_page

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = "report-page.png"  # into the test's tmp folder: a test run leaves the work tree clean


@pytest.fixture
def known(ui_ctx):
    """Monday 23 November 2026, 15:00: five cases, one notice, two cards, three bookings, an overdue follow-up."""
    ui_ctx.clock = lambda: NOW
    with ui_ctx.db.write() as session:
        session.add_all(
            [
                case(A, D23, "done", "same_day", at(D23, 17, 30), at(D23, 10, 20)),  # kept
                case(A, D23, "done", "same_day", at(D23, 17, 30), at(D23, 17, 50), 20, "evening"),  # extended: kept
                case(B, D23, "accepted", "limit", None, at(D23, 12, 40), 30, "lunch"),
                case(B, D23, "notice", "none", None, at(D23, 11)),
                case(A, D23, "in_progress", "same_day", at(D23, 17, 30)),  # pending: not in the rate
                case(C, D20, "refused", "none", None, at(D20, 10)),
            ]
        )
        session.add(notice("N1", at(D23, 9)))
        session.add_all([card("C1", at(D23, 9, 10)), card("C2", at(date(2026, 10, 1), 9), arrived=at(D23, 11))])
        session.add(follow_up("回电", at(date(2026, 11, 1), 9), date(2026, 11, 15)))
        add_bookings(session, D23, time(17, 30), ["checked_in", "no_show", "booked"])
    return ui_ctx


def _page(qtbot: QtBot, ctx):
    from counter_app.ui.pages.report_page import ReportPage

    return show_page(qtbot, ReportPage(ctx), refresh=False)


def _figures(page) -> dict[str, str]:
    return {key: label.text() for key, label in page.figures.items()}


def _audits(ctx) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "report"))


def test_first_visit_shows_today_and_the_figures_match(qtbot: QtBot, known, warnings) -> None:
    page = _page(qtbot, known)
    assert not page.pdf_button.isEnabled()
    page.refresh()
    assert _figures(page) == {
        "cases": "5",
        "done": "2",
        "accepted": "1",
        "notice_cases": "1",
        "notices": "1",
        "refused": "0",
        "not_done": "0 / 1",
        "after_hours": "2 / 50",
        "same_day": "2 / 2 (100.0%), 1 in progress",
        "cards_accepted": "1",
        "cards_arrived": "1",
        "cards_collected": "0",
        "appointments": "3",
        "checked_in": "1",
        "no_show": "1",
        "overdue": "1",
    }
    assert "#fde2e2" in page.figures["overdue"].styleSheet()
    assert page.figures["same_day"].toolTip() == page.report.same_day.text()  # the report's own wording
    table = [
        [page.table.item(r, c).text() for c in range(page.table.columnCount())] for r in range(page.table.rowCount())
    ]
    assert table[:2] == [[A[1], "3", "2", "0", "0", "0", "0", "1", "1"], [B[1], "2", "0", "1", "1", "0", "0", "0", "1"]]
    assert table[2][1:] == ["5", "2", "1", "1", "0", "0", "1", "2"] and page.table.item(2, 0).font().bold()
    assert [(b.label, b.value) for b in page.chart.bars] == [(A[1], 3), (B[1], 2)]
    assert "2026年11月23日" in page.heading.text()
    assert page.pdf_button.isEnabled() and not warnings
    page.refresh()  # coming back to the tab keeps the report: no second audit entry
    assert _audits(known) == 1


def test_month_mode_shows_per_day_bars(qtbot: QtBot, known) -> None:
    page = _page(qtbot, known)
    page.set_period(D23)
    qtbot.mouseClick(page.month_check, Qt.MouseButton.LeftButton)
    assert page.month_check.isChecked() and page.date_edit.displayFormat() == "yyyy-MM"
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    report = page.report
    assert report is not None and report.period.kind == "month" and report.period.start == date(2026, 11, 1)
    assert len(page.chart.bars) == 30
    values = {i + 1: bar.value for i, bar in enumerate(page.chart.bars)}
    assert values[23] == 5 and values[20] == 1 and sum(values.values()) == 6
    assert page.chart.bars[22].label.startswith("11/23")
    assert page.figures["cases"].text() == "6" and page.figures["refused"].text() == "1"
    assert "2026年11月" in page.heading.text()
    assert page.table.rowCount() == 4  # three services and the total
    assert _audits(known) == 1


def test_export_pdf_and_xlsx_write_valid_files(qtbot: QtBot, known, tmp_path: Path, monkeypatch, warnings) -> None:
    from counter_app.ui.dialogs.pdf_preview import render_pages

    page = _page(qtbot, known)
    page.set_period(D23)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []

    def save_as(target: Path):
        def dialog(_parent, _title, suggested, _filter, *args):
            asked.append(suggested)
            return str(target), ""

        return dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(tmp_path / "day"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "day.pdf").read_bytes()  # the suffix was added
    assert pdf.startswith(b"%PDF") and len(render_pages(pdf, dpi=30)) >= 1

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(tmp_path / "day.xlsx"))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    book = load_workbook(io.BytesIO((tmp_path / "day.xlsx").read_bytes()))
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["办件总数"] == 5 and summary["延时服务分钟"] == 50
    assert asked == ["工作日报-2026-11-23.pdf", "工作日报-2026-11-23.xlsx"]

    # The period was changed but not shown: what is exported is counted and shown first.
    page.month_check.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(tmp_path / "month.xlsx"))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == "工作月报-2026-11.xlsx" and page.report.period.kind == "month"
    assert load_workbook(tmp_path / "month.xlsx").sheetnames == ["汇总", "按事项", "按日", "口径说明"]
    assert not warnings


def test_export_into_a_missing_folder_is_a_message(qtbot: QtBot, known, tmp_path: Path, monkeypatch, warnings) -> None:
    page = _page(qtbot, known)
    page.refresh()
    target = tmp_path / "no-such-folder" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    assert page.export_pdf() is None
    assert len(warnings) == 1 and not target.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))  # cancelled: nothing happens
    assert page.export_xlsx() is None and len(warnings) == 1


def test_print_goes_to_the_printer_print_dots_opens_the_preview(qtbot: QtBot, known, sent, monkeypatch,
                                                                wait_ops) -> None:
    from counter_app.ui.dialogs.pdf_preview import PdfPreviewDialog
    from counter_app.ui.printing_service import choosing_printer

    page = _page(qtbot, known)
    page.refresh()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert len(sent) == 1 and sent[0][0].startswith(b"%PDF")
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    with choosing_printer():
        page.print_report()
    wait_ops()
    assert len(sent) == 1 and len(shown) == 1 and shown[0].pdf.startswith(b"%PDF")
    assert shown[0].suggested_name == "工作日报-2026-11-23.pdf" and shown[0].images


def test_an_empty_day_shows_zeros_and_the_note(qtbot: QtBot, ui_ctx) -> None:
    page = _page(qtbot, ui_ctx)
    page.refresh()
    assert page.figures["cases"].text() == "0" and page.figures["same_day"].text() == "0 / 0 (—)"
    assert page.table.rowCount() == 0 and not page.chart.has_data()
    assert page.figures["overdue"].styleSheet() == ""


def test_screenshot(qtbot: QtBot, ui_ctx, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """A demo year (3,000 cases) and a lively today; the month view (Chinese where translated)."""
    from counter_app.demo.day import ensure_demo_day
    from counter_app.demo.year import make_demo_year

    in_chinese(request)
    ui_ctx.clock = lambda: NOW
    assert ensure_demo_day(ui_ctx)
    make_demo_year(ui_ctx, cases=3000)
    page = _page(qtbot, ui_ctx)
    page.set_period(date(2026, 11, 1), month=True)
    page.show_report()
    qtbot.wait(50)
    assert page.report.totals.cases > 100
    assert page.grab().save(str(tmp_path / SCREENSHOT))
    page.set_period(D23)
    page.show_report()
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / "report-page-day.png"))  # looked at while developing, not kept
    assert page.table.rowCount() > 2 and page.chart.has_data()


def test_screen_pdf_and_workbook_say_the_same(qtbot: QtBot, known) -> None:
    from counter_app.operations.reports.daily_report import report_pdf, report_xlsx
    from tests.printing.printing_samples import pdf_text, squash

    page = _page(qtbot, known)
    page.refresh()
    report = page.report
    assert report is not None
    screen = [[page.table.item(r, c).text() for c in range(page.table.columnCount())]
              for r in range(page.table.rowCount())]
    book = load_workbook(io.BytesIO(report_xlsx(report)))
    sheet = [[str(v) for v in row] for row in book["按事项"].iter_rows(min_row=2, values_only=True)]
    assert [row[1:] for row in screen] == [row[1:] for row in sheet]  # every row, the total included
    assert int(screen[-1][1]) == sum(int(v) for v in screen[-1][2:-1])  # the parts add up to the total
    text = squash(pdf_text(report_pdf(report)))
    assert "合计" + "".join(screen[-1][1:]) in text
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    sd = report.same_day
    assert squash(sd.text()) in text and summary["当日事当日办"] == sd.text()
    assert page.figures["same_day"].text().startswith(f"{sd.kept} / {sd.decided} (100.0%)")
    overdue = page.figures["overdue"].text()
    assert f"期末逾期未结{overdue}" in text and str(summary["期末逾期未结待办"]) == overdue
    for key, label in (("cases", "办件总数"), ("done", "当场办结"), ("notices", "发放一次性告知单")):
        assert str(summary[label]) == page.figures[key].text()
        assert f"{label}{page.figures[key].text()}" in text
    assert all(squash(line) in text for pair in report.definitions for line in pair)
