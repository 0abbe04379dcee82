"""What an ID-card application promises the applicant: the pickup date, and how long the issued card is valid.

One source for both, used by acceptance (which stores the date on the case), the receipt, the lookup, the service
guide and the one-time notice (before acceptance: "accepted today, ready by …"), so that they all name the same date.
"""

from __future__ import annotations

from datetime import date

from counter_app.domain.catalog_schema import Service
from counter_app.domain.id_number import card_validity_label, parse_id_number
from counter_app.domain.working_days import DueDate, WorkingCalendar

# The temporary card (临时居民身份证) keeps its own short promise (the catalog's) and is valid three months whatever
# the age: no station promise and no validity band apply to it.
_TEMPORARY_CARD = {"id_card_temporary"}


def card_promise(
    service: Service, accepted_on: date, calendar: WorkingCalendar, station_promise_days: int
) -> tuple[DueDate, str]:
    """The promised pickup date of a card accepted on ``accepted_on`` and the promise as printed: the station's
    promise (in working days) for an ID card, the catalog's promised limit for anything else."""
    if service.id in _TEMPORARY_CARD or service.category != "id_card":
        limit = service.time_limits.promised
        unit = "个工作日" if limit.unit == "working_day" else "日"
        return calendar.add(accepted_on, limit.days, limit.unit), f"{limit.days}{unit}"
    due = calendar.add(accepted_on, station_promise_days, "working_day")
    return due, f"{station_promise_days}个工作日"


def card_validity(service: Service, id_number: str | None, on: date) -> str:
    """The validity (有效期限) of the card this service issues — 5年 / 10年 / 20年 / 长期 — for the holder of
    ``id_number`` accepted on ``on``; "" for other services or without a number."""
    if not id_number or service.category != "id_card" or service.id in _TEMPORARY_CARD:
        return ""
    return card_validity_label(parse_id_number(id_number).birth_date, on)
