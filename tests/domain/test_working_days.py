"""Tests for counter_app.domain.working_days (working days with 调休, station holiday files)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.working_days import (
    DueDate,
    StationDays,
    StationDaysError,
    WorkingCalendar,
    load_station_days,
)

D = dt.date
CAL = WorkingCalendar()
# The first year the installed chinese_calendar has no data for (2027 with chinese-calendar 1.11).
UNKNOWN_YEAR = CAL.known_until().year + 1


def _first_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


# --- National Day 2025: 1-8 October off, Sunday 28 Sep and Saturday 11 Oct are make-up working days

def test_national_day_2025_matches_chinese_calendar_itself() -> None:
    for offset in range(-5, 20):
        day = D(2025, 10, 1) + dt.timedelta(days=offset)
        assert CAL.is_working_day(day) == chinese_calendar.is_workday(day)
    assert not CAL.is_working_day(D(2025, 10, 1))
    assert not CAL.is_working_day(D(2025, 10, 8))
    assert CAL.is_working_day(D(2025, 9, 28))  # Sunday, make-up
    assert CAL.is_working_day(D(2025, 10, 11))  # Saturday, make-up


def test_counting_starts_the_day_after_acceptance_across_national_day() -> None:
    assert CAL.add_working_days(D(2025, 9, 30), 1) == DueDate(D(2025, 10, 9), False)
    assert CAL.add_working_days(D(2025, 9, 30), 2).date == D(2025, 10, 10)
    assert CAL.add_working_days(D(2025, 9, 30), 3).date == D(2025, 10, 11)  # the make-up Saturday
    assert CAL.add_working_days(D(2025, 9, 30), 4).date == D(2025, 10, 13)


def test_accepted_on_a_holiday() -> None:
    assert CAL.add_working_days(D(2025, 10, 3), 1).date == D(2025, 10, 9)


def test_zero_working_days_is_the_same_day() -> None:
    assert CAL.add_working_days(D(2025, 10, 3), 0) == DueDate(D(2025, 10, 3), False)


def test_negative_counts_are_rejected() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(D(2025, 1, 1), -1)
    with pytest.raises(ValueError):
        CAL.add_calendar_days(D(2025, 1, 1), -1)


# --- Spring Festival 2026 -------------------------------------------------------------------------

def test_spring_festival_2026() -> None:
    assert CAL.is_working_day(D(2026, 2, 14))  # Saturday, make-up
    assert not CAL.is_working_day(D(2026, 2, 17))  # 初一
    assert CAL.is_working_day(D(2026, 2, 28))  # Saturday, make-up
    # Accepted Friday 13 Feb: the next working day is the make-up Saturday.
    assert CAL.add_working_days(D(2026, 2, 13), 1).date == D(2026, 2, 14)
    first_after = min(d for d in (D(2026, 2, 15) + dt.timedelta(days=i) for i in range(14))
                      if chinese_calendar.is_workday(d))
    assert CAL.add_working_days(D(2026, 2, 14), 1).date == first_after
    assert CAL.working_days_between(D(2026, 2, 14), first_after) == 1


def test_twenty_working_days_from_before_spring_festival() -> None:
    due = CAL.add_working_days(D(2026, 2, 10), 20)
    expected = chinese_calendar.get_workdays(D(2026, 2, 11), D(2026, 4, 30))[19]
    assert due == DueDate(expected, False)


# --- calendar days, units, counting between -------------------------------------------------------

def test_calendar_days() -> None:
    assert CAL.add_calendar_days(D(2025, 9, 26), 5) == DueDate(D(2025, 10, 1), False)
    assert CAL.add_calendar_days(D(2025, 9, 26), 5, roll_forward=True).date == D(2025, 10, 9)
    assert CAL.add(D(2025, 9, 26), 5, "calendar_day").date == D(2025, 10, 1)
    assert CAL.add(D(2025, 9, 30), 1, "working_day").date == D(2025, 10, 9)
    with pytest.raises(ValueError):
        CAL.add(D(2025, 9, 30), 1, "fortnight")  # type: ignore[arg-type]


def test_working_days_between() -> None:
    assert CAL.working_days_between(D(2025, 9, 30), D(2025, 10, 11)) == 3
    assert CAL.working_days_between(D(2025, 10, 11), D(2025, 9, 30)) == -3
    assert CAL.working_days_between(D(2025, 10, 1), D(2025, 10, 1)) == 0


@given(start=st.dates(D(2024, 1, 1), D(2026, 9, 30)), n=st.integers(0, 60))
def test_add_and_between_agree_with_the_package(start: dt.date, n: int) -> None:
    due = CAL.add_working_days(start, n)
    assert not due.beyond_known_calendar
    assert CAL.working_days_between(start, due.date) == n
    if n:
        assert chinese_calendar.is_workday(due.date)
        assert len(chinese_calendar.get_workdays(start + dt.timedelta(days=1), due.date)) == n


# --- beyond the package's data --------------------------------------------------------------------

def test_beyond_known_calendar_falls_back_to_weekends_and_flags_it() -> None:
    assert CAL.known_until() == D(UNKNOWN_YEAR - 1, 12, 31)
    monday = _first_weekday_on_or_after(D(UNKNOWN_YEAR, 3, 1), 0)
    due = CAL.add_working_days(monday, 5)
    assert due == DueDate(monday + dt.timedelta(days=7), True)
    assert not CAL.is_working_day(monday + dt.timedelta(days=5))  # Saturday


def test_crossing_into_the_unknown_year_sets_the_flag() -> None:
    due = CAL.add_working_days(D(UNKNOWN_YEAR - 1, 12, 20), 20)
    assert due.beyond_known_calendar


def test_station_file_covers_the_unknown_year(tmp_path: Path) -> None:
    monday = _first_weekday_on_or_after(D(UNKNOWN_YEAR, 3, 1), 0)
    saturday = monday + dt.timedelta(days=5)
    path = tmp_path / "station.yaml"
    path.write_text(
        "# 本站补充的节假日\n"
        "holidays:\n"
        f"  - {monday + dt.timedelta(days=1)}   # a local rest day\n"
        f"  - {monday + dt.timedelta(days=2)}\n"
        "workdays:\n"
        f"  - '{saturday}'\n",
        encoding="utf-8",
    )
    extra = load_station_days(path)
    assert extra.years == {UNKNOWN_YEAR}
    cal = WorkingCalendar(extra)
    assert cal.known_until() == D(UNKNOWN_YEAR, 12, 31)
    assert cal.is_working_day(saturday)
    assert not cal.is_working_day(monday + dt.timedelta(days=1))
    # Tue and Wed off, Thu, Fri, make-up Sat, then the next Monday and Tuesday.
    assert cal.add_working_days(monday, 5) == DueDate(monday + dt.timedelta(days=8), False)


def test_station_days_override_the_package() -> None:
    cal = WorkingCalendar(StationDays(holidays=frozenset({D(2025, 10, 9)})))
    assert not cal.is_working_day(D(2025, 10, 9))
    assert cal.add_working_days(D(2025, 9, 30), 1).date == D(2025, 10, 10)


def test_known_until_needs_consecutive_station_years() -> None:
    cal = WorkingCalendar(StationDays(holidays=frozenset({D(UNKNOWN_YEAR + 1, 1, 1)})))
    assert cal.known_until() == D(UNKNOWN_YEAR - 1, 12, 31)


# --- station file errors --------------------------------------------------------------------------

def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "days.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_date_names_line_and_value(tmp_path: Path) -> None:
    path = _write(tmp_path, "holidays:\n  - 2027-01-01\n  - 2027-02-30\n")
    with pytest.raises(StationDaysError) as info:
        load_station_days(path)
    assert "第 3 行" in info.value.message
    assert "2027-02-30" in info.value.message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("holiday:\n  - 2027-01-01\n", "未知的项目「holiday」"),
        ("holidays: 2027-01-01\n", "应为日期列表"),
        ("holidays:\n  - 1/1/2027\n", "1/1/2027"),
        ("holidays:\n  - 2027-01-01\nworkdays:\n  - 2027-01-01\n", "同时列为休息日和工作日"),
        ("holidays: [2027-01-01\n", "格式错误"),
        ("- 2027-01-01\n", "holidays"),
    ],
)
def test_bad_station_files(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(StationDaysError) as info:
        load_station_days(_write(tmp_path, text))
    assert fragment in str(info.value)


def test_missing_station_file(tmp_path: Path) -> None:
    with pytest.raises(StationDaysError) as info:
        load_station_days(tmp_path / "nope.yaml")
    assert "找不到" in info.value.message


def test_empty_station_file(tmp_path: Path) -> None:
    assert load_station_days(_write(tmp_path, "")) == StationDays()
    assert load_station_days(_write(tmp_path, "holidays:\nworkdays: []\n")) == StationDays()
