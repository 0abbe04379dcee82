"""The station's follow-up rules (待办设置, Setting key ``follow_ups``): when the automatic follow-ups fall due.

Kept with the other station-wide settings rather than in ``operations/follow_ups``, so that the station's settings
form can check and save them without importing the notebook, which itself reads these rules.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from counter_app.domain.permissions import Permission, require
from counter_app.operations.admin.setting_update import merge_setting
from counter_app.operations.admin.station import SettingsError
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value

SETTINGS_KEY = "follow_ups"


class FollowUpSettings(BaseModel):
    """Station-wide follow-up rules (Setting key ``follow_ups``)."""

    model_config = ConfigDict(extra="ignore")

    # Working days an applicant gets to bring the missing materials before the clerk calls; local practice.
    await_materials_days: int = Field(default=5, ge=1, le=60)
    # Chasing starts at 30 days, half of the station's default 60-day overdue line (overdue_pickup_days, the
    # point where a card may go back to the county): the call must come while the card is still on the shelf.
    uncollected_after_days: int = Field(default=30, ge=1, le=3650)


def settings_in_session(session: Session) -> FollowUpSettings:
    """The settings read inside a transaction that is already open (the event hooks run in the caller's)."""
    return FollowUpSettings.model_validate(setting_value(session, SETTINGS_KEY))


def load_follow_up_settings(ctx: AppContext) -> FollowUpSettings:
    with ctx.db.read() as session:
        return settings_in_session(session)


def save_follow_up_settings(ctx: AppContext, **changes: object) -> FollowUpSettings:
    """Validate and store changed follow-up settings (a station rule: supervisor only); a bad value is refused
    with the field named."""
    require(ctx.actor, Permission.EDIT_STATION_SETTINGS)
    return merge_setting(ctx, SETTINGS_KEY, FollowUpSettings, changes, SettingsError, "待办设置项")
