"""The modules the window needs once the database is open, imported in one go with PySide's import hook set aside.

The window paints its frame before the storage layer is imported (ui/app.py), so these modules are imported after
PySide6. Once imported, PySide6 replaces ``__import__`` and, for every module imported after it, reads the module's
source to see whether it uses PySide's ``__feature__`` switches (``shibokensupport.feature._mod_uses_pyside``). This
application uses none, so the window's modules are imported with Python's own import function, taken before
PySide6 was imported (``counter_app.PLAIN_IMPORT``): measured here, importing them after PySide6 cost 555 ms of CPU
with the hook and 465 ms without (bench/README.md). The hook is put back at once; a module imported this way that
imports from PySide6 later (inside a function) goes through the hook then, and is treated as using no feature,
which is what the hook would have found.

Only modules the window imports anyway belong here (a test checks it): nothing the window loads lazily — reportlab,
openpyxl, the printed documents — is pulled in early.
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Iterator
from contextlib import contextmanager

from counter_app import PLAIN_IMPORT

WINDOW_MODULES = (
    "counter_app.bootstrap",
    "counter_app.catalog_cache",
    "counter_app.devices.printers",
    "counter_app.domain.catalog",
    "counter_app.domain.checklist",
    "counter_app.domain.id_card",
    "counter_app.domain.lookup_query",
    "counter_app.domain.office_hours",
    "counter_app.domain.permissions",
    "counter_app.domain.pickup_rules",
    "counter_app.domain.service_case",
    "counter_app.domain.settings_registry",
    "counter_app.operations.admin.accounts",
    "counter_app.operations.admin.audit_log",
    "counter_app.operations.admin.database_access",
    "counter_app.operations.admin.station",
    "counter_app.operations.appointments.booking",
    "counter_app.operations.appointments.day_list",
    "counter_app.operations.appointments.template",
    "counter_app.operations.cards.accept",
    "counter_app.operations.cards.lookup",
    "counter_app.operations.cards.pickup_notices",
    "counter_app.operations.cards.shelf",
    "counter_app.operations.changes",
    "counter_app.operations.context",
    "counter_app.operations.day.routine",
    "counter_app.operations.day.same_day_board",
    "counter_app.operations.day.service_cases",
    "counter_app.operations.follow_ups.hooks",
    "counter_app.operations.follow_ups.notebook",
    "counter_app.operations.guide.service_guide",
    "counter_app.ui.connection",
    "counter_app.ui.counter_devices",
    "counter_app.ui.help_menu",
    "counter_app.ui.idle_lock",
    "counter_app.ui.main_menu",
    "counter_app.ui.office_status",
    "counter_app.ui.page_list",
    "counter_app.ui.page_tabs",
    "counter_app.ui.scanner",
    "counter_app.ui.shortcuts",
)


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports inside the block use Python's own import function (a no-op where PySide6 came first: in tests)."""
    hooked = builtins.__import__
    if hooked is PLAIN_IMPORT or getattr(PLAIN_IMPORT, "__name__", "") != "__import__":
        yield
        return
    builtins.__import__ = PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked


def import_window_modules() -> None:
    """Import the window's modules (call once the frame is painted, before opening the database)."""
    with plain_imports():
        for name in WINDOW_MODULES:
            importlib.import_module(name)
