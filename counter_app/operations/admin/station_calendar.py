"""The station's working calendar: China's holidays and make-up days plus the station's own file."""

from __future__ import annotations

from counter_app import paths
from counter_app.domain.working_days import WorkingCalendar, load_station_days


def working_calendar() -> WorkingCalendar:
    days_file = paths.station_days_file()
    return WorkingCalendar(load_station_days(days_file) if days_file.exists() else None)
