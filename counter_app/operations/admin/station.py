"""Station-wide settings shared by every counter (name, address, hours, office codes)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from counter_app import paths
from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Permission, require
from counter_app.operations.admin.setting_update import merge_setting
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value

STATION_KEY = "station"


class StationSettings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = Field(default="XX市公安局XX派出所户籍窗口", min_length=1, max_length=60)
    address: str = Field(default="请在设置中填写地址", max_length=120)
    phone: str = Field(default="请在设置中填写电话", max_length=40)
    hours: str = Field(default="周一至周五 8:30-12:00 14:00-17:30；周六 9:00-12:00（延时服务）", max_length=120)
    office_code: str = Field(default="110105", pattern=r"^\d{6}$")  # GB/T 2260 code of the accepting office
    station_code: str = Field(default="001", pattern=r"^\d{3}$")
    office_name: str = Field(default="XX市公安局XX分局", max_length=60)
    card_limit_days: int = Field(default=45, ge=1, le=90)  # MPS2021 art 80 ceiling; local promises are shorter
    card_promise_days: int = Field(default=20, ge=1, le=90)  # working days promised locally
    overdue_pickup_days: int = Field(default=60, ge=1, le=3650)
    storage_boxes: str = Field(default="A,B,C,D,E,F", pattern=r"^[A-Z0-9]{1,3}(,[A-Z0-9]{1,3})*$")
    storage_box_size: int = Field(default=200, ge=1, le=9999)


class SettingsError(DomainError):
    pass


def load_station(ctx: AppContext) -> StationSettings:
    """The station's settings; while the server cannot be reached, the copy this computer kept last time, so the
    service guide's checklist and one-time notices keep working (they print the station's name and address)."""
    try:
        with ctx.db.read() as session:
            station = StationSettings.model_validate(setting_value(session, STATION_KEY))
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
    """Validate and store changed station settings (supervisor only); a bad value is refused with the field named."""
    require(ctx.actor, Permission.EDIT_STATION_SETTINGS)
    return merge_setting(ctx, STATION_KEY, StationSettings, changes, SettingsError, "设置项")
