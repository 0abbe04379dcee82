"""The validated service catalog kept between starts, so a start reads one file instead of parsing and validating
every form.

Reading and validating the ~30 service files costs ≈ 20 ms, and building the pydantic validators they need another
≈ 30 ms at import; the pickled result loads in ≈ 2 ms. The cache is keyed by everything the result depends on: the
size and modification time of every form and station override and of the modules that define the validation (of
the program, in a bundle), and the versions of Python and pydantic. Anything else — a missing, stale, corrupt or
unreadable cache — means the files are loaded as always and the cache is written again; a cache never changes what
a start sees.

The file sits in the data folder, private to the clerk's account like the database next to it: whoever could
replace it could already change the database itself.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path

import pydantic

from counter_app.domain import catalog as catalog_module
from counter_app.domain import catalog_schema, conditions
from counter_app.domain.catalog import Catalog, bundled_forms_dir, load_catalog

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
_CODE = (catalog_module, catalog_schema, conditions)


def _stats(folder: Path | None) -> tuple[tuple[str, int, int], ...]:
    if folder is None or not folder.is_dir():
        return ()
    found = []
    for path in folder.glob("*.yaml"):
        stat = path.stat()
        found.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def _code_stats() -> tuple[tuple[str, int, int], ...]:
    found = []
    for module in _CODE:
        file = getattr(module, "__file__", None)
        if file and os.path.exists(file):
            stat = os.stat(file)
            found.append((module.__name__, stat.st_size, stat.st_mtime_ns))
    if getattr(sys, "frozen", False):  # a bundle's modules have no files; they change only with its program
        stat = os.stat(sys.executable)
        found.append((sys.executable, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def cache_key(forms_dir: Path, overrides_dir: Path | None) -> tuple[object, ...]:
    """What a cached catalog was made from; equal keys mean the same files read by the same code."""
    return (CACHE_FORMAT, sys.version, pydantic.VERSION, str(forms_dir), _stats(forms_dir),
            str(overrides_dir), _stats(overrides_dir), _code_stats())


def load_catalog_cached(cache_file: Path, forms_dir: Path | None = None,
                        overrides_dir: Path | None = None) -> Catalog:
    """The catalog of ``load_catalog``, from ``cache_file`` when it was made from the same files and code."""
    forms_dir = forms_dir or bundled_forms_dir()
    key = cache_key(forms_dir, overrides_dir)
    cached = _read(cache_file, key)
    if cached is not None:
        return cached
    catalog = load_catalog(forms_dir, overrides_dir)
    _write(cache_file, key, catalog)
    return catalog


def _read(cache_file: Path, key: tuple[object, ...]) -> Catalog | None:
    try:
        with cache_file.open("rb") as handle:
            stored_key, catalog = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a corrupt or foreign cache is only a slower start
        log.info("catalog cache %s unreadable; loading the forms", cache_file, exc_info=True)
        return None
    if stored_key != key or not isinstance(catalog, Catalog):
        return None
    return catalog


def _write(cache_file: Path, key: tuple[object, ...], catalog: Catalog) -> None:
    """Write atomically (a second counter process starting at the same moment reads the old file or the new one)."""
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".catalog-", dir=cache_file.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((key, catalog), stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, cache_file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        log.info("catalog cache %s not written", cache_file, exc_info=True)
