"""开窗/闭窗检查: the counter's opening and closing checklists of a day, each item ticked with who and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.permissions import Permission, has_permission
from counter_app.operations.context import AppContext
from counter_app.operations.day.routine import PHASES, DayRoutine, RoutineStatus, day_routine, tick, untick
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page

WHO_TEXT = "#455a64"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RoutinePage(Page):
    standard_icon = Icon.SP_BrowserReload

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("RoutinePage", "Open / close")

    def on_shown(self) -> None:
        self.refresh()

    def on_data_changed(self) -> None:
        self.refresh()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.routine: DayRoutine | None = None
        # (phase, item id) -> the row's check box and its "who, when" label; rebuilt on every refresh.
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        self.who: dict[tuple[str, str], QLabel] = {}

        self.today = ctx.now().date()
        self.day_edit = QDateEdit(_qdate(self.today))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        # A day not yet begun cannot be ticked (the operation refuses it too); past days can be completed.
        self.day_edit.setMaximumDate(_qdate(self.today))
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(_qdate(self.ctx.now().date())))
        self.summary = QLabel()
        self.edit_button = QPushButton(self.tr("Edit lists…"))
        self.edit_button.clicked.connect(lambda: self.edit_lists())

        self.groups = {"open": QGroupBox(self.tr("Opening")), "close": QGroupBox(self.tr("Closing"))}
        self.grids: dict[str, QGridLayout] = {}
        columns = QHBoxLayout()
        for phase in PHASES:
            inner = QWidget()
            grid = QGridLayout(inner)
            # Who and when sit right after the item's text, not at the far edge, so the eye keeps the row.
            grid.setColumnStretch(2, 1)
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(10)
            self.grids[phase] = grid
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(inner)
            box_layout = QVBoxLayout(self.groups[phase])
            box_layout.addWidget(scroll)
            columns.addWidget(self.groups[phase], 1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day_edit)
        top.addWidget(self.today_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    # -- showing -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._follow_today()
        allowed = has_permission(self.ctx.actor.role, Permission.EDIT_ROUTINE)
        self.edit_button.setEnabled(allowed)
        self.edit_button.setToolTip("" if allowed else self.tr("Only a supervisor can change the checklists"))
        self.routine = day_routine(self.ctx, self.day())
        self.boxes.clear()
        self.who.clear()
        for phase in PHASES:
            self._fill(phase, getattr(self.routine, phase))
        self.summary.setText(
            self.tr("Opening: {open} left, closing: {close} left").format(
                open=self.routine.remaining("open"), close=self.routine.remaining("close")
            )
        )

    def _follow_today(self) -> None:
        """A window left open past midnight moves on to the new day unless the clerk chose another day."""
        today = self.ctx.now().date()
        if today == self.today:
            return
        was_today = self.day() == self.today
        self.day_edit.blockSignals(True)
        self.day_edit.setMaximumDate(_qdate(today))
        if was_today:
            self.day_edit.setDate(_qdate(today))
        self.day_edit.blockSignals(False)
        self.today = today

    def _fill(self, phase: str, items: list[RoutineStatus]) -> None:
        grid = self.grids[phase]
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for r, status in enumerate(items):
            box = QCheckBox(status.text)
            box.setChecked(status.done)
            if not status.configured:
                font = QFont(box.font())
                font.setItalic(True)
                box.setFont(font)
                box.setToolTip(self.tr("No longer on the list; ticked on this day before it was removed"))
            box.clicked.connect(lambda checked, s=status: self.set_done(s.phase, s.id, checked))
            who = QLabel(self.who_text(status))
            who.setStyleSheet(f"color: {WHO_TEXT};")
            grid.addWidget(box, r, 0)
            grid.addWidget(who, r, 1)
            self.boxes[(phase, status.id)] = box
            self.who[(phase, status.id)] = who
        # Rows keep their natural height at the top instead of spreading over the whole box.
        grid.setRowStretch(len(items), 1)

    def who_text(self, status: RoutineStatus) -> str:
        if not status.done or status.done_at is None:
            return ""
        # Yesterday's closing round may be ticked the next morning: then the date is part of "when".
        when = f"{status.done_at:%H:%M}" if status.done_at.date() == self.day() else f"{status.done_at:%m-%d %H:%M}"
        return f"{status.clerk or ''} {when}".strip()

    # -- actions -----------------------------------------------------------------------------------------------
    def set_done(self, phase: str, item: str, done: bool) -> bool:
        """Tick or untick one item of the shown day; a refusal is shown and the list re-read either way."""
        day, change = self.day(), tick if done else untick
        run = run_op(self, lambda: change(self.ctx, day, phase, item), lambda _: self.refresh(),
                     title=self.tr("Opening and closing"), on_refused=lambda _: self.refresh())
        return run.ok

    def edit_lists(self) -> bool:
        from counter_app.ui.dialogs.routine_dialog import RoutineDialog

        dialog = RoutineDialog(self.ctx, self)
        saved = bool(dialog.exec())
        self.refresh()
        return saved
