"""The words of a service case: stored values never change, each has its Chinese label; promises and "can accept"."""

from __future__ import annotations

import pytest

from counter_app.domain.catalog_schema import Category
from counter_app.domain.service_case import (
    AFTER_HOURS_LABELS,
    FINAL_OUTCOMES,
    Channel,
    Outcome,
    Promise,
    can_accept,
    derive_promise,
    needs_valid_id_number,
)


def test_stored_values_and_labels() -> None:
    # The values are in the database: renaming one would orphan every row that holds it.
    assert [o.value for o in Outcome] == ["in_progress", "done", "accepted", "notice", "refused", "not_done"]
    assert [c.value for c in Channel] == ["regular", "appointment", "green_channel"]
    assert [p.value for p in Promise] == ["same_day", "limit", "none"]
    assert Outcome.NOTICE.label_zh == "已一次性告知" and Outcome.NOT_DONE.label_zh == "当日未办结"
    assert all(member.label_zh for enum in (Outcome, Channel, Promise) for member in enum)
    assert {Outcome.DONE, Outcome.ACCEPTED, Outcome.NOTICE, Outcome.REFUSED} == FINAL_OUTCOMES
    assert not Outcome.IN_PROGRESS.is_final and not Outcome.NOT_DONE.is_final and Outcome.REFUSED.is_final
    assert "done" in FINAL_OUTCOMES  # a row's plain string finds its member


def test_after_hours_labels_cover_the_office_hours_reasons_and_the_channels() -> None:
    from typing import get_args

    from counter_app.domain.office_hours import AfterHoursReason

    assert set(AFTER_HOURS_LABELS) == set(get_args(AfterHoursReason)) | {"appointment", "green_channel"}
    assert not Channel.REGULAR.explains_after_hours and Channel.GREEN_CHANNEL.explains_after_hours
    assert AFTER_HOURS_LABELS["green_channel"] == Channel.GREEN_CHANNEL.label_zh == "绿色通道"


@pytest.mark.parametrize(
    ("channel", "days", "promise"),
    [
        ("regular", 0, Promise.SAME_DAY),
        ("appointment", 0, Promise.SAME_DAY),
        ("regular", 20, Promise.LIMIT),
        ("green_channel", 20, Promise.SAME_DAY),  # the green channel is always served the same day
        ("green_channel", None, Promise.SAME_DAY),
        ("regular", None, Promise.NONE),  # not a catalog service: nothing promised
    ],
)
def test_derive_promise(channel: str, days: int | None, promise: Promise) -> None:
    assert derive_promise(channel, days) is promise


def test_an_unknown_channel_is_refused() -> None:
    with pytest.raises(ValueError):
        derive_promise("walk_in", 0)


@pytest.mark.parametrize("category", list(Category))
def test_can_accept_needs_materials_and_a_name(category: Category) -> None:
    ok = dict(materials_complete=True, applicant_name="张三", id_number_typed="", id_number_valid=False)
    if category is Category.ID_CARD:
        ok.update(id_number_typed="110105194912310029", id_number_valid=True)
    assert can_accept(category, **ok)
    assert not can_accept(category, **{**ok, "materials_complete": False})
    assert not can_accept(category, **{**ok, "applicant_name": "  "})


def test_an_id_card_needs_a_valid_id_number_other_services_only_a_valid_one_if_typed() -> None:
    base = dict(materials_complete=True, applicant_name="张三")
    assert needs_valid_id_number("id_card") and not needs_valid_id_number(Category.HUKOU)
    assert not can_accept("id_card", **base, id_number_typed="", id_number_valid=False)
    assert not can_accept("id_card", **base, id_number_typed="1101", id_number_valid=False)
    assert can_accept("hukou", **base, id_number_typed="", id_number_valid=False)
    assert not can_accept("hukou", **base, id_number_typed="1101", id_number_valid=False)
    assert can_accept("certificate", **base, id_number_typed="110105194912310029", id_number_valid=True)
