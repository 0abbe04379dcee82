"""Finding cards from whatever the caller gives, and opening one case with its timeline.

Every query form is an equality or a prefix range (``col >= q AND col < q || U+FFFF``) on an indexed column;
nothing scans the table with ``LIKE '%x%'``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.acceptance_number import normalize_acceptance_text
from counter_app.domain.card_lifecycle import CardState, phone_answer
from counter_app.domain.lookup_query import LookupQuery, parse_lookup_query
from counter_app.domain.masking import mask_detail, mask_id_number, mask_phone, mask_search_text
from counter_app.domain.permissions import Permission, require
from counter_app.domain.search_keys import initials_key, name_part_key, pinyin_key
from counter_app.operations.cards.common import HIGH, CardError
from counter_app.operations.cards.lookup_guard import (
    NUMBER_ACTION,
    guard_number_search,
    is_number_search,
    searchable_text,
)
from counter_app.operations.context import AppContext
from counter_app.store.audit_append import LOCKED_IDS, ids_parameters
from counter_app.store.models import CardCase, CaseEvent, SearchKey

KEY_CANDIDATES = 1000  # beyond this many matches of a partly typed reading the clerk is asked to type more
# The searches are plain Core statements on the tables: they read rows, not objects (see _SHOWN).
_CARDS, _KEYS = CardCase.__table__, SearchKey.__table__
_card, _key = _CARDS.c, _KEYS.c


@dataclass(frozen=True)
class CardRow:
    acceptance_no: str
    name: str
    id_masked: str
    service_name: str
    state: CardState
    state_label: str
    days_waiting: int
    storage_place: str | None
    answer: str  # the line read out on the phone
    promised_date: date  # the one promised date: receipt, answer line, guide and pickup notice all derive from it


@dataclass(frozen=True)
class LookupResult:
    rows: list[CardRow]
    truncated: bool
    query: LookupQuery | None = None  # the text as understood: normalised search text, kind, hints

    @property
    def hints(self) -> tuple[str, ...]:
        """What the clerk is told about the text (an invalid ID number or 受理号, Excel damage ...)."""
        return self.query.hints if self.query else ()


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    from_state: CardState | None
    to_state: CardState
    clerk: str
    workstation: str
    note: str


@dataclass(frozen=True)
class CardDetail:
    row: CardRow
    phone_masked: str
    reason: str
    pickup_method: str
    accepted_at: datetime
    promised_date: date
    promised_beyond_calendar: bool
    day_text: str  # "第N天/限M天"
    collected_at: datetime | None
    collected_by: dict | None
    timeline: list[TimelineEntry]


def _prefix(column, text: str):
    return and_(column >= text, column < text + HIGH)


def days_waiting(case: CardCase | Row, today: date) -> int:
    """Calendar days since acceptance; the acceptance day is day 1."""
    return (today - case.accepted_at.date()).days + 1


def promised_day(case: CardCase | Row) -> int:
    """The promised date as a day count (the M of "第N天/限M天"): the day it falls on, acceptance being day 1."""
    return days_waiting(case, case.promised_date)


def _row(case: CardCase | Row, today: date) -> CardRow:
    state = CardState(case.state)
    day_n = days_waiting(case, today)
    return CardRow(
        acceptance_no=case.acceptance_no,
        name=case.name,
        id_masked=mask_id_number(case.id_number),
        service_name=case.service_name,
        state=state,
        state_label=state.label_zh,
        days_waiting=day_n,
        storage_place=case.storage_place,
        answer=phone_answer(state, storage_place=case.storage_place, day_n=day_n, limit_days=promised_day(case)),
        promised_date=case.promised_date,
    )


@dataclass(frozen=True)
class _Query:
    """What one search text asks for: a condition on the case row, or search keys (see domain.search_keys)."""

    condition: ColumnElement[bool] | None = None
    exact_keys: tuple[str, ...] = ()  # each served newest first by the key index
    pinyin_prefix: str | None = None  # a partly typed reading: a bounded prefix range on the p: keys


def _parse(parsed: LookupQuery) -> _Query | None:
    """The search for one parsed text, or None when it cannot match anything."""
    text = parsed.text
    if parsed.kind == "acceptance_no":
        return _Query(condition=_card.acceptance_no == text)
    if parsed.kind in ("id_number", "digits"):
        # A 15-digit number of an old card is searched in its 18-character form (parsed.id_number).
        conditions = [_card.id_number == (parsed.id_number or text)]
        if parsed.searches_digits:
            rev = text[::-1]
            conditions.append(_prefix(_card.id_rev, rev))
            if text.isdigit():
                conditions.append(_prefix(_card.phone_rev, rev))
        return _Query(condition=or_(*conditions))
    if parsed.kind == "pinyin":
        if len(text) == 1:
            # A full reading starting with this letter has initials starting with it: the i: key alone holds every
            # card of the p: key and of the p: range, and hands them out newest first.
            return _Query(exact_keys=(initials_key(text),))
        return _Query(exact_keys=(initials_key(text), pinyin_key(text)), pinyin_prefix=pinyin_key(text))
    if parsed.kind == "name":
        return _Query(exact_keys=(name_part_key(text),))
    return None  # empty, destroyed by Excel, or a number with a typo: the hints say why


_NEWEST = (_key.accepted_at.desc(), _key.case_id.desc())
# What a result row shows (CardRow): loading whole cases as objects cost more than the query.
_SHOWN = (_card.id, _card.acceptance_no, _card.name, _card.id_number, _card.service_name,
          _card.state, _card.storage_place, _card.accepted_at, _card.promised_date)


# The audit entry's id, taken under its chain's lock by the search itself on PostgreSQL (an InitPlan: evaluated once,
# when the first row is; without rows the audit takes it): one round trip fewer for every audited search.
_AUDIT_ID = select(LOCKED_IDS.c.ids).scalar_subquery().label("audit_ids")


@dataclass(frozen=True)
class _Audited:
    """What a search sends along to take its audit entry's id: extra columns and their parameters."""

    columns: tuple[Any, ...] = ()
    parameters: dict[str, Any] = field(default_factory=dict)

    def ids(self, rows: list[Row]) -> list[int] | None:
        """The ids the search took, if it took them (not without rows, nor in a search of several keys)."""
        return rows[0]._mapping.get("audit_ids") if self.columns and rows else None


def _audited(ctx: AppContext, session: Session, audit: bool) -> _Audited:
    if not audit or session.get_bind().dialect.name != "postgresql":
        return _Audited()
    return _Audited((_AUDIT_ID,), ids_parameters(ctx.actor.workstation, 1))


def _walk(session: Session, key: str, limit: int, audited: _Audited) -> list[Row]:
    """One key's newest ``limit`` cards: one backward walk of the key index joined row by row (no sort, no ids)."""
    return list(session.execute(
        select(*_SHOWN, *audited.columns).select_from(_KEYS.join(_CARDS, _card.id == _key.case_id))
        .where(_key.key == key).order_by(*_NEWEST).limit(limit), audited.parameters
    ))


def _newest_by_keys(session: Session, parsed: _Query, limit: int, audited: _Audited) -> tuple[list[Row], bool]:
    """The newest ``limit`` (+1) cards under the exact keys, merged, and a bounded prefix range of readings."""
    prefix = parsed.pinyin_prefix
    if len(parsed.exact_keys) == 1 and prefix is None:
        return _walk(session, parsed.exact_keys[0], limit + 1, audited), False
    # Several sources: first only the index entries (accepted_at, case_id), then only the page's cards are read.
    # Reading the cards of every source before merging them read three pages of rows to show one.
    candidates: set[tuple[datetime, int]] = set()
    for key in parsed.exact_keys:
        candidates.update((at, case_id) for at, case_id in session.execute(
            select(_key.accepted_at, _key.case_id).where(_key.key == key)
            .order_by(*_NEWEST).limit(limit + 1)
        ))
    more = False
    if prefix is not None:
        # Strict prefixes of a reading ("zhangs" of zhangsan): a bounded slice of the range.
        slice_ = (select(_key.accepted_at, _key.case_id)
                  .where(_key.key > prefix, _key.key < prefix + HIGH).limit(KEY_CANDIDATES + 1))
        if len(candidates) > limit:
            # The exact keys fill the page (it will say "more"): of the slice only what is newer than their last
            # card can enter it, and only that crosses over from the database.
            cutoff = sorted(candidates, reverse=True)[limit][0]
            newer = slice_.subquery()
            candidates.update((at, case_id) for at, case_id in session.execute(
                select(newer.c.accepted_at, newer.c.case_id).where(newer.c.accepted_at >= cutoff)))
        else:
            rows = [(at, case_id) for at, case_id in session.execute(slice_)]
            more = len(rows) > KEY_CANDIDATES
            candidates.update(rows[:KEY_CANDIDATES])
    page = sorted(candidates, reverse=True)[: limit + 1]
    if not page:
        return [], more
    # The page's own ids (at most limit + 1), each found by the primary key.
    by_id = {case.id: case for case in session.execute(
        select(*_SHOWN).where(_card.id.in_([case_id for _, case_id in page])))}
    return [by_id[case_id] for _, case_id in page if case_id in by_id], more


def lookup(ctx: AppContext, query: str, limit: int = 50, *, audit: bool = True) -> LookupResult:
    """Cards matching a full or partial ID number, 受理号, phone, (part of a) name, pinyin or initials.

    ``audit=False`` is for re-running a search the clerk already made (and was audited for) because another
    counter changed data: an automatic refresh is not a new search.
    """
    query_text = parse_lookup_query(query)
    searched = query_text.text
    if audit:
        guard_number_search(ctx, searched)  # a clerk's number searches are limited (lookup_guard.py)
    allowed = searchable_text(ctx, searched)  # a clerk's partial number: only the last 4 the lists show
    parsed = _parse(query_text if allowed == searched else parse_lookup_query(allowed))
    today = ctx.now().date()
    more_candidates = False
    with ctx.db.write() if audit else ctx.db.read() as session:
        audited = _audited(ctx, session, audit)
        if parsed is None:
            cases = []
        elif parsed.condition is not None:
            cases = list(session.execute(
                select(*_SHOWN, *audited.columns).where(parsed.condition)
                .order_by(_card.accepted_at.desc(), _card.id.desc()).limit(limit + 1), audited.parameters
            ))
        else:
            cases, more_candidates = _newest_by_keys(session, parsed, limit, audited)
        ids = audited.ids(cases)
        truncated = len(cases) > limit or more_candidates
        cases = cases[:limit]
        if audit:
            # What was searched for, never the keystrokes: "320106 19740313 4389" and its full-width twin are the
            # same search, and the log keeps of it no more than a list shows.
            action = NUMBER_ACTION if is_number_search(searched) else "card.lookup"
            ctx.audit_all(session, [(action, mask_search_text(searched)[:100], {"results": len(cases)})], ids)
        return LookupResult(rows=[_row(c, today) for c in cases], truncated=truncated, query=query_text)


def _case_by_number(session: Session, acceptance_no: str) -> CardCase:
    """The case of a typed or scanned 受理号 (folded like every typed number)."""
    number = normalize_acceptance_text(acceptance_no)
    case = session.scalars(select(CardCase).where(CardCase.acceptance_no == number)).one_or_none()
    if case is None:
        raise CardError("not_found", f"没有受理号为 {acceptance_no.strip()} 的证件")
    return case


def card_detail(ctx: AppContext, acceptance_no: str, *, audit: bool = True) -> CardDetail:
    """One case with its timeline and the "第N天/限M天" count; opening it is audited (not re-reading it after a
    change made elsewhere: ``audit=False``)."""
    today = ctx.now().date()
    with ctx.db.write() if audit else ctx.db.read() as session:
        case = _case_by_number(session, acceptance_no)
        events = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id))
        timeline = [
            TimelineEntry(at=e.at, from_state=CardState(e.from_state) if e.from_state else None,
                          to_state=CardState(e.to_state), clerk=e.clerk, workstation=e.workstation, note=e.note)
            for e in events
        ]
        if audit:
            ctx.audit(session, "card.open", case.acceptance_no)
        row = _row(case, today)
        return CardDetail(
            row=row, phone_masked=mask_phone(case.phone) if case.phone else "", reason=case.reason,
            pickup_method=case.pickup_method, accepted_at=case.accepted_at, promised_date=case.promised_date,
            promised_beyond_calendar=case.promised_beyond_calendar,
            day_text=f"第{row.days_waiting}天/限{promised_day(case)}天", collected_at=case.collected_at,
            # The proxy's own ID number is in here: shown masked like every other number on the card.
            collected_by=mask_detail(case.collected_by) if case.collected_by else None, timeline=timeline,
        )


@dataclass(frozen=True)
class FullNumbers:
    id_number: str
    phone: str | None


def reveal_numbers(ctx: AppContext, acceptance_no: str) -> FullNumbers:
    """The unmasked ID number and phone of one case: a supervisor's right, and every use is audited."""
    require(ctx.actor, Permission.UNMASK_PERSONAL_DATA)
    with ctx.db.write() as session:
        case = _case_by_number(session, acceptance_no)
        ctx.audit(session, "card.unmask", case.acceptance_no)
        return FullNumbers(id_number=case.id_number, phone=case.phone)
