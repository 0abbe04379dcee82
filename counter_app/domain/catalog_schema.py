"""The schema of a service file in ``forms/``: what a counter service needs, as validated data.

Every value a province or station may change (fees, limits, materials) is data here, with the legal basis next
to it, so that a station can override it without touching code.

The texts are Chinese only. They are printed on Chinese notices and shown as they are in both UI languages (the
English UI is for the engineers; the translation test accepts Chinese domain data there). The parallel ``*_en``
fields that no code read were dropped: each form edit had to be made twice, by people who do not read the English.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from counter_app.domain.conditions import Condition, condition_questions, parse_condition

_ID = r"^[a-z][a-z0-9_]*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Category(StrEnum):
    ID_CARD = "id_card"
    HUKOU = "hukou"
    RESIDENCE_PERMIT = "residence_permit"
    CERTIFICATE = "certificate"


class MaterialForm(StrEnum):
    """原件 / 复印件 / 原件或复印件 / 原件和复印件."""

    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_OR_COPY = "original_or_copy"
    ORIGINAL_AND_COPY = "original_and_copy"


class Medium(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    PAPER_OR_ELECTRONIC = "paper_or_electronic"


class Necessity(StrEnum):
    """必须 / 非必须 / 容缺后补 (may be handed in after acceptance)."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    DEFERRABLE = "deferrable"


class DayUnit(StrEnum):
    WORKING = "working_day"  # 工作日
    CALENDAR = "calendar_day"  # 自然日


class Choice(Strict):
    value: str
    label: str
    # For a question derived from the age ("derive: age"): the choice holds from this age up to the next one's.
    min_age: Annotated[int, Field(ge=0, le=150)] | None = None


class Question(Strict):
    """A question that changes the material list (or the fee)."""

    id: Annotated[str, Field(pattern=_ID)]
    text: str
    kind: str = Field(default="choice", pattern="^(bool|choice)$")
    choices: tuple[Choice, ...] = ()
    default: str | bool
    # Filled from the applicant's ID number when given, so the clerk never asks it then: "age_band" (the shared
    # 16/18 bands), "age" (the choice whose min_age the age has reached), "sex" (male/female), "hukou_region".
    derive: str | None = Field(default=None, pattern="^(age_band|age|sex|hukou_region)$")
    ask_when: Condition | None = None
    help: str = ""

    @field_validator("ask_when", mode="before")
    @classmethod
    def _parse_ask_when(cls, value: Any) -> Condition | None:
        return None if value is None else parse_condition(value)

    @model_validator(mode="after")
    def _check_choices(self) -> Question:
        if self.kind == "bool":
            if not isinstance(self.default, bool):
                raise ValueError("a yes/no question needs default: true or false")
        else:
            values = [c.value for c in self.choices]
            if len(values) < 2:
                raise ValueError("a choice question needs at least two choices")
            if len(set(values)) != len(values):
                raise ValueError("choice values must be unique")
            if self.default not in values:
                raise ValueError(f"default {self.default!r} is not one of the choices {values}")
        if self.derive == "age":
            ages = [c.min_age for c in self.choices]
            if None in ages or ages[0] != 0 or ages != sorted(set(ages)):  # type: ignore[type-var]
                raise ValueError("derive: age needs min_age on every choice, from 0 upwards")
        return self

    def choice_for_age(self, age: int) -> str:
        """The value of the last choice whose min_age the age has reached (``derive: age``)."""
        return [c.value for c in self.choices if (c.min_age or 0) <= age][-1]

    def allowed_values(self) -> list[str | bool]:
        return [True, False] if self.kind == "bool" else [c.value for c in self.choices]


class Material(Strict):
    """One item the applicant brings (申请材料)."""

    id: Annotated[str, Field(pattern=_ID)]
    name: str
    form: MaterialForm = MaterialForm.ORIGINAL
    medium: Medium = Medium.PAPER
    copies: Annotated[int, Field(ge=1, le=20)] = 1
    necessity: Necessity = Necessity.REQUIRED
    issuer: str
    when: Condition | None = None
    note: str = ""
    how_to_get: str = ""

    @field_validator("when", mode="before")
    @classmethod
    def _parse_when(cls, value: Any) -> Condition | None:
        return None if value is None else parse_condition(value)


class Waiver(Strict):
    """A fee reduction (低保/优抚 free, hardship half) that applies under a condition."""

    when: Condition
    amount: Annotated[float, Field(ge=0)]
    reason: str

    @field_validator("when", mode="before")
    @classmethod
    def _parse_when(cls, value: Any) -> Condition:
        return parse_condition(value)


class Alert(Strict):
    """A rule the clerk must be warned about when it applies (e.g. a minor applying without a guardian)."""

    when: Condition
    text: str
    # "redirect": the case belongs to another service; "refuse": it cannot be accepted.  Either way the clerk
    # confirms before accepting, so an alert never says one thing while the Accept button quietly does another.
    stop: str | None = Field(default=None, pattern="^(redirect|refuse)$")

    @field_validator("when", mode="before")
    @classmethod
    def _parse_when(cls, value: Any) -> Condition:
        return parse_condition(value)


class Fee(Strict):
    amount: Annotated[float, Field(ge=0)]
    basis: str = ""
    note: str = ""
    waivers: tuple[Waiver, ...] = ()


class TimeLimit(Strict):
    """A limit with its unit; 0 days means the service is finished on the spot (即办)."""

    days: Annotated[int, Field(ge=0, le=400)]
    unit: DayUnit = DayUnit.WORKING
    note: str = ""


class TimeLimits(Strict):
    statutory: TimeLimit | None = None  # 法定时限; None where no statutory limit exists
    promised: TimeLimit  # 承诺时限

    @model_validator(mode="after")
    def _promise_within_law(self) -> TimeLimits:
        law, promise = self.statutory, self.promised
        if law is not None and law.unit == promise.unit and promise.days > law.days:
            raise ValueError(
                f"the promised limit ({promise.days}) exceeds the statutory limit ({law.days})"
            )
        return self


class Service(Strict):
    """A counter service (办事事项) and everything the one-time notice must say about it."""

    id: Annotated[str, Field(pattern=_ID)]
    name: str
    category: Category
    aliases: tuple[str, ...] = ()
    summary: str = ""
    legal_basis: tuple[str, ...] = Field(min_length=1)
    conditions_of_acceptance: str = ""
    procedure: str = ""
    on_the_spot: bool
    in_person: bool = True
    fee: Fee
    time_limits: TimeLimits
    questions: tuple[Question, ...] = ()
    materials: tuple[Material, ...] = Field(min_length=1)
    alerts: tuple[Alert, ...] = ()
    refusal_appeal: str = ""
    sort: int = 100

    @model_validator(mode="after")
    def _check_references(self) -> Service:
        question_ids = [q.id for q in self.questions]
        if len(set(question_ids)) != len(question_ids):
            raise ValueError("question ids must be unique within a service")
        material_ids = [m.id for m in self.materials]
        if len(set(material_ids)) != len(material_ids):
            raise ValueError("material ids must be unique within a service")
        known = {q.id: q for q in self.questions}
        conditions: list[tuple[str, Condition | None]] = [(f"materials.{m.id}.when", m.when) for m in self.materials]
        conditions += [(f"questions.{q.id}.ask_when", q.ask_when) for q in self.questions]
        conditions += [(f"fee.waivers[{i}].when", w.when) for i, w in enumerate(self.fee.waivers)]
        conditions += [(f"alerts[{i}].when", a.when) for i, a in enumerate(self.alerts)]
        for where, condition in conditions:
            if condition is None:
                continue
            for question_id, values in condition_questions(condition):
                question = known.get(question_id)
                if question is None:
                    raise ValueError(f"{where}: unknown question {question_id!r}")
                bad = [v for v in values if v not in question.allowed_values()]
                if bad:
                    raise ValueError(
                        f"{where}: {bad!r} is not an answer of {question_id!r} "
                        f"(allowed: {question.allowed_values()!r})"
                    )
        return self

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def material(self, material_id: str) -> Material:
        for material in self.materials:
            if material.id == material_id:
                return material
        raise KeyError(material_id)
