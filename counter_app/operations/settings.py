"""Loading and saving any station setting declared in :mod:`counter_app.domain.settings_registry`.

The one path between a declared setting and the ``setting`` table: every read is checked by the setting's model
(a hand-edited or corrupt value is refused with its field named, never half-used), and every change checks the
declared permission first, then is validated, stored and audited in one transaction — one audit entry per setting,
naming it and the fields that changed (with their old and new values where they are plain; the audit masks ID
numbers and phones in them, as in every entry).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from counter_app.domain.permissions import require
from counter_app.domain.settings_registry import SettingSpec, validated
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value, setting_values, store_setting

M = TypeVar("M", bound=BaseModel)
_PLAIN = (str, int, float, bool, type(None))


def setting_in(session: Session, spec: SettingSpec[M]) -> M:
    """The value as seen by an open transaction (so callers inside a write block read their own view)."""
    return _checked(spec, setting_value(session, spec.key))


def settings_in(session: Session | Connection, *specs: SettingSpec[Any]) -> tuple[Any, ...]:
    """:func:`setting_in` of several settings, read in one statement (an acceptance needs two)."""
    stored = setting_values(session, tuple(spec.key for spec in specs))
    return tuple(_checked(spec, stored.get(spec.key, {})) for spec in specs)


# The last value of each frozen model checked, with the stored value it came from: the office hours' schedule
# takes some 50 µs to check and every acceptance reads it. A frozen model can be handed out again as it is.
_last_checked: dict[str, tuple[dict[str, Any], BaseModel]] = {}


def _checked(spec: SettingSpec[M], value: dict[str, Any]) -> M:
    if not spec.model.model_config.get("frozen"):
        return validated(spec, value)
    kept = _last_checked.get(spec.key)
    if kept is not None and kept[0] == value:
        return kept[1]  # type: ignore[return-value] - stored under the spec's own key
    model = validated(spec, value)
    _last_checked[spec.key] = (value, model)
    return model


def load_setting(ctx: AppContext, spec: SettingSpec[M]) -> M:
    """The stored value, or the declared default when it was never saved."""
    with ctx.db.read() as session:
        return setting_in(session, spec)


def save_setting(
    ctx: AppContext, spec: SettingSpec[M], value: M | Mapping[str, Any], *, action: str = "", target: str = ""
) -> M:
    """Replace the whole value (a schedule, a list); ``action``/``target`` name a feature's own audit entry
    (publishing a web notice) instead of the declared action and the setting's key."""
    require(ctx.actor, spec.permission)
    checked = validated(spec, value)
    with ctx.db.write() as session:
        _store(ctx, session, spec, checked, action, target)
    return checked


def change_settings(ctx: AppContext, changes: Mapping[SettingSpec[Any], Mapping[str, Any]]) -> list[BaseModel]:
    """Change some fields of one or more settings, all or nothing, in one transaction.

    Every permission is checked before anything is read; each setting's changes are merged into its value as stored
    now (a field another counter changed meanwhile is kept) and the result is validated as a whole, so the first
    refusal names its field and nothing at all is written.
    """
    for spec in changes:
        require(ctx.actor, spec.permission)
    saved: list[BaseModel] = []
    if not changes:
        return saved  # an unchanged form takes no write lock
    with ctx.db.write() as session:
        for spec, fields in changes.items():
            checked = validated(spec, {**setting_value(session, spec.key), **fields})
            _store(ctx, session, spec, checked, "", "")
            saved.append(checked)
    return saved


def change_setting(ctx: AppContext, spec: SettingSpec[M], **fields: Any) -> M:
    """:func:`change_settings` for one setting."""
    [saved] = change_settings(ctx, {spec: fields})
    return saved  # type: ignore[return-value] - the model of ``spec``


def _store(
    ctx: AppContext, session: Session, spec: SettingSpec[Any], value: BaseModel, action: str, target: str
) -> None:
    new = value.model_dump(mode="json")
    old = {**spec.default().model_dump(mode="json"), **store_setting(session, spec.key, new)}
    changed = sorted(name for name in new if old.get(name) != new[name])
    plain = [name for name in changed if isinstance(old.get(name), _PLAIN) and isinstance(new[name], _PLAIN)]
    ctx.audit(
        session,
        action or spec.audit_action,
        target or spec.key,
        changed=changed,
        before={name: old.get(name) for name in plain},
        after={name: new[name] for name in plain},
    )
