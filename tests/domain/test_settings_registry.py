"""The settings registry as declared: complete, consistent with its models and with the Chinese translation, and the
refusals it derives name the field in Chinese (no database, no Qt)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.settings_registry import (
    REGISTRY,
    STATION,
    Editor,
    SettingRefused,
    Words,
    setting,
    validated,
)

ROOT = Path(__file__).resolve().parents[2]
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _all_words() -> list[Words]:
    found = []
    for spec in REGISTRY:
        found.append(spec.words)
        for declared in spec.fields:
            found += [w for w in (declared.words, declared.group, declared.note, declared.zero_means) if w]
    return found


def test_keys_are_unique_and_found_by_key() -> None:
    keys = [spec.key for spec in REGISTRY]
    assert len(keys) == len(set(keys))
    assert all(setting(key) is spec for key, spec in zip(keys, REGISTRY, strict=True))
    with pytest.raises(KeyError):
        setting("no_such_setting")


def test_every_declaration_is_complete() -> None:
    for spec in REGISTRY:
        assert spec.default() == spec.model(), spec.key  # the model's own defaults are the default
        assert spec.audit_action and spec.permission
        for declared in spec.fields:
            assert declared.name in spec.model.model_fields, (spec.key, declared.name)
        if spec.editor is Editor.FIELDS:
            assert spec.fields, f"{spec.key} is edited field by field but declares no field"
    for words in _all_words():
        assert words.en.strip() and CHINESE.search(words.zh), words


def test_form_field_names_are_unique_across_settings() -> None:
    # The form and the refusal's ``reason`` find a field by its name alone.
    names = [f.name for spec in REGISTRY if spec.editor is Editor.FIELDS for f in spec.fields]
    assert len(names) == len(set(names))


def test_the_chinese_translation_is_the_declared_chinese() -> None:
    """fill_zh_CN.py copies the declared Chinese into the .ts; a later edit of one without the other fails here."""
    tree = ET.parse(ROOT / "resources" / "translations" / "counter_app_zh_CN.ts")
    translated = {
        message.findtext("source"): message.findtext("translation")
        for context in tree.iter("context")
        if context.findtext("name") == "Settings"
        for message in context.iter("message")
    }
    for words in _all_words():
        assert translated.get(words.en) == words.zh, words


def test_every_english_text_is_marked_for_lupdate() -> None:
    """pyside6-lupdate finds a source text only as a literal QT_TRANSLATE_NOOP("Settings", …) call."""
    source = (ROOT / "counter_app" / "domain" / "settings_registry.py").read_text(encoding="utf-8")
    marked = {
        ast.literal_eval(node.args[1])
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and ast.literal_eval(node.args[0]) == "Settings"
    }
    assert {w.en for w in _all_words()} <= marked


@pytest.mark.parametrize(
    ("key", "value", "reason", "message"),
    [
        ("station", {"office_code": "11010X"}, "office_code", "受理单位代码「11010X」无效：应为 6 位数字"),
        ("station", {"name": " \n "}, "name", "窗口名称无效：不能为空"),
        ("station", {"card_limit_days": 30, "card_promise_days": 31}, "card_promise_days", "不能超过法定时限 30 日"),
        ("follow_ups", {"await_materials_days": "五"}, "await_materials_days",
         "补材料回访天数（工作日）「五」无效：应为整数"),
        ("retention", {"collected_case_years": -1}, "collected_case_years", "个人信息保存年限「-1」无效：不能小于 0"),
        ("sms_template", {"template": "{who}"}, "template", "领证短信模板「{who}」无效：有未知的占位符「{who}」"),
        ("office_hours", {"makeup_day_follows": "xyz"}, "makeup_day_follows", "调休上班日作息「xyz」无效：只能是"),
        ("office_hours", {"regular": {"mon": []}}, "office_hours",
         "办公时间：调休上班日按周一作息，但周一没有办公时段"),
        ("appointment_template", {"blocks": [{"weekdays": [1], "start": "9:xx", "end": "10:00"}]},
         "blocks.0.start", "预约时段第 1 项开始时间无效"),
        ("routine", {"close": [{"id": "ok", "text": "甲"}, {"id": "x y", "text": "乙"}]}, "close.1.id",
         "闭窗整理第 2 项编号无效"),
        ("web_notices", {"items": [{"text": "", "published": "2026-11-23"}]}, "items.0.text",
         "公告第 1 项内容无效：不能为空"),
    ],
)
def test_a_refusal_names_the_field_in_chinese(key: str, value: dict, reason: str, message: str) -> None:
    with pytest.raises(SettingRefused) as refused:
        validated(setting(key), value)
    assert refused.value.reason == reason
    assert message in refused.value.message
    # Placeholders and the allowed values themselves ('mon') are data; any other English word reached the clerk.
    words = re.sub(r"\{\w*\}|'[^']*'|「[^」]*」", "", refused.value.message)
    assert not re.search(r"[A-Za-z]{4,}", words), refused.value.message


@given(st.text(max_size=80))
def test_any_station_name_is_kept_trimmed_or_refused_by_name(name: str) -> None:
    try:
        checked = validated(STATION, {"name": name})
    except SettingRefused as refused:
        assert refused.reason == "name" and refused.message.startswith("窗口名称")
        assert not name.strip() or len(name.strip()) > 60
        return
    assert checked.name == name.strip()
