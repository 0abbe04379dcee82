"""Every station-wide setting, declared once (in the manner of Picard's option registry).

A declaration says what the setting is: its key in the ``setting`` table, the pydantic model of its value (whose
field defaults are the default), the permission needed to change it, its name for people (an English source text
the UI translates, and the same words in Chinese for refusals; ``fill_zh_CN.py`` copies them into the
translation), how the settings dialog edits it, and the audit action of a change. Storage, the audit entry, the
refusal messages and the dialog's list are derived from these declarations: ``operations/settings.py`` loads and
saves any of them, ``ui/dialogs/settings_station_tab.py`` builds its rows and buttons from :data:`REGISTRY`.

Workstation settings (this computer's printers, font size, database address) are not here: they live in a local
file, per computer, in ``counter_app/workstation.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from counter_app.domain.appointment_template import AppointmentTemplate
from counter_app.domain.errors import DomainError
from counter_app.domain.office_hours import WEEKDAY_ZH, OfficeHours
from counter_app.domain.permissions import Permission
from counter_app.domain.routine_items import PHASE_LABELS, RoutineItems
from counter_app.domain.station_settings import FollowUpSettings, RetentionSettings, SmsTemplate, StationSettings
from counter_app.domain.validation import first_problem
from counter_app.domain.web_notices import StationNotices

M = TypeVar("M", bound=BaseModel)
_SHOWN_VALUE_MAX = 24  # longer values are not repeated in a refusal


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks an English source text for the translation files; the UI translates it when it shows it."""
    return text


@dataclass(frozen=True)
class Words:
    """A name shown to people: ``en`` is the UI's source text, ``zh`` the same words in the refusals."""

    en: str
    zh: str


class Editor(StrEnum):
    """Where a supervisor edits a setting."""

    FIELDS = "fields"  # each declared field is a row of the settings dialog's Station tab
    DIALOG = "dialog"  # a button of the Station tab opens the setting's own dialog
    COMMAND = "command"  # changed through its feature's operations only (web notices: counter-app web notice)


@dataclass(frozen=True)
class SettingField:
    """One field of a setting edited as a row of the Station tab."""

    name: str
    words: Words
    group: Words | None = None  # the box it is shown in; None: the setting's own box
    pattern_hint: str | None = None  # what a pattern asks for, in words (pydantic only repeats the expression)
    note: Words | None = None  # a line of help under the field
    zero_means: Words | None = None  # a number field whose 0 is a choice of its own ("never")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: each is declared once
class SettingSpec(Generic[M]):
    key: str
    model: type[M]
    permission: Permission
    words: Words
    editor: Editor
    fields: tuple[SettingField, ...] = ()
    # Chinese names of the other parts a refusal may point into (nested keys of a list or mapping value).
    parts: Mapping[str, str] = field(default_factory=dict)
    audit_action: str = "settings.change"

    def default(self) -> M:
        return self.model()

    def field_named(self, name: str) -> SettingField | None:
        return next((f for f in self.fields if f.name == name), None)


class SettingRefused(DomainError):
    """A setting's value refused; ``reason`` is the path of the field (``office_code``, ``open.2.text``)."""


def _part_name(spec: SettingSpec[Any], part: str | int) -> str:
    if isinstance(part, int):
        return f"第 {part + 1} 项"
    if part == "[key]":  # pydantic's mark for a mapping's key (an unknown weekday): the key itself was named
        return ""
    declared = spec.field_named(part)
    if declared is not None:
        return declared.words.zh
    return spec.parts.get(part, f"「{part}」")


def refusal(spec: SettingSpec[Any], exc: ValidationError, values: Mapping[str, Any]) -> SettingRefused:
    """The first problem of ``exc`` in the clerk's words, naming the field as the declaration names it."""
    hints = {f.name: f.pattern_hint for f in spec.fields if f.pattern_hint}
    problem = first_problem(exc, hints)
    if not problem.loc:  # a rule of the whole value: its own message names what to fix
        return SettingRefused(spec.key, f"{spec.words.zh}：{problem.message}")
    where = "".join(_part_name(spec, part) for part in problem.loc)
    shown = ""
    if len(problem.loc) == 1:
        text = str(values.get(str(problem.loc[0]), "")).strip()
        shown = f"「{text}」" if text and len(text) <= _SHOWN_VALUE_MAX else ""
    return SettingRefused(problem.field, f"{where}{shown}无效：{problem.message}")


def validated(spec: SettingSpec[M], value: BaseModel | Mapping[str, Any]) -> M:
    """``value`` checked by the setting's model (a model is checked again: it may have been built unchecked)."""
    data = value.model_dump() if isinstance(value, BaseModel) else dict(value)
    try:
        return spec.model.model_validate(data)
    except ValidationError as exc:
        raise refusal(spec, exc, data) from None


_STATION_GROUP = Words(QT_TRANSLATE_NOOP("Settings", "Station"), "本所信息")
_CARDS_GROUP = Words(QT_TRANSLATE_NOOP("Settings", "ID cards"), "身份证")

STATION = SettingSpec(
    key="station",
    model=StationSettings,
    permission=Permission.EDIT_STATION_SETTINGS,
    words=_STATION_GROUP,
    editor=Editor.FIELDS,
    fields=(
        SettingField("name", Words(QT_TRANSLATE_NOOP("Settings", "Station name"), "窗口名称")),
        SettingField("address", Words(QT_TRANSLATE_NOOP("Settings", "Address"), "地址")),
        SettingField("phone", Words(QT_TRANSLATE_NOOP("Settings", "Phone"), "咨询电话")),
        SettingField("hours", Words(QT_TRANSLATE_NOOP("Settings", "Office hours (printed text)"), "办公时间说明")),
        SettingField("office_name", Words(QT_TRANSLATE_NOOP("Settings", "Accepting office"), "受理机关名称")),
        SettingField(
            "office_code",
            Words(QT_TRANSLATE_NOOP("Settings", "Office code (6 digits)"), "受理单位代码"),
            pattern_hint="应为 6 位数字（GB/T 2260 行政区划代码）",
        ),
        SettingField(
            "station_code",
            Words(QT_TRANSLATE_NOOP("Settings", "Station code (3 digits)"), "派出所代码"),
            pattern_hint="应为 3 位数字",
        ),
        SettingField(
            "card_limit_days",
            Words(QT_TRANSLATE_NOOP("Settings", "Legal time limit (days)"), "身份证法定办理时限（日）"),
            group=_CARDS_GROUP,
        ),
        SettingField(
            "card_promise_days",
            Words(
                QT_TRANSLATE_NOOP("Settings", "Promised time limit (working days)"), "身份证承诺办理时限（工作日）"
            ),
            group=_CARDS_GROUP,
        ),
        SettingField(
            "overdue_pickup_days",
            Words(QT_TRANSLATE_NOOP("Settings", "Uncollected card overdue after (days)"), "超期未领天数"),
            group=_CARDS_GROUP,
        ),
        SettingField(
            "storage_boxes",
            Words(QT_TRANSLATE_NOOP("Settings", "Storage boxes (e.g. A,B,C)"), "存放柜号"),
            group=_CARDS_GROUP,
            pattern_hint="应为用英文逗号分隔的柜号，每个 1–3 位大写字母或数字，如 A,B,C",
        ),
        SettingField(
            "storage_box_size",
            Words(QT_TRANSLATE_NOOP("Settings", "Cards per box"), "每柜容量"),
            group=_CARDS_GROUP,
        ),
    ),
)

FOLLOW_UPS = SettingSpec(
    key="follow_ups",
    model=FollowUpSettings,
    permission=Permission.EDIT_STATION_SETTINGS,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Follow-ups"), "待办事项"),
    editor=Editor.FIELDS,
    fields=(
        SettingField(
            "await_materials_days",
            Words(
                QT_TRANSLATE_NOOP("Settings", "Call about missing materials after (working days)"),
                "补材料回访天数（工作日）",
            ),
        ),
        SettingField(
            "uncollected_after_days",
            Words(QT_TRANSLATE_NOOP("Settings", "Chase an uncollected card after (days)"), "催领天数"),
        ),
    ),
)

# Whoever may purge personal data decides when (PURGE_PERSONAL_DATA), not every holder of the station settings.
RETENTION = SettingSpec(
    key="retention",
    model=RetentionSettings,
    permission=Permission.PURGE_PERSONAL_DATA,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Privacy"), "个人信息保护"),
    editor=Editor.FIELDS,
    fields=(
        SettingField(
            "collected_case_years",
            Words(
                QT_TRANSLATE_NOOP("Settings", "Erase personal data of finished records after (years)"),
                "个人信息保存年限",
            ),
            zero_means=Words(QT_TRANSLATE_NOOP("Settings", "Never erase"), "永不清除"),
        ),
    ),
)

SMS_TEMPLATE = SettingSpec(
    key="sms_template",
    model=SmsTemplate,
    permission=Permission.EDIT_STATION_SETTINGS,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Pickup SMS template"), "领证短信模板"),
    editor=Editor.FIELDS,
    fields=(
        SettingField(
            "template",
            Words(QT_TRANSLATE_NOOP("Settings", "Pickup SMS template"), "领证短信模板"),
            note=Words(
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "Placeholders: {name} holder's name, {place} storage place, {station} station name, "
                    "{phone} station phone, {hours} office hours.",
                ),
                "占位符：{name} 持证人姓名，{place} 存放位，{station} 派出所名称，{phone} 派出所电话，"
                "{hours} 办公时间。",
            ),
        ),
    ),
)

OFFICE_HOURS = SettingSpec(
    key="office_hours",
    model=OfficeHours,
    permission=Permission.EDIT_OFFICE_HOURS,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Office hours"), "办公时间"),
    editor=Editor.DIALOG,
    parts={
        "regular": "办公时段",
        "extended_until": "延时服务结束时间",
        "weekend_duty": "周末值班时段",
        "makeup_day_follows": "调休上班日作息",
        "start": "开始时间",
        "end": "结束时间",
        **WEEKDAY_ZH,
    },
)

APPOINTMENT_TEMPLATE = SettingSpec(
    key="appointment_template",
    model=AppointmentTemplate,
    permission=Permission.EDIT_APPOINTMENT_TEMPLATE,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Appointment template"), "预约时段模板"),
    editor=Editor.DIALOG,
    parts={
        "blocks": "预约时段",
        "label": "名称",
        "weekdays": "星期",
        "start": "开始时间",
        "end": "结束时间",
        "slot_minutes": "每段分钟数",
        "capacity": "每段名额",
        "day_kind": "日子类型",
        "skip_public_holidays": "法定节假日停约",
    },
)

ROUTINE = SettingSpec(
    key="routine",
    model=RoutineItems,
    permission=Permission.EDIT_ROUTINE,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Routine lists"), "开闭窗检查项"),
    editor=Editor.DIALOG,
    parts={**PHASE_LABELS, "id": "编号", "text": "内容"},
)

WEB_NOTICES = SettingSpec(
    key="web_notices",
    model=StationNotices,
    permission=Permission.EDIT_STATION_SETTINGS,
    words=Words(QT_TRANSLATE_NOOP("Settings", "Web notices"), "网站公告"),
    editor=Editor.COMMAND,
    parts={"items": "公告", "text": "内容", "published": "发布日期", "until": "截止日期"},
)

# In the order the Station tab shows them.
REGISTRY: tuple[SettingSpec[Any], ...] = (
    STATION,
    FOLLOW_UPS,
    RETENTION,
    SMS_TEMPLATE,
    OFFICE_HOURS,
    APPOINTMENT_TEMPLATE,
    ROUTINE,
    WEB_NOTICES,
)


def setting(key: str) -> SettingSpec[Any]:
    """The declaration of ``key``; an unknown key is a programming error."""
    for spec in REGISTRY:
        if spec.key == key:
            return spec
    raise KeyError(key)
