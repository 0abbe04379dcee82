"""Loading and saving the station's appointment template (the setting ``appointment_template``).

The template's rules are in :mod:`counter_app.domain.appointment_template`; storage, permission, audit and the
refusal's words come from its declaration in :mod:`counter_app.domain.settings_registry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from counter_app.domain.appointment_template import AppointmentTemplate
from counter_app.domain.errors import DomainError
from counter_app.domain.settings_registry import APPOINTMENT_TEMPLATE
from counter_app.operations.context import AppContext
from counter_app.operations.settings import load_setting, save_setting


class TemplateError(DomainError):
    """A template as typed in its dialog that cannot be read (a cell that is not a time)."""


def load_template(ctx: AppContext) -> AppointmentTemplate:
    return load_setting(ctx, APPOINTMENT_TEMPLATE)


def save_template(ctx: AppContext, template: AppointmentTemplate | Mapping[str, Any]) -> AppointmentTemplate:
    """Store a validated template for every counter (the declared permission); the change is audited."""
    return save_setting(ctx, APPOINTMENT_TEMPLATE, template)
