"""The station as the web page introduces it: name, address, phone, the weekly office hours and what is open now."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.domain.office_hours import WEEKDAY_ZH, WEEKDAYS, OfficeHours, Period, ServiceStatus
from counter_app.operations.admin.retention import load_retention
from counter_app.operations.admin.station import load_station
from counter_app.operations.context import AppContext
from counter_app.operations.day.office_hours import current_status, load_office_hours


@dataclass(frozen=True)
class StationInfo:
    name: str
    address: str
    phone: str
    hours_lines: tuple[str, ...]
    status_now: str
    retention_years: int  # how long personal data of finished bookings are kept (0: until deleted by hand)


def _periods(periods: list[Period]) -> str:
    return "、".join(p.label() for p in periods)


def office_hours_lines(hours: OfficeHours) -> tuple[str, ...]:
    """One line per run of weekdays with the same periods: "周一至周五 08:30–12:00、14:00–17:30"."""
    lines: list[str] = []
    runs: list[tuple[list[str], str]] = []
    for day in WEEKDAYS:
        text = _periods(hours.regular.get(day, []))
        if text and runs and runs[-1][1] == text and WEEKDAYS.index(day) == WEEKDAYS.index(runs[-1][0][-1]) + 1:
            runs[-1][0].append(day)
        elif text:
            runs.append(([day], text))
    for days, text in runs:
        name = WEEKDAY_ZH[days[0]] if len(days) == 1 else f"{WEEKDAY_ZH[days[0]]}至{WEEKDAY_ZH[days[-1]]}"
        lines.append(f"{name} {text}")
    if hours.extended_until is not None:
        lines.append(f"工作日延时服务至 {hours.extended_until:%H:%M}")
    for day in WEEKDAYS:
        if hours.weekend_duty.get(day):
            lines.append(f"{WEEKDAY_ZH[day]}值班 {_periods(hours.weekend_duty[day])}")
    lines.append("法定节假日休息，调休上班日照常办公")
    return tuple(lines)


_STATUS_TEXT = {
    "regular": "正在办公",
    "weekend_duty": "值班办公中",
    "after_hours": "延时服务中",
    "lunch": "午间休息",
    "closed": "已下班",
}


def status_text(status: ServiceStatus) -> str:
    """"正在办公，17:30 下班" / "已下班，下次办公 12月3日 08:30"."""
    text = _STATUS_TEXT[status.kind]
    if status.closes_at is not None:
        return f"{text}，{status.closes_at:%H:%M} 结束"
    if status.next_opening is not None:
        return f"{text}，下次办公 {status.next_opening.month}月{status.next_opening.day}日 {status.next_opening:%H:%M}"
    return text


def station_info(ctx: AppContext) -> StationInfo:
    station = load_station(ctx)
    return StationInfo(
        name=station.name,
        address=station.address,
        phone=station.phone,
        hours_lines=office_hours_lines(load_office_hours(ctx)),
        status_now=status_text(current_status(ctx)),
        retention_years=load_retention(ctx).collected_case_years,
    )
