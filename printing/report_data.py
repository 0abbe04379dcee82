"""The daily report's figures as plain data (工作日报 / 工作月报): what the counter did on one day or in one month.

Filled by ``counter_app.operations.reports.daily_report.build_report`` (aggregate queries); laid out by
:mod:`printing.report` (A4) and :mod:`printing.report_xlsx` (the workbook), and shown by the report page. Like
:mod:`printing.documents`, frozen dataclasses and named tuples with nothing of the application in them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal, NamedTuple

__all__ = [
    "DEFINITIONS",
    "AfterHours",
    "Appointments",
    "Cards",
    "DailyReport",
    "DayRow",
    "FollowUps",
    "ReasonRow",
    "ReportPeriod",
    "SameDay",
    "ServiceRow",
    "Totals",
]


@dataclass(frozen=True)
class ReportPeriod:
    """A calendar day or a calendar month; ``end`` is the first day after the period."""

    kind: Literal["day", "month"]
    start: date
    end: date

    @classmethod
    def day(cls, value: date) -> ReportPeriod:
        return cls("day", value, value + timedelta(days=1))

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        first = date(year, month, 1)
        return cls("month", first, first + timedelta(days=calendar.monthrange(year, month)[1]))

    @property
    def label(self) -> str:
        """As printed: 2026年11月23日 or 2026年11月."""
        if self.kind == "day":
            return f"{self.start.year}年{self.start.month}月{self.start.day}日"
        return f"{self.start.year}年{self.start.month}月"

    @property
    def key(self) -> str:
        """As typed on the command line and used in file names and the audit log."""
        return self.start.isoformat() if self.kind == "day" else f"{self.start:%Y-%m}"

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days)]

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end, time())


class ServiceRow(NamedTuple):
    """One service's cases by outcome: done … in_progress add up to ``cases``; ``after_hours`` is a subset."""

    service_name: str
    cases: int
    done: int
    accepted: int
    notices: int
    refused: int
    not_done: int
    in_progress: int
    after_hours: int


class DayRow(NamedTuple):
    day: date
    cases: int
    after_hours_minutes: int
    same_day_kept: int
    same_day_total: int
    same_day_pending: int = 0

    @property
    def same_day(self) -> SameDay:
        return SameDay(self.same_day_total, self.same_day_kept, self.same_day_pending)


class ReasonRow(NamedTuple):
    reason: str
    label: str
    cases: int
    minutes: int


@dataclass(frozen=True)
class Totals:
    """Service cases of the period by outcome (办件总数)."""

    cases: int = 0
    done: int = 0
    accepted: int = 0
    notices: int = 0
    refused: int = 0
    not_done: int = 0
    in_progress: int = 0


@dataclass(frozen=True)
class AfterHours:
    cases: int = 0
    minutes: int = 0
    by_reason: tuple[ReasonRow, ...] = ()


@dataclass(frozen=True)
class SameDay:
    """Same-day promises (当日事当日办).  A promise is kept when its case ended (done, accepted or refused with
    reasons) on the day it began, extended hours included.  ``pending`` are today's cases still in progress:
    neither kept nor broken yet, so the rate is kept ÷ ended-or-overdue (``decided``), and says so."""

    promised: int = 0
    kept: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.promised - self.pending

    @property
    def rate(self) -> float | None:
        return self.kept / self.decided if self.decided > 0 else None

    def text(self) -> str:
        """The figure as printed on the report, the screen's Chinese and the workbook: one wording everywhere."""
        if not self.promised:
            return "无承诺件"
        rate = "—" if self.rate is None else f"{self.rate * 100:.1f}%"
        line = f"兑现 {self.kept} / 应兑现 {self.decided}（兑现率 {rate}）"
        return line + (f"，另有办理中 {self.pending} 件未计入" if self.pending else "")


@dataclass(frozen=True)
class Appointments:
    booked: int = 0
    checked_in: int = 0
    no_show: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.booked + self.checked_in + self.no_show + self.cancelled


@dataclass(frozen=True)
class Cards:
    accepted: int = 0
    arrived: int = 0
    collected: int = 0


@dataclass(frozen=True)
class FollowUps:
    created: int = 0
    done: int = 0
    overdue_open: int = 0


# Each figure's one-line definition, printed on the report and in the workbook so a figure means what it says.
DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("办件总数", "本期开始办理的窗口办件，按开始日期计；= 当场办结 + 受理 + 一次性告知 + 不予受理 + 未办结 + 办理中"),
    ("未办结", "当日结束时未办完的，以及此前开始、至今仍未结束的办件"),
    ("办理中", "今天开始、尚未结束的办件；过去的日期没有办理中"),
    ("当日事当日办兑现", "承诺当日办结的办件，在开始办理的当天（含延时服务）办结、受理或书面不予受理"),
    ("兑现率", "兑现 ÷ 应兑现；应兑现 = 承诺件 − 办理中（尚无结果，单列不计入）"),
    ("发放一次性告知单", "按所属办件开始办理的日期计；同一申请人重打、另存的不重复计数"),
    ("预约爽约", "标记爽约的，以及预约日已过仍未签到的预约"),
    ("期末逾期未结待办", "期末（当天为此刻）仍未办结且到期日早于期末当天的待办，与状态栏、待办页同一口径"),
)


@dataclass(frozen=True)
class DailyReport:
    period: ReportPeriod
    station_name: str
    generated_at: datetime
    totals: Totals
    by_service: tuple[ServiceRow, ...]
    per_day: tuple[DayRow, ...]  # months only; empty for a day
    after_hours: AfterHours
    same_day: SameDay
    appointments: Appointments
    cards: Cards
    notices: int  # one-time notices (一次性告知单) given
    follow_ups: FollowUps
    definitions: tuple[tuple[str, str], ...] = DEFINITIONS
