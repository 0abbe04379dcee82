"""Printed documents of Counter Assistant (户籍窗口助手), built with reportlab from plain data.

Each ``build_*`` function takes a frozen dataclass from :mod:`printing.documents` and returns PDF bytes with
an embedded subset of a Chinese TrueType font.  The package depends on nothing else of the application (no
Qt, no database).  Call :func:`register_cjk_font` with the configured font path at start-up (and when the
setting changes); otherwise the first document searches the default locations.
"""

from printing.documents import (
    NoticeMaterial,
    OneTimeNotice,
    PickupNotice,
    Receipt,
    ShelfList,
    ShelfRow,
    Station,
)
from printing.errors import FontNotFound, PrintingError
from printing.fonts import font_path_in_use, register_cjk_font
from printing.lists import build_shelf_list_pdf
from printing.notice import build_notice_pdf
from printing.pickup import build_pickup_notice_pdf
from printing.receipt import build_receipt_pdf
from printing.testpage import build_test_page_pdf

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
