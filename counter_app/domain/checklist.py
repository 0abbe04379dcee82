"""Evaluating a service's checklist: which questions to ask, which materials apply, what is still missing.

Answers come from three places, strongest last: each question's default, what the applicant's ID number tells
(age band, region), and what the clerk answered explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from counter_app.domain.catalog_schema import Alert, Material, Necessity, Question, Service
from counter_app.domain.conditions import Answer


@dataclass(frozen=True)
class FeeDue:
    amount: float
    basis: str
    reason: str = ""  # the waiver that applied, if any

    def text(self) -> str:
        head = "免费" if self.amount == 0 else f"{self.amount:g} 元"
        parts = [head]
        if self.reason:
            parts.append(self.reason)
        if self.basis:
            parts.append(f"依据：{self.basis}")
        return "；".join(parts)


@dataclass(frozen=True)
class Checklist:
    """The outcome for one applicant: the page shows it live, the notice prints it."""

    service: Service
    answers: Mapping[str, Answer]
    derived: Mapping[str, Answer]  # the answers the ID number gave, by question id (shown, never asked)
    questions: tuple[Question, ...]
    applicable: tuple[Material, ...]
    brought: frozenset[str]
    fee: FeeDue
    alerts: tuple[Alert, ...] = field(default=())

    @property
    def missing(self) -> tuple[Material, ...]:
        """Everything still to bring, 容缺后补 items included (the notice lists them too)."""
        return tuple(
            m for m in self.applicable if m.id not in self.brought and m.necessity is not Necessity.OPTIONAL
        )

    @property
    def missing_required(self) -> tuple[Material, ...]:
        return tuple(m for m in self.missing if m.necessity is Necessity.REQUIRED)

    @property
    def stops(self) -> tuple[Alert, ...]:
        """Alerts saying this case is for another service or cannot be accepted: accepting needs a confirmation."""
        return tuple(a for a in self.alerts if a.stop is not None)

    @property
    def complete(self) -> bool:
        """Acceptable now: only 容缺后补 items may still be outstanding."""
        return not self.missing_required


def _coerce(question: Question, value: object) -> Answer:
    """Answers typed on a command line arrive as text; a yes/no question accepts the usual spellings."""
    if question.kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"true", "yes", "y", "1", "是"}:
            return True
        if text in {"false", "no", "n", "0", "否"}:
            return False
        raise ValueError(f"「{question.text}」只能回答 是/否，而不是 {value!r}")
    text = str(value)
    allowed = [c.value for c in question.choices]
    if text not in allowed:
        labels = "、".join(f"{c.value}（{c.label}）" for c in question.choices)
        raise ValueError(f"「{question.text}」没有选项 {text!r}；可选：{labels}")
    return text


def derived_answers(service: Service, facts: Mapping[str, Answer] | None) -> dict[str, Answer]:
    """The answers the ID number gives, by question id: what the clerk is never asked and never contradicts.

    ``facts`` are what the number says: ``age`` (years), ``age_band``, ``sex`` ("male"/"female"),
    ``hukou_region``.
    """
    answers: dict[str, Answer] = {}
    for question in service.questions:
        if question.derive is None or not facts:
            continue
        if question.derive == "age":
            age = facts.get("age")
            value: Answer | None = question.choice_for_age(age) if isinstance(age, int) else None
        else:
            value = facts.get(question.derive)
        if value is not None and value in question.allowed_values():
            answers[question.id] = value
    return answers


def resolve_answers(
    service: Service, explicit: Mapping[str, object], derived: Mapping[str, Answer] | None = None
) -> dict[str, Answer]:
    """Defaults, then the clerk's answers, then what the ID number says; unknown keys are refused.

    What the number says wins over an answer typed for the same question (given before the number, say): a
    checklist never contradicts the applicant's own ID number.
    """
    answers: dict[str, Answer] = {q.id: q.default for q in service.questions}
    by_id = {q.id: q for q in service.questions}
    for key, value in explicit.items():
        question = by_id.get(key)
        if question is None:
            known = "、".join(by_id) or "（本事项无需回答问题）"
            raise ValueError(f"「{service.name}」没有问题 {key!r}；可回答：{known}")
        answers[key] = _coerce(question, value)
    answers.update(derived_answers(service, derived))
    return answers


def _fee_due(service: Service, answers: Mapping[str, Answer]) -> FeeDue:
    fee = service.fee
    applicable = [w for w in fee.waivers if w.when.holds(answers)]
    if not applicable:
        return FeeDue(fee.amount, fee.basis)
    best = min(applicable, key=lambda w: w.amount)
    return FeeDue(min(best.amount, fee.amount), fee.basis, best.reason)


def evaluate(
    service: Service,
    explicit: Mapping[str, object] | None = None,
    brought: Iterable[str] = (),
    derived: Mapping[str, Answer] | None = None,
) -> Checklist:
    """The checklist for these answers and the materials the applicant brought."""
    answers = resolve_answers(service, explicit or {}, derived)
    brought_ids = frozenset(brought)
    unknown = brought_ids - {m.id for m in service.materials}
    if unknown:
        raise ValueError(f"「{service.name}」没有材料 {', '.join(sorted(unknown))}")
    questions = tuple(q for q in service.questions if q.ask_when is None or q.ask_when.holds(answers))
    applicable = tuple(m for m in service.materials if m.when is None or m.when.holds(answers))
    alerts = tuple(a for a in service.alerts if a.when.holds(answers))
    return Checklist(
        service=service,
        answers=answers,
        derived=derived_answers(service, derived),
        questions=questions,
        applicable=applicable,
        brought=brought_ids & {m.id for m in applicable},
        fee=_fee_due(service, answers),
        alerts=alerts,
    )
