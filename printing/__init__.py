"""Printed documents of Counter Assistant (户籍窗口助手), built with reportlab from plain data.

Each ``build_*`` function takes a frozen dataclass from :mod:`printing.documents` and returns PDF bytes with
an embedded subset of a Chinese TrueType font.  The package depends on nothing else of the application (no
Qt, no database).  Call :func:`register_cjk_font` with the configured font path at start-up (and when the
setting changes); otherwise the first document searches the default locations.
"""

from __future__ import annotations

import importlib
from typing import Any

# Where each public name lives. Imported on first use (PEP 562), so that importing ``printing.text`` — the report
# page's percent, say — does not load reportlab: the main window starts without it, a PDF loads it when made.
_HOME = {
    "NoticeMaterial": "printing.documents",
    "OneTimeNotice": "printing.documents",
    "PickupNotice": "printing.documents",
    "Receipt": "printing.documents",
    "ShelfList": "printing.documents",
    "ShelfRow": "printing.documents",
    "Station": "printing.documents",
    "FontNotFound": "printing.errors",
    "PrintingError": "printing.errors",
    "font_path_in_use": "printing.fonts",
    "register_cjk_font": "printing.fonts",
    "build_shelf_list_pdf": "printing.lists",
    "build_notice_pdf": "printing.notice",
    "build_pickup_notice_pdf": "printing.pickup",
    "build_receipt_pdf": "printing.receipt",
    "build_test_page_pdf": "printing.testpage",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'printing' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "FontNotFound",
    "NoticeMaterial",
    "OneTimeNotice",
    "PickupNotice",
    "PrintingError",
    "Receipt",
    "ShelfList",
    "ShelfRow",
    "Station",
    "build_notice_pdf",
    "build_pickup_notice_pdf",
    "build_receipt_pdf",
    "build_shelf_list_pdf",
    "build_test_page_pdf",
    "font_path_in_use",
    "register_cjk_font",
]
