"""The supervisor edits the opening and closing checklists: two lists of texts, added, renamed, removed, moved.

An item keeps its id when its text is edited, so the ticks already given to it stay attached; a new item gets an
id made from the pinyin of its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.pinyin_keys import text_keys
from counter_app.domain.routine_items import PHASES, RoutineItems
from counter_app.operations.context import AppContext
from counter_app.operations.day.routine import load_routine, save_routine
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole
ID_MAX = 60  # the operation's id pattern: [a-z0-9_]{1,60}


def routine_item_id(text: str, taken: Iterable[str]) -> str:
    """A plain id for a new item (打印今日预约名单 → dayinjinriyuyuemingdan), unique among ``taken``."""
    keys = text_keys(" ".join(text.split()))
    base = re.sub(r"[^a-z0-9_]", "", keys.full[0] if keys.full else "")[:ID_MAX] or "item"
    used = set(taken)
    candidate, n = base, 1
    while candidate in used:
        n += 1
        suffix = f"_{n}"
        candidate = base[: ID_MAX - len(suffix)] + suffix
    return candidate


class RoutineDialog(QDialog):
    """Save runs ``save_routine``; a refusal (no permission, an empty or duplicate text) keeps the dialog open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: RoutineItems | None = None
        self.setWindowTitle(self.tr("Opening and closing checklists"))
        current = load_routine(ctx)
        titles = {"open": self.tr("Opening"), "close": self.tr("Closing")}
        self.lists: dict[str, QListWidget] = {}
        columns = QGridLayout()
        for column, phase in enumerate(PHASES):
            columns.addWidget(self._phase_box(phase, titles[phase], current), 0, column)
        hint = QLabel(self.tr("Double-click an item (or press F2) to change its text."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 860, 460)

    def _phase_box(self, phase: str, title: str, current: RoutineItems) -> QGroupBox:
        listing = QListWidget()
        listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        listing.setSpacing(3)
        listing.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.lists[phase] = listing
        for item in current.items(phase):
            self._append(listing, item.text, item.id)
        buttons = QVBoxLayout()
        actions = [
            (self.tr("Add"), lambda: self.add_item(phase)),
            (self.tr("Remove"), lambda: self.remove_selected(phase)),
            (self.tr("Up"), lambda: self.move_selected(phase, -1)),
            (self.tr("Down"), lambda: self.move_selected(phase, 1)),
        ]
        for text, action in actions:
            button = QPushButton(text)
            button.setAutoDefault(False)  # Enter saves the dialog (or ends an edit), never adds or removes
            button.clicked.connect(lambda _checked=False, act=action: act())
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.addWidget(listing, 0, 0)
        grid.addLayout(buttons, 0, 1)
        return box

    @staticmethod
    def _append(listing: QListWidget, text: str, item_id: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, item_id)
        listing.addItem(item)
        return item

    # -- editing -----------------------------------------------------------------------------------------------
    def add_item(self, phase: str, text: str = "") -> QListWidgetItem:
        """A new item at the end; with no text given, its editor opens for typing."""
        listing = self.lists[phase]
        item = self._append(listing, text, None)
        listing.setCurrentItem(item)
        if not text:
            listing.editItem(item)
        return item

    def remove_selected(self, phase: str) -> None:
        listing = self.lists[phase]
        row = listing.currentRow()
        if row >= 0:
            listing.takeItem(row)

    def move_selected(self, phase: str, step: int) -> None:
        listing = self.lists[phase]
        row = listing.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < listing.count():
            return
        item = listing.takeItem(row)
        listing.insertItem(target, item)
        listing.setCurrentRow(target)

    def texts(self, phase: str) -> list[str]:
        listing = self.lists[phase]
        return [listing.item(i).text() for i in range(listing.count())]

    def items_value(self) -> dict[str, list[dict[str, str]]]:
        """Both lists as ``save_routine`` takes them; kept ids first, so a new item never takes an existing id."""
        value: dict[str, list[dict[str, str]]] = {}
        for phase in PHASES:
            listing = self.lists[phase]
            entries = [listing.item(i) for i in range(listing.count())]
            taken = {entry.data(ID_ROLE) for entry in entries if entry.data(ID_ROLE)}
            rows = []
            for entry in entries:
                item_id = entry.data(ID_ROLE)
                if not item_id:
                    item_id = routine_item_id(entry.text(), taken)
                    taken.add(item_id)
                rows.append({"id": item_id, "text": entry.text()})
            value[phase] = rows
        return value

    def submit(self) -> bool:
        run = run_op(self, lambda: save_routine(self.ctx, self.items_value()), title=self.windowTitle())
        if not run.ok:
            return False
        self.saved = run.result
        self.accept()
        return True
