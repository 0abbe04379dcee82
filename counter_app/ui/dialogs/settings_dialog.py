"""Settings (设置): this workstation's own values (a local file) and the station-wide ones (the database).

OK checks every value first — a bad one is named in a warning, its tab and field are shown, the dialog stays
open and nothing is saved. Then the station part is saved (every edited setting in one transaction, see
``operations.admin.station_form``), and the workstation file last: it is local and does not refuse a checked value.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from counter_app.operations.admin.station_form import save_station_form
from counter_app.operations.context import AppContext
from counter_app.ui.dialogs.settings_station_tab import StationTab
from counter_app.ui.dialogs.settings_workstation_tab import WorkstationTab
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen
from counter_app.workstation import WorkstationSettings, load_workstation, update_workstation, validate_workstation


class SettingsDialog(QDialog):
    rerun_wizard_requested = Signal()
    # The saved WorkstationSettings, so the main window can apply the idle lock (and the layout reset) at once.
    workstation_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: WorkstationSettings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.workstation_tab = WorkstationTab(load_workstation())
        self.workstation_tab.rerun_wizard_clicked.connect(self.rerun_wizard)
        self.station_tab = StationTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.workstation_tab, self.tr("This workstation"))
        self.tabs.addTab(self.station_tab, self.tr("Station"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1040, self.sizeHint().height())

    def _focus_field(self, tab: QWidget, exc: BaseException) -> None:
        """After a refusal: the tab and the field it is about."""
        self.tabs.setCurrentWidget(tab)
        widget = tab.widget_for(getattr(exc, "reason", ""))  # type: ignore[attr-defined] - both tabs have it
        if widget is not None:
            widget.setFocus()

    def submit(self) -> bool:
        """Check all, then save; False (and the dialog stays open) when a value or an operation is refused."""
        values = self.workstation_tab.values()
        run = run_op(self, lambda: validate_workstation({**load_workstation().model_dump(), **values}),
                     announces_change=False, title=self.windowTitle(),
                     on_refused=lambda exc: self._focus_field(self.workstation_tab, exc))
        if not run.ok:
            return False
        checked = run.result
        if self.station_tab.editable:
            form, shown = self.station_tab.form(), self.station_tab.shown
            run = run_op(self, lambda: save_station_form(self.ctx, form, shown), title=self.windowTitle(),
                         on_refused=lambda exc: self._focus_field(self.station_tab, exc))
            if not run.ok:
                return False
        # Only this tab's fields go to the file, merged into what is there now (the window geometry, say).
        self.saved = update_workstation(**{k: getattr(checked, k) for k in values})
        apply_font_size(self.saved.font_size)
        self.workstation_saved.emit(self.saved)
        self.accept()
        return True

    def rerun_wizard(self) -> None:
        """Close without saving, then ask for the wizard: it rewrites the same settings, so they must not race."""
        self.reject()
        self.rerun_wizard_requested.emit()


def apply_font_size(points: int) -> None:
    """Every widget without a font of its own follows the application font, so the change shows at once."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    if font.pointSize() != points:
        font.setPointSize(points)
        app.setFont(font)
