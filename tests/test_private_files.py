"""On POSIX nothing under the data folder is readable by other users: folders 0700, files 0600.

Attack on the old main: the data folder, database, backups and logs were created 0755/0644 under a usual umask.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions; Windows: the user's own AppData")


def _run(*args: str, env: dict[str, str]) -> None:
    # The shell's umask 022 is the usual one: what the app creates must not depend on it.
    command = " ".join([f"'{sys.executable}'", "-m", "counter_app.cli.main", *args])
    subprocess.run(["sh", "-c", f"umask 022; exec {command}"], env=env, check=True, capture_output=True, timeout=300)


def test_demo_and_backup_leave_nothing_readable_by_others(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    (data / "logs").mkdir(mode=0o755)
    old_log = data / "logs" / "counter-app.log"
    old_log.write_text("left by an older version\n")
    old_log.chmod(0o644)
    env = {**os.environ, "COUNTER_APP_DATA": str(data), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COUNTER_APP_DB", None)
    _run("--demo", "demo", "--records", "20", env=env)
    _run("--demo", "backup", str(data / "backups" / "manual.db"), env=env)
    _run("--demo", "lookup", "张", env=env)
    found = [data, *data.rglob("*")]
    assert any(p.name == "demo.db" for p in found) and any(p.name == "manual.db" for p in found)
    readable = [f"{p.relative_to(tmp_path)} {stat.filemode(p.stat().st_mode)}" for p in found
                if p.stat().st_mode & 0o077]
    assert readable == []
