"""`counter-app print … --printer NAME`: documents through the OS print queue (CUPS + cups-pdf here)."""

from __future__ import annotations

import pytest

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.workstation import WorkstationSettings, save_workstation
from tests.id_numbers import make_id
from tests.spooler import decode_barcodes, page_size_points, same_size

A5 = (420, 595)


@pytest.fixture
def card(tmp_path) -> tuple[str, str]:
    db = f"sqlite:///{tmp_path / 'cards.db'}"
    ctx = open_context(db)
    number = accept_card(ctx, service_id="id_card_renewal", name="张三丰", id_number=make_id(3), phone="13812345678",
                         reason="renewal", fee="20", pickup_method="counter").acceptance_no
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        move_card(ctx, number, state)
    ctx.db.dispose()
    return db, number


def test_receipt_to_a_named_queue(card, spool, cups_queue, capsys) -> None:
    db, number = card
    assert main(["--db", db, "print", "receipt", number, "--printer", cups_queue]) == 0
    assert f"打印机 {cups_queue}" in capsys.readouterr().out
    spooled = spool.wait_for(number)
    assert abs(page_size_points(spooled)[0] - 226.8) <= 2  # the roll, the workstation's default paper
    assert number in decode_barcodes(spooled)


def test_pickup_notice_and_notice_to_the_workstations_printer(card, spool, cups_queue, capsys) -> None:
    db, number = card
    save_workstation(WorkstationSettings(a4_printer=cups_queue, a4_paper="A5"))
    assert main(["--db", db, "print", "pickup-notice", number]) == 0
    assert main(["--db", db, "print", "notice", "birth_registration", "--name", "李四"]) == 0
    notice_no = capsys.readouterr().out.splitlines()[-1].split()[0]
    assert same_size(page_size_points(spool.wait_for(number)), A5)
    assert same_size(page_size_points(spool.wait_for(notice_no)), A5)


def test_a_missing_printer_prints_nothing_and_says_so(card, capsys, tmp_path) -> None:
    db, number = card
    assert main(["--db", db, "print", "receipt", number, "--printer", "NoSuchPrinter"]) == 1
    err = capsys.readouterr().err
    assert "NoSuchPrinter" in err and "未安装" in err and "-o OUT.pdf" in err
    assert main(["--db", db, "print", "receipt", number, "-o", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(SystemExit):
        main(["--db", db, "print", "receipt", number, "-o", str(tmp_path / "r.pdf"), "--printer", "X"])
