"""The station's working calendar: China's holidays and make-up days plus the station's own file."""

from __future__ import annotations

from counter_app import paths
from counter_app.domain.working_days import WorkingCalendar, load_station_days

# The calendar last built and the station file's bytes it was built from (None: no file). Every acceptance asks
# for it (its promised date) and a calendar remembers the days it was asked about, so it is built again only when
# the file changed; reading a few hundred bytes costs far less than parsing them.
_built: tuple[bytes | None, WorkingCalendar] | None = None


def working_calendar() -> WorkingCalendar:
    global _built
    days_file = paths.station_days_file()
    try:
        source: bytes | None = days_file.read_bytes()
    except FileNotFoundError:
        source = None
    except OSError:
        return WorkingCalendar(load_station_days(days_file))  # unreadable: the error names the file
    built = _built
    if built is not None and built[0] == source:
        return built[1]
    calendar = WorkingCalendar(load_station_days(days_file) if source is not None else None)
    _built = (source, calendar)
    return calendar
