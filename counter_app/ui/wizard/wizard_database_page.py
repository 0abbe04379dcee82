"""First-run wizard, database page: this computer's SQLite file, or a shared PostgreSQL server tested first.

A server choice must pass "Test connection" with exactly the values shown before Next is allowed: a typo found
now costs a second, found at the next start it leaves the counter closed. A counter joining an existing station
sees only the server part, can paste the address the other counters use, and must find a station there.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from counter_app.domain.errors import DomainError
from counter_app.operations.admin.database_access import (
    DEFAULT_PG_PORT,
    check_connection,
    count_users,
    default_url,
    display_url,
    postgres_url,
    split_server_url,
    url_parts,
)
from counter_app.ui.dialogs.login_dialog import ERROR_STYLE, password_field
from counter_app.ui.feedback import show_refusal
from counter_app.ui.operation_runner import run_op

SUCCESS_STYLE = "color: #1b5e20;"


class DatabasePage(QWizardPage):
    def __init__(self, database_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Database"))
        self.setSubTitle(self.tr("Where this counter keeps its records."))
        self.tested_url: str | None = None
        self.existing_users = 0  # accounts already in the chosen database, found when leaving the page
        self.joining = False  # set by the wizard: this counter joins a station set up at another counter

        self.local = QRadioButton(self.tr("This computer (a single counter)"))
        self.server = QRadioButton(self.tr("A shared PostgreSQL server (several counters)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.local_path = QLabel(self.tr("Database file: {path}").format(path=url_parts(default_url()).database))
        self.local_path.setWordWrap(True)

        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://counter@192.168.1.10:5432/counter")
        self.address.setToolTip(self.tr("Paste the address the other counters use; it fills the fields below."))
        self.address.textEdited.connect(self._address_edited)
        self.address.editingFinished.connect(self._hide_address_password)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("host name or IP address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PG_PORT)
        self.database = QLineEdit("counter")
        self.user = QLineEdit("counter")
        self.password = password_field()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.server_box = QGroupBox(self.tr("PostgreSQL server"))
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("Address (optional)"), self.address)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        # Two roles: whoever owns the database migrates it; the counters log in as a role that cannot rewrite
        # the audit log (counter-app db setup-roles). The wizard only says so; it never creates roles itself.
        roles = QLabel(self.tr(
            "Enter the counters' role here, not the database owner. The owner first upgrades the database and "
            "creates this role on the server (see “Privacy and audit” in the manual); the counters' role may read "
            "and write records and only add to the audit log."
        ))
        roles.setWordWrap(True)
        form.addRow(roles)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.local_path)
        layout.addSpacing(8)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addStretch(1)

        self._prefill(database_url)
        for field in (self.host, self.database, self.user, self.password):
            field.textChanged.connect(self._values_changed)
        self.port.valueChanged.connect(self._values_changed)
        self.local.toggled.connect(self._values_changed)

    def _prefill(self, database_url: str | None) -> None:
        url = url_parts(database_url) if database_url else None
        if url is not None and url.backend == "postgresql":
            self.server.setChecked(True)
            self.host.setText(url.host)
            self.port.setValue(url.port)
            self.database.setText(url.database)
            self.user.setText(url.username)
            self.password.setText(url.password)
        else:
            self.local.setChecked(True)
        self.server_box.setEnabled(self.server.isChecked())

    def set_joining(self, joining: bool) -> None:
        """Joining an existing station: only a shared server makes sense, and it must hold the station."""
        self.joining = joining
        self.local.setVisible(not joining)
        self.local_path.setVisible(not joining)
        self.server.setVisible(not joining)
        if joining:
            self.server.setChecked(True)
            self.setSubTitle(self.tr("The shared PostgreSQL server the station's other counters use."))
        else:
            self.setSubTitle(self.tr("Where this counter keeps its records."))
        self._values_changed()

    def _address_edited(self, text: str) -> None:
        if not text.strip():
            return
        try:
            fields = split_server_url(text)
        except DomainError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(exc.message)
            return
        self.host.setText(fields["host"])
        self.port.setValue(fields["port"])
        self.database.setText(fields["database"])
        self.user.setText(fields["user"])
        self.password.setText(fields["password"])
        self.status.clear()

    def _hide_address_password(self) -> None:
        # The password lives in its own masked field; the pasted address must not keep showing it.
        text = self.address.text().strip()
        if text and self.password.text():
            try:
                self.address.setText(display_url(text))
            except Exception:  # noqa: BLE001 - a malformed address was already reported by _address_edited
                return

    def uses_server(self) -> bool:
        return self.server.isChecked()

    def server_url(self) -> str:
        return postgres_url(
            self.host.text(), self.port.value(), self.database.text(), self.user.text(), self.password.text()
        )

    def database_url(self) -> str | None:
        """What workstation.json stores: None for the local file, else the tested server URL."""
        return self.tested_url if self.uses_server() else None

    def describe(self) -> str:
        if not self.uses_server() or self.tested_url is None:
            return self.tr("This computer: {path}").format(path=url_parts(default_url()).database)
        return self.tr("PostgreSQL server: {url}").format(
            url=display_url(self.tested_url)
        )

    def _values_changed(self) -> None:
        # Any edit after a test makes the test stale: Next waits for a new one with the values shown.
        self.server_box.setEnabled(self.server.isChecked())
        if self.tested_url is not None:
            self.tested_url = None
            self.status.clear()
        self.completeChanged.emit()

    def test_connection(self) -> None:
        try:
            url = self.server_url()
            check_connection(url)
        except DomainError as exc:
            self.tested_url = None
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(exc.message)  # already says the connection failed, and where
        else:
            self.tested_url = url
            self.status.setStyleSheet(SUCCESS_STYLE)
            self.status.setText(self.tr("Connection succeeded."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.uses_server() or self.tested_url is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        # A second counter pointed at the shared server finds the station already set up: the wizard then
        # keeps that database's accounts and station settings (see the summary page).
        url = self.database_url() or default_url()
        run = run_op(self, lambda: count_users(url), announces_change=False, title=self.tr("Database"))
        if not run.ok:
            return False
        self.existing_users = run.result
        if self.joining and self.existing_users == 0:
            show_refusal(self, self.tr(
                "This database holds no station yet (no user accounts). Check the database name, or go back and "
                "choose to set up a new station."), self.tr("Database"))
            return False
        return True
