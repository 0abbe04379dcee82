"""The service guide's one-time notice (一次性告知单): given, reprinted within the visit, printed or saved as PDF.

Mixed into :class:`counter_app.ui.pages.guide_page.ServiceGuidePage`, whose fields (the applicant, the checklist,
the paper) it reads. Its ``tr`` texts live in this class's translation context, ``GuideNoticeActions`` (PySide
looks a text up along the page's base classes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit

from counter_app.domain.checklist import Checklist
from counter_app.operations.admin.database_access import is_connection_lost
from counter_app.operations.context import AppContext
from counter_app.operations.guide import service_guide as guide
from counter_app.operations.guide.notices import NoticeVisit, issue_notice, preview_notice
from counter_app.operations.guide.offline_notices import give_notice_offline
from counter_app.ui.feedback import show_refusal
from counter_app.ui.operation_runner import run_op
from counter_app.ui.printing_service import DocumentKind, choosing_printer_now, print_document


class GivenNotice(NamedTuple):
    number: str
    pdf: bytes
    reprint: bool  # the visit's notice printed again under its number: the applicant is still being served
    offline: bool  # given during an outage, waiting in the local queue


class GuideNoticeActions:
    """The notice half of the guide page: what the Print and Save buttons and Ctrl+P do."""

    # Provided by the page.
    ctx: AppContext
    checklist: Checklist | None
    id_valid: str | None
    serving_since: datetime | None
    visit: NoticeVisit
    given_offline: bool
    name: QLineEdit
    id_number: QLineEdit
    id_message: QLabel
    phone: QLineEdit
    channel: QComboBox
    page_size: QComboBox

    # -- the notice --------------------------------------------------------------------------------------------
    def new_visit(self) -> None:
        """The next applicant: the notices printed from now on are theirs, with numbers of their own."""
        self.visit = NoticeVisit()

    def _applicant(self, title: str) -> guide.Applicant | None:
        """The applicant as typed, or None (after telling the clerk) when the notice cannot be given."""
        if self.checklist is None:
            return None
        if self.id_number.text().strip() and self.id_valid is None:
            show_refusal(self, self.tr("The ID number is not valid: {reason}").format(reason=self.id_message.text()),
                         title)
            return None
        if not self.name.text().strip():
            show_refusal(self, self.tr("Please enter the applicant's name."), title)
            self.name.setFocus()
            return None
        return guide.Applicant(
            name=self.name.text().strip(), id_number=self.id_valid, phone=self.phone.text().strip() or None
        )

    def _giving(self, applicant: guide.Applicant, how: str) -> Callable[[], GivenNotice]:
        """Giving (first time in this visit) or reprinting the notice, as an operation that touches no widget: what
        it needs is read now, so it may run off the GUI thread."""
        ctx, visit, checklist, page = self.ctx, self.visit, self.checklist, self.page_size.currentText()
        assert checklist is not None
        options = {"started_at": self.serving_since, "channel": self.channel.currentData()}

        def give() -> GivenNotice:
            try:
                issued = issue_notice(ctx, visit, checklist, applicant, page, how=how, **options)
            except Exception as exc:
                if not is_connection_lost(exc):
                    raise
                # The server is away: the notice needs only the forms; it is recorded when the server is back.
                number, pdf = give_notice_offline(ctx, checklist, applicant, page=page, **options)
                return GivenNotice(number, pdf, reprint=False, offline=True)
            return GivenNotice(issued.notice_no, issued.pdf, reprint=issued.reprint, offline=False)

        return give

    def _notice_given(self, given: GivenNotice) -> None:
        self.given_offline = given.offline
        if not given.reprint:
            self.end_serving()

    def make_notice(self, how: str = "print") -> tuple[str, bytes] | None:
        """Give (first time in this visit) or reprint the notice; its number and PDF, or None if it cannot be given."""
        applicant = self._applicant(self.tr("Notice"))
        if applicant is None or self.checklist is None:
            return None
        given = self._giving(applicant, how)()
        self._notice_given(given)
        return given.number, given.pdf

    def _file_name(self, notice_no: str, name: str | None = None) -> str:
        name = self.name.text().strip() if name is None else name
        return f"{notice_no}-{name}.pdf" if name else f"{notice_no}.pdf"

    def print_notice(self) -> None:
        """Print the visit's notice (given now, or reprinted under its number); under "Print…" a preview comes
        first, and the notice is numbered and recorded only when printed or saved from it."""
        applicant = self._applicant(self.tr("Notice"))
        if applicant is None or self.checklist is None:
            return
        if not choosing_printer_now():
            # Straight to this workstation's printer: given (or reprinted) now, the PDF built off the GUI thread.
            def given(notice: GivenNotice) -> None:
                self._notice_given(notice)
                print_document(self, DocumentKind.NOTICE, notice.pdf, self._notice_title(notice.number),
                               self._file_name(notice.number, applicant.name), choosing=False)
                self.offer_next_applicant()

            run_op(self, self._giving(applicant, "print"), given, background=True, title=self.tr("Notice"))
            return
        try:
            pdf = preview_notice(self.ctx, self.visit, self.checklist, applicant, self.page_size.currentText())
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self._show_offline_notice()  # no preview without the station's record: print it as given offline
            return
        number = self.visit.notice_for(self.checklist.service.id, applicant.name)
        title = self.tr("One-time notice {no}").format(no=number) if number else ""  # the preview's own title

        def issue(how: str) -> bytes | None:
            notice = self.make_notice(how)
            if notice is None:
                return None
            return notice[1]

        # The preview records nothing; printing or saving from it gives the notice its number (issue).
        print_document(self, DocumentKind.NOTICE, pdf, title, self._file_name(number or self.tr("notice")),
                       issue=issue)
        if self.visit.notice_for(self.checklist.service.id, applicant.name):  # printed or saved from the preview
            self.offer_next_applicant()

    def _notice_title(self, notice_no: str) -> str:
        if self.given_offline:
            return self.tr("One-time notice {no} (given offline; recorded when the server is back)").format(
                no=notice_no)
        return self.tr("One-time notice {no}").format(no=notice_no)

    def _show_offline_notice(self) -> None:
        notice = self.make_notice("print")
        if notice is not None:
            print_document(self, DocumentKind.NOTICE, notice[1], self._notice_title(notice[0]),
                           self._file_name(notice[0]))

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Give (or reprint) the notice and write its PDF to ``path`` (asked for with a file dialog when not given)."""
        if self.checklist is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), self._file_name(self.tr("notice")), self.tr("PDF files (*.pdf)")
            )
            if not name:
                return None
            path = Path(name)
        notice = self.make_notice("pdf")
        if notice is None:
            return None
        path.write_bytes(notice[1])
        return path
