"""Start-up: the demo signs itself in; a new workstation gets the first-run wizard; otherwise the login."""

from __future__ import annotations

import pytest

from counter_app.operations.context import Actor
from counter_app.ui import app as app_module


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
