"""Station-wide settings shared by every counter (name, address, hours, office codes)."""

from __future__ import annotations

import os
from pathlib import Path

from counter_app import paths
from counter_app.domain.settings_registry import STATION
from counter_app.domain.station_settings import StationSettings
from counter_app.operations.context import AppContext
from counter_app.operations.settings import change_setting, setting_in


def load_station(ctx: AppContext) -> StationSettings:
    """The station's settings; while the server cannot be reached, the copy this computer kept last time, so the
    service guide's checklist and one-time notices keep working (they print the station's name and address)."""
    try:
        with ctx.db.read() as session:
            station = setting_in(session, STATION)
    except Exception as exc:
        from counter_app.store.database import is_connection_lost

        kept = _kept_copy()
        if kept is None or not is_connection_lost(exc):
            raise
        return kept
    _keep_copy(station)
    return station


def _kept_path() -> Path:
    return paths.data_dir() / "station-copy.json"


def _kept_copy() -> StationSettings | None:
    try:
        return StationSettings.model_validate_json(_kept_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


_last_kept: dict[str, str] = {}


def _keep_copy(station: StationSettings) -> None:
    text = station.model_dump_json()
    target = _kept_path()
    if _last_kept.get(str(target)) == text:
        return  # read on every typed ID number: write only when it changed
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
        _last_kept[str(target)] = text
    except OSError:
        pass  # a read-only data folder only costs the offline fallback


def save_station(ctx: AppContext, **changes: object) -> StationSettings:
    """Change some station fields (the declared permission); a bad value is refused with the field named."""
    return change_setting(ctx, STATION, **changes)
