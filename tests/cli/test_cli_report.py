"""``counter-app report daily``: PDF and XLSX files for a day or a month, and clear refusals."""

from __future__ import annotations

import argparse
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter_app.bootstrap import open_context
from counter_app.cli.report import add_report_parser, run_report_command
from counter_app.demo.day import make_demo_year


def _parser() -> argparse.ArgumentParser:
    # The same global options as counter_app.cli.main, which wires add_report_parser into its own parser.
    parser = argparse.ArgumentParser(prog="counter-app")
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    add_report_parser(parser.add_subparsers(dest="command"))
    return parser


def run(*argv: str) -> int:
    return run_report_command(_parser().parse_args(list(argv)))


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'report.db'}"
    ctx = open_context(url)
    ctx.clock = lambda: datetime(2026, 11, 23, 10, 0)
    made = make_demo_year(ctx, cases=3_000, seed=3, end_day=date(2026, 11, 22))
    assert made.cases == 3_000 and made.notices and made.bookings and made.follow_ups
    return url


def test_month_as_xlsx_and_day_as_pdf(db, tmp_path, capsys):
    xlsx = tmp_path / "month.xlsx"
    assert run("--db", db, "report", "daily", "--month", "2026-10", "-o", str(xlsx)) == 0
    assert "2026年10月" in capsys.readouterr().out
    book = load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    per_day = list(book["按日"].iter_rows(min_row=2, values_only=True))
    assert len(per_day) == 31
    assert summary["办件总数"] == sum(row[1] for row in per_day) > 0
    by_service = list(book["按事项"].iter_rows(min_row=2, values_only=True))
    assert by_service[-1][0] == "合计" and by_service[-1][1] == summary["办件总数"]
    assert sum(row[1] for row in by_service[:-1]) == summary["办件总数"]

    pdf = tmp_path / "day.pdf"
    assert run("--db", db, "report", "daily", "--date", "2026-11-20", "-o", str(pdf)) == 0
    assert "工作日报" in PdfReader(pdf).pages[0].extract_text().replace(" ", "")


def test_bad_period_and_extension_are_refused(db, tmp_path, capsys):
    assert run("--db", db, "report", "daily", "--month", "2026-13", "-o", str(tmp_path / "x.pdf")) == 2
    assert "2026-13" in capsys.readouterr().err
    assert run("--db", db, "report", "daily", "-o", str(tmp_path / "x.docx")) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_reported_not_raised(db, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "day.pdf"
    assert run("--db", db, "report", "daily", "--date", "2026-11-20", "-o", str(target)) == 1
    assert "无法写入" in capsys.readouterr().err


def test_report_daily_honours_font(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    import printing
    from counter_app.cli.main import main
    from printing import fonts

    droid = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    if not droid.is_file():
        pytest.skip("fonts-droid-fallback is not installed (.ci/run installs it)")
    monkeypatch.delenv("COUNTER_APP_FONT", raising=False)
    out = tmp_path / "day.pdf"
    try:
        assert main(["--font", str(droid), "--db", f"sqlite:///{tmp_path / 'r.db'}", "report", "daily",
                     "--date", "2026-11-20", "-o", str(out)]) == 0
        assert printing.font_path_in_use() == droid
        assert "2026年11月20日" in "".join(p.extract_text() for p in PdfReader(out).pages)
    finally:
        os.environ.pop("COUNTER_APP_FONT", None)  # main() set it for the run, as --font does
        fonts.forget_fonts()
