"""The station-wide values every counter shares: the station itself, follow-up timing, retention, the pickup SMS.

Each model is the value of one setting declared in :mod:`counter_app.domain.settings_registry`; its field defaults
are the setting's default, and its validators are the rules a supervisor's edit must pass.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from counter_app.domain.sms_template import DEFAULT_SMS_TEMPLATE, template_problem


def _trimmed(value: object) -> object:
    # Text typed into a form carries stray spaces (and line breaks); a name of spaces only must count as empty.
    return value.strip() if isinstance(value, str) else value


class StationSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

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

    _trim = field_validator("*", mode="before")(_trimmed)

    @field_validator("card_promise_days")
    @classmethod
    def _within_the_legal_limit(cls, value: int, info: ValidationInfo) -> int:
        # n working days are never fewer than n calendar days, so a promise above the legal limit breaks it.
        limit = info.data.get("card_limit_days")
        if limit is not None and value > limit:
            raise ValueError(f"承诺时限不能超过法定时限 {limit} 日")
        return value


class FollowUpSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

    # Working days an applicant gets to bring the missing materials before the clerk calls; local practice.
    await_materials_days: int = Field(default=5, ge=1, le=60)
    # Chasing starts at 30 days, half of the station's default 60-day overdue line (overdue_pickup_days, the
    # point where a card may go back to the county): the call must come while the card is still on the shelf.
    uncollected_after_days: int = Field(default=30, ge=1, le=3650)


class RetentionSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

    # Local policy, not law: years after collection (cards) or after the record was finished (notices,
    # service cases, bookings, done follow-ups) before personal data are erased. 0 = keep for ever.
    collected_case_years: int = Field(default=2, ge=0, le=30)


# One SMS segment holds 70 Chinese characters; operators split longer texts, and more than a few segments is a
# letter, not a notice. The limit only guards against a pasted document.
SMS_TEMPLATE_MAX = 300


class SmsTemplate(BaseModel):
    """The pickup SMS (领证短信) every counter exports; stored as ``{"template": text}``."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    template: str = Field(default=DEFAULT_SMS_TEMPLATE, min_length=1, max_length=SMS_TEMPLATE_MAX)

    _trim = field_validator("template", mode="before")(_trimmed)

    @field_validator("template")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        problem = template_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value
