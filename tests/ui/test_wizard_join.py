"""A second counter joins a station: database, this counter's name and printers only; ``--db`` offers to join."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from counter_app.bootstrap import open_context
from counter_app.operations.admin.accounts import create_first_supervisor
from counter_app.operations.admin.station import load_station
from counter_app.store.server_probe import split_server_url
from counter_app.ui.wizard import first_run_wizard as wiz
from counter_app.ui.wizard.first_run_wizard import FirstRunWizard
from counter_app.workstation import load_workstation
from tests.databases import fresh_pg_database
from tests.ui.staff import BOSS_PW, fast_hashing  # noqa: F401 - fixture


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_pg_database()


@pytest.fixture
def station_url(pg_url, fast_hashing) -> str:  # noqa: F811
    """A shared database where the first counter already set up the station and its supervisor."""
    ctx = open_context(pg_url)
    create_first_supervisor(ctx, "boss", "王所长", BOSS_PW)
    ctx.db.dispose()
    return pg_url


def _next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _join(qtbot: QtBot, url: str) -> FirstRunWizard:
    wizard = FirstRunWizard(None)
    qtbot.addWidget(wizard)
    wizard.show()
    radio = wizard.welcome.join
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.DATABASE
    page = wizard.database
    assert page.server.isChecked() and not page.local.isVisible()
    page.address.setText(url)
    page.address.textEdited.emit(url)  # pasted: the fields below are filled from it
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    return wizard


def test_joining_asks_only_database_name_and_printers(qtbot, warnings, station_url) -> None:
    wizard = _join(qtbot, station_url)
    assert wizard.database.host.text() == split_server_url(station_url)["host"]
    assert "succeeded" in wizard.database.status.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.PRINTERS
    wizard.printers.counter_name.setText("窗口2")
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.SUMMARY
    summary = wizard.summary_page.text.text()
    assert "Join the existing station" in summary and "1 user account" in summary
    assert "This counter: 窗口2" in summary and "Station:" not in summary and "Supervisor:" not in summary
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not warnings
    settings = load_workstation()
    assert settings.first_run_done and settings.counter_name == "窗口2"
    assert split_server_url(settings.database_url or "") == split_server_url(station_url)
    assert wizard.result_ctx is not None and wizard.result_ctx.actor.workstation == "窗口2"
    assert wizard.created_username == ""
    ctx = open_context(settings.database_url)
    assert load_station(ctx).name == load_station(wizard.result_ctx).name  # the station is untouched
    from counter_app.operations.context import Actor

    assert Actor().workstation == "窗口2"  # every actor made on this computer now names the counter
    for context in (ctx, wizard.result_ctx):
        context.db.dispose()


def test_joining_a_database_without_a_station_is_refused(qtbot, warnings, pg_url) -> None:
    wizard = _join(qtbot, pg_url)
    _next(qtbot, wizard)
    assert wizard.currentId() == wiz.DATABASE
    assert warnings and "no station" in warnings[0]


def test_a_new_station_offers_its_supervisor_at_the_first_login(qtbot, warnings, monkeypatch) -> None:
    from counter_app.ui import app as app_module

    seen: dict[str, object] = {}

    def sign_in(ctx, parent=None, username=""):
        seen["username"] = username
        return None

    def wizard(parent=None, database_url=None, join=False):
        seen["wizard"] = (database_url, join)
        ctx = open_context(database_url)
        return ctx, "boss"

    monkeypatch.setattr("counter_app.ui.dialogs.login_dialog.sign_in", sign_in)
    monkeypatch.setattr("counter_app.ui.wizard.first_run_wizard.run_first_run", wizard)
    ctx, _actor = app_module._open(None, demo=False)
    assert seen == {"wizard": (None, False), "username": "boss"}
    ctx.db.dispose()


def test_db_option_on_a_new_computer_offers_to_join(qtbot, station_url, monkeypatch, shown) -> None:
    from counter_app.ui import app as app_module

    calls: list[tuple] = []
    shown.answer = True
    monkeypatch.setattr("counter_app.ui.wizard.first_run_wizard.run_first_run",
                        lambda parent=None, database_url=None, join=False: calls.append((database_url, join)))
    monkeypatch.setattr("counter_app.ui.dialogs.login_dialog.sign_in", lambda *a, **k: None)
    assert app_module._open(station_url, demo=False) == (None, None)  # the wizard was cancelled
    assert calls == [(station_url, True)]
    shown.answer = False
    ctx, _actor = app_module._open(station_url, demo=False)  # only this time: straight to the login
    assert calls == [(station_url, True)] and ctx is not None and not load_workstation().first_run_done
    ctx.db.dispose()


def test_a_pasted_address_fills_the_fields_and_hides_its_password(qtbot) -> None:
    from counter_app.ui.wizard.wizard_database_page import DatabasePage

    page = DatabasePage()
    qtbot.addWidget(page)
    page.set_joining(True)
    pasted = "postgresql://counter:s3cret@192.168.1.10:5433/station"
    page.address.setText(pasted)
    page.address.textEdited.emit(pasted)
    assert (page.host.text(), page.port.value(), page.database.text(), page.user.text(), page.password.text()) == (
        "192.168.1.10", 5433, "station", "counter", "s3cret")
    page.address.editingFinished.emit()
    assert "s3cret" not in page.address.text() and "192.168.1.10:5433/station" in page.address.text()
    page.address.textEdited.emit("mysql://x@y/z")
    assert "PostgreSQL" in page.status.text()
