"""The station-wide settings form: everything checked first with the field named, only changes saved and audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.errors import DomainError
from counter_app.domain.settings_registry import SMS_TEMPLATE
from counter_app.operations.admin.follow_up_settings import load_follow_up_settings
from counter_app.operations.admin.retention import load_retention
from counter_app.operations.admin.station import load_station, save_station
from counter_app.operations.admin.station_form import (
    StationForm,
    check_station_form,
    load_station_form,
    save_station_form,
)
from counter_app.operations.context import Actor
from counter_app.operations.settings import load_setting
from counter_app.store.models import AuditEntry

SUPERVISOR = Actor(clerk="赵所长", workstation="主管室", role="supervisor")


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url, actor=SUPERVISOR)
    yield context
    context.db.dispose()


def _changes(ctx) -> list[tuple[str, list[str]]]:
    with ctx.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change").order_by(AuditEntry.id))
        return [(row.target, row.detail.get("changed", [])) for row in rows]


def _edited(form: StationForm, key: str, **changes: object) -> StationForm:
    return {**form, key: {**form[key], **changes}}


def _station(form: StationForm, **changes: object) -> StationForm:
    return _edited(form, "station", **changes)


def test_unchanged_form_writes_nothing(ctx) -> None:
    assert save_station_form(ctx, load_station_form(ctx)) == []
    assert _changes(ctx) == []


def test_changed_settings_are_saved_together_one_audit_entry_each(ctx) -> None:
    form = _station(load_station_form(ctx), name="  东城派出所户籍窗口 ", card_promise_days=15)
    form = _edited(form, "follow_ups", await_materials_days=7)
    form = _edited(form, "retention", collected_case_years=3)
    form = _edited(form, "sms_template", template="{name}请到{station}领证")
    assert save_station_form(ctx, form) == ["station", "follow_ups", "retention", "sms_template"]
    assert load_station(ctx).name == "东城派出所户籍窗口" and load_station(ctx).card_promise_days == 15
    assert load_follow_up_settings(ctx).await_materials_days == 7
    assert load_retention(ctx).collected_case_years == 3
    assert load_setting(ctx, SMS_TEMPLATE).template == "{name}请到{station}领证"
    assert _changes(ctx) == [
        ("station", ["card_promise_days", "name"]),
        ("follow_ups", ["await_materials_days"]),
        ("retention", ["collected_case_years"]),
        ("sms_template", ["template"]),
    ]


def test_only_changed_fields_reach_the_store(ctx) -> None:
    form = load_station_form(ctx)  # opened before another counter changed the phone
    save_station(ctx, phone="010-88886666")
    save_station_form(ctx, _station(form, address="东城区某路 1 号"), shown=form)
    assert load_station(ctx).phone == "010-88886666"  # not put back by the form's older value
    assert load_station(ctx).address == "东城区某路 1 号"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"office_code": "11010X"},
            "office_code",
            "受理单位代码「11010X」无效：应为 6 位数字（GB/T 2260 行政区划代码）",
        ),
        ({"station_code": "01"}, "station_code", "派出所代码「01」无效：应为 3 位数字"),
        ({"name": "   "}, "name", "窗口名称无效：不能为空"),
        ({"storage_boxes": "a,b"}, "storage_boxes", "存放柜号「a,b」无效：应为用英文逗号分隔的柜号"),
        ({"card_limit_days": 0}, "card_limit_days", "身份证法定办理时限（日）「0」无效：不能小于 1"),
        ({"card_promise_days": 50}, "card_promise_days", "承诺时限不能超过法定时限 45 日"),
    ],
)
def test_bad_station_value_is_named_and_nothing_saved(ctx, changes, field, message) -> None:
    form = _edited(_station(load_station_form(ctx), **changes), "retention", collected_case_years=5)
    with pytest.raises(DomainError) as refused:
        save_station_form(ctx, form)
    assert refused.value.reason == field and message in refused.value.message
    assert load_retention(ctx).collected_case_years == 2 and _changes(ctx) == []


def test_bad_follow_up_retention_and_sms_values(ctx) -> None:
    form = load_station_form(ctx)
    cases = [
        (_edited(form, "follow_ups", uncollected_after_days=0), "uncollected_after_days"),
        (_edited(form, "retention", collected_case_years=31), "collected_case_years"),
        (_edited(form, "sms_template", template="{name}{deadline}"), "template"),
    ]
    for bad, field in cases:
        with pytest.raises(DomainError) as refused:
            check_station_form(bad)
        assert refused.value.reason == field
    assert "个人信息保存年限「31」无效：不能大于 30" in _message(_edited(form, "retention", collected_case_years=31))


def _message(form: StationForm) -> str:
    try:
        check_station_form(form)
    except DomainError as exc:
        return exc.message
    return ""


def test_a_refusal_writes_nothing_of_the_whole_form(ctx) -> None:
    ctx.actor = Actor(clerk="李警官", workstation="窗口1", role="clerk")
    form = _edited(_station(load_station_form(ctx), name="东城派出所"), "sms_template", template="{name}请领证")
    with pytest.raises(DomainError, match="无权修改窗口设置"):
        save_station_form(ctx, form)
    assert _changes(ctx) == [] and load_station(ctx).name != "东城派出所"


def test_a_value_refused_inside_the_transaction_rolls_back_the_others(ctx) -> None:
    """Checked against what another counter stored meanwhile: the promise now breaks the legal limit."""
    shown = load_station_form(ctx)
    save_station(ctx, card_limit_days=10)
    form = _edited(_station(shown, card_promise_days=15), "follow_ups", await_materials_days=9)
    with pytest.raises(DomainError, match="承诺时限不能超过法定时限 10 日"):
        save_station_form(ctx, form, shown=shown)
    assert load_follow_up_settings(ctx).await_materials_days == 5
    assert _changes(ctx) == [("station", ["card_limit_days"])]
