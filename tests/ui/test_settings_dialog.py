"""The settings dialog: workstation values to the local file, station-wide values to the database (supervisor only);
every value checked before anything is saved, a refusal named in a warning with the dialog left open."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app import paths
from counter_app.domain.settings_registry import SMS_TEMPLATE
from counter_app.operations.admin.follow_up_settings import load_follow_up_settings
from counter_app.operations.admin.station import load_station, save_station
from counter_app.operations.settings import load_setting
from counter_app.store.models import AuditEntry
from counter_app.workstation import WorkstationSettings, load_workstation, save_workstation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shown_warnings(warnings: list[str]) -> list[str]:
    return warnings


@pytest.fixture(autouse=True)
def _keep_app_font():
    """OK applies the font size to the whole application at once; give the next test its font back."""
    app = QApplication.instance()
    font = app.font()
    yield
    app.setFont(font)


def _dialog(qtbot: QtBot, ctx, role: str = "supervisor"):
    from counter_app.ui.dialogs.settings_dialog import SettingsDialog

    ctx.actor = replace(ctx.actor, clerk="boss" if role == "supervisor" else "li", role=role)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot: QtBot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, widget, text: str) -> None:
    """Replace the text of a line edit, spin box or editable combo box by typing, as a clerk would."""
    line = widget if hasattr(widget, "insert") else widget.lineEdit()
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:  # QTest types ASCII only; Chinese arrives from the input method as one committed string
        line.insert(text)


def _setting_changes(ctx) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change"))
        return [(row.target, row.clerk) for row in rows]


def test_workstation_values_are_saved_to_the_local_file(qtbot: QtBot, ui_ctx, tmp_path, shown_warnings) -> None:
    assert paths.config_file().parent == tmp_path  # COUNTER_APP_DATA keeps the test's file out of the real one
    save_workstation(WorkstationSettings(window_geometry="AAAA", database_url="sqlite:///x.db"))
    dialog = _dialog(qtbot, ui_ctx, role="clerk")
    tab = dialog.workstation_tab
    _type(qtbot, tab.a4_printer, "HP LaserJet 户籍室")
    tab.a4_paper.setCurrentIndex(tab.a4_paper.findData("A5"))
    tab.receipt_paper.setCurrentIndex(tab.receipt_paper.findData("a5"))
    tab.language.setCurrentIndex(tab.language.findData("en"))
    _type(qtbot, tab.font_size, "14")
    _type(qtbot, tab.idle_lock, "10")
    with qtbot.waitSignal(dialog.workstation_saved) as saved:
        qtbot.keyClick(tab.idle_lock, Qt.Key.Key_Return)  # Enter accepts the dialog
    assert shown_warnings == [] and dialog.result() == QDialog.DialogCode.Accepted
    stored = json.loads(paths.config_file().read_text(encoding="utf-8"))
    assert stored["a4_printer"] == "HP LaserJet 户籍室" and stored["receipt_printer"] == ""
    assert (stored["a4_paper"], stored["receipt_paper"], stored["language"]) == ("A5", "a5", "en")
    assert (stored["font_size"], stored["idle_lock_minutes"]) == (14, 10)
    # Fields the tab does not edit are kept as they were.
    assert stored["window_geometry"] == "AAAA" and stored["database_url"] == "sqlite:///x.db"
    assert saved.args[0].idle_lock_minutes == 10
    assert QApplication.instance().font().pointSize() == 14
    assert _setting_changes(ui_ctx) == []  # a clerk's OK never touches the station settings


def test_invalid_font_size_is_refused_and_nothing_saved(qtbot: QtBot, ui_ctx, shown_warnings) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    dialog.tabs.setCurrentWidget(dialog.station_tab)
    _type(qtbot, dialog.station_tab.fields["name"], "东城派出所户籍窗口")
    _type(qtbot, dialog.workstation_tab.font_size, "30")
    _ok(qtbot, dialog)
    assert shown_warnings == ["本机设置「字号」无效：不能大于 20"]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.workstation_tab
    assert not paths.config_file().exists()
    assert load_station(ui_ctx).name != "东城派出所户籍窗口" and _setting_changes(ui_ctx) == []


def test_clerk_sees_the_station_tab_disabled(qtbot: QtBot, ui_ctx) -> None:
    dialog = _dialog(qtbot, ui_ctx, role="clerk")
    tab = dialog.station_tab
    dialog.tabs.setCurrentWidget(tab)
    assert not tab.editable and not tab.content.isEnabled() and tab.note.isVisible()
    assert "Only a supervisor" in tab.note.text()
    assert not tab.fields["name"].isEnabled() and not tab.buttons["office_hours"].isEnabled()
    assert tab.fields["name"].text() == load_station(ui_ctx).name  # shown for reference


def test_supervisor_changes_station_name_and_follow_up_days(qtbot: QtBot, ui_ctx, shown_warnings) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    tab = dialog.station_tab
    dialog.tabs.setCurrentWidget(tab)
    assert tab.note.isHidden() and tab.content.isEnabled()
    _type(qtbot, tab.fields["name"], "东城派出所户籍窗口")
    _type(qtbot, tab.fields["await_materials_days"], "7")
    _ok(qtbot, dialog)
    assert shown_warnings == [] and not dialog.isVisible()
    assert load_station(ui_ctx).name == "东城派出所户籍窗口"
    assert load_follow_up_settings(ui_ctx).await_materials_days == 7
    assert sorted(_setting_changes(ui_ctx)) == [("follow_ups", "boss"), ("station", "boss")]


def test_invalid_office_code_is_refused_with_message(qtbot: QtBot, ui_ctx, shown_warnings) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    tab = dialog.station_tab
    _type(qtbot, tab.fields["office_code"], "11010X")
    _type(qtbot, tab.fields["await_materials_days"], "9")
    _ok(qtbot, dialog)
    assert shown_warnings == ["受理单位代码「11010X」无效：应为 6 位数字（GB/T 2260 行政区划代码）"]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is tab
    assert load_station(ui_ctx).office_code == "110105" and load_follow_up_settings(ui_ctx).await_materials_days == 5
    assert _setting_changes(ui_ctx) == [] and not paths.config_file().exists()


def test_sms_template_with_unknown_placeholder_is_refused(qtbot: QtBot, ui_ctx, shown_warnings) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    tab = dialog.station_tab
    tab.fields["template"].setPlainText("{name}您好，请于{deadline}前领取")
    _ok(qtbot, dialog)
    assert len(shown_warnings) == 1 and "未知的占位符「{deadline}」" in shown_warnings[0]
    assert dialog.isVisible() and _setting_changes(ui_ctx) == []

    tab.fields["template"].setPlainText("{name}您好，证件已到{station}，请带领取凭证来取。")
    _ok(qtbot, dialog)
    assert len(shown_warnings) == 1 and not dialog.isVisible()
    assert load_setting(ui_ctx, SMS_TEMPLATE).template == "{name}您好，证件已到{station}，请带领取凭证来取。"
    assert _setting_changes(ui_ctx) == [("sms_template", "boss")]


def test_reset_layout_clears_the_saved_geometry(qtbot: QtBot, ui_ctx, shown_warnings) -> None:
    save_workstation(WorkstationSettings(window_geometry="AAAA"))
    dialog = _dialog(qtbot, ui_ctx, role="clerk")
    qtbot.mouseClick(dialog.workstation_tab.reset_layout_button, Qt.MouseButton.LeftButton)
    assert dialog.workstation_tab.reset_note.text()
    _ok(qtbot, dialog)
    assert load_workstation().window_geometry == ""


def test_rerun_wizard_closes_without_saving(qtbot: QtBot, ui_ctx) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    _type(qtbot, dialog.workstation_tab.font_size, "15")
    with qtbot.waitSignal(dialog.rerun_wizard_requested):
        qtbot.mouseClick(dialog.workstation_tab.rerun_wizard_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not paths.config_file().exists()


def test_station_buttons_open_their_dialogs(qtbot: QtBot, ui_ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    from counter_app.ui.dialogs.appointment_template_dialog import AppointmentTemplateDialog
    from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog
    from counter_app.ui.dialogs.routine_dialog import RoutineDialog

    opened: list[str] = []
    for cls in (OfficeHoursDialog, AppointmentTemplateDialog, RoutineDialog):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(type(self).__name__) or 0)
    dialog = _dialog(qtbot, ui_ctx)
    tab = dialog.station_tab
    for button in (tab.buttons["office_hours"], tab.buttons["appointment_template"], tab.buttons["routine"]):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["OfficeHoursDialog", "AppointmentTemplateDialog", "RoutineDialog"]


def test_screenshots(qtbot: QtBot, ui_ctx, tmp_path: Path) -> None:
    """Both tabs at the size the dialog opens with, Chinese loaded (new texts stay English until translated)."""
    from counter_app.ui.i18n import load_translation

    assert load_translation(QApplication.instance())
    supervisor = replace(ui_ctx, actor=replace(ui_ctx.actor, role="supervisor"))
    save_station(
        supervisor,
        name="演示市公安局城关派出所户籍窗口",
        address="演示市城关路 1 号 派出所一楼户籍窗口",
        phone="0000-1234567",
        office_name="演示市公安局城关分局",
    )
    save_workstation(WorkstationSettings(a4_printer="HP LaserJet Pro M404", receipt_printer="XP-80C"))
    dialog = _dialog(qtbot, ui_ctx)
    for tab, name in ((dialog.workstation_tab, "settings-workstation"), (dialog.station_tab, "settings-station")):
        dialog.tabs.setCurrentWidget(tab)
        qtbot.wait(50)
        assert dialog.grab().save(str(tmp_path / f"{name}.png"))


def test_every_setting_the_station_edits_appears_in_the_dialog(qtbot: QtBot, ui_ctx) -> None:
    """Built from the registry: each declared field is a row labelled with its declared words, each setting with
    its own dialog a button; only the web notices (changed with `counter-app web notice`) are edited elsewhere."""
    from PySide6.QtWidgets import QFormLayout

    from counter_app.domain.settings_registry import REGISTRY, Editor
    from counter_app.ui.dialogs.settings_station_tab import SETTING_DIALOGS, words

    dialog = _dialog(qtbot, ui_ctx)
    tab = dialog.station_tab
    for spec in REGISTRY:
        if spec.editor is Editor.FIELDS:
            for declared in spec.fields:
                widget = tab.fields[declared.name]
                box = widget.parentWidget()
                form = box.layout()
                assert isinstance(form, QFormLayout)
                label = form.labelForField(widget)
                # A row names its field; a text of several lines fills its box, whose title names it.
                shown = label.text() if label is not None else box.title()
                assert words(declared.words) in shown, declared.name
        elif spec.editor is Editor.DIALOG:
            assert spec.key in SETTING_DIALOGS and words(spec.words) in tab.buttons[spec.key].text()
        else:
            assert spec.key == "web_notices"
    assert set(tab.buttons) == set(SETTING_DIALOGS)
    form = tab.form()
    assert {key: set(values) for key, values in form.items()} == {
        spec.key: {f.name for f in spec.fields} for spec in REGISTRY if spec.editor is Editor.FIELDS
    }
