"""Working days (工作日) and due dates, with China's holiday shifts (调休) from ``chinese_calendar``.

Time limits are counted from the day after acceptance (从受理次日起计算, in the words of local 限时办结 rules).
The package only knows the years the State Council has already announced; a station may list later (or local) days
in a small YAML file::

    holidays:
      - 2027-01-01
    workdays:
      - 2027-02-07   # a make-up Saturday/Sunday

A year counts as known once the station file lists at least one date in it. For days neither source knows,
Monday–Friday is assumed and the result is flagged so the UI can warn that the date may move.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import chinese_calendar
from chinese_calendar import constants as calendar_data

if TYPE_CHECKING:
    import yaml

Unit = Literal["working_day", "calendar_day"]

_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_KEYS = ("holidays", "workdays")
_ONE_DAY = dt.timedelta(days=1)


class StationDaysError(ValueError):
    """The station's holiday file cannot be used; ``message`` names the line and value to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class StationDays:
    """Extra days from the station file: rest days and make-up working days (调休上班)."""

    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)

    @property
    def years(self) -> frozenset[int]:
        return frozenset(d.year for d in self.holidays | self.workdays)


@dataclass(frozen=True)
class DueDate:
    """A computed date; ``beyond_known_calendar`` means some day was guessed from weekends only."""

    date: dt.date
    beyond_known_calendar: bool


def _yaml_error(path: str, exc: yaml.YAMLError) -> StationDaysError:
    mark = getattr(exc, "problem_mark", None)
    where = f"第 {mark.line + 1} 行" if mark is not None else "某处"
    return StationDaysError(f"站点节假日文件 {path} {where}格式错误，无法读取")


def load_station_days(path: str | os.PathLike[str]) -> StationDays:
    """Read the station's extra holidays and workdays; any bad entry raises with its line number."""
    shown = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise StationDaysError(f"找不到站点节假日文件：{shown}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StationDaysError(f"无法读取站点节假日文件 {shown}：{exc}") from None
    import yaml  # only a station with its own days file reads one; the window's start does without

    try:
        # compose() keeps line numbers, which safe_load() throws away.
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_error(shown, exc) from None
    if root is None:
        return StationDays()
    if not isinstance(root, yaml.MappingNode):
        raise StationDaysError(f"站点节假日文件 {shown} 应包含 holidays: 和 workdays: 两个列表")

    found: dict[str, set[dt.date]] = {key: set() for key in _KEYS}
    lines: dict[dt.date, int] = {}
    for key_node, value_node in root.value:
        key = key_node.value
        if key not in _KEYS:
            raise StationDaysError(
                f"站点节假日文件 {shown} 第 {key_node.start_mark.line + 1} 行：未知的项目「{key}」"
                "（只能是 holidays 或 workdays）"
            )
        if isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "~", "null"):
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            raise StationDaysError(
                f"站点节假日文件 {shown} 第 {value_node.start_mark.line + 1} 行：{key} 应为日期列表"
            )
        for item in value_node.value:
            line = item.start_mark.line + 1
            value = item.value if isinstance(item, yaml.ScalarNode) else "（非日期内容）"
            try:
                if not _DATE_TEXT.fullmatch(value):
                    raise ValueError(value)
                day = dt.date.fromisoformat(value)
            except ValueError:
                raise StationDaysError(
                    f"站点节假日文件 {shown} 第 {line} 行：「{value}」不是有效日期（格式应为 YYYY-MM-DD）"
                ) from None
            found[key].add(day)
            lines.setdefault(day, line)

    both = found["holidays"] & found["workdays"]
    if both:
        day = min(both)
        raise StationDaysError(
            f"站点节假日文件 {shown} 第 {lines[day]} 行：{day.isoformat()} 同时列为休息日和工作日"
        )
    return StationDays(holidays=frozenset(found["holidays"]), workdays=frozenset(found["workdays"]))


def _package_years() -> range:
    years = [d.year for d in calendar_data.holidays]
    return range(min(years), max(years) + 1)


class WorkingCalendar:
    """Answers "is this a working day" and computes due dates for one station."""

    def __init__(self, extra: StationDays | None = None) -> None:
        self._extra = extra or StationDays()
        self._package_years = _package_years()
        self._station_years = self._extra.years

    def known_until(self) -> dt.date:
        """Last day up to which every year is covered by the package or the station file."""
        year = self._package_years[-1]
        while year + 1 in self._station_years:
            year += 1
        return dt.date(year, 12, 31)

    def _status(self, day: dt.date) -> tuple[bool, bool]:
        """(is a working day, is that answer known rather than guessed)."""
        # The station file wins even inside the package's years: it may record a local change.
        if day in self._extra.holidays:
            return False, True
        if day in self._extra.workdays:
            return True, True
        weekday = day.weekday() < 5
        if day.year in self._package_years:
            try:
                return chinese_calendar.is_workday(day), True
            except NotImplementedError:
                return weekday, False
        return weekday, day.year in self._station_years

    def is_working_day(self, day: dt.date) -> bool:
        """Working day after 调休; outside the known years, Monday to Friday."""
        return self._status(day)[0]

    def add_working_days(self, start: dt.date, n: int) -> DueDate:
        """The n-th working day after ``start`` (the start day is not counted); n = 0 gives ``start``."""
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        day, counted, guessed = start, 0, False
        while counted < n:
            day += _ONE_DAY
            working, known = self._status(day)
            guessed = guessed or not known
            counted += working
        return DueDate(day, guessed)

    def add_calendar_days(self, start: dt.date, n: int, *, roll_forward: bool = False) -> DueDate:
        """``start`` + n days. With ``roll_forward``, a due date on a rest day moves to the next working day.

        Rolling forward follows the Civil Code rule (民法典 art 203: a period ending on a statutory
        holiday ends on the day after it); whether it applies to a given time limit is a catalog decision.
        """
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        day = start + dt.timedelta(days=n)
        if not roll_forward:
            return DueDate(day, False)
        working, known = self._status(day)
        guessed = not known
        while not working:
            day += _ONE_DAY
            working, known = self._status(day)
            guessed = guessed or not known
        return DueDate(day, guessed)

    def add(self, start: dt.date, days: int, unit: Unit) -> DueDate:
        """Add a time limit in its stored unit (时限类型: 工作日 / 自然日)."""
        if unit == "working_day":
            return self.add_working_days(start, days)
        if unit == "calendar_day":
            return self.add_calendar_days(start, days)
        raise ValueError(f"unknown unit {unit!r}")

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in (a, b]: the same counting as :meth:`add_working_days`; negative when b < a."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a
        while day < b:
            day += _ONE_DAY
            count += self._status(day)[0]
        return count
