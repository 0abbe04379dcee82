"""Importing the dispatch list (到证清单): check every row, then mark the matched cards arrived at once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.card_lifecycle import TRANSITIONS, CardState
from counter_app.domain.manifest import Manifest, parse_manifest
from counter_app.operations.admin.station import load_station
from counter_app.operations.cards.accept import apply_move
from counter_app.operations.cards.common import PlaceAllocator
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase, ImportBatch

MATCHED = "matched"
UNKNOWN = "unknown"
DUPLICATE = "duplicate"
ALREADY_ARRIVED = "already_arrived"
ALREADY_COLLECTED = "already_collected"
INVALID = "invalid"
NAME_MISMATCH = "name_mismatch"
WRONG_STATE = "wrong_state"

_MESSAGES = {
    MATCHED: "可登记到达",
    UNKNOWN: "本所没有该受理号",
    DUPLICATE: "与文件中前面的行重复",
    ALREADY_ARRIVED: "该证件已登记到达",
    ALREADY_COLLECTED: "该证件已领取",
    NAME_MISMATCH: "姓名与受理记录不一致",
}


@dataclass(frozen=True)
class ArrivalRow:
    line: int
    acceptance_no: str | None
    name: str
    verdict: str
    message: str
    storage_place: str | None = None


@dataclass(frozen=True)
class ArrivalReport:
    filename: str
    rows: list[ArrivalRow]
    dry_run: bool
    committed: bool
    already_imported: bool  # the same file (by SHA-256) was committed before

    @property
    def matched(self) -> int:
        return sum(r.verdict == MATCHED for r in self.rows)

    def count(self, verdict: str) -> int:
        return sum(r.verdict == verdict for r in self.rows)


def _judge(manifest: Manifest, cases: dict[str, CardCase]) -> list[tuple[ArrivalRow, CardCase | None]]:
    seen: set[str] = set()
    judged: list[tuple[ArrivalRow, CardCase | None]] = []
    for row in manifest.rows:
        case = None
        if row.acceptance_no and row.acceptance_no in seen:
            verdict, message = DUPLICATE, _MESSAGES[DUPLICATE]
        elif row.problems or not row.acceptance_no:
            verdict, message = INVALID, "；".join(row.problems) or "缺少受理号"
        else:
            seen.add(row.acceptance_no)
            case = cases.get(row.acceptance_no)
            state = CardState(case.state) if case else None
            if case is None:
                verdict = UNKNOWN
            elif case.name != row.name or (row.id_number and row.id_number != case.id_number):
                verdict = NAME_MISMATCH
            elif state is CardState.ARRIVED:
                verdict = ALREADY_ARRIVED
            elif state is CardState.COLLECTED:
                verdict = ALREADY_COLLECTED
            elif CardState.ARRIVED in TRANSITIONS[state]:
                verdict = MATCHED
            else:
                verdict = WRONG_STATE
            message = _MESSAGES.get(verdict) or f"证件当前为「{state.label_zh}」，不能登记到达"
            if verdict != MATCHED:
                case = None
        judged.append((ArrivalRow(row.line, row.acceptance_no, row.name, verdict, message), case))
    return judged


def _cases(session: Session, manifest: Manifest) -> dict[str, CardCase]:
    numbers = sorted({r.acceptance_no for r in manifest.rows if r.acceptance_no})
    found: dict[str, CardCase] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        statement = select(CardCase).where(CardCase.acceptance_no.in_(chunk))
        if session.get_bind().dialect.name == "postgresql" and session.in_transaction():
            statement = statement.with_for_update()
        found.update((c.acceptance_no, c) for c in session.scalars(statement))
    return found


def import_arrivals(ctx: AppContext, data: bytes, filename: str, dry_run: bool) -> ArrivalReport:
    """Check a dispatch list; unless ``dry_run``, mark every matched card arrived in one transaction.

    The commit is all-or-nothing: if any matched card cannot be stored (e.g. no free place), nothing changes.
    Raises :class:`counter_app.domain.manifest_read.ManifestError` for an unreadable file.
    """
    manifest = parse_manifest(data, filename)
    digest = hashlib.sha256(data).hexdigest()
    if dry_run:
        with ctx.db.read() as session:
            judged = _judge(manifest, _cases(session, manifest))
            seen_before = session.scalars(select(ImportBatch.id).where(ImportBatch.sha256 == digest)).first()
        return ArrivalReport(filename, [row for row, _ in judged], True, False, seen_before is not None)
    station = load_station(ctx)
    with ctx.db.write() as session:
        seen_before = session.scalars(select(ImportBatch.id).where(ImportBatch.sha256 == digest)).first()
        judged = _judge(manifest, _cases(session, manifest))
        allocator = PlaceAllocator(session, station)
        rows: list[ArrivalRow] = []
        for row, case in judged:
            if case is not None:
                apply_move(ctx, session, case, CardState.ARRIVED, f"到证清单 {filename} 第{row.line}行", allocator)
                row = ArrivalRow(row.line, row.acceptance_no, row.name, row.verdict, row.message,
                                 case.storage_place)
            rows.append(row)
        session.add(ImportBatch(filename=filename[:255], sha256=digest, rows=len(manifest.rows),
                                imported_at=ctx.now(), clerk=ctx.actor.clerk))
        ctx.audit(session, "card.arrivals", filename, sha256=digest, rows=len(rows),
                  arrived=sum(r.verdict == MATCHED for r in rows))
        return ArrivalReport(filename, rows, False, True, seen_before is not None)
