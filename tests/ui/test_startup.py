"""Start-up: the demo signs itself in; a new workstation gets the first-run wizard; otherwise the login."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtWidgets import QApplication

from counter_app.operations.context import Actor
from counter_app.ui import app as app_module
from counter_app.ui.main_window import MainWindow
from counter_app.workstation import WorkstationSettings


@pytest.fixture
def calls(monkeypatch):
    seen: list[str] = []

    def wizard(parent=None, **_kwargs):
        seen.append("wizard")
        return None

    def login(ctx, parent=None, **_kwargs):
        seen.append("login")
        return Actor(clerk="li", workstation="窗口1", role="clerk")

    monkeypatch.setattr("counter_app.ui.wizard.first_run_wizard.run_first_run", wizard)
    monkeypatch.setattr("counter_app.ui.dialogs.login_dialog.sign_in", login)
    return seen


def test_demo_signs_in_as_its_supervisor(qapp, calls) -> None:
    ctx, actor = app_module._open(None, demo=True)
    assert actor is not None and actor.role == "supervisor" and actor.clerk == "demo"
    assert calls == []
    ctx.db.dispose()


def test_new_workstation_runs_the_wizard_and_a_cancel_quits(qapp, calls) -> None:
    assert app_module._open(None, demo=False) == (None, None)
    assert calls == ["wizard"]


def test_a_database_with_accounts_asks_for_the_login(qapp, calls, tmp_path) -> None:
    from counter_app.bootstrap import open_context
    from counter_app.operations.admin.accounts import create_first_supervisor

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    existing = open_context(url)
    create_first_supervisor(existing, "boss", "所长", "long-enough-1")
    existing.db.dispose()
    ctx, actor = app_module._open(url, demo=False)
    assert calls == ["login"] and actor is not None and ctx is not None
    ctx.db.dispose()


def test_the_frame_behind_the_login_says_it_waits_for_the_sign_in(qapp, calls, tmp_path, frame) -> None:
    from counter_app.bootstrap import open_context
    from counter_app.operations.admin.accounts import create_first_supervisor

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    existing = open_context(url)
    create_first_supervisor(existing, "boss", "所长", "long-enough-1")
    existing.db.dispose()
    assert "Opening the database" in frame.starting.text()
    ctx, _actor = app_module._open(url, demo=False, parent=frame)
    assert calls == ["login"] and "Sign in to continue" in frame.starting.text()
    ctx.db.dispose()


# The window is shown before the database is opened (ui/app.run_gui); ``_fill`` opens it after the first paint.
@pytest.fixture
def exits(monkeypatch):
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    return codes


@pytest.fixture
def frame(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.attached and window.centralWidget() is window.starting
    return window


def test_the_frame_is_filled_in_for_the_signed_in_clerk(qtbot, frame, ui_ctx, monkeypatch, exits, shown) -> None:
    from counter_app import bootstrap
    from counter_app.store.backup import daily_backups

    clerk = Actor(clerk="li", workstation="窗口1", role="clerk")
    monkeypatch.setattr(app_module, "_open", lambda *_args, **_kwargs: (ui_ctx, clerk))
    started: list[threading.Thread | None] = []
    real_start = bootstrap.start_daily_backup
    monkeypatch.setattr(bootstrap, "start_daily_backup", lambda ctx: started.append(real_start(ctx)) or started[-1])
    shutil.rmtree(app_module.paths.backup_dir())  # the day's backup is due
    warmed: list[bool] = []
    monkeypatch.setattr(app_module, "_start_warm_up", lambda: warmed.append(True))
    monkeypatch.setattr(app_module, "WARM_UP_AFTER_MS", 10)
    app_module._fill(frame, WorkstationSettings(), None, False, None)
    frame.show()
    qtbot.waitUntil(lambda: warmed == [True], timeout=5_000)  # the warm-up follows the filled window's paint
    assert frame.attached and frame.ctx.actor is clerk and exits == []
    assert frame.centralWidget() is not frame.starting and frame.tabs.count() > 0
    assert frame.current_page() is frame.guide
    frame.monitor.stop()
    # The day's backup and audit check run beside the filled window, not before it.
    assert len(started) == 1 and started[0] is not None
    started[0].join(timeout=60)
    assert len(daily_backups(ui_ctx.db)) == 1


def test_a_cancelled_sign_in_quits_quietly(frame, monkeypatch, exits, shown) -> None:
    monkeypatch.setattr(app_module, "_open", lambda *_args, **_kwargs: (None, None))
    app_module._fill(frame, WorkstationSettings(), None, False, None)
    assert exits == [0] and not frame.attached and shown.refusals == []


def test_an_outdated_schema_is_named_over_the_window_and_the_start_ends(frame, monkeypatch, exits, shown) -> None:
    from counter_app.store.migrate import SchemaOutdated

    def outdated(*_args, **_kwargs):
        raise SchemaOutdated("schema_outdated", "数据库版本过旧：请所长在服务器上运行 counter-app db upgrade")

    monkeypatch.setattr(app_module, "_open", outdated)
    app_module._fill(frame, WorkstationSettings(), None, False, None)
    assert exits == [1] and shown.refusals == ["数据库版本过旧：请所长在服务器上运行 counter-app db upgrade"]


def test_an_unreachable_database_is_said_plainly_not_as_a_bug(frame, monkeypatch, exits, shown) -> None:
    from counter_app.bootstrap import open_context

    nowhere = "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2"  # port 9: nothing listens
    monkeypatch.setattr(app_module, "_open", lambda *_args, **_kwargs: (open_context(nowhere), None))
    app_module._fill(frame, WorkstationSettings(), None, False, None)
    assert exits == [1] and len(shown.refusals) == 1 and shown.apologies == []
    assert shown.refusals[0].startswith("The database cannot be opened: ") and "refused" in shown.refusals[0]


def test_an_unexpected_error_goes_to_the_log_and_the_start_ends(frame, monkeypatch, exits, shown) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the start")

    monkeypatch.setattr(app_module, "_open", broken)
    app_module._fill(frame, WorkstationSettings(), None, False, None)
    assert exits == [1] and len(shown.apologies) == 1 and str(app_module.paths.log_dir()) in shown.apologies[0]
    shown.apologies.clear()  # expected here: the fixture fails a test on any other apology


def test_an_outage_without_words_is_named_by_its_kind(frame, monkeypatch, exits, shown) -> None:
    from counter_app.store.database import DatabaseUnavailable

    class Silent(DatabaseUnavailable):
        def __str__(self) -> str:
            return ""

    def silent(*_args, **_kwargs):
        raise Silent("127.0.0.1:5432")

    monkeypatch.setattr(app_module, "_open", silent)
    app_module._fill(frame, WorkstationSettings(), None, False, None)
    assert exits == [1] and shown.refusals[0].startswith("The database cannot be opened: Silent")
