"""The start as bench/bench_start.py measures it: ``--exit-when-shown`` paints the window (before the storage layer
is imported), fills it in and quits; the garbage collector, paused for the window's start, runs for every command."""

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


# The real start, with one probe: what was imported when the frame had painted and the window began to fill in.
PROBED_START = r"""
import sys
import counter_app.ui.app as app

fill = app._fill

def probe(*args, **kwargs):
    print("storage imported at the first paint:", "sqlalchemy" in sys.modules, flush=True)
    fill(*args, **kwargs)

app._fill = probe
from counter_app.cli.main import main
sys.exit(main(["--demo", "--exit-when-shown"]))
"""


def test_exit_when_shown_paints_the_window_then_fills_it_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_DATA=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PROBED_START],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    found = re.fullmatch(r"window shown in (\d+) ms\nstorage imported at the first paint: False\n"
                         r"window ready in (\d+) ms", result.stdout.strip())
    assert found, result.stdout
    assert int(found.group(1)) <= int(found.group(2))
    assert (tmp_path / "demo.db").exists()


@pytest.mark.parametrize("collecting", [True, False])  # a fresh process; the suite, whose main thread collects
def test_a_command_runs_with_the_collector_and_leaves_it_as_it_was(monkeypatch: pytest.MonkeyPatch,
                                                                    collecting: bool) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(cli_main, "_catalog", lambda _args: seen.append(gc.isenabled()) or 0)
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        assert cli_main.main(["catalog", "list"]) == 0
        assert seen == [collecting] and gc.isenabled() is collecting
        with pytest.raises(SystemExit):
            cli_main.main(["no-such-command"])
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
