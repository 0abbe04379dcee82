"""A checklist never contradicts its own alerts, for every service and every combination of answers.

- an alert that sends the case to another service or refuses it is marked ``stop`` (accepting then needs the
  clerk's confirmation);
- a document an alert says must be brought is in the material list; one it says is not needed is not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from counter_app.domain.catalog import load_catalog
from counter_app.domain.catalog_schema import Service
from counter_app.domain.checklist import Checklist, evaluate

CATALOG = load_catalog()

STOP = re.compile(r"请按.{0,24}事项办理|不属于.{0,12}受理|不得申请|应不予受理|不予办理")
# Documents an alert may name, with what a material's name must contain to count as that document.
DOCUMENTS = {
    "准迁证": "准迁证",
    "迁移证": "迁移证",
    "户口簿": "户口簿",
    "出生医学证明": "出生医学证明",
    "居住证": "居住证",
    "结婚证": "结婚证",
    "离婚证": "离婚",
    "委托书": "委托书",
    "监护人": "监护人",
}
MUST = re.compile(r"(须|应|凭|持|交验|提供|取得|携带)[^，。；]{0,12}$")
NOT_NEEDED = re.compile(r"(无需|不需|不必|免予|免于|不用)[^，。；]{0,12}$")


def combinations(service: Service) -> Iterator[dict[str, object]]:
    values = [[c.value for c in q.choices] if q.kind == "choice" else [False, True] for q in service.questions]
    for combo in itertools.product(*values):
        yield dict(zip((q.id for q in service.questions), combo, strict=True))


def contradictions(checklist: Checklist) -> list[str]:
    problems = []
    names = [m.name for m in checklist.applicable]
    for alert in checklist.alerts:
        if STOP.search(alert.text) and alert.stop is None:
            problems.append(f"sends elsewhere or refuses but is not marked stop: {alert.text}")
        if alert.stop == "redirect":
            continue  # it speaks of the other service's papers
        for term, needle in DOCUMENTS.items():
            for match in re.finditer(term, alert.text):
                before = alert.text[: match.start()]
                listed = any(needle in name for name in names)
                if NOT_NEEDED.search(before) and listed:
                    problems.append(f"says {term} is not needed, but the list has it: {alert.text}")
                elif MUST.search(before) and not listed:
                    problems.append(f"says {term} must be brought, but the list lacks it: {alert.text}")
    return problems


@pytest.mark.parametrize("service", CATALOG.ordered(), ids=lambda s: s.id)
def test_no_checklist_contradicts_its_alerts(service: Service) -> None:
    found: dict[str, dict[str, object]] = {}
    for answers in combinations(service):
        for problem in contradictions(evaluate(service, answers)):
            found.setdefault(problem, answers)
    assert not found, "\n".join(f"{problem}  (answers {answers})" for problem, answers in found.items())


def test_every_stop_alert_needs_a_confirmation() -> None:
    marked = [(s, a) for s in CATALOG.ordered() for a in s.alerts if a.stop]
    assert marked, "the catalog has redirect and refusal alerts"
    for service, alert in marked:
        answers = next(a for a in combinations(service) if alert.when.holds(a))
        assert alert in evaluate(service, answers).stops


def test_the_detector_finds_what_it_should() -> None:
    service = CATALOG.get("hukou_move_in")
    bad = service.model_copy(update={"alerts": (service.alerts[0].model_copy(update={"stop": None,
                             "text": "请按“户口迁出”事项办理，须持户口准迁证。"}),)})
    answers = next(a for a in combinations(bad) if bad.alerts[0].when.holds(a))
    assert any("not marked stop" in p for p in contradictions(evaluate(bad, answers)))
