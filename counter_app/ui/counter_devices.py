"""The counter's devices attached to the main window from this workstation's settings: the ID-card reader and
the applicant's screen (printers need no attaching: each print asks ``printing_service`` where it goes).

A screen attached while the program runs is taken at the next start or the next save of the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from counter_app.ui.applicant_screen import ApplicantScreen, StationInfo, choose_screen
from counter_app.ui.card_reader import CardReaderDesk
from counter_app.workstation import WorkstationSettings

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow


def attach_devices(window: MainWindow, settings: WorkstationSettings) -> None:
    """Start the reader (when its library is installed here); again after the settings changed."""
    desk = getattr(window, "card_reader", None)
    if not isinstance(desk, CardReaderDesk):
        desk = CardReaderDesk(window, window.ctx)
        window.card_reader = desk  # type: ignore[attr-defined] - kept with the window
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(desk.stop)  # the polling thread ends before the application does
    desk.start(settings)
    attach_applicant_screen(window, settings.applicant_screen)


def station_info(window: MainWindow) -> StationInfo:
    """What the applicant's screen shows between applicants, read here so the screen itself never reads."""
    from counter_app.operations.admin.station import load_station

    station = load_station(window.ctx)
    notice = window.office_status.text() if hasattr(window, "office_status") else ""
    return StationInfo(name=station.name, hours=station.hours, phone=station.phone,
                       notices=(notice,) if notice else ())


def attach_applicant_screen(window: MainWindow, setting: str) -> ApplicantScreen | None:
    """Show the applicant's screen on the chosen (or second) screen, mirroring the guide; None if there is none."""
    old = getattr(window, "applicant_screen", None)
    if isinstance(old, ApplicantScreen):
        old.close()
        old.deleteLater()
    window.applicant_screen = None  # type: ignore[attr-defined] - kept with the window
    screen = choose_screen(setting, window.screen())
    if screen is None:
        return None
    shown = ApplicantScreen(station_info(window), window)
    window.guide.applicant_view_changed.connect(shown.show_applicant)
    window.idle_lock.locked.connect(shown.lock)
    window.idle_lock.unlocked.connect(shown.unlock)
    shown.blank(window.idle_lock.is_locked)
    shown.place_on(screen)
    window.applicant_screen = shown
    return shown
