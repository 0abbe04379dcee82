"""Importing the dispatch list (到证清单): check every row, then mark the matched cards arrived at once.

All or nothing by default: a list with any row in error changes nothing, because a card left "not arrived" while it
lies in the batch is a card nobody will look for. The clerk may instead accept the list partially: the good rows are
committed and every problem row becomes a follow-up (待办) naming the acceptance number, the row and the problem,
in the same transaction, so nothing is ever silently left behind.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace

from sqlalchemy import JSON, String, bindparam, cast, func, select
from sqlalchemy.orm import Session

from counter_app.domain.card_lifecycle import TRANSITIONS, CardState
from counter_app.domain.manifest import Manifest, ManifestRow, normalize_name, parse_manifest
from counter_app.domain.masking import mask_id_number, mask_name
from counter_app.gc_pause import collector_paused
from counter_app.operations.admin.station import load_station
from counter_app.operations.cards.bulk_arrival import ListedCard, arrive_all
from counter_app.operations.cards.common import PlaceAllocator
from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.hooks import follow_up_for_arrival_problem
from counter_app.store.models import CardCase, ImportBatch

MATCHED = "matched"
ALREADY_ARRIVED = "already_arrived"
ALREADY_COLLECTED = "already_collected"
UNKNOWN = "unknown"
DUPLICATE = "duplicate"
INVALID = "invalid"
NAME_MISMATCH = "name_mismatch"
ID_MISMATCH = "id_mismatch"
ID_AND_NAME_MISMATCH = "id_and_name_mismatch"
WRONG_STATE = "wrong_state"

#: Rows that need nothing: the card is (or was) already recorded as arrived. Every other verdict but MATCHED is a
#: problem row.
DONE_VERDICTS = frozenset({ALREADY_ARRIVED, ALREADY_COLLECTED})

_MESSAGES = {
    MATCHED: "可登记到达",
    UNKNOWN: "本所没有该受理号",
    DUPLICATE: "与文件中前面的行重复",
    ALREADY_ARRIVED: "该证件已登记到达",
    ALREADY_COLLECTED: "该证件已领取",
}


@dataclass(frozen=True)
class ArrivalRow:
    line: int
    acceptance_no: str | None
    name: str
    verdict: str
    message: str
    storage_place: str | None = None

    @property
    def problem(self) -> bool:
        return self.verdict != MATCHED and self.verdict not in DONE_VERDICTS


@dataclass(frozen=True)
class ArrivalReport:
    filename: str
    rows: list[ArrivalRow]
    dry_run: bool
    committed: bool  # something was written (arrivals and/or follow-ups); False for a dry run or a refused list
    already_imported: bool  # the same file (by SHA-256) was committed before
    accept_partial: bool = False
    sheet: str | None = None
    follow_ups: int = 0  # follow-ups created for problem rows (partial mode; an existing one is not counted again)

    @property
    def matched(self) -> int:
        return sum(r.verdict == MATCHED for r in self.rows)

    @property
    def problems(self) -> int:
        return sum(r.problem for r in self.rows)

    @property
    def refused(self) -> bool:
        """The list has problem rows and was not accepted partially: nothing is (or would be) committed."""
        return self.problems > 0 and not self.accept_partial

    def count(self, verdict: str) -> int:
        return sum(r.verdict == verdict for r in self.rows)

    def rows_problems_first(self) -> list[ArrivalRow]:
        """Problem rows first (in file order), then the rest: what needs the clerk comes first."""
        return sorted(self.rows, key=lambda r: not r.problem)


def _differing_positions(expected: str, found: str) -> str:
    positions = [str(i + 1) for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b]
    return "、".join(positions[:4]) + ("等" if len(positions) > 4 else "")


def _compare(unit: str, mask, expected: str, found: str) -> str:
    """"受理记录「110105********002X」，清单「110105********0031」" — masked, but never identical-looking."""
    shown_expected, shown_found = mask(expected), mask(found)
    text = f"受理记录「{shown_expected}」，清单「{shown_found}」"
    if shown_expected == shown_found:  # the difference hides under the mask: say where it is, not what
        same_length = len(expected) == len(found)
        text += f"（第{_differing_positions(expected, found)}{unit}不同）" if same_length else "（长度不同）"
    return text


def _mismatch(row: ManifestRow, case: ListedCard) -> tuple[str, str] | None:
    """(verdict, message) when the row's ID number or name disagrees with the acceptance record, each field named."""
    name = normalize_name(case.name)
    id_differs = row.id_number is not None and row.id_number != case.id_number
    name_differs = name != row.name
    if not (id_differs or name_differs):
        return None  # the usual row: no masked comparison texts to build
    id_part = _compare("位", mask_id_number, case.id_number, row.id_number or "")
    name_part = _compare("个字", mask_name, name, row.name)
    if id_differs and name_differs:
        return ID_AND_NAME_MISMATCH, f"公民身份号码和姓名都与受理记录不一致：公民身份号码{id_part}；姓名{name_part}"
    if id_differs:
        return ID_MISMATCH, f"公民身份号码与受理记录不一致：{id_part}"
    return NAME_MISMATCH, f"姓名与受理记录不一致：{name_part}"


def _judge_row(row: ManifestRow, case: ListedCard | None) -> tuple[str, str]:
    if case is None:
        return UNKNOWN, _MESSAGES[UNKNOWN]
    mismatch = _mismatch(row, case)
    if mismatch:
        return mismatch
    state = CardState(case.state)
    if state is CardState.ARRIVED:
        return ALREADY_ARRIVED, _MESSAGES[ALREADY_ARRIVED]
    if state is CardState.COLLECTED:
        return ALREADY_COLLECTED, _MESSAGES[ALREADY_COLLECTED]
    if CardState.ARRIVED in TRANSITIONS[state]:
        return MATCHED, _MESSAGES[MATCHED]
    return WRONG_STATE, f"证件当前为「{state.label_zh}」，不能登记到达"


def _judge(manifest: Manifest, cases: dict[str, ListedCard]) -> list[tuple[ArrivalRow, ListedCard | None]]:
    """Every row's verdict, with the case to move for the matched ones (and the known case of a problem row)."""
    seen: set[str] = set()
    judged: list[tuple[ArrivalRow, ListedCard | None]] = []
    for row in manifest.rows:
        case = None
        if row.acceptance_no and row.acceptance_no in seen:
            verdict, message = DUPLICATE, "；".join(row.problems) or _MESSAGES[DUPLICATE]
        elif row.problems or not row.acceptance_no:
            verdict, message = INVALID, "；".join(row.problems) or "缺少受理号"
        else:
            seen.add(row.acceptance_no)
            case = cases.get(row.acceptance_no)
            verdict, message = _judge_row(row, case)
        if row.notes:
            message = "；".join((message, *row.notes))
        judged.append((ArrivalRow(row.line, row.acceptance_no, row.name, verdict, message), case))
    return judged


_LISTED_NUMBERS = func.json_array_elements_text(cast(bindparam("numbers", type_=String), JSON)).column_valued()
_LISTED_COLUMNS = (CardCase.id, CardCase.acceptance_no, CardCase.name, CardCase.id_number, CardCase.state,
                   CardCase.version, CardCase.phone)


def _cases(session: Session, manifest: Manifest, *, lock: bool) -> dict[str, ListedCard]:
    """The listed cases by 受理号, as plain rows (the ORM's 10,000 tracked objects cost more than the judging)."""
    numbers = sorted({r.acceptance_no for r in manifest.rows if r.acceptance_no})
    if session.get_bind().dialect.name == "postgresql":
        # One round trip with one JSON parameter, instead of a statement of 500 parameters per 500 numbers (and
        # instead of an array, which psycopg dumps element by element in Python).
        statement = select(*_LISTED_COLUMNS).where(CardCase.acceptance_no.in_(select(_LISTED_NUMBERS)))
        # Locked while the list is judged and written: the versions read here are the ones the UPDATE expects.
        rows = session.execute(statement.with_for_update() if lock else statement, {"numbers": json.dumps(numbers)})
        return {r.acceptance_no: r for r in rows}
    found: dict[str, ListedCard] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        found.update((r.acceptance_no, r) for r in session.execute(
            select(*_LISTED_COLUMNS).where(CardCase.acceptance_no.in_(chunk))))
    return found


def import_arrivals(
    ctx: AppContext, data: bytes, filename: str, dry_run: bool, *, accept_partial: bool = False,
    sheet: str | None = None,
) -> ArrivalReport:
    """Check a dispatch list; unless ``dry_run``, commit it in one transaction.

    Without ``accept_partial`` a list with any problem row commits nothing (the report says ``refused``). With it,
    the matched cards arrive and each problem row becomes a follow-up. Either way, if a matched card cannot be
    stored (no free place), nothing changes. ``sheet`` names the worksheet when a workbook holds several lists.
    Raises :class:`counter_app.domain.manifest_read.ManifestError` for an unreadable file (and its subclass
    ``SheetChoiceNeeded`` when the sheet must be chosen).
    """
    # A 10,000-row list makes a few hundred thousand objects and no reference cycles; the collections they
    # triggered walked everything the program holds, ≈ a quarter of the client's time for a commit.
    with collector_paused():
        return _import(ctx, data, filename, dry_run, accept_partial, sheet)


def _import(ctx: AppContext, data: bytes, filename: str, dry_run: bool, accept_partial: bool,
            sheet: str | None) -> ArrivalReport:
    manifest = parse_manifest(data, filename, sheet)
    digest = hashlib.sha256(data).hexdigest()
    report = ArrivalReport(filename, [], dry_run, False, False, accept_partial, manifest.sheet)
    if dry_run:
        with ctx.db.read() as session:
            judged = _judge(manifest, _cases(session, manifest, lock=False))
            seen_before = session.scalars(select(ImportBatch.id).where(ImportBatch.sha256 == digest)).first()
        return replace(report, rows=[row for row, _ in judged], already_imported=seen_before is not None)
    station = load_station(ctx)
    with ctx.db.write() as session:
        seen_before = session.scalars(select(ImportBatch.id).where(ImportBatch.sha256 == digest)).first()
        judged = _judge(manifest, _cases(session, manifest, lock=True))
        report = replace(report, rows=[row for row, _ in judged], already_imported=seen_before is not None)
        if report.refused:
            return report  # all or nothing: the rows are judged under lock, and nothing was changed
        allocator = PlaceAllocator(session, station)
        matched = [(case, f"到证清单 {filename} 第{row.line}行") for row, case in judged
                   if row.verdict == MATCHED and case is not None]
        places = arrive_all(ctx, session, matched, allocator)
        rows: list[ArrivalRow] = []
        follow_ups = 0
        for row, case in judged:
            if row.verdict == MATCHED and case is not None:
                row = ArrivalRow(row.line, row.acceptance_no, row.name, row.verdict, row.message, places[case.id])
            elif row.problem:
                created = follow_up_for_arrival_problem(
                    ctx, session, filename=filename, digest=digest, line=row.line, acceptance_no=row.acceptance_no,
                    name=row.name, problem=row.message, phone=case.phone if case is not None else None,
                )
                follow_ups += created is not None
                row = replace(row, message=f"{row.message}（已列入待办）")
            rows.append(row)
        session.add(ImportBatch(filename=filename[:255], sha256=digest, rows=len(manifest.rows),
                                imported_at=ctx.now(), clerk=ctx.actor.clerk))
        report = replace(report, rows=rows, committed=True, follow_ups=follow_ups)
        ctx.audit(session, "card.arrivals", filename, sha256=digest, rows=len(rows), arrived=report.matched,
                  problems=report.problems, partial=accept_partial, follow_ups=follow_ups, sheet=manifest.sheet)
        return report
