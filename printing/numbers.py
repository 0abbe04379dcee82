"""Numbers as the printed report writes them, without reportlab: the report page shows the same text on screen
and must not load reportlab to do it (the main window starts without it)."""

from __future__ import annotations


def percent(rate: float | None) -> str:
    """A rate as printed (and shown on the report page): "95.2%", or "—" when nothing was decided."""
    return "—" if rate is None else f"{rate * 100:.1f}%"
