"""The plain-Python modules the window needs, imported before PySide6 is.

Once PySide6 is imported it replaces ``__import__`` and, for every module imported after it, reads the module's
source to see whether it uses PySide's ``__feature__`` switches (``shibokensupport.feature._mod_uses_pyside``).
Importing the rule, storage and use-case layers first spares them that: measured here, importing the 91 modules of
``domain``, ``store`` and ``operations`` took 1,229 ms after PySide6 and 649 ms before it.

Only modules the window imports anyway belong here (a test checks it), so nothing the window loads lazily —
reportlab, openpyxl, the printed documents — is pulled in early.
"""

from __future__ import annotations

import importlib

WINDOW_MODULES = (
    "counter_app.paths",
    "counter_app.workstation",
    "counter_app.bootstrap",
    "counter_app.catalog_cache",
    "counter_app.devices.printers",
    "counter_app.domain.catalog",
    "counter_app.domain.checklist",
    "counter_app.domain.id_card",
    "counter_app.domain.lookup_query",
    "counter_app.domain.masking",
    "counter_app.domain.office_hours",
    "counter_app.domain.permissions",
    "counter_app.domain.pickup_rules",
    "counter_app.domain.service_case",
    "counter_app.domain.settings_registry",
    "counter_app.operations.admin.accounts",
    "counter_app.operations.admin.audit_log",
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
    "counter_app.store.database",
    "counter_app.store.models",
)


def preload() -> None:
    """Import the window's plain-Python modules (call before anything imports PySide6)."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)
