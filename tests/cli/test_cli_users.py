"""``counter-app user ...``: add, passwd, disable, enable, list — acting as the local administrator."""

from __future__ import annotations

import argparse
import io
import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.cli.users import add_users_parser, run_users_command
from counter_app.operations.admin import accounts
from counter_app.operations.admin.accounts import AuthError, authenticate
from counter_app.store.models import AuditEntry


@pytest.fixture(autouse=True)
def _fast_hashing():
    previous = accounts.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield
    accounts.use_password_hasher(previous)


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'users.db'}"


@pytest.fixture
def run(db, monkeypatch):
    """``counter-app --db DB user ARGV...``; ``stdin`` feeds --password-stdin."""

    def run_user(*argv: str, stdin: str | None = None) -> int:
        # The same shape as the main parser: global --db/--demo, then the subcommand.
        parser = argparse.ArgumentParser(prog="counter-app")
        parser.add_argument("--db")
        parser.add_argument("--demo", action="store_true")
        add_users_parser(parser.add_subparsers(dest="command"))
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return run_users_command(parser.parse_args(["--db", db, "user", *argv]))

    return run_user


def login(db: str, username: str, password: str):
    ctx = open_context(db)
    try:
        return authenticate(ctx, username, password, "窗口1")
    finally:
        ctx.db.dispose()


def test_add_list_passwd_disable_enable(db, run, monkeypatch, capsys):
    assert (
        run("add", "Boss", "--role", "supervisor", "--display", "王所长", "--password-stdin", stdin="boss-pass-1\n")
        == 0
    )
    assert "已添加用户 boss（王所长，主管）" in capsys.readouterr().out
    assert run("add", "li", "--role", "clerk", "--password-stdin", stdin="clerk-pass-1\n") == 0
    assert login(db, "li", "clerk-pass-1").role == "clerk"

    capsys.readouterr()
    assert run("list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["username"], r["display_name"], r["role"], r["disabled"]) for r in rows] == [
        ("boss", "王所长", "supervisor", False),
        ("li", "li", "clerk", False),
    ]
    assert all("hash" not in key for r in rows for key in r)

    # The administrator resets without the old password: the way back in for a forgotten one.
    answers = iter(["fresh-pass-2", "fresh-pass-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run("passwd", "li") == 0
    assert login(db, "li", "fresh-pass-2").clerk == "li"

    assert run("disable", "li") == 0
    with pytest.raises(AuthError, match="已停用"):
        login(db, "li", "fresh-pass-2")
    capsys.readouterr()
    assert run("list") == 0
    assert "li\tli\t窗口人员\t停用" in capsys.readouterr().out
    assert run("enable", "li") == 0
    assert login(db, "li", "fresh-pass-2")

    ctx = open_context(db)
    with ctx.db.read() as session:
        query = select(AuditEntry).where(AuditEntry.action.like("user.%")).order_by(AuditEntry.id)
        entries = session.scalars(query).all()
    ctx.db.dispose()
    assert [e.action for e in entries] == ["user.create", "user.create", "user.passwd", "user.disable", "user.enable"]
    assert all(e.clerk.startswith("cli:") for e in entries)


def test_refusals_go_to_stderr_with_exit_codes(run, monkeypatch, capsys):
    assert run("add", "li", "--role", "clerk", "--password-stdin", stdin="12345678\n") == 1
    assert "不能全为数字" in capsys.readouterr().err
    assert run("add", "li", "--role", "clerk", "--password-stdin", stdin="") == 2
    assert "没有密码" in capsys.readouterr().err
    answers = iter(["first-pass-1", "other-pass-1"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run("add", "li", "--role", "clerk") == 2
    assert "不一致" in capsys.readouterr().err

    assert run("add", "li", "--role", "clerk", "--password-stdin", stdin="clerk-pass-1\n") == 0
    assert "还没有启用的主管账户" in capsys.readouterr().err
    assert run("add", "boss", "--role", "supervisor", "--password-stdin", stdin="boss-pass-1\n") == 0
    assert run("disable", "boss") == 1
    assert "唯一启用的主管" in capsys.readouterr().err
    assert run("disable", "nobody") == 1
    assert "没有用户名为“nobody”的账户" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("add", "wu", "--role", "admin")
