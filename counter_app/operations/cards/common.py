"""ID-card cases (证件跟踪): shared pieces of the card operations.

The operations themselves live in ``cards_accept`` (acceptance, state moves), ``cards_lookup`` (the "is my
card back yet?" search and the case view), ``cards_arrivals`` (the dispatch-list import) and ``cards_pickup``
(handing a card out). Every mutating operation is one ``db.write()`` transaction with its audit entry.

The search keys of a name are described in :mod:`counter_app.domain.search_keys`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.errors import DomainError
from counter_app.domain.station_settings import StationSettings
from counter_app.store.models import CardCase

# Any fixed 64-bit number, the same at every counter: the advisory lock that serialises storing cards.
_STORAGE_LOCK = 0x6361_7264_706C_6163

HIGH = "\uffff"  # upper bound of a prefix range: col >= q AND col < q || HIGH


class CardError(DomainError):
    """A card operation refused for a reason the clerk can act on; ``message`` is shown as is."""


@dataclass(frozen=True)
class CardSummary:
    acceptance_no: str
    name: str
    service_name: str
    state: CardState
    accepted_at: datetime
    promised_date: date
    promised_beyond_calendar: bool
    limit_days: int
    storage_place: str | None


def summarize(case: CardCase) -> CardSummary:
    return CardSummary(
        acceptance_no=case.acceptance_no,
        name=case.name,
        service_name=case.service_name,
        state=CardState(case.state),
        accepted_at=case.accepted_at,
        promised_date=case.promised_date,
        promised_beyond_calendar=case.promised_beyond_calendar,
        limit_days=case.limit_days,
        storage_place=case.storage_place,
    )




def storage_layout(station: StationSettings) -> Iterator[str]:
    """Places in drawer order: A-001 … A-200, B-001 …"""
    width = max(3, len(str(station.storage_box_size)))
    for box in station.storage_boxes.split(","):
        for n in range(1, station.storage_box_size + 1):
            yield f"{box}-{n:0{width}d}"


class PlaceAllocator:
    """Hands out free storage places inside one write transaction.

    One counter at a time hands out places (an advisory lock on PostgreSQL; SQLite serialises writers), and
    ``storage_place`` is UNIQUE as the last guard.
    """

    def __init__(self, session: Session, station: StationSettings) -> None:
        self.session = session
        if session.get_bind().dialect.name == "postgresql":
            # Counters that store cards take turns (SQLite's write transactions are BEGIN IMMEDIATE already): the
            # free places read below stay free until this transaction ends, so a batch of arrivals needs no
            # savepoint per card and can be written in one statement.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _STORAGE_LOCK})
        self.layout = list(storage_layout(station))
        self.used = set(session.scalars(select(CardCase.storage_place).where(CardCase.storage_place.is_not(None))))
        self._next = 0  # places before this index are taken: a batch of arrivals walks the layout once

    def next_free(self) -> str:
        """The next free place in drawer order, now taken."""
        while self._next < len(self.layout):
            place = self.layout[self._next]
            self._next += 1
            if place not in self.used:
                self.used.add(place)
                return place
        raise CardError("storage_full", "存放位已满，请在设置中增加存放盒或清理已退回的证件")

    def assign(self, case: CardCase) -> str:
        case.storage_place = self.next_free()
        return case.storage_place
