"""Checklist evaluation rules and station overrides of catalog values."""

from __future__ import annotations

import pytest

from counter_app.domain.catalog import load_catalog
from counter_app.domain.checklist import evaluate


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_answers_change_the_material_list(catalog):
    service = catalog.get("birth_registration")
    married = {m.id for m in evaluate(service, {"married": True}).applicable}
    unmarried = {m.id for m in evaluate(service, {"married": False}).applicable}
    assert "marriage_certificate" in married and "marriage_certificate" not in unmarried
    assert "unmarried_declaration" in unmarried and "unmarried_declaration" not in married


def test_ticking_materials_shrinks_missing_until_complete(catalog):
    service = catalog.get("id_card_replacement")
    first = evaluate(service)
    assert not first.complete and first.missing
    done = evaluate(service, {}, [m.id for m in first.applicable])
    assert done.missing == () and done.complete


def test_what_the_id_number_says_wins_over_a_typed_answer(catalog):
    service = catalog.get("id_card_first")
    derived = evaluate(service, {}, derived={"age_band": "under16"})
    assert derived.answers["age_band"] == "under16" and derived.derived == {"age_band": "under16"}
    explicit = evaluate(service, {"age_band": "adult"}, derived={"age_band": "under16"})
    assert explicit.answers["age_band"] == "under16"
    assert evaluate(service, {"age_band": "adult"}).answers["age_band"] == "adult"  # no number: the clerk asks


def test_bad_answers_and_materials_are_refused_with_names(catalog):
    service = catalog.get("birth_registration")
    with pytest.raises(ValueError, match="maybe"):
        evaluate(service, {"married": "maybe"})
    with pytest.raises(ValueError, match="nonsense"):
        evaluate(service, {"nonsense": "1"})
    with pytest.raises(ValueError, match="no_such_material"):
        evaluate(service, {}, ["no_such_material"])


def test_station_override_changes_local_values(tmp_path):
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "hukou_book_replacement.yaml").write_text(
        "fee: {amount: 5, basis: 本站物价批复}\ntime_limits:\n  promised: {days: 0, unit: working_day}\n",
        encoding="utf-8",
    )
    catalog = load_catalog(overrides_dir=overrides)
    service = catalog.get("hukou_book_replacement")
    assert service.fee.amount == 5 and service.fee.basis == "本站物价批复"
    assert service.time_limits.promised.days == 0
    assert catalog.problems == []


def test_broken_override_is_reported_and_the_bundled_service_kept(tmp_path):
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "id_card_first.yaml").write_text("materials: {no_such: {copies: 2}}\n", encoding="utf-8")
    catalog = load_catalog(overrides_dir=overrides)
    assert "id_card_first" in catalog.services
    assert any("no_such" in p.problem for p in catalog.problems)


def test_services_are_found_by_name_alias_initials_and_full_pinyin(tmp_path):
    from counter_app.operations.context import AppContext
    from counter_app.operations.guide.service_guide import search_services

    ctx = AppContext(db=None, catalog=load_catalog())  # type: ignore[arg-type] - search reads only the catalog
    for query in ("出生", "csdj", "chushengdengji", "chusheng", "上户", "SFZ"):
        assert any(s.id == "birth_registration" or s.category == "id_card" for s in search_services(ctx, query)), query
    assert search_services(ctx, "csdj")[0].id == "birth_registration"
    assert len(search_services(ctx, "")) >= 24
    assert search_services(ctx, "zzzzqqq") == []
