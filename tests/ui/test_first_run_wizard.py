"""The first-run wizard: every page, Back/Next keeping values, refusals on Next, the connection test, Finish."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from counter_app import paths
from counter_app.operations.admin.accounts import has_any_user, list_users
from counter_app.operations.admin.station import load_station
from counter_app.operations.context import Actor
from counter_app.store.server_probe import check_connection
from counter_app.ui.wizard import first_run_wizard as wiz
from counter_app.ui.wizard.first_run_wizard import FirstRunWizard
from counter_app.workstation import load_workstation
from tests.databases import PG_URL
from tests.ui.staff import BOSS_PW, fast_hashing, staffed_ctx  # noqa: F401 - fixtures

STATION = {
    "name": "Test station counter",
    "address": "1 Test Road",
    "phone": "010-12345678",
    "office_code": "110105",
    "station_code": "007",
}


def _open(qtbot: QtBot, ctx=None) -> FirstRunWizard:
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)


def _type(qtbot: QtBot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _fill_station(qtbot: QtBot, wizard: FirstRunWizard, **overrides: str) -> None:
    for name, value in {**STATION, **overrides}.items():
        _type(qtbot, wizard.station.fields[name], value)


def _fill_account(qtbot: QtBot, wizard: FirstRunWizard, again: str = BOSS_PW) -> None:
    form = wizard.account.form
    _type(qtbot, form.username, "Boss")
    form.display_name.setText("王所长")  # QTest types Latin-1 only
    _type(qtbot, form.password, BOSS_PW)
    _type(qtbot, form.password_again, again)


def _to_database_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _next(qtbot, wizard)
    _fill_station(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_account(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.DATABASE


def test_all_pages_back_and_forth_then_finish(qtbot, warnings, fast_hashing):  # noqa: F811
    wizard = _open(qtbot)
    assert wizard.currentId() == wiz.WELCOME
    _to_database_page(qtbot, wizard)
    assert wizard.database.local.isChecked() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert str(paths.data_dir()) in wizard.database.local_path.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.PRINTERS
    wizard.printers.a4_paper.setCurrentIndex(wizard.printers.a4_paper.findData("A5"))
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.SUMMARY
    summary = wizard.summary_page.text.text()
    assert "Test station counter" in summary and "110105" in summary and "boss" in summary.lower()

    # Back to the station page: every value typed is still there, and on the way forward too.
    for expected in (wiz.PRINTERS, wiz.DATABASE, wiz.ACCOUNT, wiz.STATION):
        _click(qtbot, wizard, QWizard.WizardButton.BackButton)
        assert wizard.currentId() == expected
    assert wizard.station.fields["station_code"].text() == "007"
    for expected in (wiz.ACCOUNT, wiz.DATABASE, wiz.PRINTERS, wiz.SUMMARY):
        _next(qtbot, wizard)
        assert wizard.currentId() == expected
    assert wizard.account.form.username.text() == "Boss"
    assert wizard.printers.a4_paper.currentData() == "A5"
    assert not paths.config_file().exists()  # nothing is written before Finish

    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not warnings and wizard.result() == QWizard.DialogCode.Accepted
    stored = json.loads(paths.config_file().read_text(encoding="utf-8"))
    assert stored["first_run_done"] is True and stored["database_url"] is None and stored["a4_paper"] == "A5"
    ctx = wizard.result_ctx
    assert ctx is not None and ctx.db.sqlite_path == paths.data_dir() / "counter.db"
    station = load_station(ctx)
    assert (station.name, station.office_code, station.station_code) == ("Test station counter", "110105", "007")
    assert [(u.username, u.role.value) for u in list_users(ctx)] == [("boss", "supervisor")]


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("office_code", "11010", "6 位数字"),
        ("office_code", "11010x", "6 位数字"),
        ("station_code", "07", "3 位数字"),
        ("address", "", "地址"),
    ],
)
def test_bad_station_values_are_refused_on_next(qtbot, warnings, field, value, fragment):
    wizard = _open(qtbot)
    _next(qtbot, wizard)
    _fill_station(qtbot, wizard, **{field: value})
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.STATION
    assert len(warnings) == 1 and fragment in warnings[0]


def test_account_refusals_stay_on_the_page(qtbot, warnings):
    wizard = _open(qtbot)
    _next(qtbot, wizard)
    _fill_station(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_account(qtbot, wizard, again="other-password")
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.ACCOUNT and "differ" in warnings[-1]
    assert wizard.account.form.password.text() == ""
    _type(qtbot, wizard.account.form.password, "12345678")
    _type(qtbot, wizard.account.form.password_again, "12345678")
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.ACCOUNT and "数字" in warnings[-1]


def _click_radio(qtbot: QtBot, radio) -> None:
    # On the indicator: the middle of a wide radio button is empty space that does not toggle it.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _choose_server(qtbot: QtBot, wizard: FirstRunWizard, url: str) -> None:
    parts = make_url(url)
    page = wizard.database
    _click_radio(qtbot, page.server)
    _type(qtbot, page.host, parts.host or "")
    page.port.setValue(parts.port or 5432)
    _type(qtbot, page.database, parts.database or "")
    _type(qtbot, page.user, parts.username or "")
    _type(qtbot, page.password, parts.password or "")


def test_failed_postgresql_test_blocks_next(qtbot, warnings):
    wizard = _open(qtbot)
    _to_database_page(qtbot, wizard)
    _choose_server(qtbot, wizard, "postgresql+psycopg://counter@127.0.0.1:1/counter")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # not tested yet
    qtbot.mouseClick(wizard.database.test_button, Qt.MouseButton.LeftButton)
    assert "127.0.0.1" in wizard.database.status.text() and "无法连接" in wizard.database.status.text()
    assert not next_button.isEnabled()
    qtbot.keyClick(wizard.database.host, Qt.Key.Key_Return)  # Enter must not get past the page either
    assert wizard.currentId() == wiz.DATABASE
    # Back to this computer: Next is allowed again.
    _click_radio(qtbot, wizard.database.local)
    assert next_button.isEnabled()


def _pg_reachable() -> bool:
    try:
        check_connection(PG_URL)
    except Exception:  # noqa: BLE001 - any failure means "no server here"
        return False
    return True


def test_successful_postgresql_test_allows_next_until_a_field_changes(qtbot, warnings):
    if not _pg_reachable():
        pytest.skip(f"no PostgreSQL at {PG_URL}")
    wizard = _open(qtbot)
    _to_database_page(qtbot, wizard)
    _choose_server(qtbot, wizard, PG_URL)
    qtbot.mouseClick(wizard.database.test_button, Qt.MouseButton.LeftButton)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert "succeeded" in wizard.database.status.text() and next_button.isEnabled()
    assert wizard.database.database_url() is not None
    qtbot.keyClicks(wizard.database.database, "x")  # a stale test no longer counts
    assert not next_button.isEnabled() and wizard.database.status.text() == ""
    qtbot.keyClick(wizard.database.database, Qt.Key.Key_Backspace)
    qtbot.mouseClick(wizard.database.test_button, Qt.MouseButton.LeftButton)
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.PRINTERS


def test_without_printers_the_test_pages_can_be_saved(qtbot, warnings, monkeypatch, tmp_path):
    wizard = _open(qtbot)
    page = wizard.printers
    if page.installed:
        pytest.skip("this machine has printers installed")
    assert not page.print_a4.isEnabled() and "No printer" in page.note.text()
    for button, name in ((page.save_a4, "a4.pdf"), (page.save_receipt, "roll.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert target.read_bytes().startswith(b"%PDF")
    assert not warnings


def test_cancel_writes_nothing(qtbot):
    wizard = _open(qtbot)
    _next(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.result_ctx is None
    assert not paths.config_file().exists() and not (paths.data_dir() / "counter.db").exists()


def test_rerun_from_settings_skips_the_account_page(qtbot, warnings, staffed_ctx):  # noqa: F811
    ctx = staffed_ctx
    wizard = _open(qtbot, ctx)
    assert not wizard.needs_account and wizard.station.hours_button.isEnabled()
    _next(qtbot, wizard)
    assert wizard.station.fields["name"].text() == load_station(ctx).name  # the stored values, to edit
    _type(qtbot, wizard.station.fields["phone"], "010-87654321")
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.DATABASE
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert "Supervisor:" not in wizard.summary_page.text.text()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not warnings
    assert load_station(ctx).phone == "010-87654321"
    assert load_workstation().first_run_done and has_any_user(ctx)


def test_second_counter_on_a_set_up_database_keeps_its_station(qtbot, warnings, staffed_ctx, monkeypatch):  # noqa: F811
    # The staffed database stands in for the shared server: "this computer" points at it here.
    monkeypatch.setattr("counter_app.ui.wizard.wizard_database_page.default_url", lambda: str(staffed_ctx.db.url))
    monkeypatch.setattr("counter_app.ui.wizard.first_run_wizard.open_context", lambda url, actor=None: staffed_ctx)
    before = load_station(staffed_ctx)
    wizard = _open(qtbot)
    _to_database_page(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert "already has 2 user account" in wizard.summary_page.text.text()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not warnings and load_station(staffed_ctx) == before
    assert load_workstation().first_run_done
    assert staffed_ctx.actor == Actor(clerk="boss", workstation="窗口1", role="supervisor")
