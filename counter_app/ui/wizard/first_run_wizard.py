"""首次设置: the wizard that sets up a new station, and re-sets this workstation from the settings.

Welcome → Station → Supervisor account → Database → Printers → Summary. Nothing is written until Finish:
then the chosen database is opened (and migrated), the supervisor created, the station stored as that
supervisor, and only when all that worked this computer's settings (workstation.json) are written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counter_app.bootstrap import open_context
from counter_app.domain.errors import DomainError
from counter_app.operations.admin.accounts import has_any_user
from counter_app.operations.admin.first_run import (
    WIZARD_STATION_FIELDS,
    NewSupervisor,
    apply_first_run,
    check_new_supervisor,
    check_station,
)
from counter_app.operations.admin.station import StationSettings, load_station
from counter_app.operations.context import AppContext
from counter_app.ui.dialogs.login_dialog import NewAccountForm
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
        layout.addStretch(1)


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
        form.addRow(self.tr("Counter name"), self.fields["name"])
        form.addRow(self.tr("Address"), self.fields["address"])
        form.addRow(self.tr("Phone"), self.fields["phone"])
        form.addRow(self.tr("Office code"), self.fields["office_code"])
        form.addRow(self.tr("Station code"), self.fields["station_code"])
        form.addRow(self.tr("Office hours (printed text)"), self.fields["hours"])
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
        try:
            self.checked = check_station(self.values(), self.base)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Station"), exc.message)
            self.fields.get(exc.reason, self.fields["name"]).setFocus()
            return False
        return True

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
            QMessageBox.warning(self, self.tr("Supervisor account"), mismatch)
            self.form.clear_passwords()
            return False
        try:
            check_new_supervisor(self.account())
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Supervisor account"), exc.message)
            return False
        return True


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

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_ctx: AppContext | None = None
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
        self.database = DatabasePage(self.workstation.database_url)
        ws = self.workstation
        self.printers = PrintersPage(ws.a4_printer, ws.receipt_printer, ws.a4_paper, ws.receipt_paper)
        self.summary_page = SummaryPage()
        for page_id, page in enumerate(
            (self.welcome, self.station, self.account, self.database, self.printers, self.summary_page)
        ):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        fit_to_screen(self, 760, 560)

    def _keeps_existing_station(self) -> bool:
        # First start of a second counter on a shared server: the station and its accounts are already there.
        return not self.rerun and self.database.existing_users > 0

    def summary(self) -> str:
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
        chosen = self.printers.chosen()
        default = self.tr("system default")
        lines.append(
            self.tr("A4 printer: {printer} ({paper})").format(
                printer=chosen["a4_printer"] or default, paper=self.printers.a4_paper.currentText()
            )
        )
        lines.append(
            self.tr("Receipt printer: {printer} ({paper})").format(
                printer=chosen["receipt_printer"] or default, paper=self.printers.receipt_paper.currentText()
            )
        )
        return "\n".join(lines)

    def _open_chosen(self, url: str | None) -> AppContext:
        if self.ctx is not None and url == self.workstation.database_url:
            return self.ctx
        return open_context(url, actor=self.ctx.actor if self.ctx is not None else None)

    def accept(self) -> None:
        url = self.database.database_url()
        target = self._open_chosen(url)
        if not self._keeps_existing_station():
            assert self.station.checked is not None
            account = self.account.account() if self.needs_account and not has_any_user(target) else None
            try:
                apply_first_run(target, self.station.checked, account)
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Set-up"), exc.message)
                return
        settings = WorkstationSettings.model_validate(
            {**self.workstation.model_dump(), **self.printers.chosen(), "database_url": url, "first_run_done": True}
        )
        save_workstation(settings)
        self.workstation = settings
        self.result_ctx = target
        super().accept()


def run_first_run(parent: QWidget | None = None) -> AppContext | None:
    """The first start: the wizard, then the opened database (nobody logged in yet); None if cancelled."""
    wizard = FirstRunWizard(None, parent)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.result_ctx
