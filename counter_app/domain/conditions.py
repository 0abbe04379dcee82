"""Conditions under which a material, a question or a fee waiver applies, as structured data.

A service file writes them as YAML mappings, never as code to ``eval``::

    when: {married: false}                          # the answer equals a value
    when: {age_band: [under16, "16to17"]}           # the answer is one of several values
    when: {married: false, register_with: father}   # several keys: all must hold
    when: {any: [{abroad: true}, {other_province: true}]}
    when: {not: {proxy: true}}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Answer = str | bool
Answers = Mapping[str, Answer]


@dataclass(frozen=True)
class Equals:
    question: str
    values: tuple[Answer, ...]

    def holds(self, answers: Answers) -> bool:
        return answers.get(self.question) in self.values

    def describe(self) -> str:
        shown = "/".join(_show(v) for v in self.values)
        return f"{self.question}={shown}"


@dataclass(frozen=True)
class AllOf:
    items: tuple[Condition, ...]

    def holds(self, answers: Answers) -> bool:
        return all(item.holds(answers) for item in self.items)

    def describe(self) -> str:
        return " 且 ".join(item.describe() for item in self.items)


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]

    def holds(self, answers: Answers) -> bool:
        return any(item.holds(answers) for item in self.items)

    def describe(self) -> str:
        return "(" + " 或 ".join(item.describe() for item in self.items) + ")"


@dataclass(frozen=True)
class Not:
    item: Condition

    def holds(self, answers: Answers) -> bool:
        return not self.item.holds(answers)

    def describe(self) -> str:
        return f"非({self.item.describe()})"


Condition = Equals | AllOf | AnyOf | Not


def _show(value: Answer) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def _answer(value: Any, where: str) -> Answer:
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int):  # YAML reads `16to17` fine but a bare 16 as int
        return str(value)
    raise ValueError(f"{where}: an answer must be text or true/false, not {value!r}")


def parse_condition(raw: Any) -> Condition:
    """Build a condition from its YAML form; raise ValueError naming what is wrong."""
    if isinstance(raw, Equals | AllOf | AnyOf | Not):
        return raw
    if not isinstance(raw, Mapping) or not raw:
        raise ValueError(f"a condition must be a non-empty mapping, not {raw!r}")
    parts: list[Condition] = []
    for key, value in raw.items():
        if key in ("all", "any"):
            if not isinstance(value, list) or not value:
                raise ValueError(f"'{key}' needs a non-empty list of conditions")
            items = tuple(parse_condition(item) for item in value)
            parts.append(AllOf(items) if key == "all" else AnyOf(items))
        elif key == "not":
            parts.append(Not(parse_condition(value)))
        elif isinstance(key, str):
            values = value if isinstance(value, list) else [value]
            if not values:
                raise ValueError(f"'{key}' needs at least one value")
            parts.append(Equals(key, tuple(_answer(v, key) for v in values)))
        else:
            raise ValueError(f"a condition key must be a question id, not {key!r}")
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def condition_questions(condition: Condition) -> Iterator[tuple[str, tuple[Answer, ...]]]:
    """Every (question id, values) a condition refers to, for cross-checking a service file."""
    if isinstance(condition, Equals):
        yield condition.question, condition.values
    elif isinstance(condition, Not):
        yield from condition_questions(condition.item)
    else:
        for item in condition.items:
            yield from condition_questions(item)
