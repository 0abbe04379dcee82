"""Office hours (办公时间) of the counter and what they say about a moment or a stretch of time.

The schedule is data a supervisor edits: regular periods per weekday (the gap between two periods is the lunch
break), the end of the extended service (延时服务) on working days, weekend duty periods (周末值班, counted as
after hours), and which weekday's schedule a make-up working day (调休上班) follows. Statutory holidays are
closed. Whether a date is a working day comes from :class:`WorkingCalendar` (chinese-calendar + station file).

All times are naive station-local times; an aware datetime is refused rather than silently converted, because
the counter's day boundaries (lunch, closing, midnight) are local wall-clock facts.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

import chinese_calendar
from pydantic import BaseModel, ConfigDict, Field, model_validator

from counter_app.domain.errors import DomainError
from counter_app.domain.working_days import WorkingCalendar

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_ZH = dict(zip(WEEKDAYS, ("周一", "周二", "周三", "周四", "周五", "周六", "周日"), strict=True))

StatusKind = Literal["regular", "lunch", "after_hours", "weekend_duty", "closed"]
DayKind = Literal["working", "rest_day", "holiday"]
AfterHoursReason = Literal["lunch", "evening", "early", "weekend_duty", "holiday", "rest_day"]
# Tie-break between categories with equally many minutes: the first listed wins (a fixed, documented order).
REASON_ORDER: tuple[AfterHoursReason, ...] = ("evening", "lunch", "early", "weekend_duty", "holiday", "rest_day")

_ONE_DAY = dt.timedelta(days=1)
_LOOKAHEAD_DAYS = 60  # long enough to cross the Spring Festival and National Day breaks


class OfficeHoursError(DomainError):
    """The schedule cannot be used; the message names the weekday and period to fix."""


class Period(BaseModel):
    """One stretch of time within a day, start inclusive, end exclusive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    start: dt.time
    end: dt.time

    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


def _periods(*pairs: tuple[str, str]) -> list[Period]:
    return [Period(start=dt.time.fromisoformat(a), end=dt.time.fromisoformat(b)) for a, b in pairs]


def _default_regular() -> dict[Weekday, list[Period]]:
    return {day: _periods(("08:30", "12:00"), ("14:00", "17:30")) for day in WEEKDAYS[:5]}


def _default_duty() -> dict[Weekday, list[Period]]:
    return {"sat": _periods(("09:00", "12:00"))}


class OfficeHours(BaseModel):
    """The station's schedule; see the module docstring for the meaning of each part."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    regular: dict[Weekday, list[Period]] = Field(default_factory=_default_regular)
    extended_until: dt.time | None = dt.time(18, 30)
    weekend_duty: dict[Weekday, list[Period]] = Field(default_factory=_default_duty)
    makeup_day_follows: Weekday = "mon"

    @model_validator(mode="after")
    def _check(self) -> OfficeHours:
        for day in WEEKDAYS:
            named = [("办公时段", p) for p in self.regular.get(day, [])]
            named += [("值班时段", p) for p in self.weekend_duty.get(day, [])]
            for kind, period in named:
                if period.start >= period.end:
                    raise ValueError(f"{WEEKDAY_ZH[day]}{kind} {period.label()}：开始时间须早于结束时间")
            for which in (self.regular.get(day, []), self.weekend_duty.get(day, [])):
                for earlier, later in zip(which, which[1:], strict=False):
                    if later.start < earlier.end:
                        raise ValueError(
                            f"{WEEKDAY_ZH[day]}时段 {earlier.label()} 与 {later.label()} 顺序颠倒或重叠，"
                            "请按时间先后填写且不要重叠"
                        )
            for regular in self.regular.get(day, []):
                for duty in self.weekend_duty.get(day, []):
                    if duty.start < regular.end and regular.start < duty.end:
                        raise ValueError(f"{WEEKDAY_ZH[day]}值班时段 {duty.label()} 与办公时段 {regular.label()} 重叠")
        follows = WEEKDAY_ZH[self.makeup_day_follows]
        if not self.regular.get(self.makeup_day_follows):
            raise ValueError(f"调休上班日按{follows}作息，但{follows}没有办公时段")
        if self.extended_until is not None:
            for day in (*WEEKDAYS[:5], self.makeup_day_follows):
                periods = self.regular.get(day, [])
                if periods and periods[-1].end > self.extended_until:
                    raise ValueError(
                        f"延时服务结束时间 {self.extended_until:%H:%M} 早于{WEEKDAY_ZH[day]}"
                        f"下班时间 {periods[-1].end:%H:%M}"
                    )
        return self


@dataclass(frozen=True)
class DaySchedule:
    """What one date looks like: its kind, regular periods, duty periods and end of extended service."""

    date: dt.date
    kind: DayKind
    regular: tuple[tuple[dt.datetime, dt.datetime], ...]
    duty: tuple[tuple[dt.datetime, dt.datetime], ...]
    extended_until: dt.datetime | None  # only on working days with regular periods

    @property
    def closing(self) -> dt.datetime | None:
        return self.regular[-1][1] if self.regular else None


def _require_naive(value: dt.datetime, name: str) -> None:
    if value.tzinfo is not None:
        raise OfficeHoursError("aware_time", f"{name} 带有时区（{value.isoformat()}），应使用本站当地时间（不带时区）")


def day_kind(calendar: WorkingCalendar, day: dt.date) -> DayKind:
    """Working day, statutory holiday, or an ordinary rest day (a weekend not inside a holiday break)."""
    if calendar.is_working_day(day):
        return "working"
    if day.weekday() < 5:
        return "holiday"  # a Monday–Friday rest day can only be a holiday
    try:
        _, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return "rest_day"
    return "holiday" if name else "rest_day"


def schedule_for(hours: OfficeHours, calendar: WorkingCalendar, day: dt.date) -> DaySchedule:
    kind = day_kind(calendar, day)
    weekday = WEEKDAYS[day.weekday()]

    def spans(periods: list[Period]) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
        return tuple((dt.datetime.combine(day, p.start), dt.datetime.combine(day, p.end)) for p in periods)

    if kind == "holiday":
        return DaySchedule(day, kind, (), (), None)
    if kind == "working":
        # A make-up Saturday or Sunday (调休上班) works to the configured weekday's schedule.
        follows = weekday if day.weekday() < 5 else hours.makeup_day_follows
        regular = spans(hours.regular.get(follows, []))
        extended = None
        if regular and hours.extended_until is not None:
            extended = dt.datetime.combine(day, hours.extended_until)
        return DaySchedule(day, kind, regular, (), extended)
    return DaySchedule(
        day, kind, spans(hours.regular.get(weekday, [])), spans(hours.weekend_duty.get(weekday, [])), None
    )


@dataclass(frozen=True)
class ServiceStatus:
    """The window at one moment. ``closes_at`` is the end of the current period (regular, duty, or the
    extended service while ``after_hours``); ``next_opening`` the next start of a regular or duty period."""

    kind: StatusKind
    day_kind: DayKind
    closes_at: dt.datetime | None
    minutes_to_close: int | None
    next_opening: dt.datetime | None


def _minutes_until(now: dt.datetime, later: dt.datetime) -> int:
    # Rounded up: "0 minutes to closing" would be shown while the window is still open.
    return math.ceil((later - now).total_seconds() / 60)


def _next_opening(hours: OfficeHours, calendar: WorkingCalendar, now: dt.datetime) -> dt.datetime | None:
    for offset in range(_LOOKAHEAD_DAYS + 1):
        schedule = schedule_for(hours, calendar, now.date() + offset * _ONE_DAY)
        starts = sorted(start for start, _ in schedule.regular + schedule.duty if start > now)
        if starts:
            return starts[0]
    return None


def status_at(hours: OfficeHours, calendar: WorkingCalendar, now: dt.datetime) -> ServiceStatus:
    """Regular time, lunch break, extended service (after_hours), weekend duty, or closed."""
    _require_naive(now, "当前时间")
    schedule = schedule_for(hours, calendar, now.date())
    for start, end in schedule.regular:
        if start <= now < end:
            return ServiceStatus("regular", schedule.kind, end, _minutes_until(now, end), None)
    for start, end in schedule.duty:
        if start <= now < end:
            return ServiceStatus("weekend_duty", schedule.kind, end, _minutes_until(now, end), None)
    following = _next_opening(hours, calendar, now)
    regular = schedule.regular
    if regular and regular[0][0] < now < regular[-1][1]:
        return ServiceStatus("lunch", schedule.kind, None, None, following)
    if schedule.closing and schedule.extended_until and schedule.closing <= now < schedule.extended_until:
        end = schedule.extended_until
        return ServiceStatus("after_hours", schedule.kind, end, _minutes_until(now, end), following)
    return ServiceStatus("closed", schedule.kind, None, None, following)


def _overlap(a: dt.datetime, b: dt.datetime, c: dt.datetime, d: dt.datetime) -> float:
    return max(0.0, (min(b, d) - max(a, c)).total_seconds())


def _day_seconds(schedule: DaySchedule, start: dt.datetime, end: dt.datetime) -> dict[AfterHoursReason, float]:
    """Seconds of [start, end) on this day outside regular time, by category."""
    midnight = dt.datetime.combine(schedule.date, dt.time())
    next_midnight = midnight + _ONE_DAY
    seconds: dict[AfterHoursReason, float] = dict.fromkeys(REASON_ORDER, 0.0)
    if schedule.kind == "holiday":
        seconds["holiday"] = _overlap(start, end, midnight, next_midnight)
        return seconds
    regular = sum(_overlap(start, end, a, b) for a, b in schedule.regular)
    if schedule.kind == "rest_day" or not schedule.regular:
        duty = sum(_overlap(start, end, a, b) for a, b in schedule.duty)
        seconds["weekend_duty"] = duty
        seconds["rest_day"] = _overlap(start, end, midnight, next_midnight) - regular - duty
        return seconds
    opening, closing = schedule.regular[0][0], schedule.regular[-1][1]
    seconds["early"] = _overlap(start, end, midnight, opening)
    seconds["evening"] = _overlap(start, end, closing, next_midnight)
    seconds["lunch"] = _overlap(start, end, opening, closing) - regular
    return seconds


def after_hours_minutes(
    hours: OfficeHours, calendar: WorkingCalendar, start: dt.datetime, end: dt.datetime
) -> tuple[int, AfterHoursReason | None]:
    """Whole minutes of [start, end) outside regular time, and the category with the most of them.

    Each calendar day is judged on its own, so a case running past midnight counts the hours after midnight
    by the next day's kind (early on a working day, rest_day or holiday otherwise). No minutes → reason None.
    """
    _require_naive(start, "开始时间")
    _require_naive(end, "结束时间")
    if end < start:
        raise OfficeHoursError("interval", f"结束时间 {end:%Y-%m-%d %H:%M} 早于开始时间 {start:%Y-%m-%d %H:%M}")
    totals: dict[AfterHoursReason, float] = dict.fromkeys(REASON_ORDER, 0.0)
    day = start.date()
    while dt.datetime.combine(day, dt.time()) < end:
        for reason, seconds in _day_seconds(schedule_for(hours, calendar, day), start, end).items():
            totals[reason] += seconds
        day += _ONE_DAY
    minutes = int(sum(totals.values()) // 60)
    if minutes == 0:
        return 0, None
    return minutes, max(REASON_ORDER, key=lambda r: (totals[r], -REASON_ORDER.index(r)))


def same_day_deadline(hours: OfficeHours, calendar: WorkingCalendar, at: dt.datetime) -> dt.datetime:
    """When a same-day promise (当日办) made at ``at`` falls due.

    The day's closing time (end of the last regular or duty period); once that has passed, the end of the
    extended service; past that too, or on a day without service, midnight: the promise is "today", so the
    day's end is the last honest deadline.
    """
    _require_naive(at, "受理时间")
    schedule = schedule_for(hours, calendar, at.date())
    ends = [end for _, end in schedule.regular + schedule.duty]
    if ends and at < max(ends):
        return max(ends)
    if schedule.extended_until is not None and at < schedule.extended_until:
        return schedule.extended_until
    return dt.datetime.combine(at.date() + _ONE_DAY, dt.time())
