"""Every registered setting through the one generic store, on real SQLite and PostgreSQL: round trip, one audit entry
per save naming the setting and its changed fields, refusals that write nothing, and the declared permission."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.permissions import PermissionDenied
from counter_app.domain.settings_registry import REGISTRY, STATION, SettingRefused, SettingSpec
from counter_app.operations.context import Actor
from counter_app.operations.settings import change_setting, change_settings, load_setting, save_setting
from counter_app.store.models import AuditEntry, Setting

SUPERVISOR = Actor(clerk="赵所长", workstation="主管室", role="supervisor")
CLERK = Actor(clerk="李警官", workstation="窗口1", role="clerk")
ROOT = Path(__file__).resolve().parents[2]

# For every registered setting: fields changed from the default, and a change it must refuse (with the words that
# name the field). A new setting without its row here fails test_every_setting_has_samples.
SAMPLES: dict[str, tuple[dict[str, Any], dict[str, Any], str]] = {
    "station": ({"name": "东城派出所户籍窗口", "card_promise_days": 15}, {"office_code": "11010X"}, "受理单位代码"),
    "follow_ups": ({"await_materials_days": 7}, {"uncollected_after_days": 0}, "催领天数"),
    "retention": ({"collected_case_years": 5}, {"collected_case_years": 31}, "个人信息保存年限"),
    "sms_template": ({"template": "{name}请到{station}领证"}, {"template": "{deadline}"}, "领证短信模板"),
    "office_hours": ({"extended_until": "19:30:00", "makeup_day_follows": "fri"}, {"extended_until": "soon"},
                     "延时服务结束时间"),
    "appointment_template": (
        {"blocks": [{"weekdays": [2], "start": "18:00", "end": "19:00", "slot_minutes": 20, "capacity": 3}]},
        {"blocks": [{"weekdays": [1], "start": "18:00", "end": "19:00", "capacity": 0}]},
        "预约时段第 1 项每段名额",
    ),
    "routine": ({"open": [{"id": "wipe_desk", "text": "擦拭台面"}]}, {"close": [{"id": "a", "text": " "}]},
                "闭窗整理第 1 项内容"),
    "web_notices": ({"items": [{"text": "周六暂停办理", "published": "2026-11-23"}]},
                    {"items": [{"text": "", "published": "2026-11-23"}]}, "公告第 1 项内容"),
}


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url, actor=SUPERVISOR)
    yield context
    context.db.dispose()


def _entries(ctx) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action.like("settings.%"))))


def _stored_keys(ctx) -> set[str]:
    with ctx.db.read() as session:
        return set(session.scalars(select(Setting.key)))


def _value(spec: SettingSpec[Any], changes: dict[str, Any]) -> dict[str, Any]:
    return {**spec.default().model_dump(mode="json"), **changes}


def test_every_setting_has_samples() -> None:
    assert set(SAMPLES) == {spec.key for spec in REGISTRY}


def test_every_setting_round_trips_with_one_audit_entry(ctx) -> None:
    for spec in REGISTRY:
        changes, _, _ = SAMPLES[spec.key]
        assert load_setting(ctx, spec) == spec.default()
        saved = save_setting(ctx, spec, _value(spec, changes))
        assert saved != spec.default() and load_setting(ctx, spec) == saved
        [entry] = [e for e in _entries(ctx) if e.target == spec.key]
        assert (entry.action, entry.clerk) == (spec.audit_action, "赵所长")
        assert entry.detail["changed"] == sorted(changes)
    assert _stored_keys(ctx) == {spec.key for spec in REGISTRY}
    assert len(_entries(ctx)) == len(REGISTRY)


def test_a_refused_value_names_its_field_and_writes_nothing(ctx) -> None:
    for spec in REGISTRY:
        _, bad, words = SAMPLES[spec.key]
        with pytest.raises(SettingRefused, match=words):
            save_setting(ctx, spec, _value(spec, bad))
    assert _stored_keys(ctx) == set() and _entries(ctx) == []


def test_a_clerk_is_refused_every_setting_before_anything_is_written(ctx) -> None:
    ctx.actor = CLERK
    for spec in REGISTRY:
        changes, _, _ = SAMPLES[spec.key]
        with pytest.raises(PermissionDenied):
            save_setting(ctx, spec, _value(spec, changes))
        with pytest.raises(PermissionDenied):
            change_setting(ctx, spec, **changes)
    assert _stored_keys(ctx) == set() and _entries(ctx) == []


def test_several_settings_change_together_or_not_at_all(ctx) -> None:
    by_key = {spec.key: spec for spec in REGISTRY}
    with pytest.raises(SettingRefused, match="催领天数"):
        change_settings(ctx, {STATION: {"name": "东城"}, by_key["follow_ups"]: {"uncollected_after_days": 0}})
    assert _stored_keys(ctx) == set() and _entries(ctx) == []
    change_settings(ctx, {STATION: {"name": "东城"}, by_key["follow_ups"]: {"uncollected_after_days": 20}})
    assert sorted(e.target for e in _entries(ctx)) == ["follow_ups", "station"]


def test_the_audit_entry_names_old_and_new_plain_values_masked(ctx) -> None:
    change_setting(ctx, STATION, phone="13912345678", card_limit_days=40)
    [entry] = _entries(ctx)
    assert entry.detail["changed"] == ["card_limit_days", "phone"]
    assert entry.detail["before"]["card_limit_days"] == 45 and entry.detail["after"]["card_limit_days"] == 40
    assert "13912345678" not in str(entry.detail)  # a mobile in a setting is masked like any other


def test_an_unchanged_field_keeps_what_another_counter_stored(ctx) -> None:
    change_setting(ctx, STATION, phone="010-88886666")
    change_setting(ctx, STATION, address="东城区某路 1 号")
    stored = load_setting(ctx, STATION)
    assert (stored.phone, stored.address) == ("010-88886666", "东城区某路 1 号")


def test_only_the_generic_store_touches_the_settings_table() -> None:
    """No second path to a setting: every feature loads and saves through operations/settings.py."""
    importers = []
    for path in (ROOT / "counter_app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "counter_app.store.settings_rows":
                importers.append(path.relative_to(ROOT).as_posix())
            if isinstance(node, ast.ImportFrom) and node.module == "counter_app.store.models":
                uses_table = "Setting" in {a.name for a in node.names}
                assert not uses_table or path.name == "settings_rows.py", path
    assert importers == ["counter_app/operations/settings.py"]
