"""What the ID number says is never asked again and never contradicted, for every service and question."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from stdnum.cn import ric

from counter_app.domain.catalog import load_catalog
from counter_app.domain.catalog_schema import Service
from counter_app.domain.id_number import age_band, age_on
from counter_app.operations.guide.service_guide import build_checklist, inspect_id_number
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 10, 0)
CATALOG = load_catalog()
# A question about one of these is a question the number answers (the station's own code is 110105).
NUMBER_FACTS = re.compile(r"年龄|周岁|申请人的?性别|户籍所在地|户籍地在")
REGIONS = {"local": "110105", "same_province": "110108", "other_province": "440105"}


def number(born: date, region: str = "110105", female: bool = False) -> str:
    body = f"{region}{born:%Y%m%d}00{2 if female else 1}"
    return body + ric.calc_check_digit(body + "0")


@pytest.mark.parametrize("service", CATALOG.ordered(), ids=lambda s: s.id)
def test_questions_the_number_answers_are_derived(service: Service) -> None:
    for question in service.questions:
        if NUMBER_FACTS.search(question.text):
            assert question.derive is not None, f"{service.id}.{question.id} asks what the ID number says"


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    return clocked_context(f"sqlite:///{tmp_path_factory.mktemp('derived')}/d.db", NOW)


@pytest.mark.parametrize("service", [s for s in CATALOG.ordered() if any(q.derive for q in s.questions)],
                         ids=lambda s: s.id)
def test_derived_answers_follow_the_number_whatever_was_typed(service: Service, ctx) -> None:
    derived_questions = [q for q in service.questions if q.derive]
    for age in (0, 9, 10, 12, 15, 16, 17, 18, 19, 20, 21, 25, 26, 45, 46, 80):
        born = date(NOW.year - age - 1, 12, 31)  # the birthday is still to come this year: exactly ``age``
        for region, code in REGIONS.items():
            id_number = number(born, code)
            assert age_on(born, NOW.date()) == age
            facts = inspect_id_number(ctx, id_number).derived
            for question in derived_questions:
                for typed in question.allowed_values():  # whatever the clerk had answered before the number
                    checklist = build_checklist(ctx, service.id, {question.id: typed}, set(), id_number)
                    value = checklist.answers[question.id]
                    assert checklist.derived[question.id] == value
                    expected = {
                        "age_band": age_band(age),
                        "age": question.choice_for_age(age),
                        "hukou_region": region,
                        "sex": facts["sex"],
                    }[question.derive]
                    assert value == expected, (question.id, age, region, typed)


def test_a_21_year_old_and_a_12_year_old(ctx) -> None:
    adult = number(date(2005, 1, 10))
    child = number(date(2014, 5, 2))
    name_adult = build_checklist(ctx, "name_change", {"name_age": "under10"}, set(), adult)
    assert "parents_id_cards" not in {m.id for m in name_adult.applicable}
    name_child = build_checklist(ctx, "name_change", {}, set(), child)
    assert {"parents_consent", "child_consent"} <= {m.id for m in name_child.applicable}
    ethnicity = build_checklist(ctx, "ethnicity_change", {}, set(), adult)
    assert ethnicity.answers["ethnicity_age"] == "over20" and ethnicity.stops
    assert "divorce" not in " ".join(m.id for m in ethnicity.applicable)
