"""``counter-app --self-test`` from source: the same check CI runs against the PyInstaller bundle."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run_self_test(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_LAUNCHED_AT=repr(time.time()))
    env["COUNTER_APP_DATA"] = str(tmp_path / "caller-data")  # must stay untouched: the test uses its own folder
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False
    )


def test_self_test_flag_passes_from_source(tmp_path: Path) -> None:
    result = _run_self_test(tmp_path, "-m", "counter_app.cli.main", "--self-test")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("self-test ok ")
    fields = dict(part.split("=", 1) for part in line.removeprefix("self-test ok ").split())
    for phase in ("imports", "data", "window", "to_window", "launch_to_window", "receipt"):
        assert re.fullmatch(r"\d+\.\d{3}s", fields[phase]), (phase, line)
    assert int(fields["receipt_bytes"]) > 1000
    assert fields["pdf_font"] != "none"
    assert int(fields["tabs"]) > 0
    # The throw-away demo database lived in a temporary folder, not in the caller's data folder.
    assert not (tmp_path / "caller-data" / "demo.db").exists()


def test_run_self_test_reports_a_broken_receipt_with_exit_1(tmp_path: Path) -> None:
    # A receipt builder that returns something other than a PDF: the self-test must say so and exit 1.
    code = (
        "import sys; import counter_app.operations.cards.receipts as receipts;"
        "receipts.print_receipt = lambda ctx, number, layout='roll80': b'<html>';"
        "from counter_app.self_test import run_self_test; sys.exit(run_self_test())"
    )
    result = _run_self_test(tmp_path, "-c", code)
    assert result.returncode == 1
    assert "self-test FAILED: the receipt is not a PDF" in result.stderr
    assert "self-test ok" not in result.stdout
