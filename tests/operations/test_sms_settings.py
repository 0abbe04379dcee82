"""The station's SMS template: stored for every counter, checked, supervisor only, audited (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import PermissionDenied
from counter_app.domain.settings_registry import SMS_TEMPLATE, SettingRefused, validated
from counter_app.domain.sms_template import DEFAULT_SMS_TEMPLATE, PLACEHOLDERS
from counter_app.domain.station_settings import SMS_TEMPLATE_MAX
from counter_app.operations.cards.pickup_notices import export_sms_csv
from counter_app.operations.context import Actor
from counter_app.operations.settings import change_setting, load_setting
from counter_app.store.models import AuditEntry

SUPERVISOR = Actor(clerk="赵所长", workstation="主管室", role="supervisor")
CLERK = Actor(clerk="李警官", workstation="窗口1", role="clerk")


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url, actor=SUPERVISOR)
    yield context
    context.db.dispose()


def _audits(ctx) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.target == "sms_template")))


def _stored(ctx) -> str:
    return load_setting(ctx, SMS_TEMPLATE).template


def _save(ctx, text: str) -> str:
    return change_setting(ctx, SMS_TEMPLATE, template=text).template


def test_default_until_saved_then_stored_and_audited(ctx) -> None:
    assert _stored(ctx) == DEFAULT_SMS_TEMPLATE
    saved = _save(ctx, "  {name}您好，证件已到{station}，电话{phone}。 ")
    assert saved == "{name}您好，证件已到{station}，电话{phone}。"
    assert _stored(ctx) == saved
    [entry] = _audits(ctx)
    assert entry.action == "settings.change" and entry.clerk == "赵所长"
    assert entry.detail["changed"] == ["template"] and entry.detail["after"] == {"template": saved}


def test_stored_template_feeds_the_export(ctx) -> None:
    _save(ctx, "{name}请到{station}领证")
    data = export_sms_csv(ctx)
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[0] == ["手机号", "姓名", "短信内容"]


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("{name}请于{deadline}前领取", "未知的占位符「{deadline}」"),
        ("{name请领取", "领证短信模板「{name请领取」无效：格式有误"),
        ("   ", "领证短信模板无效：不能为空"),
        ("字" * (SMS_TEMPLATE_MAX + 1), f"不能超过 {SMS_TEMPLATE_MAX} 个字"),
    ],
)
def test_bad_template_is_refused_and_nothing_stored(ctx, template: str, words: str) -> None:
    with pytest.raises(DomainError) as refused:
        _save(ctx, template)
    assert words in refused.value.message and refused.value.reason == "template"
    assert _stored(ctx) == DEFAULT_SMS_TEMPLATE and _audits(ctx) == []


def test_clerk_is_refused(ctx) -> None:
    ctx.actor = CLERK
    with pytest.raises(PermissionDenied):
        _save(ctx, "{name}请领证")
    assert _stored(ctx) == DEFAULT_SMS_TEMPLATE


def _clean(text: str) -> str:
    return validated(SMS_TEMPLATE, {"template": text}).template


_known = st.sampled_from(sorted(PLACEHOLDERS)).map(lambda name: "{" + name + "}")
_plain = st.text(alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=20)


@given(st.lists(st.one_of(_known, _plain), min_size=1, max_size=8))
def test_any_text_with_known_placeholders_is_accepted(pieces: list[str]) -> None:
    text = "".join(pieces)
    if text.strip() and len(text.strip()) <= SMS_TEMPLATE_MAX:
        assert _clean(text) == text.strip()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12))
def test_any_unknown_placeholder_is_refused(name: str) -> None:
    if name not in PLACEHOLDERS:
        with pytest.raises(SettingRefused, match="未知的占位符"):
            _clean("您好{" + name + "}")
