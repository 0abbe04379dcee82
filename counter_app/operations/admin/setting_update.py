"""Changing some fields of a station-wide settings model: merged, validated as a whole, stored and audited."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from counter_app.domain.errors import DomainError
from counter_app.domain.validation import first_problem
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value, store_setting

M = TypeVar("M", bound=BaseModel)


def merge_setting(
    ctx: AppContext, key: str, model: type[M], changes: dict[str, object], error: type[DomainError], label: str
) -> M:
    """Apply ``changes`` to the stored value of ``key`` in one transaction; a bad value raises ``error`` with the
    field named after ``label`` (e.g. "设置项 office_code 无效：…"). The caller checks the permission first."""
    with ctx.db.write() as session:
        current = {**setting_value(session, key), **changes}
        try:
            settings = model.model_validate(current)
        except ValidationError as exc:
            problem = first_problem(exc)
            raise error(problem.field, f"{label} {problem.field} 无效：{problem.message}") from exc
        store_setting(session, key, settings.model_dump())
        ctx.audit(session, "settings.change", key, changed=sorted(changes))
        return settings
