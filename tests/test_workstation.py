"""Workstation settings: a JSON file that survives round trips and never stops the app when broken."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app import paths
from counter_app.workstation import (
    WorkstationError,
    WorkstationSettings,
    load_workstation,
    save_workstation,
    update_workstation,
    validate_workstation,
)

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)

workstation_settings = st.builds(
    WorkstationSettings,
    database_url=st.none() | _text,
    a4_printer=_text,
    receipt_printer=_text,
    receipt_paper=st.sampled_from(["roll80", "a5"]),
    a4_paper=st.sampled_from(["A4", "A5"]),
    language=st.sampled_from(["zh_CN", "en"]),
    font_size=st.integers(9, 20),
    idle_lock_minutes=st.integers(0, 120),
    window_geometry=st.text("ABCDEFabcdef0123456789+/=", max_size=60),
    first_run_done=st.booleans(),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workstation_settings)
def test_round_trip(tmp_path, value):
    target = tmp_path / "ws.json"
    save_workstation(value, target)
    assert load_workstation(target) == value


def test_default_location_is_the_data_folder_in_tests(tmp_path):
    assert paths.config_file() == tmp_path / "data" / "workstation.json"
    assert load_workstation() == WorkstationSettings()
    save_workstation(WorkstationSettings(a4_printer="HP"))
    assert load_workstation().a4_printer == "HP"
    assert not [p for p in paths.config_file().parent.iterdir() if p.suffix == ".tmp"]


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"font_size": 99}', '{"receipt_paper": "letter"}', "", "\x00\xff"],
)
def test_broken_file_gives_defaults_and_a_warning(caplog, content):
    paths.config_file().write_text(content, encoding="utf-8", errors="surrogateescape")
    with caplog.at_level(logging.WARNING):
        assert load_workstation() == WorkstationSettings()
    assert "broken" in caplog.text


def test_unknown_keys_are_ignored():
    paths.config_file().write_text('{"a4_printer": "Lab", "future": 1}', encoding="utf-8")
    assert load_workstation().a4_printer == "Lab"


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [("font_size", 8, "字号"), ("idle_lock_minutes", 121, "空闲锁屏"), ("language", "fr", "界面语言")],
)
def test_bad_values_are_refused_with_the_field_named(field, value, label):
    with pytest.raises(WorkstationError) as info:
        validate_workstation({field: value})
    assert info.value.reason == field
    assert label in info.value.message


def test_update_keeps_other_fields():
    update_workstation(a4_printer="A")
    update_workstation(font_size=14)
    assert load_workstation().a4_printer == "A"
    assert load_workstation().font_size == 14
    with pytest.raises(WorkstationError):
        update_workstation(font_size=40)
    assert load_workstation().font_size == 14
