"""``counter-app arrivals import``: exit codes 0/1/3, --accept-partial, --sheet, and files refused before reading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail
from counter_app.operations.follow_ups.notebook import list_follow_ups
from tests.id_numbers import make_id


def _dispatched(ctx, count: int) -> list[tuple[str, str, str]]:
    made = []
    for n in range(count):
        no = accept_card(ctx, service_id="id_card_renewal", name=f"刘{'一二三四'[n]}", id_number=make_id(n + 1),
                         phone=None, reason="renewal", fee="20", pickup_method="counter").acceptance_no
        move_card(ctx, no, CardState.IN_PRODUCTION)
        move_card(ctx, no, CardState.DISPATCHED)
        made.append((no, make_id(n + 1), f"刘{'一二三四'[n]}"))
    return made


def _write(path: Path, *rows: tuple[str, str, str]) -> Path:
    path.write_bytes(("受理编号,身份证号,姓名\r\n" + "".join(",".join(r) + "\r\n" for r in rows)).encode("utf-8-sig"))
    return path


def _states(ctx, cards) -> list[CardState]:
    return [card_detail(ctx, no).row.state for no, _, _ in cards]


def test_a_problem_row_exits_1_and_commits_nothing_then_partial_exits_3(db_url, tmp_path, capsys):
    ctx = open_context(db_url)
    cards = _dispatched(ctx, 3)
    path = _write(tmp_path / "到证.csv", cards[0], (cards[1][0], "4.10105E+17", cards[1][2]), cards[2])

    assert main(["--db", db_url, "arrivals", "import", str(path), "--dry-run"]) == 1
    assert main(["--db", db_url, "arrivals", "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "全部或全不" in captured.err and "--accept-partial" in captured.err
    assert captured.out.splitlines()[0].startswith("第3行") and "科学计数法" in captured.out  # problems first
    assert _states(ctx, cards) == [CardState.DISPATCHED] * 3 and not list_follow_ups(ctx)

    assert main(["--db", db_url, "arrivals", "import", str(path), "--dry-run", "--accept-partial"]) == 3
    assert _states(ctx, cards) == [CardState.DISPATCHED] * 3
    capsys.readouterr()
    assert main(["--db", db_url, "arrivals", "import", str(path), "--accept-partial", "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert (report["matched"], report["problems"], report["follow_ups"], report["exit_code"]) == (2, 1, 1, 3)
    assert report["rows"][0]["problem"] and report["rows"][0]["line"] == 3
    assert _states(ctx, cards) == [CardState.ARRIVED, CardState.DISPATCHED, CardState.ARRIVED]
    (follow_up,) = list_follow_ups(ctx)
    assert cards[1][0] in follow_up.title and "第3行" in follow_up.title
    ctx.db.dispose()


def test_a_clean_list_exits_0_and_names_its_sheet(db_url, tmp_path, capsys):
    ctx = open_context(db_url)
    cards = _dispatched(ctx, 2)
    book = openpyxl.Workbook()
    book.active.title = "一批"
    book.active.append(["受理编号", "身份证号", "姓名"])
    book.active.append(list(cards[0]))
    second = book.create_sheet("二批")
    second.append(["受理编号", "身份证号", "姓名"])
    second.append(list(cards[1]))
    path = tmp_path / "到证.xlsx"
    book.save(path)
    assert main(["--db", db_url, "arrivals", "import", str(path)]) == 1
    assert "「一批」「二批」" in capsys.readouterr().err
    assert main(["--db", db_url, "arrivals", "import", str(path), "--sheet", "二批"]) == 0
    assert "工作表「二批」" in capsys.readouterr().out
    assert _states(ctx, cards) == [CardState.DISPATCHED, CardState.ARRIVED]
    ctx.db.dispose()


def test_help_lists_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["arrivals", "import", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "--accept-partial" in out and "--sheet NAME" in out
    for code in ("0", "1", "2", "3"):
        assert f"\n  {code}  " in out


def test_readme_documents_the_exit_codes():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "--accept-partial" in readme and "exits 3" in readme


# Runs the command in a fresh interpreter: once on a missing file, so that what it imports is loaded, then on the
# target, reporting for that call alone the CPU seconds and the bytes read (Linux /proc/self/io), and the peak memory
# of the whole process. The peak is VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec and would report the
# memory of the pytest process that spawned this one.
_PROBE = textwrap.dedent("""
    import json, resource, sys
    from counter_app.cli.main import main

    def stat(name, field):
        with open(f"/proc/self/{name}") as lines:
            return int(next(line for line in lines if line.startswith(field)).split()[1])

    def cpu():
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    main(["--db", sys.argv[1], "arrivals", "import", sys.argv[2] + ".missing"])
    before_cpu, before_read = cpu(), stat("io", "rchar:")
    code = main(["--db", sys.argv[1], "arrivals", "import", sys.argv[2]])
    print(json.dumps({"code": code, "cpu": cpu() - before_cpu, "read": stat("io", "rchar:") - before_read,
                      "peak_kb": stat("status", "VmHWM:")}))
""")


@pytest.mark.skipif(not (os.path.exists("/proc/self/io") and os.path.exists("/dev/zero")), reason="Linux only")
@pytest.mark.parametrize("target", ["big", "/dev/zero"])
def test_a_huge_file_and_dev_zero_are_refused_at_once_in_little_memory(tmp_path, target):
    if target == "big":
        path = tmp_path / "到证清单.csv"
        with path.open("wb") as handle:  # 200 MB, sparse: costs no disk
            handle.truncate(200 * 1024 * 1024)
        target = str(path)
    done = subprocess.run([sys.executable, "-c", _PROBE, f"sqlite:///{tmp_path / 'c.db'}", target],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 1
    assert "文件过大" in done.stderr or "不是普通文件" in done.stderr
    assert result["read"] < 1024 * 1024, result  # refused by stat: not even a megabyte read
    assert result["cpu"] < 1.0, result  # CPU time, not wall-clock: a busy machine does not make it fail
    assert result["peak_kb"] < 150 * 1024, result
    assert not (tmp_path / "c.db").exists()  # refused before the database is opened
