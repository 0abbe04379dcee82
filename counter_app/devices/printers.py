"""Which printer and paper each kind of document uses on this workstation (plain settings, no Qt).

The window (``counter_app/ui/printing_service.py``) and the command line both ask here, so a document goes to the
same printer whichever way it is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counter_app.workstation import WorkstationSettings, load_workstation


class DocumentKind(StrEnum):
    NOTICE = "notice"  # one-time notice (一次性告知单)
    RECEIPT = "receipt"  # ID-card receipt (领取凭证)
    PICKUP_NOTICE = "pickup_notice"  # 领证通知单
    SHELF_LIST = "shelf_list"
    APPOINTMENT_LIST = "appointment_list"
    REPORT = "report"


@dataclass(frozen=True)
class PrintTarget:
    """Where one kind of document goes on this workstation: a printer ("" = the system default) and a paper."""

    printer: str
    paper: str  # "A4" / "A5" for sheets; "roll80" / "a5" for the receipt printer

    @property
    def receipt_layout(self) -> str:
        return self.paper if self.paper in ("roll80", "a5") else "a5"


def target_for(kind: DocumentKind, settings: WorkstationSettings | None = None) -> PrintTarget:
    """The receipt goes to the receipt printer on its roll/A5 paper; every sheet document to the A4 printer.

    Lists and reports are laid out for A4 only; the notice and the pickup notice follow the sheet paper chosen.
    """
    ws = settings or load_workstation()
    if kind is DocumentKind.RECEIPT:
        return PrintTarget(ws.receipt_printer, ws.receipt_paper)
    if kind in (DocumentKind.NOTICE, DocumentKind.PICKUP_NOTICE):
        return PrintTarget(ws.a4_printer, ws.a4_paper)
    return PrintTarget(ws.a4_printer, "A4")
