"""The start as bench/bench_start.py measures it: ``--exit-when-shown`` paints the window and quits; the garbage
collector, paused for the window's start, runs for every command."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent


def test_exit_when_shown_paints_the_demo_window_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_DATA=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "counter_app.cli.main", "--demo", "--exit-when-shown"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.fullmatch(r"window shown in \d+ ms", result.stdout.strip())
    assert (tmp_path / "demo.db").exists()


def test_a_command_runs_with_the_collector_and_leaves_it_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(cli_main, "_catalog", lambda _args: seen.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert cli_main.main(["catalog", "list"]) == 0
    assert seen == [True] and gc.isenabled()
    with pytest.raises(SystemExit):
        cli_main.main(["no-such-command"])
    assert gc.isenabled()
