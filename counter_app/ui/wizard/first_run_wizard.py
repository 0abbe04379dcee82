"""首次设置: the wizard that sets up a new station, and re-sets this workstation from the settings.

Welcome → Station → Supervisor account → Database → This counter and its printers → Summary. Nothing is written
until Finish: then the chosen database is opened (and migrated), the supervisor created, the station stored as
that supervisor, and only when all that worked this computer's settings (workstation.json) are written.

A second counter of a station chooses "join" on the welcome page and skips the station and the account: it is
asked only for the shared database (which must already hold the station), its own name and its printers.
"""

from __future__ import annotations

import socket
from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counter_app.bootstrap import open_context
from counter_app.domain.settings_registry import STATION as STATION_SETTING
from counter_app.domain.station_settings import StationSettings
from counter_app.operations.admin.accounts import has_any_user
from counter_app.operations.admin.first_run import (
    WIZARD_STATION_FIELDS,
    NewSupervisor,
    apply_first_run,
    check_new_supervisor,
    check_station,
)
from counter_app.operations.admin.station import load_station
from counter_app.operations.context import AppContext
from counter_app.ui.dialogs.login_dialog import NewAccountForm
from counter_app.ui.dialogs.settings_station_tab import words
from counter_app.ui.feedback import show_refusal
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen
from counter_app.ui.wizard.wizard_database_page import DatabasePage
from counter_app.ui.wizard.wizard_printers_page import PrintersPage
from counter_app.workstation import WorkstationSettings, load_workstation, save_workstation

WELCOME, STATION, ACCOUNT, DATABASE, PRINTERS, SUMMARY = range(6)


def _wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, rerun: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_station = QRadioButton(self.tr("Set up a new station (the first counter)"))
        self.join = QRadioButton(self.tr("Join an existing station's database (another counter is already set up)"))
        self.new_station.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.new_station)
        choice.addButton(self.join)
        self.setTitle(self.tr("Set up this counter") if rerun else self.tr("Welcome to Counter Assistant"))
        text = self.tr(
            "This wizard asks for the station's details, creates the supervisor account, chooses where the "
            "records are kept (this computer or a shared server) and sets up the printers. Nothing is saved "
            "until you click Finish; you can go back to any page."
        )
        if rerun:
            text = self.tr(
                "Change the station's details, the database this computer uses and its printers. "
                "Nothing is saved until you click Finish."
            )
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapping_label(text))
        if not rerun:  # re-run from the settings: the station exists, this computer's choices are changed
            layout.addSpacing(12)
            layout.addWidget(self.new_station)
            layout.addWidget(self.join)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return DATABASE if self.join.isChecked() else STATION

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            wizard.database.set_joining(self.join.isChecked())
        return True


class StationPage(QWizardPage):
    def __init__(self, station: StationSettings, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Station"))
        self.setSubTitle(self.tr("Printed on every notice, receipt and report."))
        self.checked: StationSettings | None = None
        self.base = station
        defaults = StationSettings()
        # A new station starts empty with the examples as placeholders, so no sample text reaches a printout.
        self.fields: dict[str, QLineEdit] = {}
        for name in WIZARD_STATION_FIELDS:
            value = getattr(station, name) if ctx is not None or name == "hours" else ""
            field = QLineEdit(value)
            field.setPlaceholderText(str(getattr(defaults, name)))
            self.fields[name] = field
        self.fields["office_code"].setMaxLength(6)
        self.fields["station_code"].setMaxLength(3)
        self.fields["office_code"].setPlaceholderText(self.tr("6 digits, e.g. 110105"))
        self.fields["station_code"].setPlaceholderText(self.tr("3 digits, e.g. 001"))
        form = QFormLayout(self)
        for name in WIZARD_STATION_FIELDS:
            declared = STATION_SETTING.field_named(name)
            assert declared is not None, name  # the wizard edits declared station fields only
            form.addRow(words(declared.words), self.fields[name])
        self.hours_button = QPushButton(self.tr("Edit office hours…"))
        self.hours_button.clicked.connect(self.edit_office_hours)
        # The schedule is stored in the database by a supervisor: only possible once an account exists.
        self.hours_button.setEnabled(ctx is not None and has_any_user(ctx))
        if not self.hours_button.isEnabled():
            self.hours_button.setToolTip(self.tr("Available in the settings after the set-up is finished."))
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.hours_button)
        if not self.hours_button.isEnabled():
            hours_row.addWidget(_wrapping_label(self.tr("The weekly schedule can be edited in the settings later.")), 1)
        else:
            hours_row.addStretch(1)
        form.addRow("", hours_row)

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        values = self.values()
        run = run_op(self, lambda: check_station(values, self.base), announces_change=False, title=self.tr("Station"),
                     on_refused=lambda exc: self.fields.get(getattr(exc, "reason", ""), self.fields["name"]).setFocus())
        if run.ok:
            self.checked = run.result
        return run.ok

    def nextId(self) -> int:  # noqa: N802 - Qt override
        wizard = self.wizard()
        return ACCOUNT if isinstance(wizard, FirstRunWizard) and wizard.needs_account else DATABASE

    def edit_office_hours(self) -> None:
        from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog

        assert self.ctx is not None
        OfficeHoursDialog(self.ctx, self).exec()


class AccountPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supervisor account"))
        self.setSubTitle(self.tr("The supervisor adds the clerks' accounts later, under User management."))
        self.form = NewAccountForm(with_role=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def account(self) -> NewSupervisor:
        return NewSupervisor(self.form.username.text(), self.form.display_name.text(), self.form.password.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        mismatch = self.form.mismatch_message()
        if mismatch:
            show_refusal(self, mismatch, self.tr("Supervisor account"))
            self.form.clear_passwords()
            return False
        account = self.account()
        return run_op(self, lambda: check_new_supervisor(account), announces_change=False,
                      title=self.tr("Supervisor account")).ok


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Click Finish to save."))
        self.text = _wrapping_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.text.setText(wizard.summary())


class FirstRunWizard(QWizard):
    """Without ``ctx``: the first start. With ``ctx`` (a supervisor, from the settings): re-run for this computer."""

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, database_url: str | None = None,
                 join: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_ctx: AppContext | None = None
        self.created_username = ""  # the new supervisor, offered at the first login
        self.workstation = load_workstation()
        self.rerun = ctx is not None
        self.needs_account = ctx is None or not has_any_user(ctx)
        self.setWindowTitle(self.tr("Counter Assistant — set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        # Qt's own button texts come from Qt's translation files, which the app does not ship: name them here.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.welcome = WelcomePage(self.rerun)
        self.station = StationPage(load_station(ctx) if ctx is not None else StationSettings(), ctx)
        self.account = AccountPage()
        self.database = DatabasePage(database_url or self.workstation.database_url)
        ws = self.workstation
        self.printers = PrintersPage(ws.a4_printer, ws.receipt_printer, ws.a4_paper, ws.receipt_paper,
                                     counter_name=ws.counter_name,
                                     devices=(ws.reader_library, ws.reader_port, ws.applicant_screen))
        self.summary_page = SummaryPage()
        for page_id, page in enumerate(
            (self.welcome, self.station, self.account, self.database, self.printers, self.summary_page)
        ):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        if join and not self.rerun:
            self.welcome.join.setChecked(True)
            self.database.set_joining(True)
            if self.database.uses_server():
                self.database.test_connection()  # the address came from --db: show at once whether it answers
        fit_to_screen(self, 760, 560)

    def joining(self) -> bool:
        return not self.rerun and self.welcome.join.isChecked()

    def _keeps_existing_station(self) -> bool:
        # First start of a second counter on a shared server: the station and its accounts are already there.
        return not self.rerun and self.database.existing_users > 0

    def _counter_line(self) -> str:
        name = self.printers.chosen()["counter_name"]
        return self.tr("This counter: {name}").format(
            name=name or self.tr("{computer} (the computer's name)").format(computer=socket.gethostname()))

    def summary(self) -> str:
        if self.joining():
            lines = [
                self.tr("Join the existing station in {where}: its station details and its {count} user account(s) "
                        "are used; nothing in that database is changed.").format(
                    where=self.database.describe(), count=self.database.existing_users),
                self._counter_line(),
            ]
            return "\n".join(lines + self._printer_lines())
        station = self.station.checked or StationSettings()
        lines = [
            self.tr("Station: {name} (office code {office}, station code {code})").format(
                name=station.name, office=station.office_code, code=station.station_code
            ),
            self.tr("Address: {address}; phone: {phone}").format(address=station.address, phone=station.phone),
            self.tr("Hours: {hours}").format(hours=station.hours),
        ]
        if self._keeps_existing_station():
            lines.append(
                self.tr(
                    "The chosen database already has {count} user account(s): its station details and accounts "
                    "are kept; only this computer's database and printer choice is saved."
                ).format(count=self.database.existing_users)
            )
        elif self.needs_account:
            lines.append(self.tr("Supervisor: {user}").format(user=self.account.form.username.text().strip()))
        lines.append(self.tr("Database: {where}").format(where=self.database.describe()))
        lines.append(self._counter_line())
        return "\n".join(lines + self._printer_lines())

    def _printer_lines(self) -> list[str]:
        chosen = self.printers.chosen()
        default = self.tr("system default")
        return [
            self.tr("A4 printer: {printer} ({paper})").format(
                printer=chosen["a4_printer"] or default, paper=self.printers.a4_paper.currentText()
            ),
            self.tr("Receipt printer: {printer} ({paper})").format(
                printer=chosen["receipt_printer"] or default, paper=self.printers.receipt_paper.currentText()
            ),
        ]

    def _open_chosen(self, url: str | None) -> AppContext:
        if self.ctx is not None and url == self.workstation.database_url:
            return self.ctx
        return open_context(url, actor=self.ctx.actor if self.ctx is not None else None)

    def accept(self) -> None:
        url = self.database.database_url()
        target = self._open_chosen(url)
        counter_name = self.printers.chosen()["counter_name"]
        if counter_name:  # messages and the audit name this counter from now on, the station's first entries too
            target.actor = replace(target.actor, workstation=counter_name)
        if not self._keeps_existing_station() and not self.joining():
            assert self.station.checked is not None
            account = self.account.account() if self.needs_account and not has_any_user(target) else None
            if not run_op(self, lambda: apply_first_run(target, self.station.checked, account),
                          announces_change=False, title=self.tr("Set-up")).ok:
                return
            if account is not None:
                self.created_username = account.username.strip()
        settings = WorkstationSettings.model_validate(
            {**self.workstation.model_dump(), **self.printers.chosen(), "database_url": url, "first_run_done": True}
        )
        save_workstation(settings)
        self.workstation = settings
        self.result_ctx = target
        super().accept()


def run_first_run(
    parent: QWidget | None = None, database_url: str | None = None, join: bool = False
) -> tuple[AppContext, str] | None:
    """The first start: the wizard, then the opened database (nobody logged in yet) and the user name to offer
    at the login (the supervisor just created, or ""); None if cancelled."""
    wizard = FirstRunWizard(None, parent, database_url=database_url, join=join)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result_ctx is None:
        return None
    return wizard.result_ctx, wizard.created_username
