"""Windows sized for the screen they open on: a counter PC's 1366×768 (or 1280×720) less its taskbar."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around a window for its title bar and frame, which the window's own size does not include.
FRAME_ALLOWANCE = (16, 48)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or less where the available screen area is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    widget.resize(min(width, available.width() - FRAME_ALLOWANCE[0]),
                  min(height, available.height() - FRAME_ALLOWANCE[1]))
