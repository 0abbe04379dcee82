"""The "Station" tab: the station-wide settings every counter shares (supervisor only; shown greyed to clerks).

Built from the settings registry (:mod:`counter_app.domain.settings_registry`): a setting edited field by field
gives a box of rows (its fields' declared words, a spin box for a number, a text box for text), a setting with its
own dialog (office hours, the appointment template, the routine lists) gives a button that opens it, saved by
that dialog's OK. ``form()`` returns the rows' values as typed and ``operations.admin.station_form`` checks and
saves them. The web notices are changed with ``counter-app web notice`` and are not edited here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
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
from counter_app.domain.settings_registry import REGISTRY, Editor, SettingField, SettingSpec, Words
from counter_app.operations.admin.station_form import StationForm, form_settings, load_station_form
from counter_app.operations.context import AppContext

NOTE_STYLE = "color: #616161;"
# Wide enough for any value a person types; the operation's model refuses what is out of range, with a message.
NUMBER_MAX = 99_999
LONG_TEXT = 120  # a text field allowed more characters than this gets a box of several lines


def words(text: Words) -> str:
    """The declared words in the UI's language (the registry marks its English for the "Settings" context)."""
    return QCoreApplication.translate("Settings", text.en)


def _office_hours(ctx: AppContext, parent: QWidget) -> QDialog:
    from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog

    return OfficeHoursDialog(ctx, parent)


def _appointment_template(ctx: AppContext, parent: QWidget) -> QDialog:
    from counter_app.ui.dialogs.appointment_template_dialog import AppointmentTemplateDialog

    return AppointmentTemplateDialog(ctx, parent)


def _routine(ctx: AppContext, parent: QWidget) -> QDialog:
    from counter_app.ui.dialogs.routine_dialog import RoutineDialog

    return RoutineDialog(ctx, parent)


# The dialog of each setting declared ``Editor.DIALOG`` (loaded when its button is pressed).
SETTING_DIALOGS: dict[str, Callable[[AppContext, QWidget], QDialog]] = {
    "office_hours": _office_hours,
    "appointment_template": _appointment_template,
    "routine": _routine,
}


def _max_length(spec: SettingSpec[Any], name: str) -> int | None:
    limits = [getattr(m, "max_length", None) for m in spec.model.model_fields[name].metadata]
    return next((limit for limit in limits if limit is not None), None)


class StationTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = has_permission(ctx.actor.role, Permission.EDIT_STATION_SETTINGS)
        current = self.shown = load_station_form(ctx)  # the baseline: only fields edited since are saved
        self.fields: dict[str, QLineEdit | QSpinBox | QPlainTextEdit] = {}
        self.buttons: dict[str, QPushButton] = {}
        columns: list[list[QGroupBox]] = [[], []]
        for index, spec in enumerate(form_settings()):
            # The first setting (the station itself) fills the left column, the others stack on the right.
            columns[min(index, 1)].extend(self._boxes(spec, current[spec.key]))
        columns[1].append(self._dialog_buttons())

        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, boxes in enumerate(columns):
            stack = QVBoxLayout()
            for box in boxes:
                stack.addWidget(box)
            stack.addStretch(1)
            grid.addLayout(stack, 0, column)
            grid.setColumnStretch(column, 1)

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

    def _boxes(self, spec: SettingSpec[Any], values: dict[str, Any]) -> list[QGroupBox]:
        """One box per declared group of the setting's fields, in the order they are declared."""
        forms: dict[str, QFormLayout] = {}
        boxes: list[QGroupBox] = []
        for declared in spec.fields:
            group = declared.group or spec.words
            if group.en not in forms:
                box = QGroupBox(words(group))
                forms[group.en] = QFormLayout(box)
                boxes.append(box)
            form = forms[group.en]
            widget = self._field(spec, declared, values[declared.name])
            if isinstance(widget, QPlainTextEdit):
                form.addRow(widget)  # the box's title names it; the text gets the whole width
            else:
                form.addRow(self.tr("{label}:").format(label=words(declared.words)), widget)
            if declared.note is not None:
                note = QLabel(words(declared.note))
                note.setWordWrap(True)
                note.setStyleSheet(NOTE_STYLE)
                form.addRow(note)
        return boxes

    def _field(self, spec: SettingSpec[Any], declared: SettingField, value: object) -> QWidget:
        widget: QLineEdit | QSpinBox | QPlainTextEdit
        if isinstance(value, int):
            widget = QSpinBox()
            widget.setRange(0, NUMBER_MAX)
            widget.setValue(value)
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number needs no width
            if declared.zero_means is not None:
                widget.setSpecialValueText(words(declared.zero_means))
        elif (_max_length(spec, declared.name) or 0) > LONG_TEXT:
            widget = QPlainTextEdit(str(value))
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
        else:
            widget = QLineEdit(str(value))
            widget.setCursorPosition(0)  # a long text shows its beginning, not its end
        self.fields[declared.name] = widget
        return widget

    def _dialog_buttons(self) -> QGroupBox:
        box = QGroupBox(self.tr("More station settings"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        for spec in REGISTRY:
            if spec.editor is Editor.DIALOG:
                button = QPushButton(self.tr("{setting}…").format(setting=words(spec.words)))
                button.clicked.connect(lambda _checked=False, key=spec.key: self.open_setting(key))
                row.addWidget(button)
                self.buttons[spec.key] = button
        row.addStretch(1)
        layout.addLayout(row)
        saved_alone = QLabel(self.tr("Each of these opens its own dialog and is saved by that dialog's OK."))
        saved_alone.setWordWrap(True)
        saved_alone.setStyleSheet(NOTE_STYLE)
        layout.addWidget(saved_alone)
        return box

    def widget_for(self, field: str) -> QWidget | None:
        return self.fields.get(field)

    def _value(self, key: str) -> object:
        widget = self.fields[key]
        if isinstance(widget, QSpinBox):
            return widget.value()
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def form(self) -> StationForm:
        """The values as typed; checking them is the operation's job."""
        return {spec.key: {f.name: self._value(f.name) for f in spec.fields} for spec in form_settings()}

    def open_setting(self, key: str) -> None:
        SETTING_DIALOGS[key](self.ctx, self).exec()
