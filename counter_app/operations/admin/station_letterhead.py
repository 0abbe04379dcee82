"""The station as printed at the head of every document (name, address, phone, hours, office): receipts, notices,
pickup notices, shelf lists and appointment lists all take it from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counter_app import paths
from counter_app.operations.admin.station import load_station
from counter_app.operations.context import AppContext

if TYPE_CHECKING:
    import printing


def station_document(ctx: AppContext) -> printing.Station:
    import printing  # reportlab costs ~150 ms to import: paid at the first print, not at start-up

    printing.register_cjk_font(paths.configured_font())  # cached after the first call
    s = load_station(ctx)
    return printing.Station(name=s.name, address=s.address, phone=s.phone, hours=s.hours, office_name=s.office_name)
