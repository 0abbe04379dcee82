"""The station's follow-up rules (待办设置, the setting ``follow_ups``): when the automatic follow-ups fall due.

Kept with the other station-wide settings rather than in ``operations/follow_ups``, so that what reads them (the
notebook's hooks) and what edits them (the station form) need not import each other. The model is
:class:`counter_app.domain.station_settings.FollowUpSettings`, declared as ``FOLLOW_UPS`` in the settings registry.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter_app.domain.settings_registry import FOLLOW_UPS
from counter_app.domain.station_settings import FollowUpSettings
from counter_app.operations.context import AppContext
from counter_app.operations.settings import change_setting, load_setting, setting_in


def settings_in_session(session: Session) -> FollowUpSettings:
    """The settings read inside a transaction that is already open (the event hooks run in the caller's)."""
    return setting_in(session, FOLLOW_UPS)


def load_follow_up_settings(ctx: AppContext) -> FollowUpSettings:
    return load_setting(ctx, FOLLOW_UPS)


def save_follow_up_settings(ctx: AppContext, **changes: object) -> FollowUpSettings:
    """Change some follow-up rules (the declared permission); a bad value is refused with the field named."""
    return change_setting(ctx, FOLLOW_UPS, **changes)
