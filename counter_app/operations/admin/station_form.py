"""The station-wide settings page as one form (本所设置): every value checked before anything is stored.

The values live in four separate settings (station, follow-ups, retention, SMS template), each with its own save
operation, permission and audit entry; those run one transaction each. So the whole form is checked here first,
with the field named in the clerk's words, and only then are the changed sections saved — the one whose
permission differs (retention) first, so that a refusal most likely comes before anything was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from counter_app.domain.errors import DomainError
from counter_app.domain.validation import first_problem
from counter_app.operations.admin.follow_up_settings import (
    FollowUpSettings,
    load_follow_up_settings,
    save_follow_up_settings,
)
from counter_app.operations.admin.retention import RetentionSettings, load_retention, save_retention
from counter_app.operations.admin.sms_settings import clean_sms_template, load_sms_template, save_sms_template
from counter_app.operations.admin.station import StationSettings, load_station, save_station
from counter_app.operations.context import AppContext

FIELD_LABELS: dict[str, str] = {
    "name": "窗口名称",
    "address": "地址",
    "phone": "咨询电话",
    "hours": "办公时间说明",
    "office_code": "受理单位代码",
    "station_code": "派出所代码",
    "office_name": "受理机关名称",
    "card_limit_days": "身份证法定办理时限（日）",
    "card_promise_days": "身份证承诺办理时限（工作日）",
    "overdue_pickup_days": "超期未领天数",
    "storage_boxes": "存放柜号",
    "storage_box_size": "每柜容量",
    "await_materials_days": "补材料回访天数（工作日）",
    "uncollected_after_days": "催领天数",
    "collected_case_years": "个人信息保存年限",
    "sms_template": "短信模板",
}
# What a pattern asks for, in words: the pydantic message only repeats the regular expression.
PATTERN_HINTS: dict[str, str] = {
    "office_code": "应为 6 位数字（GB/T 2260 行政区划代码）",
    "station_code": "应为 3 位数字",
    "storage_boxes": "应为用英文逗号分隔的柜号，每个 1–3 位大写字母或数字，如 A,B,C",
}
_SHOWN_VALUE_MAX = 24  # longer values are not repeated in the message
M = TypeVar("M", bound=BaseModel)


class StationFormError(DomainError):
    """A station-wide value refused; ``reason`` is the field key, the message names the field in Chinese."""


@dataclass(frozen=True)
class StationForm:
    """The values of the station-wide settings page, as plain data."""

    station: dict[str, Any]
    follow_ups: dict[str, Any]
    retention_years: int
    sms_template: str


def load_station_form(ctx: AppContext) -> StationForm:
    return StationForm(
        station=load_station(ctx).model_dump(),
        follow_ups=load_follow_up_settings(ctx).model_dump(),
        retention_years=load_retention(ctx).collected_case_years,
        sms_template=load_sms_template(ctx),
    )


def field_error(field: str, value: object, problem: str) -> StationFormError:
    label = FIELD_LABELS.get(field, field)
    text = str(value)
    shown = f"「{text}」" if text and len(text) <= _SHOWN_VALUE_MAX else ""
    return StationFormError(field, f"{label}{shown}无效：{problem}")


def _validated(model: type[M], values: dict[str, Any]) -> M:
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problem = first_problem(exc, PATTERN_HINTS)
        field = str(problem.loc[0]) if problem.loc else model.__name__
        raise field_error(field, values.get(field, ""), problem.message) from None


def _trimmed(values: dict[str, Any]) -> dict[str, Any]:
    # Text typed into a form carries stray spaces; a name of spaces only must count as empty.
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def check_station_form(form: StationForm) -> StationForm:
    """The form with text trimmed, or StationFormError naming the first bad field (nothing is stored)."""
    station = _validated(StationSettings, _trimmed(form.station))
    if station.card_promise_days > station.card_limit_days:
        # n working days are never fewer than n calendar days, so a promise above the legal limit breaks it.
        raise field_error(
            "card_promise_days",
            station.card_promise_days,
            f"承诺时限不能超过法定时限 {station.card_limit_days} 日",
        )
    follow_ups = _validated(FollowUpSettings, form.follow_ups)
    retention = _validated(RetentionSettings, {"collected_case_years": form.retention_years})
    try:
        template = clean_sms_template(form.sms_template)
    except DomainError as exc:
        raise StationFormError("sms_template", exc.message) from None
    return StationForm(
        station=station.model_dump(),
        follow_ups=follow_ups.model_dump(),
        retention_years=retention.collected_case_years,
        sms_template=template,
    )


def _changed(new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in new.items() if old.get(k) != v}


def save_station_form(ctx: AppContext, form: StationForm, shown: StationForm | None = None) -> list[str]:
    """Check the whole form, then save only what was edited; returns the keys of the settings written.

    ``shown`` is the form as the page loaded it (default: as stored now). Only fields that differ from it go to
    ``save_station``/``save_follow_up_settings``, which merge them into the stored value, so a field another
    counter changed meanwhile is not put back. A refusal part-way (a permission, the database) is reported with
    what was already saved, because the sections are separate transactions.
    """
    checked = check_station_form(form)
    current = shown or load_station_form(ctx)
    steps = []
    if checked.retention_years != current.retention_years:
        steps.append(("retention", lambda: save_retention(ctx, checked.retention_years)))
    if checked.sms_template != current.sms_template:
        steps.append(("sms_template", lambda: save_sms_template(ctx, checked.sms_template)))
    follow_up_changes = _changed(checked.follow_ups, current.follow_ups)
    if follow_up_changes:
        steps.append(("follow_ups", lambda: save_follow_up_settings(ctx, **follow_up_changes)))
    station_changes = _changed(checked.station, current.station)
    if station_changes:
        steps.append(("station", lambda: save_station(ctx, **station_changes)))
    saved: list[str] = []
    for key, step in steps:
        try:
            step()
        except DomainError as exc:
            message = exc.message if isinstance(exc, DomainError) else str(exc)
            if saved:
                message += f"（此前已保存：{'、'.join(_SECTION_NAMES[k] for k in saved)}；其余未保存）"
            raise StationFormError(key, message) from exc
        saved.append(key)
    return saved


_SECTION_NAMES = {"retention": "保存年限", "sms_template": "短信模板", "follow_ups": "待办设置", "station": "本所信息"}
