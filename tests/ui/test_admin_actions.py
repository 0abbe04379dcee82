"""Menu actions: a manual backup (audited), the retention period, and the purge with confirmation and counts."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from counter_app import paths
from counter_app.operations.admin.retention import load_retention
from counter_app.store.models import AuditEntry
from counter_app.ui.admin_actions import backup_now, edit_retention, purge_now
from tests.ui.staff import as_clerk, fast_hashing, staffed_ctx  # noqa: F401 - fixtures


@pytest.fixture
def boxes(shown):  # noqa: ANN001, ANN201 - the RecordingPresenter of conftest
    return shown


def _audit(ctx, action: str) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_backup_now_writes_an_audited_checked_copy(qtbot, staffed_ctx, boxes, wait_ops) -> None:  # noqa: F811
    run = backup_now(staffed_ctx)
    wait_ops()  # the copy is made off the GUI thread
    target = run.result.path
    assert target == paths.backup_dir() / "counter-manual-20261123-103000.db"
    with closing(sqlite3.connect(target)) as conn, conn:
        assert conn.execute("SELECT count(*) FROM user_account").fetchone() == (2,)
    [entry] = [e for e in _audit(staffed_ctx, "backup.create") if e.detail["kind"] == "manual"]
    # The audit masks long digit runs (they may be ID numbers), the time stamp of the file name included.
    assert "counter-manual-" in entry.target and entry.detail["size"] == target.stat().st_size
    assert boxes.informations == [f"Backup written to {target} ({target.stat().st_size:,} bytes)."]
    again = backup_now(staffed_ctx)
    wait_ops()
    assert again.result.path == paths.backup_dir() / "counter-manual-20261123-103000-2.db"


def test_edit_retention(qtbot, staffed_ctx, boxes, monkeypatch) -> None:  # noqa: F811
    asked: list[int] = []

    def get_int(_parent, _title, _label, value, *_a):
        asked.append(value)
        return 5, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    assert edit_retention(staffed_ctx).collected_case_years == 5
    assert asked == [2] and load_retention(staffed_ctx).collected_case_years == 5
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a: (1, True))
    assert edit_retention(as_clerk(staffed_ctx)) is None
    assert boxes.refusals == ["无权清除过期个人信息：需要主管权限，当前用户 li 是窗口人员。"]


def test_purge_asks_then_reports_counts(qtbot, staffed_ctx, boxes, monkeypatch) -> None:  # noqa: F811
    boxes.answer = False
    questions = boxes.questions
    assert purge_now(staffed_ctx) is None and not _audit(staffed_ctx, "privacy.purge")
    assert "2 year(s)" in questions[0] and "2024-11-23" in questions[0]
    boxes.answer = True
    report = purge_now(staffed_ctx)
    assert report is not None and report.total == 0
    assert boxes.informations[-1].startswith("Personal data erased from 0 record(s):\nID card cases: 0")
    assert len(_audit(staffed_ctx, "privacy.purge")) == 1


def test_purge_refused_to_a_clerk_before_asking(qtbot, staffed_ctx, boxes, monkeypatch) -> None:  # noqa: F811
    assert purge_now(as_clerk(staffed_ctx)) is None
    assert not boxes.questions  # a clerk is not asked
    assert boxes.refusals == ["无权清除过期个人信息：需要主管权限，当前用户 li 是窗口人员。"]


def test_purge_off_when_retention_is_zero(qtbot, staffed_ctx, boxes, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a: (0, True))
    edit_retention(staffed_ctx)
    assert purge_now(staffed_ctx) is None
    assert boxes.informations == ["The retention period is 0 (keep for ever): nothing is purged."]
    assert isinstance(paths.backup_dir(), Path)
