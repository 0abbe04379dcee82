"""The ID-card subcommands: demo cases, lookup, receipt printing (text and barcode) and the arrivals import."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
from contextlib import closing

import pytest
from pypdf import PdfReader

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail
from tests.id_numbers import make_id


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cards.db'}"


def _demo(db: str, tmp_path, records: int = 200) -> list[tuple[str, str, str, str]]:
    assert main(["--db", db, "demo", "--records", str(records)]) == 0
    with closing(sqlite3.connect(tmp_path / "cards.db")) as conn, conn:
        return conn.execute("SELECT acceptance_no, name, id_number, state FROM card_case ORDER BY id").fetchall()


def test_demo_then_lookup_by_name_and_id_suffix(db, tmp_path, capsys):
    cases = _demo(db, tmp_path)
    assert len(cases) == 200
    assert len({c[3] for c in cases}) == len(CardState)
    capsys.readouterr()
    acceptance_no, name, id_number, _ = cases[17]
    for query in (name[1:] or name, id_number[-6:]):
        assert main(["--db", db, "lookup", query, "--json", "--limit", "500"]) == 0
        rows = json.loads(capsys.readouterr().out)["rows"]
        assert acceptance_no in {r["acceptance_no"] for r in rows}
        assert all(r["answer"] for r in rows)
    assert main(["--db", db, "lookup", acceptance_no]) == 0
    out = capsys.readouterr().out
    assert acceptance_no in out and name in out


def test_demo_numbers_and_ids_continue_with_real_acceptances(db_url):
    from sqlalchemy import select

    from counter_app.demo.cards import make_demo_cards
    from counter_app.operations.cards.lookup import lookup
    from counter_app.store.models import CardCase

    ctx = open_context(db_url)
    assert make_demo_cards(ctx, 300) == 300
    with ctx.db.read() as session:
        numbers = set(session.scalars(select(CardCase.acceptance_no)))
        places = [p for p in session.scalars(select(CardCase.storage_place)) if p]
    assert len(numbers) == 300 and len(places) == len(set(places))
    summary = accept_card(ctx, service_id="id_card_first", name="赵六", id_number="11010519491231002X",
                          phone=None, reason="first", fee="0", pickup_method="counter")
    assert summary.acceptance_no not in numbers
    assert [r.acceptance_no for r in lookup(ctx, "赵六").rows] == [summary.acceptance_no]
    ctx.db.dispose()


def _decode_barcode(pdf_path, tmp_path) -> list[str]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf_path), str(tmp_path / "page")],
                   check=True)
    image_path = sorted(tmp_path.glob("page*.png"))[0]
    with Image.open(image_path) as image:
        return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.mark.parametrize("layout", ["roll80", "a5"])
def test_print_receipt_has_number_name_and_barcode(db, tmp_path, capsys, layout):
    # A card still waiting: once collected, a clerk no longer reprints its receipt (it carries the full ID number).
    waiting = [c for c in _demo(db, tmp_path, 20) if c[3] not in ("collected", "returned", "refused")]
    acceptance_no, name, id_number, _ = waiting[0]
    out_pdf = tmp_path / "receipt.pdf"
    assert main(["--db", db, "print", "receipt", acceptance_no, "-o", str(out_pdf), "--layout", layout]) == 0
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out_pdf.read_bytes())).pages)
    flat = text.replace(" ", "").replace("\n", "")
    assert acceptance_no in flat
    assert name in flat
    assert id_number in flat
    assert acceptance_no in _decode_barcode(out_pdf, tmp_path)


def test_print_receipt_of_unknown_number_exits_2(db, capsys):
    code = main(["--db", db, "print", "receipt", "1101050012026010100001", "-o", "x.pdf"])
    assert code == 2
    captured = capsys.readouterr()
    assert "1101050012026010100001" in captured.err
    assert "Traceback" not in captured.err


def _dispatched_cases(db: str, count: int) -> list[tuple[str, str, str]]:
    ctx = open_context(db)
    made = []
    for n in range(count):
        number = make_id(n + 1)
        summary = accept_card(ctx, service_id="id_card_renewal", name=f"王小{'一二三'[n]}", id_number=number,
                              phone=None, reason="renewal", fee="20", pickup_method="counter")
        move_card(ctx, summary.acceptance_no, CardState.IN_PRODUCTION)
        move_card(ctx, summary.acceptance_no, CardState.DISPATCHED)
        made.append((summary.acceptance_no, number, summary.name))
    return made


def test_arrivals_dry_run_then_import(db, tmp_path, capsys):
    cases = _dispatched_cases(db, 3)
    csv_path = tmp_path / "到证清单.csv"
    lines = ["受理编号,身份证号,姓名", *(",".join(c) for c in cases)]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    ctx = open_context(db)

    assert main(["--db", db, "arrivals", "import", str(csv_path), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True and report["matched"] == 3
    assert all(card_detail(ctx, c[0]).row.state is CardState.DISPATCHED for c in cases)

    assert main(["--db", db, "arrivals", "import", str(csv_path)]) == 0
    assert "已登记到达 3 件" in capsys.readouterr().out
    details = [card_detail(ctx, c[0]) for c in cases]
    assert all(d.row.state is CardState.ARRIVED and d.row.storage_place for d in details)

    assert main(["--db", db, "arrivals", "import", str(csv_path)]) == 1  # nothing left to import
    assert "没有可以登记到达的证件" in capsys.readouterr().err


def test_arrivals_unreadable_file_exits_1(db, tmp_path, capsys):
    assert main(["--db", db, "arrivals", "import", str(tmp_path / "missing.csv")]) == 1
    assert "无法读取文件" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01garbage")
    assert main(["--db", db, "arrivals", "import", str(bad)]) == 1
    assert capsys.readouterr().err.strip()


def test_receipt_labels_rules_and_audit(db):
    from sqlalchemy import select

    from counter_app.operations.cards.receipts import print_receipt, receipt_for
    from counter_app.store.models import AuditEntry

    ctx = open_context(db)
    summary = accept_card(ctx, service_id="id_card_renewal", name="钱七", id_number="11010519491231002X",
                          phone="13812345678", reason="renewal", fee="20", pickup_method="mail", temp_card=True)
    receipt = receipt_for(ctx, summary.acceptance_no)
    assert receipt.id_number == "11010519491231002X"
    assert (receipt.reason, receipt.pickup_method) == ("到期换领", "邮寄")
    assert receipt.pickup_rules == (
        "本人领取须核验指纹", "亲属代领须持代领人本人的居民身份证及本凭证", "换领须交回原证", "领取时交回临时居民身份证"
    )
    assert receipt.promised_date == summary.promised_date
    assert bool(receipt.promised_date_note) == summary.promised_beyond_calendar
    assert print_receipt(ctx, summary.acceptance_no, "a5").startswith(b"%PDF")
    with ctx.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action == "print.receipt")))
    assert actions == ["print.receipt"]
