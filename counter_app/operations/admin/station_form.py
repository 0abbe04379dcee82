"""The Station tab of the settings dialog as one form: every setting the registry edits field by field.

The form is the declared fields of each ``Editor.FIELDS`` setting (:mod:`counter_app.domain.settings_registry`),
keyed by setting and field. Saving checks the whole form first, then stores only the fields edited since the form
was shown, all settings in one transaction with one audit entry each: a refusal names its field and writes nothing.
"""

from __future__ import annotations

from typing import Any

from counter_app.domain.settings_registry import REGISTRY, Editor, SettingSpec, validated
from counter_app.operations.context import AppContext
from counter_app.operations.settings import change_settings, setting_in

# {setting key: {field name: value}}
StationForm = dict[str, dict[str, Any]]


def form_settings() -> tuple[SettingSpec[Any], ...]:
    """The settings the Station tab edits as rows, in the registry's order."""
    return tuple(spec for spec in REGISTRY if spec.editor is Editor.FIELDS)


def _fields(spec: SettingSpec[Any], value: Any) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in spec.fields}


def load_station_form(ctx: AppContext) -> StationForm:
    with ctx.db.read() as session:
        return {spec.key: _fields(spec, setting_in(session, spec)) for spec in form_settings()}


def check_station_form(form: StationForm) -> StationForm:
    """The form as its models read it (text trimmed), or SettingRefused naming the first bad field."""
    return {spec.key: _fields(spec, validated(spec, form.get(spec.key, {}))) for spec in form_settings()}


def save_station_form(ctx: AppContext, form: StationForm, shown: StationForm | None = None) -> list[str]:
    """Check the whole form, then save what was edited; returns the keys of the settings written.

    ``shown`` is the form as the tab loaded it (default: as stored now). Only fields that differ from it are
    merged into the stored values, so a field another counter changed meanwhile is not put back.
    """
    checked = check_station_form(form)
    before = shown or load_station_form(ctx)
    changes = {}
    for spec in form_settings():
        edited = {k: v for k, v in checked[spec.key].items() if before.get(spec.key, {}).get(k) != v}
        if edited:
            changes[spec] = edited
    change_settings(ctx, changes)
    return [spec.key for spec in changes]
