"""The words of a service case (办件): its outcome, the channel it came by, what was promised — and when the counter
may accept an application.

The values are stored in the database (``service_case.outcome``, ``.channel``, ``.promise``), so never rename them;
each carries the Chinese label the printed report and the refusals show, as ``CardState`` does. The UI shows its
own translated words for the same members.
"""

from __future__ import annotations

from enum import StrEnum

from counter_app.domain.catalog_schema import Category


class Outcome(StrEnum):
    """How a case ended (or that it has not yet)."""

    IN_PROGRESS = "in_progress"
    DONE = "done"
    ACCEPTED = "accepted"
    NOTICE = "notice"
    REFUSED = "refused"
    NOT_DONE = "not_done"  # set by closing the day on a same-day case still open, never chosen by a clerk

    @property
    def label_zh(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def is_final(self) -> bool:
        """A clerk's ending of the case (not "still open", not the day's closing verdict)."""
        return self in FINAL_OUTCOMES


FINAL_OUTCOMES = frozenset({Outcome.DONE, Outcome.ACCEPTED, Outcome.NOTICE, Outcome.REFUSED})

_OUTCOME_LABELS = {
    Outcome.IN_PROGRESS: "办理中",
    Outcome.DONE: "已办结",
    Outcome.ACCEPTED: "已受理",
    Outcome.NOTICE: "已一次性告知",
    Outcome.REFUSED: "不予受理",
    Outcome.NOT_DONE: "当日未办结",
}


class Channel(StrEnum):
    """How the applicant came to the counter."""

    REGULAR = "regular"
    APPOINTMENT = "appointment"
    GREEN_CHANNEL = "green_channel"  # exam candidates, the elderly, urgent cases: served at once, same day

    @property
    def label_zh(self) -> str:
        return _CHANNEL_LABELS[self]

    @property
    def explains_after_hours(self) -> bool:
        """Service outside regular hours by this channel is booked under the channel itself as the reason."""
        return self is not Channel.REGULAR


_CHANNEL_LABELS = {Channel.REGULAR: "常规", Channel.APPOINTMENT: "预约服务", Channel.GREEN_CHANNEL: "绿色通道"}


class Promise(StrEnum):
    """What the counter promised: done today (即办), done within the service's time limit, or nothing."""

    SAME_DAY = "same_day"
    LIMIT = "limit"
    NONE = "none"

    @property
    def label_zh(self) -> str:
        return _PROMISE_LABELS[self]


_PROMISE_LABELS = {Promise.SAME_DAY: "当日办结", Promise.LIMIT: "承诺时限内办结", Promise.NONE: "无承诺"}


def derive_promise(channel: Channel | str, promised_days: int | None) -> Promise:
    """The promise of a new case: the green channel is always same-day; otherwise the catalog's promised time limit
    (0 days = 即办); a service the catalog does not know (a consultation, a call) promises nothing (None days)."""
    if Channel(channel) is Channel.GREEN_CHANNEL:
        return Promise.SAME_DAY
    if promised_days is None:
        return Promise.NONE
    return Promise.SAME_DAY if promised_days == 0 else Promise.LIMIT


# Why a case ran outside regular hours, as the report prints it: the office-hours reasons
# (domain/office_hours.AfterHoursReason) and the channels that explain themselves.
AFTER_HOURS_LABELS: dict[str, str] = {
    "lunch": "午间延时",
    "evening": "下班后延时",
    "early": "上班前提前",
    "weekend_duty": "周末值班",
    "holiday": "节假日",
    "rest_day": "休息日",
    Channel.APPOINTMENT.value: Channel.APPOINTMENT.label_zh,
    Channel.GREEN_CHANNEL.value: Channel.GREEN_CHANNEL.label_zh,
}


def needs_valid_id_number(category: Category | str) -> bool:
    """An ID card is made for one ID number, so its application cannot be accepted without a valid one."""
    return Category(category) is Category.ID_CARD


def can_accept(
    category: Category | str, *, materials_complete: bool, applicant_name: str, id_number_typed: str,
    id_number_valid: bool,
) -> bool:
    """May the counter accept the application now (受理)?

    Every service needs the materials that cannot be handed in later and the applicant's name. An ID-card service
    needs a valid ID number; for other services an ID number is optional, but one typed must be valid (a wrong
    number must not reach the case log).
    """
    if not materials_complete or not applicant_name.strip():
        return False
    if needs_valid_id_number(category):
        return id_number_valid
    return not id_number_typed.strip() or id_number_valid
