"""领证查询: find a card as the clerk types (or a scanner reads the 受理号), read out its state, hand it out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.id_card import IdCardData
from counter_app.domain.permissions import Permission, has_permission
from counter_app.operations.admin.database_access import DatabaseUnavailable
from counter_app.operations.cards.lookup import (
    CardDetail,
    CardRow,
    FullNumbers,
    card_detail,
    lookup,
    reveal_numbers,
)
from counter_app.operations.context import AppContext
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.widgets.card_table_model import CardTableModel
from counter_app.ui.widgets.tables import make_read_only

DEBOUNCE_MS = 150


class CardLookupPage(Page):
    standard_icon = Icon.SP_FileDialogContentsView

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("CardLookupPage", "Card pickup")

    def on_shown(self) -> None:
        self.refresh_after_change()  # a hand-out elsewhere while another tab was open
        self.focus_search()

    def on_data_changed(self) -> None:
        self.refresh_after_change()

    def go_back(self) -> bool:
        """Esc: clear the search for the next applicant."""
        self.search.clear()
        self.focus_search()
        return True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CardDetail | None = None
        self._searched_text: str | None = None
        self._audit_open = True

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin, last 4–6 digits of the ID number, acceptance no., "
                                               "phone ending"))
        self.search.setClearButtonEnabled(True)
        self.search.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.run_search())
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self._enter_pressed)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # it also tells what is wrong with a mistyped number

        self.model = CardTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        make_read_only(self.table, stretch=2, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.count_label)
        column.addWidget(self.table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.show_detail(None)

    def _build_detail(self) -> QWidget:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1565c0;")
        self.day_text = QLabel()
        self.day_text.setStyleSheet("font-size: 14pt; color: #444;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = QListWidget()
        self.hand_out_button = QPushButton(self.tr("Hand &out"))
        self.hand_out_button.setStyleSheet("font-size: 13pt; padding: 6px 18px;")
        self.hand_out_button.clicked.connect(self.open_pickup)
        self.unmask_button = QPushButton(self.tr("Show full numbers"))
        self.unmask_button.setToolTip(self.tr("Supervisor only; every use is recorded in the audit log"))
        self.unmask_button.clicked.connect(self.show_full_numbers)
        self.unmask_button.setVisible(has_permission(self.ctx.actor.role, Permission.UNMASK_PERSONAL_DATA))
        buttons = QHBoxLayout()
        buttons.addWidget(self.unmask_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hand_out_button)

        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(self.title)
        column.addWidget(self.answer)
        column.addWidget(self.day_text)
        column.addWidget(self.facts)
        column.addWidget(QLabel(self.tr("Timeline")))
        column.addWidget(self.timeline, 1)
        column.addLayout(buttons)
        return box

    # -- searching ---------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def accept_id_card(self, card: IdCardData) -> None:
        """刷证查询: the cards of the person whose ID card was laid on the reader."""
        self.search.setText(card.id_number)
        self.run_search()
        if card.expired(self.ctx.now().date()):
            assert card.valid_until is not None
            self.count_label.setText(self.tr("{found} · the ID card read expired on {date}").format(
                found=self.count_label.text(), date=f"{card.valid_until:%Y-%m-%d}"))

    def run_search(self, keep: str | None = None, audit: bool = True) -> None:
        self.timer.stop()
        text = self.search.text()
        self._searched_text = text
        current = keep or (self.detail.row.acceptance_no if self.detail else None)
        if not text.strip():
            self.model.set_rows([])
            self.count_label.setText(self.tr("Type to search; a scanned acceptance number selects the card."))
            self.show_detail(None)
            return
        try:
            result = lookup(self.ctx, text, audit=audit)
        except DatabaseUnavailable as exc:  # typed during an outage: say so, keep the text, search when back
            self._searched_text = None
            self.count_label.setText(exc.message)
            return
        self.model.set_rows(result.rows)
        if result.truncated:
            self.count_label.setText(self.tr("First {count} card(s) shown; type more to narrow down").format(
                count=len(result.rows)))
        else:
            self.count_label.setText(self.tr("{count} card(s) found").format(count=len(result.rows)))
        if result.hints:  # domain messages (Chinese), e.g. the check character of a mistyped ID number
            self.count_label.setText(self.count_label.text() + " — " + "；".join(result.hints))
        index = next((i for i, r in enumerate(result.rows) if r.acceptance_no == current), None)
        if index is None and len(result.rows) == 1:
            index = 0
        if index is not None:
            self.select_row(index, audit=audit)
        else:
            self.show_detail(None)

    def _enter_pressed(self) -> None:
        if self.timer.isActive() or self._searched_text != self.search.text():
            self.run_search()
        if self.model.rowCount():
            self.select_row(0)

    def select_row(self, row: int, audit: bool = True) -> None:
        index = self.model.index(row, 0)
        self._audit_open = audit  # the selection signal below opens the card too
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
            self._open(self.model.row_at(row))
        finally:
            self._audit_open = True

    def _row_changed(self, current, _previous=None) -> None:
        self._open(self.model.row_at(current.row()) if current.isValid() else None)

    def _open(self, row: CardRow | None) -> None:
        if row is None:
            self.show_detail(None)
            return
        if self.detail is not None and self.detail.row == row:
            return
        audit = self._audit_open
        run_op(self, lambda: card_detail(self.ctx, row.acceptance_no, audit=audit), self.show_detail,
               announces_change=False, title=self.tr("Card lookup"), on_refused=lambda _: self.show_detail(None))

    # -- the detail panel --------------------------------------------------------------------------------------
    def show_detail(self, detail: CardDetail | None) -> None:
        self.detail = detail
        self.timeline.clear()
        if detail is None:
            self.title.setText(self.tr("No card selected"))
            self.answer.clear()
            self.day_text.clear()
            self.facts.clear()
            self.hand_out_button.setEnabled(False)
            self.unmask_button.setEnabled(False)
            return
        self.unmask_button.setEnabled(True)
        row = detail.row
        self.title.setText(f"{row.name}　{row.service_name}")
        self.answer.setText(row.answer)
        self.day_text.setText(detail.day_text)
        facts = [
            self.tr("Acceptance no.: {no}").format(no=row.acceptance_no),
            self.tr("ID number: {id}").format(id=row.id_masked),
            self.tr("Accepted: {at}").format(at=f"{detail.accepted_at:%Y-%m-%d %H:%M}"),
            self.tr("Promised by: {date}").format(date=f"{detail.promised_date:%Y-%m-%d}"),
        ]
        if detail.phone_masked:
            facts.append(self.tr("Phone: {phone}").format(phone=detail.phone_masked))
        self.facts.setText("\n".join(facts))
        for entry in detail.timeline:
            text = f"{entry.at:%Y-%m-%d %H:%M}　{entry.to_state.label_zh}　{entry.clerk}"
            if entry.workstation:
                text += f"（{entry.workstation}）"
            if entry.note:
                text += f"　{entry.note}"
            self.timeline.addItem(text)
        self.hand_out_button.setEnabled(row.state is CardState.ARRIVED)

    def show_full_numbers(self) -> None:
        """The unmasked ID number and phone in the facts panel, until another card is opened."""
        if self.detail is None:
            return
        number = self.detail.row.acceptance_no
        run_op(self, lambda: reveal_numbers(self.ctx, number), self._show_full, announces_change=False,
               title=self.tr("Show full numbers"))

    def _show_full(self, full: FullNumbers) -> None:
        if self.detail is None:
            return
        lines = self.facts.text().split("\n")
        lines[1] = self.tr("ID number: {id}").format(id=full.id_number)
        if full.phone:
            lines = [line for line in lines if line != self.tr("Phone: {phone}").format(phone=self.detail.phone_masked)]
            lines.append(self.tr("Phone: {phone}").format(phone=full.phone))
        self.facts.setText("\n".join(lines))
        self.unmask_button.setEnabled(False)

    def print_current(self) -> None:
        """Ctrl+P: the open card's pickup receipt again (领取凭证), e.g. for an applicant who lost it."""
        if self.detail is None:
            return
        from counter_app.operations.cards.receipts import reprint_receipt
        from counter_app.ui.printing_service import DocumentKind, print_when_built, target_for

        number = self.detail.row.acceptance_no
        title = self.tr("Receipt {no}").format(no=number)
        layout = target_for(DocumentKind.RECEIPT).receipt_layout
        # A reprint: refused to a clerk once the card is collected (the receipt carries the full ID number).
        run_op(self, lambda: reprint_receipt(self.ctx, number, layout=layout),
               print_when_built(self, DocumentKind.RECEIPT, title, f"{number}.pdf"), title=title, background=True)

    def open_pickup(self) -> None:
        if self.detail is None or self.detail.row.state is not CardState.ARRIVED:
            return
        from counter_app.ui.dialogs.pickup_dialog import PickupDialog

        PickupDialog(self.ctx, self.detail.row, self).exec()
        # Handed out, or refused because another counter was first: either way the card changed.
        self.refresh()

    def refresh(self, audit: bool = True) -> None:
        """Search again and re-open the current card (after it changed)."""
        current = self.detail.row.acceptance_no if self.detail else None
        self.detail = None
        self.run_search(keep=current, audit=audit)

    def refresh_after_change(self) -> None:
        """Another counter changed data: the same search and card again, not audited as a new search."""
        if self.timer.isActive():
            return  # the clerk is typing and the search is about to run anyway
        if self._searched_text is None:
            if self.search.text().strip():
                self.run_search()  # typed during an outage and not searched yet
            return
        self.refresh(audit=False)
