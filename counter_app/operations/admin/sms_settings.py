"""The station's pickup-SMS template (领证短信模板), stored station-wide so every counter exports the same text.

The placeholders and their check belong to :mod:`counter_app.domain.sms_template`; this module only keeps
the text (Setting key ``sms_template``). Callers of ``export_sms_csv`` pass ``load_sms_template(ctx)``.
"""

from __future__ import annotations

from counter_app.domain.permissions import Permission, require
from counter_app.domain.sms_template import DEFAULT_SMS_TEMPLATE, SmsTemplateError, check_template
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value, store_setting

SMS_TEMPLATE_KEY = "sms_template"
# One SMS segment holds 70 Chinese characters; operators split longer texts, and more than a few segments is a
# letter, not a notice. The limit only guards against a pasted document.
SMS_TEMPLATE_MAX = 300


def clean_sms_template(template: str) -> str:
    """The template with surrounding whitespace removed, refused if empty, too long, or with a bad placeholder."""
    text = str(template).strip()
    if not text:
        raise SmsTemplateError("template", "短信模板不能为空")
    if len(text) > SMS_TEMPLATE_MAX:
        raise SmsTemplateError("template", f"短信模板不能超过 {SMS_TEMPLATE_MAX} 个字，当前 {len(text)} 个字")
    check_template(text)
    return text


def load_sms_template(ctx: AppContext) -> str:
    """The stored template, or the built-in one when none was ever saved."""
    with ctx.db.read() as session:
        stored = setting_value(session, SMS_TEMPLATE_KEY).get("template")
    return stored if isinstance(stored, str) and stored else DEFAULT_SMS_TEMPLATE


def save_sms_template(ctx: AppContext, template: str) -> str:
    """Store a checked template for every counter (supervisor only); audited as a settings change."""
    require(ctx.actor, Permission.EDIT_STATION_SETTINGS)
    text = clean_sms_template(template)
    with ctx.db.write() as session:
        store_setting(session, SMS_TEMPLATE_KEY, {"template": text})
        ctx.audit(session, "settings.change", SMS_TEMPLATE_KEY, changed=["template"], length=len(text))
    return text
