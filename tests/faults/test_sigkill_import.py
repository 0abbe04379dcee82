"""SIGKILL at random points of a series of arrivals imports (到证清单): a batch is all there or not at all.

All there: the ImportBatch row, every matched card arrived with a storage place and exactly one "arrived"
event naming the file, one audit entry, the follow-up for the file's unknown row. Not at all: none of these.
Every acknowledged file is all there.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.context import AppContext
from counter_app.store.models import AuditEntry, CardCase, CaseEvent, FollowUp, ImportBatch
from tests.faults.harness import KillLoop, final_run, kill_repeatedly, one_snapshot, prepare, sqlite_problems

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX only")

KILLS = 12  # per database; the pickup test kills as often, so both tests together stay near fifty
RECORDS = 2400  # demo cards; about one in twelve is dispatched and can arrive
ROWS_PER_FILE = 16


def _write_manifests(ctx: AppContext, folder: Path) -> dict[str, tuple[str, list[str]]]:
    """Dispatch lists of the dispatched cards, each with one row this station never accepted; returns
    file name → (SHA-256, acceptance numbers that must arrive together)."""
    with ctx.db.read() as session:
        cards = session.execute(
            select(CardCase.acceptance_no, CardCase.id_number, CardCase.name)
            .where(CardCase.state == CardState.DISPATCHED.value)
            .order_by(CardCase.id)
        ).all()
    folder.mkdir()
    files: dict[str, tuple[str, list[str]]] = {}
    for start in range(0, len(cards), ROWS_PER_FILE):
        chunk = cards[start : start + ROWS_PER_FILE]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["受理编号", "公民身份号码", "姓名"])
        writer.writerows(chunk)
        writer.writerow([f"99999999920261123{start:05d}", chunk[0].id_number, "查无此人"])
        data = out.getvalue().encode("utf-8")
        name = f"dispatch-{start // ROWS_PER_FILE:03d}.csv"
        (folder / name).write_bytes(data)
        files[name] = (hashlib.sha256(data).hexdigest(), [row.acceptance_no for row in chunk])
    return files


def _imported(ctx: AppContext) -> Counter[str]:
    with ctx.db.read() as session:
        return Counter(session.scalars(select(ImportBatch.sha256)))


def _check(ctx: AppContext, db_url: str, files: dict[str, tuple[str, list[str]]], acked: set[str]) -> None:
    numbers = [n for _, batch in files.values() for n in batch]
    with ctx.db.read() as session:
        one_snapshot(session)
        batches = Counter(session.scalars(select(ImportBatch.sha256)))
        cases = {
            c.acceptance_no: c for c in session.scalars(select(CardCase).where(CardCase.acceptance_no.in_(numbers)))
        }
        arrived_notes = {
            (number, note)
            for number, note in session.execute(
                select(CardCase.acceptance_no, CaseEvent.note)
                .join(CaseEvent, CaseEvent.case_id == CardCase.id)
                .where(CardCase.acceptance_no.in_(numbers), CaseEvent.to_state == CardState.ARRIVED.value)
            )
        }
        arrived_events = Counter(number for number, _ in arrived_notes)
        audits = Counter(session.scalars(select(AuditEntry.target).where(AuditEntry.action == "card.arrivals")))
        follow_ups = Counter(ref.split(":")[1] for ref in session.scalars(
            select(FollowUp.source_ref).where(FollowUp.source == "arrivals")))
    for name, (sha, batch) in files.items():
        assert batches[sha] <= 1, f"{name} committed {batches[sha]} times"
        if batches[sha]:
            for number in batch:
                case = cases[number]
                note = next(note for n, note in arrived_notes if n == number) if arrived_events[number] else ""
                assert (
                    case.state == CardState.ARRIVED.value
                    and case.storage_place
                    and case.arrived_at
                    and arrived_events[number] == 1
                    and name in note
                ), (
                    f"{name} committed but {number} is {case.state}, place {case.storage_place}, "
                    f"{arrived_events[number]} arrived events"
                )
            assert audits[name] == 1
            assert follow_ups[sha[:16]] == 1, f"{name} committed without the follow-up of its unknown row"
        else:
            assert name not in acked, f"acknowledged import {name} lost"
            for number in batch:
                case = cases[number]
                assert (
                    case.state == CardState.DISPATCHED.value
                    and case.storage_place is None
                    and arrived_events[number] == 0
                ), f"{name} not committed but {number} is {case.state}"
            assert audits[name] == 0 and follow_ups[sha[:16]] == 0
    if db_url.startswith("sqlite"):
        assert sqlite_problems(db_url) == []


def test_sigkill_during_imports_leaves_no_half_batch(db_url: str, tmp_path: Path) -> None:
    ctx = prepare(db_url, RECORDS, seed=5)
    files = _write_manifests(ctx, tmp_path / "manifests")
    assert len(files) >= KILLS // 2
    shas = {sha for sha, _ in files.values()}

    def remaining() -> int:
        return len(shas - set(_imported(ctx)))

    with KillLoop(db_url, "import", tmp_path / "manifests", seed=20261124) as loop:
        acks, killed = kill_repeatedly(
            loop, KILLS, remaining, lambda acks: _check(ctx, db_url, files, {a.split()[0] for a in acks})
        )
    assert killed >= KILLS // 2, "most runs should have been killed in the middle of the imports"

    last = final_run(db_url, "import", tmp_path / "manifests")
    assert last.done
    acked = {a.split()[0] for a in acks | set(last.acks)}
    _check(ctx, db_url, files, acked)
    assert remaining() == 0
    # Every acknowledgement reports all of its file's cards as arrived.
    assert all(int(a.split()[1]) == len(files[a.split()[0]][1]) for a in acks | set(last.acks))
    ctx.db.dispose()
