"""The "Station" tab: the station-wide settings every counter shares (supervisor only; shown greyed to clerks).

The fields are declared once as data (key, kind, label) and the form is built from them; ``form()`` returns the
values as typed and ``operations.station_form`` checks and saves them. Office hours, the appointment template
and the routine lists have their own dialogs, opened from buttons, which save on their own OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.permissions import Permission, has_permission
from counter_app.operations.admin.station_form import StationForm, load_station_form
from counter_app.operations.context import AppContext

NOTE_STYLE = "color: #616161;"
# Wide enough for any value a person types; the operation's model refuses what is out of range, with a message.
NUMBER_MAX = 99_999

STATION_TEXT_FIELDS = ("name", "address", "phone", "hours", "office_name", "office_code", "station_code")
CARD_FIELDS = ("card_limit_days", "card_promise_days", "overdue_pickup_days", "storage_boxes", "storage_box_size")
FOLLOW_UP_FIELDS = ("await_materials_days", "uncollected_after_days")


class StationTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = has_permission(ctx.actor.role, Permission.EDIT_STATION_SETTINGS)
        current = self.shown = load_station_form(ctx)  # the baseline: only fields edited since are saved
        labels = self._labels()
        self.fields: dict[str, QLineEdit | QSpinBox] = {}

        station_box = QGroupBox(self.tr("Station"))
        station_form = QFormLayout(station_box)
        for key in STATION_TEXT_FIELDS:
            station_form.addRow(labels[key], self._field(key, current.station[key]))
        cards_box = QGroupBox(self.tr("ID cards"))
        cards_form = QFormLayout(cards_box)
        for key in CARD_FIELDS:
            cards_form.addRow(labels[key], self._field(key, current.station[key]))
        follow_box = QGroupBox(self.tr("Follow-ups"))
        follow_form = QFormLayout(follow_box)
        for key in FOLLOW_UP_FIELDS:
            follow_form.addRow(labels[key], self._field(key, current.follow_ups[key]))
        privacy_box = QGroupBox(self.tr("Privacy"))
        privacy_form = QFormLayout(privacy_box)
        years = self._field("collected_case_years", current.retention_years)
        assert isinstance(years, QSpinBox)
        years.setSpecialValueText(self.tr("Never erase"))
        privacy_form.addRow(labels["collected_case_years"], years)

        sms_box = QGroupBox(self.tr("Pickup SMS template"))
        self.sms_template = QPlainTextEdit(current.sms_template)
        self.sms_template.setTabChangesFocus(True)
        self.sms_template.setFixedHeight(self.sms_template.fontMetrics().lineSpacing() * 4 + 12)
        sms_help = QLabel(
            self.tr(
                "Placeholders: {name} holder's name, {place} storage place, {station} station name, "
                "{phone} station phone, {hours} office hours."
            )
        )
        sms_help.setWordWrap(True)
        sms_help.setStyleSheet(NOTE_STYLE)
        sms_layout = QVBoxLayout(sms_box)
        sms_layout.addWidget(self.sms_template)
        sms_layout.addWidget(sms_help)

        self.office_hours_button = QPushButton(self.tr("Office hours…"))
        self.template_button = QPushButton(self.tr("Appointment template…"))
        self.routine_button = QPushButton(self.tr("Routine lists…"))
        self.office_hours_button.clicked.connect(self.open_office_hours)
        self.template_button.clicked.connect(self.open_appointment_template)
        self.routine_button.clicked.connect(self.open_routine_lists)
        more_box = QGroupBox(self.tr("More station settings"))
        more_layout = QVBoxLayout(more_box)
        buttons = QHBoxLayout()
        for button in (self.office_hours_button, self.template_button, self.routine_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more_layout.addLayout(buttons)
        saved_alone = QLabel(self.tr("Each of these opens its own dialog and is saved by that dialog's OK."))
        saved_alone.setWordWrap(True)
        saved_alone.setStyleSheet(NOTE_STYLE)
        more_layout.addWidget(saved_alone)

        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(station_box, 0, 0)
        grid.addWidget(cards_box, 1, 0)
        right = QVBoxLayout()
        for box in (follow_box, privacy_box, sms_box, more_box):
            right.addWidget(box)
        right.addStretch(1)
        grid.addLayout(right, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        self.note = QLabel(
            self.tr(
                "Only a supervisor can change the station-wide settings; they are shared by every counter. "
                "The current values are shown for reference."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a1c1c;")
        self.note.setVisible(not self.editable)
        self.content.setEnabled(self.editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.content, 1)

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Station name:"),
            "address": self.tr("Address:"),
            "phone": self.tr("Phone:"),
            "hours": self.tr("Office hours (printed text):"),
            "office_name": self.tr("Accepting office:"),
            "office_code": self.tr("Office code (6 digits):"),
            "station_code": self.tr("Station code (3 digits):"),
            "card_limit_days": self.tr("Legal time limit (days):"),
            "card_promise_days": self.tr("Promised time limit (working days):"),
            "overdue_pickup_days": self.tr("Uncollected card overdue after (days):"),
            "storage_boxes": self.tr("Storage boxes (e.g. A,B,C):"),
            "storage_box_size": self.tr("Cards per box:"),
            "await_materials_days": self.tr("Call about missing materials after (working days):"),
            "uncollected_after_days": self.tr("Chase an uncollected card after (days):"),
            "collected_case_years": self.tr("Erase personal data of finished records after (years):"),
        }

    def _field(self, key: str, value: object) -> QLineEdit | QSpinBox:
        widget: QLineEdit | QSpinBox
        if isinstance(value, int):
            widget = QSpinBox()
            widget.setRange(0, NUMBER_MAX)
            widget.setValue(value)
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number needs no width
        else:
            widget = QLineEdit(str(value))
            widget.setCursorPosition(0)  # a long text shows its beginning, not its end
        self.fields[key] = widget
        return widget

    def widget_for(self, field: str) -> QWidget | None:
        return self.sms_template if field == "sms_template" else self.fields.get(field)

    def _value(self, key: str) -> object:
        widget = self.fields[key]
        return widget.value() if isinstance(widget, QSpinBox) else widget.text()

    def form(self) -> StationForm:
        """The values as typed; checking them is the operation's job."""
        return StationForm(
            station={key: self._value(key) for key in STATION_TEXT_FIELDS + CARD_FIELDS},
            follow_ups={key: self._value(key) for key in FOLLOW_UP_FIELDS},
            retention_years=int(self._value("collected_case_years")),
            sms_template=self.sms_template.toPlainText(),
        )

    def open_office_hours(self) -> None:
        from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog

        OfficeHoursDialog(self.ctx, self).exec()

    def open_appointment_template(self) -> None:
        from counter_app.ui.dialogs.appointment_template_dialog import AppointmentTemplateDialog

        AppointmentTemplateDialog(self.ctx, self).exec()

    def open_routine_lists(self) -> None:
        from counter_app.ui.dialogs.routine_dialog import RoutineDialog

        RoutineDialog(self.ctx, self).exec()
