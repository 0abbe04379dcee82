"""The pickup SMS's template (领证短信模板): its placeholders, the built-in text and the placeholder check.

Shared by the station's stored template (the setting ``sms_template``, model
:class:`counter_app.domain.station_settings.SmsTemplate`) and the SMS export that fills it in
(operations/cards/pickup_notices), so that a template the settings accept is one the export can fill.
"""

from __future__ import annotations

import string

from counter_app.domain.errors import DomainError

PLACEHOLDERS = frozenset({"name", "place", "station", "phone", "hours"})
DEFAULT_SMS_TEMPLATE = (
    "{name}您好，您办理的居民身份证已到{station}，请携带领取凭证于{hours}前来领取，"
    "咨询电话{phone}。"
)


class SmsTemplateError(DomainError):
    """A template refused: empty, too long, or with an unknown or malformed placeholder."""


def template_problem(template: str) -> str | None:
    """What is wrong with the placeholders of a template, in Chinese; None when they are all known."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError:
        return "格式有误：花括号 { } 须成对出现，且只用于占位符"
    for name in fields:
        if name not in PLACEHOLDERS:
            shown = "{" + name + "}"
            return f"有未知的占位符「{shown}」，可用：{{name}} {{place}} {{station}} {{phone}} {{hours}}"
    return None


def check_template(template: str) -> None:
    """Refuse a template with an unknown or malformed placeholder."""
    problem = template_problem(template)
    if problem is not None:
        raise SmsTemplateError("template", f"短信模板{problem}")
