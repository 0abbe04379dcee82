"""The bundled service catalog (forms/*.yaml): it loads cleanly, is complete and states the key facts."""

from __future__ import annotations

import pytest
import yaml

from counter_app.domain.catalog import SHARED_QUESTIONS_FILE, bundled_forms_dir, load_catalog
from counter_app.domain.catalog_schema import Category, DayUnit, Service
from counter_app.domain.checklist import evaluate
from counter_app.domain.conditions import condition_questions

LOCAL_NOTE = "本地政策，可在站点覆盖文件中调整"

REQUIRED_IDS = {
    "birth_registration",
    "birth_abroad",
    "id_card_first",
    "id_card_renewal",
    "id_card_replacement",
    "id_card_temporary",
    "id_card_remote",
    "hukou_move_in",
    "hukou_move_out",
    "hukou_book_replacement",
    "name_change",
    "ethnicity_change",
    "birth_date_correction",
    "death_deregistration",
    "emigration_deregistration",
    "enlistment_deregistration",
    "discharge_restoration",
    "hukou_late_registration",
    "residence_permit_apply",
    "residence_permit_endorse",
    "no_criminal_record_certificate",
    "cert_change_record",
    "cert_deregistration",
    "cert_kinship",
    "cert_temporary_identity",
    "cert_foundling_report",
}

ID_CARD_SERVICES = (
    "id_card_first",
    "id_card_renewal",
    "id_card_replacement",
    "id_card_remote",
    "id_card_temporary",
)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def services(catalog) -> list[Service]:
    return catalog.ordered()


def test_catalog_loads_without_problems(catalog) -> None:
    assert [str(p) for p in catalog.problems] == []
    assert len(catalog.services) >= 24


def test_every_required_service_exists(catalog) -> None:
    assert set(catalog.services) >= REQUIRED_IDS


def test_every_service_has_basis_materials_and_issuers(catalog) -> None:
    for service in services(catalog):
        assert service.legal_basis and all(b.strip() for b in service.legal_basis), service.id
        assert service.materials, service.id
        assert service.name and service.aliases, service.id
        for material in service.materials:
            assert material.issuer.strip(), f"{service.id}.{material.id} has no issuer"


def test_sort_order_follows_the_categories(catalog) -> None:
    ranges = {
        Category.ID_CARD: range(10, 100),
        Category.HUKOU: range(100, 200),
        Category.RESIDENCE_PERMIT: range(200, 300),
        Category.CERTIFICATE: range(300, 400),
    }
    for service in services(catalog):
        assert service.sort in ranges[service.category], service.id


def _used_questions(service: Service) -> tuple[set[str], set[str]]:
    """Questions that change something (materials, fee, what else is asked) and those only used by alerts."""
    changing: set[str] = set()
    for material in service.materials:
        if material.when is not None:
            changing |= {qid for qid, _ in condition_questions(material.when)}
    for waiver in service.fee.waivers:
        changing |= {qid for qid, _ in condition_questions(waiver.when)}
    for question in service.questions:
        if question.ask_when is not None:
            changing |= {qid for qid, _ in condition_questions(question.ask_when)}
    alerting: set[str] = set()
    for alert in service.alerts:
        alerting |= {qid for qid, _ in condition_questions(alert.when)}
    return changing, alerting


def test_every_question_changes_something(catalog) -> None:
    """A question that changes nothing must not be asked; derived questions may serve alerts only."""
    for service in services(catalog):
        changing, alerting = _used_questions(service)
        for question in service.questions:
            if question.id in changing:
                continue
            assert question.derive is not None and question.id in alerting, (
                f"{service.id}: question {question.id!r} changes no material, fee or other question"
            )


def test_every_shared_question_is_used() -> None:
    shared = yaml.safe_load((bundled_forms_dir() / SHARED_QUESTIONS_FILE).read_text(encoding="utf-8"))
    used = {q.id for s in load_catalog().services.values() for q in s.questions}
    assert set(shared) <= used, set(shared) - used


def test_id_card_fees(catalog) -> None:
    assert catalog.get("id_card_first").fee.amount == 0
    assert catalog.get("id_card_replacement").fee.amount == 40
    assert catalog.get("id_card_temporary").fee.amount == 10

    renewal = catalog.get("id_card_renewal")
    assert evaluate(renewal, {"renewal_reason": "expiry"}).fee.amount == 20
    assert evaluate(renewal, {"renewal_reason": "item_changed"}).fee.amount == 20
    assert evaluate(renewal, {"renewal_reason": "damaged"}).fee.amount == 40
    assert evaluate(renewal, {"renewal_reason": "damaged", "low_income": True}).fee.amount == 0
    assert evaluate(renewal, {"renewal_reason": "expiry", "hardship": True}).fee.amount == 10
    assert evaluate(renewal, {"renewal_reason": "damaged", "hardship": True}).fee.amount == 20

    remote = catalog.get("id_card_remote")
    assert evaluate(remote, {"remote_reason": "first"}).fee.amount == 0
    assert evaluate(remote, {"remote_reason": "expiry"}).fee.amount == 20
    assert evaluate(remote, {"remote_reason": "lost"}).fee.amount == 40
    # 低保 and hardship relief cover first application and renewal only, not a lost card.
    assert evaluate(remote, {"remote_reason": "lost", "low_income": True}).fee.amount == 40


def test_id_card_time_limits(catalog) -> None:
    for service_id in ("id_card_first", "id_card_renewal", "id_card_replacement", "id_card_remote"):
        limits = catalog.get(service_id).time_limits
        assert limits.statutory is not None
        assert (limits.statutory.days, limits.statutory.unit) == (60, DayUnit.CALENDAR)
        assert (limits.promised.days, limits.promised.unit) == (45, DayUnit.CALENDAR)
    temporary = catalog.get("id_card_temporary").time_limits
    assert temporary.statutory is not None and temporary.statutory.days == 3


def test_minors_get_guardian_materials_and_alerts(catalog) -> None:
    for service_id in ID_CARD_SERVICES:
        service = catalog.get(service_id)
        child = evaluate(service, derived={"age_band": "under16"})
        adult = evaluate(service, derived={"age_band": "adult"})
        assert "guardian_id_card" in {m.id for m in child.applicable}, service_id
        assert "guardian_id_card" not in {m.id for m in adult.applicable}, service_id
        assert any("监护人" in a.text for a in child.alerts), service_id
        assert not any("监护人陪同" in a.text for a in adult.alerts), service_id

    name_change = catalog.get("name_change")
    teen = evaluate(name_change, {"name_age": "10to17"})
    assert "child_consent" in {m.id for m in teen.applicable}
    assert any("本人同意" in a.text for a in teen.alerts)
    small = evaluate(name_change, {"name_age": "under10"})
    assert "child_consent" not in {m.id for m in small.applicable}

    ethnicity = catalog.get("ethnicity_change")
    assert any("不得" in a.text for a in evaluate(ethnicity, {"ethnicity_age": "over20"}).alerts)


def test_birth_registration_variants(catalog) -> None:
    birth = catalog.get("birth_registration")
    assert birth.on_the_spot
    assert birth.fee.amount == 0

    def ids(**answers) -> set[str]:
        return {m.id for m in evaluate(birth, answers).applicable}

    married = ids()
    assert {"birth_medical_certificate", "parent_hukou_book", "marriage_certificate"} <= married
    assert "unmarried_declaration" not in married
    assert {"unmarried_declaration", "paternity_test"} <= ids(married=False, register_with="father")
    assert "paternity_test" not in ids(married=False, register_with="mother")
    assert "ethnicity_confirmation" in ids(different_ethnicity=True)
    divorced = ids(parents_divorced=True, with_custodial_parent=False)
    assert {"divorce_certificate", "both_parents_consent"} <= divorced
    assert "marriage_certificate" not in divorced
    grandparents = ids(register_with="grandparents")
    assert "grandparent_hukou_book" in grandparents and "parent_hukou_book" not in grandparents
    assert {"proxy_declaration", "agent_id_card"} <= ids(proxy=True)


def test_fixed_facts(catalog) -> None:
    assert catalog.get("death_deregistration").on_the_spot
    assert catalog.get("no_criminal_record_certificate").fee.amount == 0
    assert catalog.get("residence_permit_apply").fee.amount == 0
    assert catalog.get("residence_permit_endorse").fee.amount == 0
    move_in = catalog.get("hukou_move_in")
    assert {c.value for c in move_in.question("move_ground").choices} >= {
        "spouse",
        "child_to_parent",
        "parent_to_child",
        "house",
        "talent",
        "graduate",
    }
    assert "hk_macau" in {c.value for c in catalog.get("birth_abroad").question("birth_place").choices}


def test_local_values_are_marked_in_comments_only() -> None:
    """Where a value is local policy the file says so in a comment (for whoever adapts the station's files)."""
    for path in sorted(bundled_forms_dir().glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "本地政策" in line:
                assert line.lstrip().startswith("#") and LOCAL_NOTE in line, f"{path.name}:{number}"


# Words for the station's staff, not for an applicant: where a value can be changed, or another place's example.
ADMIN_WORDS = ("本地政策", "站点", "覆盖文件", "示例", "部分地方承诺")


def test_no_admin_words_in_anything_an_applicant_reads(catalog) -> None:
    """Every text of a service may reach the guide's screen or the notice; none speaks to the station's admin."""
    for service in catalog.ordered():
        for text in _texts(service.model_dump(mode="json")):
            assert not any(word in text for word in ADMIN_WORDS), f"{service.id}: {text}"


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts(v)]
    return []
