"""Station-wide settings shared by every counter (name, address, hours, office codes)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

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
    with ctx.db.read() as session:
        return StationSettings.model_validate(setting_value(session, STATION_KEY))


def save_station(ctx: AppContext, **changes: object) -> StationSettings:
    """Validate and store changed station settings (supervisor only); a bad value is refused with the field named."""
    require(ctx.actor, Permission.EDIT_STATION_SETTINGS)
    return merge_setting(ctx, STATION_KEY, StationSettings, changes, SettingsError, "设置项")
