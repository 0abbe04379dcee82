"""`counter-app reader read`: the card on the reader, masked unless a supervisor signs for --full."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.operations.admin.accounts import create_first_supervisor, create_user
from counter_app.store.models import AuditEntry
from tests.devices.standin import LI, ZHANG


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'reader.db'}"
    ctx = open_context(url)
    create_first_supervisor(ctx, "boss", "所长", "Secret-pass-123")
    ctx.actor = replace(ctx.actor, role="supervisor")
    create_user(ctx, "clerk1", "民警甲", "clerk", "Secret-pass-456")
    ctx.db.dispose()
    return url


def test_read_masked_json_and_audited(db, standin, capsys) -> None:
    standin.put(ZHANG)
    assert main(["--db", db, "reader", "read", "--library", str(standin.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"name", "sex", "nation", "birth_date", "address", "id_number", "issuer", "valid_from",
                         "valid_until"}
    assert data["id_number"] != ZHANG.id_number and data["id_number"].endswith("002X")
    assert data["name"] != "张晓红" and (data["sex"], data["nation"], data["valid_until"]) == ("女", "汉", "长期")
    ctx = open_context(db)
    with ctx.db.read() as session:
        targets = session.scalars(select(AuditEntry.target).where(AuditEntry.action == "id_card.read")).all()
    assert len(targets) == 1 and ZHANG.id_number not in targets[0]


def test_full_needs_a_supervisor(db, standin, capsys, monkeypatch) -> None:
    standin.put(LI)
    args = ["--db", db, "reader", "read", "--library", str(standin.path), "--full"]
    assert main(args) == 2 and "--user" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("Secret-pass-456\n"))
    assert main([*args, "--user", "clerk1", "--password-stdin"]) == 2
    assert LI.id_number not in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("Secret-pass-123\n"))
    assert main([*args, "--user", "boss", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert LI.id_number in out and "李四" in out and "已过期" in out


def test_no_reader_and_no_card(db, standin, capsys) -> None:
    assert main(["--db", db, "reader", "read", "--library", str(standin.path), "--wait", "0.5"]) == 1
    assert "没有证件" in capsys.readouterr().err
    standin.unplug()
    assert main(["--db", db, "reader", "read", "--library", str(standin.path), "--port", "1003"]) == 1
    assert "未找到身份证读卡器" in capsys.readouterr().err
    assert main(["--db", db, "reader", "read", "--library", "/nonexistent/sdtapi.dll"]) == 1
    assert "找不到读卡器驱动库" in capsys.readouterr().err
