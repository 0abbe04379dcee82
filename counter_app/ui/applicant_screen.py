"""The screen facing the applicant (群众显示屏): what the clerk's guide shows, in large type, masked.

It mirrors the service guide through a Qt signal carrying an ``ApplicantView`` (plain data the guide builds) and
never reads the database: between applicants it shows the station's hours and notices that the main window hands
it once. It shows nothing of the previous applicant (an empty view resets every field) and goes black while the
counter's screen is locked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from counter_app.domain.checklist import Checklist
from counter_app.domain.masking import mask_id_number, mask_name


@dataclass(frozen=True)
class ApplicantView:
    """What the applicant may see of their own case: names of things, masked identity, no other person."""

    service: str
    materials: tuple[tuple[str, bool], ...]  # (material, brought)
    missing: tuple[str, ...]
    name_masked: str = ""
    id_masked: str = ""
    promised: str = ""
    fee: str = ""


@dataclass(frozen=True)
class StationInfo:
    """Shown between applicants."""

    name: str
    hours: str
    phone: str = ""
    notices: tuple[str, ...] = field(default=())


def applicant_view(checklist: Checklist, name: str, id_number: str | None, promised: str) -> ApplicantView:
    """The view of one checklist; the name and number masked here, once, for every screen."""
    return ApplicantView(
        service=checklist.service.name,
        materials=tuple((m.name, m.id in checklist.brought) for m in checklist.applicable),
        missing=tuple(m.name for m in checklist.missing),
        name_masked=mask_name(name) if name else "",
        id_masked=mask_id_number(id_number) if id_number else "",
        promised=promised,
        fee="；".join(part for part in ("免费" if checklist.fee.amount == 0 else f"{checklist.fee.amount:g} 元",
                                        checklist.fee.reason) if part),  # the amount, not the legal basis
    )


def _label(size: int, bold: bool = False, color: str = "#1a1a1a") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: {size}pt; color: {color};" + (" font-weight: bold;" if bold else ""))
    return label


class ApplicantScreen(QWidget):
    """A frameless full-screen window on the applicant's screen; three faces: the case, the station, black."""

    def __init__(self, station: StationInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Applicant's screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # never takes the clerk's keyboard
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("background: #f7f9fc;")
        self.view: ApplicantView | None = None
        self.blanked = False

        self.faces = QStackedWidget()
        self.faces.addWidget(self._station_face())
        self.faces.addWidget(self._case_face())
        black = QWidget()
        black.setStyleSheet("background: black;")
        self.faces.addWidget(black)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.faces)
        self.set_station(station)
        self.show_applicant(None)

    def _station_face(self) -> QWidget:
        face = QWidget()
        column = QVBoxLayout(face)
        column.setContentsMargins(80, 60, 80, 60)
        self.station_name = _label(34, bold=True, color="#0d47a1")
        self.welcome = _label(24)
        self.welcome.setText(self.tr("Welcome. Please wait to be called."))
        self.hours = _label(22)
        self.phone = _label(20, color="#424242")
        self.notices = _label(20, color="#bf360c")
        column.addStretch(1)
        for label in (self.station_name, self.welcome, self.hours, self.phone, self.notices):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            column.addSpacing(24)
        column.addStretch(2)
        return face

    def _case_face(self) -> QWidget:
        face = QWidget()
        column = QVBoxLayout(face)
        column.setContentsMargins(60, 40, 60, 40)
        self.service = _label(30, bold=True, color="#0d47a1")
        self.identity = _label(22)
        self.materials = _label(20)
        self.materials.setTextFormat(Qt.TextFormat.RichText)
        self.missing = _label(30, bold=True, color="#c62828")
        self.terms = _label(22)
        column.addWidget(self.service)
        column.addWidget(self.identity)
        column.addSpacing(16)
        column.addWidget(self.materials)
        column.addSpacing(16)
        column.addWidget(self.missing)
        column.addSpacing(16)
        column.addWidget(self.terms)
        column.addStretch(1)
        return face

    def set_station(self, station: StationInfo) -> None:
        self.station_name.setText(station.name)
        self.hours.setText(self.tr("Office hours: {hours}").format(hours=station.hours))
        self.phone.setText(self.tr("Telephone: {phone}").format(phone=station.phone) if station.phone else "")
        self.notices.setText("\n".join(station.notices))

    def show_applicant(self, view: ApplicantView | None) -> None:
        """The guide's current applicant, or None between applicants (every field of the last one cleared)."""
        self.view = view
        for label in (self.service, self.identity, self.materials, self.missing, self.terms):
            label.clear()
        if view is not None:
            self.service.setText(view.service)
            if view.name_masked or view.id_masked:
                self.identity.setText(self.tr("Applicant: {name}  {id} — please check").format(
                    name=view.name_masked, id=view.id_masked))
            rows = "".join(
                f"<tr><td style='padding-right: 16px; color: {'#2e7d32' if brought else '#9e9e9e'};'>"
                f"{'✔' if brought else '☐'}</td><td>{_escape(name)}</td></tr>"
                for name, brought in view.materials
            )
            self.materials.setText(f"<table>{rows}</table>")
            if view.missing:
                self.missing.setText(self.tr("Still missing: {items}").format(items="、".join(view.missing)))
            else:
                self.missing.setText(self.tr("All materials are here."))
            color = "#c62828" if view.missing else "#2e7d32"
            self.missing.setStyleSheet(f"font-size: 30pt; font-weight: bold; color: {color};")
            self.terms.setText(self.tr("Fee: {fee}").format(fee=view.fee) + "\n"
                               + self.tr("Done by: {promised}").format(promised=view.promised))
        self._show_face()

    def blank(self, on: bool) -> None:
        """Black while the counter's screen is locked."""
        self.blanked = on
        self._show_face()

    def lock(self) -> None:
        self.blank(True)

    def unlock(self) -> None:
        self.blank(False)

    def _show_face(self) -> None:
        self.faces.setCurrentIndex(2 if self.blanked else (1 if self.view is not None else 0))

    def place_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the window handle must be told the screen before showing)."""
        self.winId()
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def choose_screen(setting: str, counter_screen: QScreen | None) -> QScreen | None:
    """The applicant's screen: "off" none; a name that screen if attached; "" any screen but the counter's."""
    if setting == "off":
        return None
    screens = QGuiApplication.screens()
    if setting:
        return next((s for s in screens if s.name() == setting), None)
    others = [s for s in screens if s is not counter_screen]
    return others[0] if others and len(screens) > 1 else None
