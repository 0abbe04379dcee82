"""Widgets of the service guide's checklist: the questions and the materials table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from counter_app.domain.catalog_schema import Material, Necessity, Question, Service
from counter_app.domain.checklist import Checklist
from counter_app.operations.guide.service_guide import LABELS


class QuestionsPanel(QWidget):
    """One widget per question of the service, shown when the checklist asks it.

    Only the answers the clerk changed are reported, so facts derived from the ID number still apply to the rest.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.widgets: dict[str, QCheckBox | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.explicit: dict[str, Any] = {}
        self.empty = QLabel(self.tr("No questions for this service."))
        self.empty.setStyleSheet("color: gray;")
        self.form.addRow(self.empty)

    def clear(self) -> None:
        """No service: no questions and no answers kept for the next one."""
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self.widgets.clear()
        self.labels.clear()
        self.explicit.clear()
        self.empty.setVisible(True)

    def set_service(self, service: Service) -> None:
        self.clear()
        self.empty.setVisible(not service.questions)
        for question in service.questions:
            widget = self._make_widget(question)
            label = QLabel(question.text)
            label.setWordWrap(True)
            if question.help:
                widget.setToolTip(question.help)
                label.setToolTip(question.help)
            self.form.addRow(label, widget)
            self.widgets[question.id] = widget
            self.labels[question.id] = label

    def _make_widget(self, question: Question) -> QCheckBox | QComboBox:
        if question.kind == "bool":
            box = QCheckBox(self.tr("Yes"))
            box.toggled.connect(lambda on, qid=question.id: self._answered(qid, bool(on)))
            return box
        combo = QComboBox()
        for choice in question.choices:
            combo.addItem(choice.label, choice.value)
        combo.activated.connect(lambda index, qid=question.id, c=combo: self._answered(qid, c.itemData(index)))
        return combo

    def _answered(self, question_id: str, value: Any) -> None:
        self.explicit[question_id] = value
        self.changed.emit()

    def answer(self, question_id: str, value: Any) -> None:
        """Answer as the clerk would (used by tests and keyboard shortcuts)."""
        widget = self.widgets[question_id]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))  # emits toggled → _answered
            if question_id not in self.explicit:
                self._answered(question_id, bool(value))
        else:
            index = widget.findData(value)
            widget.setCurrentIndex(index)
            self._answered(question_id, value)

    def show_checklist(self, checklist: Checklist) -> None:
        visible = {q.id for q in checklist.questions}
        for question in checklist.service.questions:
            widget, label = self.widgets[question.id], self.labels[question.id]
            shown = question.id in visible
            widget.setVisible(shown)
            label.setVisible(shown)
            value = checklist.answers.get(question.id)
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.blockSignals(False)
            # What the ID number says is shown, not asked: the widget is locked while the number stands.
            derived = question.id in checklist.derived
            widget.setEnabled(not derived)
            text = question.text + (self.tr(" (judged from the ID number)") if derived else "")
            label.setText(text)
            label.setStyleSheet("color: #1565c0;" if derived else "")


class MaterialsTable(QTableWidget):
    """已带 | 材料名称 | 原件/复印件 | 份数 | 必要性 | 出具单位; ticking the first column marks it brought."""

    brought_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Brought"),
                self.tr("Material"),
                self.tr("Original/copy"),
                self.tr("Copies"),
                self.tr("Necessity"),
                self.tr("Issued by"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Keyboard: arrows move between rows (the row shows as selected), Space ticks it, Tab leaves the table
        # instead of walking its every cell.
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(5, 200)
        self.brought: set[str] = set()
        self._ids: tuple[str, ...] = ()
        self.itemChanged.connect(self._item_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Space ticks or unticks the current row whichever cell the cursor is on."""
        row = self.currentRow()
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and 0 <= row < self.rowCount():
            check = self.item(row, 0)
            on = check.checkState() == Qt.CheckState.Checked
            check.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Entering the table by Tab puts the cursor on the first row, so Space ticks at once."""
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.rowCount():
            self.setCurrentCell(0, 1)

    def reset(self) -> None:
        self.brought = set()
        self._ids = ()
        self.setRowCount(0)

    def show_checklist(self, checklist: Checklist) -> None:
        ids = tuple(m.id for m in checklist.applicable)
        missing = {m.id for m in checklist.missing}
        self.blockSignals(True)
        try:
            if ids != self._ids:
                self._ids = ids
                self.setRowCount(len(ids))
                for row, material in enumerate(checklist.applicable):
                    self._fill_row(row, material)
            for row, material in enumerate(checklist.applicable):
                check = self.item(row, 0)
                on = material.id in checklist.brought
                check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                name = self.item(row, 1)
                name.setForeground(Qt.GlobalColor.darkRed if material.id in missing else Qt.GlobalColor.black)
        finally:
            self.blockSignals(False)
        self.resizeRowsToContents()

    def _fill_row(self, row: int, material: Material) -> None:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setData(Qt.ItemDataRole.UserRole, material.id)
        self.setItem(row, 0, check)
        name = QTableWidgetItem(material.name)
        if material.note:
            name.setToolTip(material.note)
        self.setItem(row, 1, name)
        self.setItem(row, 2, QTableWidgetItem(LABELS[material.form]))
        copies = QTableWidgetItem(str(material.copies))
        copies.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, 3, copies)
        necessity = QTableWidgetItem(LABELS[material.necessity])
        if material.necessity is Necessity.DEFERRABLE:
            necessity.setForeground(Qt.GlobalColor.darkYellow)
        self.setItem(row, 4, necessity)
        self.setItem(row, 5, QTableWidgetItem(material.issuer))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        material_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.brought.add(material_id)
        else:
            self.brought.discard(material_id)
        self.brought_changed.emit()

    def set_brought(self, material_id: str, brought: bool = True) -> None:
        """Tick or untick a material as the clerk would."""
        row = self._ids.index(material_id)
        self.item(row, 0).setCheckState(Qt.CheckState.Checked if brought else Qt.CheckState.Unchecked)
