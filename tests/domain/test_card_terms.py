"""The card's promised date and validity, without Qt or a database: the station's promise for an ID card, the
catalog's for the temporary card and other services; a validity band only for an ID card with a number."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain.card_terms import card_promise, card_validity
from counter_app.domain.catalog import load_catalog
from counter_app.domain.working_days import WorkingCalendar

CATALOG = load_catalog()
CALENDAR = WorkingCalendar()
FRIDAY = date(2026, 11, 20)
BORN_1990 = "110105199003070017"  # a valid checksum: an adult, so a 20-year card at 36


def test_an_id_card_gets_the_station_promise_in_working_days() -> None:
    due, text = card_promise(CATALOG.get("id_card_first"), FRIDAY, CALENDAR, 15)
    assert text == "15个工作日"
    assert due.date == CALENDAR.add_working_days(FRIDAY, 15).date
    assert due.date != CALENDAR.add(FRIDAY, 45, "calendar_day").date  # not the catalog's statutory 45 days


def test_the_temporary_card_keeps_the_catalog_promise_whatever_the_station_says() -> None:
    due, text = card_promise(CATALOG.get("id_card_temporary"), FRIDAY, CALENDAR, 15)
    assert text == "3日" and due.date == date(2026, 11, 23)


def test_another_service_gets_its_catalog_promise() -> None:
    service = CATALOG.get("birth_abroad")
    due, text = card_promise(service, FRIDAY, CALENDAR, 15)
    assert text == "40个工作日" and due.date == CALENDAR.add_working_days(FRIDAY, 40).date


@pytest.mark.parametrize(
    ("service_id", "id_number", "expected"),
    [
        ("id_card_first", BORN_1990, "20年"),
        ("id_card_first", None, ""),
        ("id_card_temporary", BORN_1990, ""),
        ("birth_abroad", BORN_1990, ""),
    ],
)
def test_validity_only_for_an_id_card_with_a_number(service_id: str, id_number: str | None, expected: str) -> None:
    assert card_validity(CATALOG.get(service_id), id_number, FRIDAY) == expected
