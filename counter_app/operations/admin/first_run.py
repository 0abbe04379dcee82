"""Setting up a new station: the checks the first-run wizard makes on each page, and applying its answers.

The wizard asks everything before anything is written; these checks refuse a bad value on the page where it
was typed, with the field named, so the final step only fails for reasons outside the clerk's typing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from counter_app.domain.permissions import Role
from counter_app.domain.settings_registry import STATION, SettingRefused, validated
from counter_app.domain.station_settings import StationSettings
from counter_app.operations.admin.accounts import (
    UserSummary,
    _display_name,  # the same rule create_first_supervisor applies, checked a page earlier
    check_password_policy,
    create_first_supervisor,
    normalize_username,
)
from counter_app.operations.admin.station import save_station
from counter_app.operations.context import Actor, AppContext

# The wizard's station page edits these; the other station settings keep their stored or default values.
WIZARD_STATION_FIELDS = ("name", "address", "phone", "office_code", "station_code", "hours")
REQUIRED_FIELDS = ("name", "address", "phone", "hours")


@dataclass(frozen=True)
class NewSupervisor:
    username: str
    display_name: str
    password: str


def check_station(values: dict[str, Any], base: StationSettings | None = None) -> StationSettings:
    """The station settings with ``values`` applied (text trimmed); the first bad field is refused by name."""
    for field in REQUIRED_FIELDS:
        # The model allows an empty address or phone (older stations); a new station prints them on every notice.
        if field in values and not str(values[field]).strip():
            label = STATION.field_named(field)
            raise SettingRefused(field, f"请填写{label.words.zh if label else field}。")
    return validated(STATION, {**(base or StationSettings()).model_dump(), **values})


def check_new_supervisor(account: NewSupervisor) -> None:
    """The account rules, checked before the database exists (the account is created on finishing)."""
    normalize_username(account.username)
    _display_name(account.display_name)
    check_password_policy(account.password)


def apply_first_run(ctx: AppContext, station: StationSettings, account: NewSupervisor | None) -> AppContext:
    """Create the supervisor (when given) and store the station as that supervisor; returns the acting context.

    Without an account the context's own actor must be a supervisor (re-running the wizard from the settings).
    """
    acting = ctx
    if account is not None:
        created: UserSummary = create_first_supervisor(ctx, account.username, account.display_name, account.password)
        acting = replace(
            ctx, actor=Actor(clerk=created.username, workstation=ctx.actor.workstation, role=Role.SUPERVISOR.value)
        )
    changes = {field: getattr(station, field) for field in WIZARD_STATION_FIELDS}
    save_station(acting, **changes)
    return acting
