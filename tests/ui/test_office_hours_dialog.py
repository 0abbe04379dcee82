"""The office-hours editor: periods typed as text, bad input refused with the message, good input saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.domain.office_hours import WEEKDAYS, OfficeHoursError, Period
from counter_app.operations.day.office_hours import load_office_hours
from counter_app.store.models import AuditEntry
from counter_app.ui.dialogs.office_hours_dialog import format_periods, parse_periods

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = "office-hours.png"  # into the test's tmp folder: a test run leaves the work tree clean
QM = ROOT / "resources" / "translations" / "counter_app_zh_CN.qm"


@pytest.fixture
def dialog(qtbot: QtBot, ui_ctx):
    from dataclasses import replace

    from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog

    ui_ctx.actor = replace(ui_ctx.actor, role="supervisor")  # the schedule is the supervisor's to set
    widget = OfficeHoursDialog(ui_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ok(qtbot: QtBot, dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_shows_the_stored_schedule(dialog) -> None:
    assert dialog.table.item(0, 0).text() == "08:30-12:00, 14:00-17:30"
    assert dialog.table.item(5, 0).text() == "" and dialog.table.item(5, 1).text() == "09:00-12:00"
    assert dialog.extended.isChecked() and dialog.extended_until.time().toString("HH:mm") == "18:30"
    assert dialog.makeup_follows.currentData() == "mon"
    assert "station-days.yaml" in dialog.note.text()


def test_bad_period_is_refused_with_its_message(qtbot: QtBot, ui_ctx, dialog, warnings) -> None:
    dialog.set_periods("wed", "08:30-12:00, 14:00-25:00")
    _ok(qtbot, dialog)
    assert warnings == ["周三办公时段「14:00-25:00」无法识别，应写成 08:30-12:00，多个时段用逗号分开"]
    assert dialog.isVisible() and dialog.saved is None

    dialog.set_periods("wed", "14:00-17:30, 08:30-12:00")  # readable, but in the wrong order
    _ok(qtbot, dialog)
    assert "周三时段 14:00–17:30 与 08:30–12:00 顺序颠倒或重叠" in warnings[1]
    assert dialog.isVisible()

    dialog.set_periods("wed", "08:30-12:00, 14:00-17:30")
    dialog.extended_until.setTime(dialog.extended_until.time().fromString("17:00", "HH:mm"))
    _ok(qtbot, dialog)
    assert "延时服务结束时间 17:00 早于" in warnings[2]
    with ui_ctx.db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change")).first() is None


def test_good_schedule_is_saved_with_enter(qtbot: QtBot, ui_ctx, dialog, warnings) -> None:
    dialog.set_periods("fri", "8:30 - 12:00，13:30～17:00", "")
    dialog.set_periods("sat", "", "")
    dialog.set_periods("sun", "", "09:00-11:30")
    dialog.extended.setChecked(False)
    dialog.makeup_follows.setCurrentIndex(WEEKDAYS.index("fri"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter accepts
    assert not warnings
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    hours = load_office_hours(ui_ctx)
    assert format_periods(hours.regular["fri"]) == "08:30-12:00, 13:30-17:00"
    assert format_periods(hours.regular["mon"]) == "08:30-12:00, 14:00-17:30"
    assert hours.weekend_duty == {"sun": [Period(start=dt.time(9), end=dt.time(11, 30))]}
    assert hours.extended_until is None and hours.makeup_day_follows == "fri"
    with ui_ctx.db.read() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change")).one()
    assert set(audit.detail["changed"]) == {"regular", "extended_until", "weekend_duty", "makeup_day_follows"}


def test_escape_closes_without_saving(qtbot: QtBot, ui_ctx, dialog) -> None:
    dialog.set_periods("mon", "nonsense")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None
    assert format_periods(load_office_hours(ui_ctx).regular["mon"]) == "08:30-12:00, 14:00-17:30"


_minutes = st.integers(min_value=0, max_value=24 * 60 - 1)


@given(
    st.lists(st.tuples(_minutes, _minutes), max_size=4),
    st.sampled_from([", ", "，", "; ", " ", "、"]),
    st.sampled_from(["-", " - ", "–", "～", "至"]),
)
def test_format_then_parse_gives_the_same_periods(pairs, separator: str, dash: str) -> None:
    def hhmm(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"

    text = separator.join(f"{hhmm(a)}{dash}{hhmm(b)}" for a, b in pairs)
    assert parse_periods(text, "mon") == [{"start": hhmm(a), "end": hhmm(b)} for a, b in pairs]


@given(st.text(max_size=20))
def test_parse_never_crashes_on_anything_typed(text: str) -> None:
    try:
        periods = parse_periods(text, "tue")
    except OfficeHoursError as exc:
        assert exc.message.startswith("周二办公时段「")
    else:
        assert all(set(p) == {"start", "end"} for p in periods)


def test_screenshot(qtbot: QtBot, ui_ctx, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from PySide6.QtCore import QTranslator

    from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    request.addfinalizer(lambda: app.removeTranslator(translator))
    dialog = OfficeHoursDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.set_periods("sun", "", "09:00-11:30")
    dialog.show()
    qtbot.wait(50)
    assert dialog.grab().save(str(tmp_path / SCREENSHOT))
