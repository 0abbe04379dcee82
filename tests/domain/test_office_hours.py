"""Tests for counter_app.domain.office_hours: status, after-hours minutes and same-day deadlines."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.office_hours import (
    OfficeHours,
    OfficeHoursError,
    after_hours_minutes,
    day_kind,
    same_day_deadline,
    status_at,
)
from counter_app.domain.settings_registry import OFFICE_HOURS, SettingRefused, validated
from counter_app.domain.working_days import StationDays, WorkingCalendar

T = dt.datetime
CAL = WorkingCalendar()
HOURS = OfficeHours()
MONDAY = dt.date(2026, 11, 23)
FRIDAY = dt.date(2026, 11, 27)
SATURDAY = dt.date(2026, 11, 28)
MAKEUP_SATURDAY = dt.date(2026, 2, 14)  # Spring Festival 2026: a Saturday worked (调休上班)
NATIONAL_DAY = dt.date(2026, 10, 1)  # Thursday; 1-7 October off
NATIONAL_DAY_SATURDAY = dt.date(2026, 10, 3)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


# --- the schedule itself


def test_defaults_round_trip_through_json() -> None:
    data = HOURS.model_dump(mode="json")
    assert data["regular"]["mon"] == [
        {"start": "08:30:00", "end": "12:00:00"},
        {"start": "14:00:00", "end": "17:30:00"},
    ]
    assert "sat" not in data["regular"]
    assert data["weekend_duty"] == {"sat": [{"start": "09:00:00", "end": "12:00:00"}]}
    assert data["extended_until"] == "18:30:00"
    assert validated(OFFICE_HOURS, data) == HOURS
    assert validated(OFFICE_HOURS, {}) == HOURS


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"regular": {"tue": [{"start": "12:00", "end": "08:30"}]}},
            "周二办公时段 12:00–08:30：开始时间须早于结束时间",
        ),
        ({"regular": {"wed": [{"start": "09:00", "end": "09:00"}]}}, "周三办公时段 09:00–09:00"),
        (
            {"regular": {"thu": [{"start": "14:00", "end": "17:30"}, {"start": "08:30", "end": "12:00"}]}},
            "周四时段 14:00–17:30 与 08:30–12:00 顺序颠倒或重叠",
        ),
        (
            {"regular": {"fri": [{"start": "08:30", "end": "12:30"}, {"start": "12:00", "end": "17:30"}]}},
            "周五时段 08:30–12:30 与 12:00–17:30",
        ),
        (
            {"regular": {"sat": [{"start": "08:30", "end": "10:00"}]}, "makeup_day_follows": "sat"},
            "周六值班时段 09:00–12:00 与办公时段 08:30–10:00 重叠",
        ),
        ({"regular": {"mon": []}}, "调休上班日按周一作息，但周一没有办公时段"),
        ({"extended_until": "17:00"}, "延时服务结束时间 17:00 早于周一下班时间 17:30"),
        ({"regular": {"tux": []}}, "办公时段「tux」无效"),
        ({"weekend_duty": {"sun": [{"start": "nine", "end": "12:00"}]}}, "周末值班时段周日第 1 项开始时间无效"),
    ],
)
def test_bad_schedules_are_refused_naming_weekday_and_period(data: dict, expected: str) -> None:
    with pytest.raises(SettingRefused) as info:
        validated(OFFICE_HOURS, data)
    assert expected in info.value.message


def test_no_extended_service_is_allowed() -> None:
    hours = validated(OFFICE_HOURS, {"extended_until": None})
    assert status_at(hours, CAL, at(MONDAY, "17:45")).kind == "closed"
    assert same_day_deadline(hours, CAL, at(MONDAY, "17:45")) == T(2026, 11, 24)


# --- status at a moment: lunch-break edges, evening, midnight


@pytest.mark.parametrize(
    ("hhmm", "kind", "closes_at", "minutes", "next_opening"),
    [
        ("00:00", "closed", None, None, "08:30"),
        ("08:29:59", "closed", None, None, "08:30"),
        ("08:30", "regular", "12:00", 210, None),
        ("11:59", "regular", "12:00", 1, None),
        ("11:59:59", "regular", "12:00", 1, None),  # rounded up: never "0 minutes" while open
        ("12:00", "lunch", None, None, "14:00"),
        ("13:59:59", "lunch", None, None, "14:00"),
        ("14:00", "regular", "17:30", 210, None),
        ("17:30", "after_hours", "18:30", 60, "08:30+1"),
        ("18:29", "after_hours", "18:30", 1, "08:30+1"),
        ("18:30", "closed", None, None, "08:30+1"),
        ("23:59:59", "closed", None, None, "08:30+1"),
    ],
)
def test_status_on_a_working_day(hhmm, kind, closes_at, minutes, next_opening) -> None:
    status = status_at(HOURS, CAL, at(MONDAY, hhmm))
    assert status.kind == kind
    assert status.day_kind == "working"
    assert status.closes_at == (at(MONDAY, closes_at) if closes_at else None)
    assert status.minutes_to_close == minutes
    if next_opening is None:
        assert status.next_opening is None
    else:
        day = MONDAY + dt.timedelta(days=1) if next_opening.endswith("+1") else MONDAY
        assert status.next_opening == at(day, next_opening.removesuffix("+1"))


def test_friday_evening_next_opening_is_saturday_duty_then_monday() -> None:
    assert status_at(HOURS, CAL, at(FRIDAY, "19:00")).next_opening == at(SATURDAY, "09:00")
    status = status_at(HOURS, CAL, at(SATURDAY, "10:15"))
    assert (status.kind, status.day_kind, status.closes_at, status.minutes_to_close) == (
        "weekend_duty",
        "rest_day",
        at(SATURDAY, "12:00"),
        105,
    )
    after_duty = status_at(HOURS, CAL, at(SATURDAY, "12:00"))
    assert after_duty.kind == "closed"
    assert after_duty.next_opening == at(SATURDAY + dt.timedelta(days=2), "08:30")


def test_make_up_saturday_follows_monday_and_has_no_weekend_duty() -> None:
    assert day_kind(CAL, MAKEUP_SATURDAY) == "working"
    status = status_at(HOURS, CAL, at(MAKEUP_SATURDAY, "15:00"))
    assert (status.kind, status.closes_at) == ("regular", at(MAKEUP_SATURDAY, "17:30"))
    assert status_at(HOURS, CAL, at(MAKEUP_SATURDAY, "12:30")).kind == "lunch"
    assert status_at(HOURS, CAL, at(MAKEUP_SATURDAY, "18:00")).kind == "after_hours"
    assert after_hours_minutes(HOURS, CAL, at(MAKEUP_SATURDAY, "09:00"), at(MAKEUP_SATURDAY, "11:00")) == (0, None)
    assert same_day_deadline(HOURS, CAL, at(MAKEUP_SATURDAY, "09:00")) == at(MAKEUP_SATURDAY, "17:30")


def test_make_up_day_can_follow_another_weekday() -> None:
    data = HOURS.model_dump(mode="json")
    data["regular"]["fri"] = [{"start": "08:30", "end": "12:00"}, {"start": "13:30", "end": "16:00"}]
    data["makeup_day_follows"] = "fri"
    hours = validated(OFFICE_HOURS, data)
    assert status_at(hours, CAL, at(MAKEUP_SATURDAY, "13:45")).kind == "regular"
    assert same_day_deadline(hours, CAL, at(MAKEUP_SATURDAY, "13:45")) == at(MAKEUP_SATURDAY, "16:00")


def test_holiday_is_closed_all_day_even_on_a_duty_saturday() -> None:
    assert day_kind(CAL, NATIONAL_DAY) == "holiday"
    assert day_kind(CAL, NATIONAL_DAY_SATURDAY) == "holiday"
    assert day_kind(CAL, SATURDAY) == "rest_day"
    for day in (NATIONAL_DAY, NATIONAL_DAY_SATURDAY):
        status = status_at(HOURS, CAL, at(day, "10:00"))
        assert (status.kind, status.day_kind) == ("closed", "holiday")
        assert status.next_opening == at(dt.date(2026, 10, 8), "08:30")
    assert after_hours_minutes(HOURS, CAL, at(NATIONAL_DAY, "09:00"), at(NATIONAL_DAY, "10:30")) == (90, "holiday")
    assert same_day_deadline(HOURS, CAL, at(NATIONAL_DAY, "10:00")) == T(2026, 10, 2)


def test_station_file_days_win() -> None:
    # A local holiday on a Wednesday and a make-up Sunday in a year the package does not know.
    calendar = WorkingCalendar(StationDays(holidays=frozenset({MONDAY + dt.timedelta(days=2)})))
    assert status_at(HOURS, calendar, at(MONDAY + dt.timedelta(days=2), "10:00")).day_kind == "holiday"
    sunday = dt.date(2027, 2, 7)
    calendar = WorkingCalendar(StationDays(workdays=frozenset({sunday})))
    assert status_at(HOURS, calendar, at(sunday, "09:00")).kind == "regular"


@pytest.mark.parametrize("tz", [dt.UTC, dt.timezone(dt.timedelta(hours=8))])
def test_aware_times_are_refused(tz: dt.tzinfo) -> None:
    aware = at(MONDAY, "10:00").replace(tzinfo=tz)
    naive = at(MONDAY, "09:00")
    with pytest.raises(OfficeHoursError, match="时区"):
        status_at(HOURS, CAL, aware)
    with pytest.raises(OfficeHoursError, match="时区"):
        after_hours_minutes(HOURS, CAL, naive, aware.replace(hour=11))
    with pytest.raises(OfficeHoursError, match="时区"):
        same_day_deadline(HOURS, CAL, aware)


# --- after-hours minutes and their reason


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (at(MONDAY, "09:00"), at(MONDAY, "11:00"), (0, None)),
        (at(MONDAY, "11:50"), at(MONDAY, "12:30"), (30, "lunch")),
        (at(MONDAY, "12:00"), at(MONDAY, "14:00"), (120, "lunch")),
        (at(MONDAY, "11:00"), at(MONDAY, "15:00"), (120, "lunch")),
        (at(MONDAY, "08:00"), at(MONDAY, "08:45"), (30, "early")),
        (at(MONDAY, "17:00"), at(MONDAY, "18:10"), (40, "evening")),
        (at(MONDAY, "17:30"), at(MONDAY, "17:30:59"), (0, None)),
        (at(SATURDAY, "10:00"), at(SATURDAY, "11:00"), (60, "weekend_duty")),
        (at(SATURDAY, "11:00"), at(SATURDAY, "14:00"), (180, "rest_day")),
        (at(SATURDAY, "14:00"), at(SATURDAY, "15:00"), (60, "rest_day")),
    ],
)
def test_after_hours_minutes(start, end, expected) -> None:
    assert after_hours_minutes(HOURS, CAL, start, end) == expected


def test_after_hours_across_midnight_counts_each_day_on_its_own() -> None:
    # Monday 23:00 → Tuesday 01:00: 60 evening + 60 early; a tie goes to evening.
    assert after_hours_minutes(HOURS, CAL, at(MONDAY, "23:00"), T(2026, 11, 24, 1, 0)) == (120, "evening")
    # Friday 23:30 → Saturday 02:00: 30 evening, 120 on a rest day.
    assert after_hours_minutes(HOURS, CAL, at(FRIDAY, "23:30"), T(2026, 11, 28, 2, 0)) == (150, "rest_day")
    # A whole working day: all but its 7 regular hours; 8.5 h before opening outweigh 6.5 h after closing.
    assert after_hours_minutes(HOURS, CAL, T(2026, 11, 23), T(2026, 11, 24)) == (24 * 60 - 7 * 60, "early")
    # Ending exactly at midnight adds nothing from the next day.
    assert after_hours_minutes(HOURS, CAL, at(MONDAY, "23:00"), T(2026, 11, 24)) == (60, "evening")


def test_end_before_start_is_refused() -> None:
    with pytest.raises(OfficeHoursError, match="早于开始时间"):
        after_hours_minutes(HOURS, CAL, at(MONDAY, "10:00"), at(MONDAY, "09:00"))


# --- same-day deadline


@pytest.mark.parametrize(
    ("moment", "deadline"),
    [
        (at(MONDAY, "07:00"), at(MONDAY, "17:30")),
        (at(MONDAY, "12:30"), at(MONDAY, "17:30")),
        (at(MONDAY, "17:29:59"), at(MONDAY, "17:30")),
        (at(MONDAY, "17:30"), at(MONDAY, "18:30")),
        (at(MONDAY, "18:30"), T(2026, 11, 24)),
        (at(SATURDAY, "09:30"), at(SATURDAY, "12:00")),
        (at(SATURDAY, "12:30"), T(2026, 11, 29)),
    ],
)
def test_same_day_deadline(moment, deadline) -> None:
    assert same_day_deadline(HOURS, CAL, moment) == deadline


# --- properties

moments = st.datetimes(T(2025, 12, 20), T(2026, 12, 31)).map(lambda d: d.replace(microsecond=0))


@given(start=moments, length=st.integers(0, 4 * 24 * 3600))
def test_minutes_never_negative_never_longer_than_the_case(start: dt.datetime, length: int) -> None:
    end = start + dt.timedelta(seconds=length)
    minutes, reason = after_hours_minutes(HOURS, CAL, start, end)
    assert 0 <= minutes <= length // 60
    assert (reason is None) == (minutes == 0)


@given(
    day=st.dates(dt.date(2025, 12, 20), dt.date(2026, 12, 31)),
    period=st.sampled_from(["08:30", "14:00"]),  # both default periods last 210 minutes
    a=st.integers(0, 210),
    b=st.integers(0, 210),
)
def test_regular_time_gives_zero(day: dt.date, period: str, a: int, b: int) -> None:
    if not CAL.is_working_day(day):
        return
    opening = at(day, period)
    start, end = (opening + dt.timedelta(minutes=m) for m in sorted((a, b)))
    assert after_hours_minutes(HOURS, CAL, start, end) == (0, None)


@given(now=moments.map(lambda d: d.replace(second=0)))
def test_status_agrees_with_after_hours_minutes(now: dt.datetime) -> None:
    regular = status_at(HOURS, CAL, now).kind == "regular"
    assert regular == (after_hours_minutes(HOURS, CAL, now, now + dt.timedelta(minutes=1))[0] == 0)


@given(moment=moments)
def test_deadline_is_later_and_on_the_same_day(moment: dt.datetime) -> None:
    deadline = same_day_deadline(HOURS, CAL, moment)
    assert deadline > moment
    assert deadline <= dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())
