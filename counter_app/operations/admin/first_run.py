"""Setting up a new station: the checks the first-run wizard makes on each page, and applying its answers.

The wizard asks everything before anything is written; these checks refuse a bad value on the page where it
was typed, with the field named, so the final step only fails for reasons outside the clerk's typing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pydantic import ValidationError

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Role
from counter_app.domain.validation import problem_text
from counter_app.operations.admin.accounts import (
    UserSummary,
    _display_name,  # the same rule create_first_supervisor applies, checked a page earlier
    check_password_policy,
    create_first_supervisor,
    normalize_username,
)
from counter_app.operations.admin.station import StationSettings, save_station
from counter_app.operations.context import Actor, AppContext

STATION_LABELS = {
    "name": "窗口名称",
    "address": "地址",
    "phone": "电话",
    "hours": "办公时间（打印用文字）",
    "office_code": "受理单位代码",
    "station_code": "派出所代码",
    "office_name": "受理单位名称",
}
# The wizard's station page edits these; the other station settings keep their stored or default values.
WIZARD_STATION_FIELDS = ("name", "address", "phone", "office_code", "station_code", "hours")
REQUIRED_FIELDS = ("name", "address", "phone", "hours")


class StationSetupError(DomainError):
    """A station value the wizard refuses; ``reason`` is the field name."""


@dataclass(frozen=True)
class NewSupervisor:
    username: str
    display_name: str
    password: str


def _station_message(error: Any) -> str:
    field = str(error["loc"][0]) if error["loc"] else "station"
    label = STATION_LABELS.get(field, field)
    kind = error["type"]
    if field == "office_code":
        return f"{label}应为 6 位数字（行政区划代码）。"
    if field == "station_code":
        return f"{label}应为 3 位数字。"
    if kind == "string_too_short":
        return f"请填写{label}。"
    if kind == "string_too_long":
        return f"{label}过长：最多 {error['ctx']['max_length']} 个字。"
    return f"{label}无效：{problem_text(error)}"


def check_station(values: dict[str, Any], base: StationSettings | None = None) -> StationSettings:
    """The station settings with ``values`` applied (text trimmed); the first bad field is refused by name."""
    cleaned = {key: value.strip() if isinstance(value, str) else value for key, value in values.items()}
    for field in REQUIRED_FIELDS:
        # The model allows an empty address or phone (older stations); a new station prints them on every notice.
        if field in cleaned and not cleaned[field]:
            raise StationSetupError(field, f"请填写{STATION_LABELS[field]}。")
    try:
        return StationSettings.model_validate({**(base or StationSettings()).model_dump(), **cleaned})
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "station"
        raise StationSetupError(field, _station_message(first)) from exc


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
