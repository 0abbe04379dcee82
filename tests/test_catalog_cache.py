"""The validated catalog kept between starts: the same catalog as the files give, and never a stale one."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from counter_app.catalog_cache import cache_key, load_catalog_cached
from counter_app.domain.catalog import CatalogProblem, bundled_forms_dir, load_catalog


@pytest.fixture()
def forms(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def _touch_later(path: Path, text: str) -> None:
    """Rewrite ``path`` and move its time on, so that even a coarse file-system clock sees a change."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def test_a_cached_catalog_equals_the_files(forms: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "catalog.pickle"
    first = load_catalog_cached(cache, forms)
    assert cache.exists()
    second = load_catalog_cached(cache, forms)
    fresh = load_catalog(forms)
    assert second.services == fresh.services == first.services
    assert [str(p) for p in second.problems] == [str(p) for p in fresh.problems]
    assert second is not first  # read back from the file, not kept in the process


def test_the_cache_is_private_to_the_clerk(forms: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "catalog.pickle"
    load_catalog_cached(cache, forms)
    if os.name == "posix":
        assert stat.S_IMODE(cache.stat().st_mode) & 0o077 == 0


def test_an_edited_form_is_read_again(forms: Path, tmp_path: Path) -> None:
    cache = tmp_path / "catalog.pickle"
    before = load_catalog_cached(cache, forms)
    path = forms / "id_card_first.yaml"
    text = path.read_text(encoding="utf-8")
    old_name = before.get("id_card_first").name
    _touch_later(path, text.replace(f"name: {old_name}", "name: 首次申领（本站测试）", 1))
    after = load_catalog_cached(cache, forms)
    assert after.get("id_card_first").name == "首次申领（本站测试）"
    assert after.get("id_card_first") == load_catalog(forms).get("id_card_first")


def test_a_new_station_override_is_read_again(forms: Path, tmp_path: Path) -> None:
    cache = tmp_path / "catalog.pickle"
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    load_catalog_cached(cache, forms, overrides)
    (overrides / "hukou_book_replacement.yaml").write_text("fee: {amount: 5, basis: 本站物价批复}\n", encoding="utf-8")
    after = load_catalog_cached(cache, forms, overrides)
    assert after.get("hukou_book_replacement").fee.amount == 5
    assert after.services == load_catalog(forms, overrides).services


def test_a_broken_form_stays_a_problem_from_the_cache(forms: Path, tmp_path: Path) -> None:
    cache = tmp_path / "catalog.pickle"
    _touch_later(forms / "id_card_first.yaml", "id: id_card_first\nname: [unclosed\n")
    load_catalog_cached(cache, forms)
    cached = load_catalog_cached(cache, forms)
    assert "id_card_first" not in cached.services
    assert any(p.file == "id_card_first.yaml" for p in cached.problems)


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_corrupt_cache_is_only_a_slower_start(forms: Path, tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "catalog.pickle"
    cache.write_bytes(content)
    catalog = load_catalog_cached(cache, forms)
    assert catalog.services == load_catalog(forms).services
    assert cache.read_bytes() != content  # written again


def test_the_key_names_the_files_and_the_code(forms: Path) -> None:
    key = cache_key(forms, None)
    flat = repr(key)
    assert "id_card_first.yaml" in flat and "_questions.yaml" in flat
    assert "counter_app.domain.catalog_schema" in flat


def test_an_unwritable_cache_folder_still_gives_the_catalog(forms: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    catalog = load_catalog_cached(blocker / "catalog.pickle", forms)
    assert catalog.services == load_catalog(forms).services


def test_a_catalog_kept_in_the_process_is_read_again_when_a_file_changes_at_the_same_time_and_size(
    forms: Path, tmp_path: Path
) -> None:
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    bundled = load_catalog(forms, overrides).get("hukou_book_replacement").fee
    override = overrides / "hukou_book_replacement.yaml"
    override.write_text("fee: {amount: 5, basis: 本站物价批复}\n", encoding="utf-8")
    stamp = override.stat().st_mtime_ns
    assert load_catalog(forms, overrides).get("hukou_book_replacement").fee.amount == 5
    override.write_text("fee: {amount: 6, basis: 本站物价批复}\n", encoding="utf-8")  # the same size ...
    os.utime(override, ns=(stamp, stamp))  # ... and time: only the bytes tell
    assert load_catalog(forms, overrides).get("hukou_book_replacement").fee.amount == 6
    override.unlink()
    assert load_catalog(forms, overrides).get("hukou_book_replacement").fee == bundled


def test_each_load_gets_its_own_catalog(forms: Path) -> None:
    first, second = load_catalog(forms), load_catalog(forms)
    assert first is not second and first.services == second.services
    first.services.pop("id_card_first")
    first.problems.append(CatalogProblem("x.yaml", 1, "", "changed by its caller"))
    third = load_catalog(forms)
    assert "id_card_first" in third.services and third.problems == second.problems


def test_data_folders_without_overrides_share_one_loaded_catalog(forms: Path, tmp_path: Path) -> None:
    # Every open_context reads its own data folder's (usually empty) overrides folder: that must not mean a new
    # parse and validation of every form (≈ 20 ms) per context.
    (tmp_path / "a").mkdir()
    first = load_catalog(forms, tmp_path / "a")
    second = load_catalog(forms, tmp_path / "b")  # (not even created)
    assert second.get("id_card_first") is first.get("id_card_first")
    (tmp_path / "a" / "hukou_book_replacement.yaml").write_text("fee: {amount: 5, basis: 本站物价批复}\n",
                                                               encoding="utf-8")
    assert load_catalog(forms, tmp_path / "a").get("hukou_book_replacement").fee.amount == 5
    assert load_catalog(forms, tmp_path / "b").get("hukou_book_replacement") is first.get("hukou_book_replacement")
