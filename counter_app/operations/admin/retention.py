"""Privacy retention (个人信息保存期限): erasing the personal data of finished records after a set period.

No national text fixes how long a station keeps the personal data of a collected card or a finished counter
service, so the period is **local policy**: ``collected_case_years`` (default 2 years, 0 = never purge), set by a
supervisor and stored station-wide. The purge keeps every row and only blanks who it was about (name, ID number,
phone, address, free-text notes), so counts, the daily report and the audit trail still add up.

A purge is one transaction: every table is purged, the search keys go, and the ``privacy.purge`` audit entry with
the counts lands — or nothing changes at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import delete, null, select, update
from sqlalchemy.orm import Session

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.permissions import Permission, require
from counter_app.domain.service_case import Outcome
from counter_app.domain.settings_registry import RETENTION
from counter_app.domain.station_settings import RetentionSettings
from counter_app.operations.context import AppContext
from counter_app.operations.settings import change_setting, load_setting
from counter_app.store.models import Booking, CardCase, FollowUp, Notice, SearchKey, ServiceCase

PURGED = "（已清除）"  # shown instead of a name; also marks a row as already purged
_UNSYNCED = {"synchronize_session": False}  # bulk statements: no loaded objects to keep in step


@dataclass(frozen=True)
class PurgeReport:
    """How many rows of each kind lost their personal data, and the cut-off used (None: purging is off)."""

    cut_off: date | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def load_retention(ctx: AppContext) -> RetentionSettings:
    return load_setting(ctx, RETENTION)


def save_retention(ctx: AppContext, collected_case_years: int) -> RetentionSettings:
    """Change the period (the declared permission: whoever may purge may decide when); audited as a setting."""
    return change_setting(ctx, RETENTION, collected_case_years=collected_case_years)


def cut_off_date(today: date, years: int) -> date | None:
    """The first day whose records are kept: the same calendar day ``years`` back (29 Feb → 28 Feb)."""
    if years <= 0:
        return None
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _purge_cards(session: Session, before: datetime) -> int:
    old = (CardCase.state == CardState.COLLECTED.value) & (CardCase.collected_at < before) & (CardCase.name != PURGED)
    # The keys go first: they are found through the names that are about to be blanked.
    session.execute(
        delete(SearchKey).where(SearchKey.case_id.in_(select(CardCase.id).where(old))), execution_options=_UNSYNCED
    )
    # id_number/id_rev are NOT NULL: "" matches no lookup (an empty query is refused before the database).
    # collected_by holds the proxy's name and ID number; null() stores SQL NULL rather than JSON null.
    # The version bump makes a counter that still holds the old row fail instead of writing the data back.
    result = session.execute(
        update(CardCase)
        .where(old)
        .values(
            name=PURGED,
            id_number="",
            id_rev="",
            phone=None,
            phone_rev=None,
            mail_address=None,
            collected_by=null(),
            version=CardCase.version + 1,
        ),
        execution_options=_UNSYNCED,
    )
    return result.rowcount


def _purge_notices(session: Session, before: datetime) -> int:
    result = session.execute(
        update(Notice)
        .where((Notice.created_at < before) & (Notice.applicant_name != PURGED))
        .values(
            applicant_name=PURGED,
            id_number=None,
            id_rev=None,
            phone=None,
            phone_rev=None,
        ),
        execution_options=_UNSYNCED,
    )
    return result.rowcount


def _purge_service_cases(session: Session, before: datetime) -> int:
    # Only finished cases; ``note`` is free text a clerk may have filled with a name or a number.
    finished = (ServiceCase.outcome != Outcome.IN_PROGRESS.value) & (ServiceCase.day < before.date())
    result = session.execute(
        update(ServiceCase)
        .where(finished & (ServiceCase.applicant_name != PURGED))
        .values(
            applicant_name=PURGED,
            id_number=None,
            phone=None,
            note="",
            version=ServiceCase.version + 1,
        ),
        execution_options=_UNSYNCED,
    )
    return result.rowcount


def _purge_bookings(session: Session, before: datetime) -> int:
    # A booking still "booked" is a future visit and keeps its contact; phone is NOT NULL, hence "".
    result = session.execute(
        update(Booking)
        .where((Booking.status != "booked") & (Booking.booked_at < before) & (Booking.name != PURGED))
        .values(name=PURGED, phone="", note=""),
        execution_options=_UNSYNCED,
    )
    return result.rowcount


def _purge_follow_ups(session: Session, before: datetime) -> int:
    # An open follow-up is still work to do; a done one keeps kind, dates and who did it. The title often
    # names the person ("回电 张三"), so it goes too.
    result = session.execute(
        update(FollowUp)
        .where(FollowUp.done_at.is_not(None) & (FollowUp.done_at < before) & (FollowUp.applicant_name != PURGED))
        .values(
            applicant_name=PURGED,
            phone=None,
            title=PURGED,
            done_note="",
        ),
        execution_options=_UNSYNCED,
    )
    return result.rowcount


# Kept as data so that a test can make one step fail and prove the whole purge rolls back.
PURGE_STEPS: dict[str, Callable[[Session, datetime], int]] = {
    "card_case": _purge_cards,
    "notice": _purge_notices,
    "service_case": _purge_service_cases,
    "booking": _purge_bookings,
    "follow_up": _purge_follow_ups,
}


def purge_collected(ctx: AppContext) -> PurgeReport:
    """Erase the personal data of records older than the retention period, in one transaction; audited as
    ``privacy.purge`` with the cut-off and the counts. Needs PURGE_PERSONAL_DATA. Running it twice purges
    nothing the second time (rows already purged are skipped)."""
    require(ctx.actor, Permission.PURGE_PERSONAL_DATA)
    years = load_retention(ctx).collected_case_years
    cut_off = cut_off_date(ctx.now().date(), years)
    counts: dict[str, int] = {}
    with ctx.db.write() as session:
        if cut_off is not None:
            before = datetime.combine(cut_off, time.min)
            for table, step in PURGE_STEPS.items():
                counts[table] = step(session, before)
        ctx.audit(
            session,
            "privacy.purge",
            "",
            cut_off=cut_off.isoformat() if cut_off else None,
            years=years,
            count=sum(counts.values()),
            **counts,
        )
    return PurgeReport(cut_off=cut_off, counts=counts)
