"""The station's appointment template (预约时段模板): which after-hours and weekend slots a day offers.

Stored as the station-wide setting ``appointment_template`` (declared in
:mod:`counter_app.domain.settings_registry`) so every counter generates the same slots. The defaults follow common
local practice (no national rule fixes the hours of extended service): evenings 17:30–18:30 on every working day
(make-up weekend working days included) and Saturday mornings 09:00–12:00 on rest days, in 30-minute slots of 2
places.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

import chinese_calendar
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from counter_app.domain.working_days import WorkingCalendar

DayKind = Literal["working", "rest", "any"]


class SlotBlock(BaseModel):
    """A run of equal slots from ``start`` to ``end`` on the given ISO weekdays (1 = Monday … 7 = Sunday).

    ``day_kind`` narrows the weekdays by the working calendar after 调休: ``working`` (evening service after a
    working day, also on a make-up Saturday), ``rest`` (weekend service, not on a make-up working day), ``any``.
    ``skip_public_holidays`` leaves out statutory holidays (春节, 国庆 …) whatever the weekday.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    label: str = Field(default="", max_length=20)
    weekdays: list[int] = Field(min_length=1)
    start: dt.time
    end: dt.time
    slot_minutes: int = Field(default=30, ge=10, le=240)
    capacity: int = Field(default=2, ge=1, le=50)
    day_kind: DayKind = "any"
    skip_public_holidays: bool = True

    @field_validator("weekdays")
    @classmethod
    def _weekdays_in_range(cls, value: list[int]) -> list[int]:
        if any(not 1 <= day <= 7 for day in value):
            raise ValueError("星期应为 1（周一）到 7（周日）")
        return sorted(set(value))

    @model_validator(mode="after")
    def _holds_at_least_one_slot(self) -> SlotBlock:
        if _minutes(self.end) - _minutes(self.start) < self.slot_minutes:
            raise ValueError(f"{self.start:%H:%M}–{self.end:%H:%M} 放不下一个 {self.slot_minutes} 分钟的时段")
        return self

    def slot_times(self) -> Iterator[tuple[dt.time, dt.time]]:
        """Start and end of each slot; a remainder shorter than one slot is left unused."""
        begin, stop = _minutes(self.start), _minutes(self.end)
        while begin + self.slot_minutes <= stop:
            yield _time(begin), _time(begin + self.slot_minutes)
            begin += self.slot_minutes


class AppointmentTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    blocks: list[SlotBlock] = Field(
        default_factory=lambda: [
            SlotBlock(
                label="工作日晚间",
                weekdays=[1, 2, 3, 4, 5, 6, 7],
                start=dt.time(17, 30),
                end=dt.time(18, 30),
                day_kind="working",
            ),
            SlotBlock(label="周六上午", weekdays=[6], start=dt.time(9, 0), end=dt.time(12, 0), day_kind="rest"),
        ]
    )

    @model_validator(mode="after")
    def _no_overlapping_blocks(self) -> AppointmentTemplate:
        # Two blocks that can apply on the same day must not overlap: a day holds one slot per start time.
        for i, a in enumerate(self.blocks):
            for b in self.blocks[i + 1 :]:
                same_days = set(a.weekdays) & set(b.weekdays) and {a.day_kind, b.day_kind} != {"working", "rest"}
                if same_days and a.start < b.end and b.start < a.end:
                    raise ValueError(f"时段「{a.label or a.start}」与「{b.label or b.start}」在同一天重叠")
        return self

    def slots_on(self, day: dt.date, calendar: WorkingCalendar) -> list[tuple[dt.time, dt.time, int]]:
        """(start, end, capacity) of every slot the template offers on ``day``, in time order."""
        working = calendar.is_working_day(day)
        holiday = _is_public_holiday(day)
        slots = [
            (start, end, block.capacity)
            for block in self.blocks
            if day.isoweekday() in block.weekdays
            and (block.day_kind == "any" or (block.day_kind == "working") == working)
            and not (block.skip_public_holidays and holiday)
            for start, end in block.slot_times()
        ]
        return sorted(slots)


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def _is_public_holiday(day: dt.date) -> bool:
    """A named statutory holiday; ordinary weekends have no name. Years the package lacks count as none."""
    try:
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return False
    return bool(is_holiday and name)

