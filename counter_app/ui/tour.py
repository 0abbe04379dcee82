"""Every tab and every dialog of the window, opened in turn: what the screen-fit test checks and the documentation
screenshots show.

``scenes(window)`` yields one ``Scene`` at a time with its window shown and laid out; the caller looks at it (checks
its buttons, grabs it) before asking for the next, which closes the previous dialog. The dialogs are opened with
the data the window's database holds (the demo data), never by a real action: nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QTabWidget,
    QWidget,
)

from counter_app.ui.main_window import MainWindow

# A page's class → the scene's name (and screenshot file name); a page not listed is named after its class.
TABS = {
    "ServiceGuidePage": "main-guide", "CardLookupPage": "main-lookup", "ArrivalsPage": "main-arrivals",
    "SameDayPage": "main-same-day", "AppointmentsPage": "main-appointments", "FollowUpsPage": "main-to-do",
    "RoutinePage": "main-open-close", "NoticeHistoryPage": "main-notice-history", "ReportPage": "main-daily-report",
    "AuditPage": "main-audit-log",
}
WIZARD_PAGES = ("welcome", "station", "account", "database", "printers", "finish")
SAMPLE_ID = "11010519491231002X"  # a valid number of the test data, born 1949


@dataclass
class Scene:
    name: str
    widget: QWidget  # the top-level window shown: the main window or a dialog


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def buttons_out_of_sight(top: QWidget) -> list[str]:
    """Enabled, shown buttons of ``top`` that lie (partly) outside the screen's available area or are cut off.

    A button inside a scrolled area counts by the area that holds it (scrolling or Tab brings it into view); every
    other button must be whole inside each of its parents and inside the available screen.
    """
    available = top.screen().availableGeometry()
    problems = []
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or button.window() is not top:
            continue
        anchor: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QAbstractScrollArea):
                anchor = parent
            parent = parent.parentWidget()
        rect = global_rect(anchor)
        parent = anchor.parentWidget()
        cut = not available.contains(rect)
        while parent is not None and not cut:
            cut = not global_rect(parent).contains(rect)
            parent = parent.parentWidget()
        if cut:
            problems.append(f"{button.text() or button.objectName() or type(button).__name__} at {rect.getRect()}")
    return problems


def window_out_of_sight(top: QWidget) -> str | None:
    """The window's frame larger than the available screen, or placed partly off it."""
    available = top.screen().availableGeometry()
    frame = top.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        return f"{frame.width()}×{frame.height()} larger than {available.width()}×{available.height()}"
    return None if available.contains(frame) else f"frame {frame.getRect()} off {available.getRect()}"


def serve_sample_applicant(window: MainWindow, service_id: str = "id_card_renewal") -> None:
    """The guide mid-service: a renewal with its materials ticked, so Print and Accept are enabled."""
    guide_page = window.guide
    guide_page.next_applicant()
    guide_page.select_service(service_id)
    guide_page.name.setText("王小明")
    guide_page.id_number.setText(SAMPLE_ID)
    guide_page.phone.setText("13800001234")
    for material in list(guide_page.checklist.missing if guide_page.checklist else ()):
        guide_page.materials.set_brought(material.id)


def _tab_scenes(window: MainWindow) -> Iterator[Scene]:
    serve_sample_applicant(window)
    for page in window.pages:
        name = TABS.get(type(page).__name__, f"main-{type(page).__name__.lower()}")
        window.tabs.setCurrentWidget(page)
        settle()
        yield Scene(name, window)
        yield from _inner_tab_scenes(page, name, window)


def _inner_tab_scenes(container: QWidget, name: str, top: QWidget) -> Iterator[Scene]:
    """The second and further tabs of every tab widget inside ``container``: ``name-2``, ``name-3`` …"""
    for index, sub in enumerate(container.findChildren(QTabWidget)):
        for tab in range(1, sub.count()):
            sub.setCurrentIndex(tab)
            settle()
            yield Scene(f"{name}-{tab + 1}" if index == 0 else f"{name}-{index + 1}-{tab + 1}", top)
        sub.setCurrentIndex(0)


def _show(dialog: QDialog, name: str) -> Iterator[Scene]:
    dialog.show()
    settle()
    yield Scene(name, dialog)
    yield from _inner_tab_scenes(dialog, name, dialog)
    dialog.done(0)
    dialog.deleteLater()
    settle()


def _dialog_factories(window: MainWindow) -> list[tuple[str, Callable[[], QDialog]]]:
    from counter_app.operations.appointments.booking import slots_for
    from counter_app.operations.cards.lookup import lookup
    from counter_app.operations.cards.pickup_notices import unnotified
    from counter_app.operations.guide import service_guide as guide
    from counter_app.ui.dialogs import (
        about_dialog,
        accept_dialog,
        appointment_template_dialog,
        booking_dialog,
        close_day_dialog,
        follow_up_dialog,
        login_dialog,
        office_hours_dialog,
        pdf_preview,
        pickup_dialog,
        quick_guide,
        record_case_dialog,
        routine_dialog,
        settings_dialog,
        users_dialog,
    )

    ctx = window.ctx
    service = ctx.catalog.get("id_card_renewal")
    complete = guide.build_checklist(ctx, service.id, {}, {m.id for m in service.materials}, None)
    today = ctx.now().date()
    slots = slots_for(ctx, today)
    waiting = unnotified(ctx)  # cards on the shelf: one of them for the hand-out dialog
    arrived = lookup(ctx, waiting[0].acceptance_no).rows if waiting else []

    factories: list[tuple[str, Callable[[], QDialog]]] = [
        ("about", lambda: about_dialog.AboutDialog(ctx, window)),
        ("accept", lambda: accept_dialog.AcceptDialog(ctx, complete, "王小明", "11010519491231002X", None, window)),
        ("appointment-template", lambda: appointment_template_dialog.AppointmentTemplateDialog(ctx, window)),
        ("follow-up-new", lambda: follow_up_dialog.FollowUpDialog(ctx, window)),
        ("lock-login", lambda: login_dialog.LoginDialog(ctx, window)),
        ("office-hours", lambda: office_hours_dialog.OfficeHoursDialog(ctx, window)),
        ("notice-preview", lambda: pdf_preview.PdfPreviewDialog(notice_pdf(window), "notice", "n.pdf", window)),
        ("quick-guide", lambda: quick_guide.QuickGuideDialog(window)),
        ("record-case", lambda: record_case_dialog.RecordCaseDialog(
            ctx, "birth_registration", "出生登记", {"applicant_name": "王小明"}, {"started_at": ctx.now()}, window)),
        ("routine-items", lambda: routine_dialog.RoutineDialog(ctx, window)),
        ("settings", lambda: settings_dialog.SettingsDialog(ctx, window)),
        ("users", lambda: users_dialog.UsersDialog(ctx, window)),
        ("user-add", lambda: users_dialog.AddUserDialog(ctx, window)),
        ("password", lambda: users_dialog.PasswordDialog(ctx, ctx.actor.clerk, window)),
        ("close-day", lambda: close_day_dialog.CloseDayDialog(ctx, today, list(window.same_day.board), window)),
    ]
    if slots:
        factories.append(("booking", lambda: booking_dialog.BookingDialog(ctx, slots[0], window)))
    if arrived:
        factories.append(("pickup", lambda: pickup_dialog.PickupDialog(ctx, arrived[0], window)))
    return factories


def notice_pdf(window: MainWindow) -> bytes:
    """A one-time notice as printed, built without recording one (the tour changes nothing)."""
    from counter_app.operations.guide import service_guide as guide
    from printing import build_notice_pdf

    ctx = window.ctx
    checklist = guide.build_checklist(ctx, "hukou_move_in", {}, set(), None)
    document = guide.notice_document(ctx, checklist, guide.Applicant("王小明", None, "13800001234"),
                                     f"GZ{ctx.now():%Y%m%d}0001")
    return build_notice_pdf(document, page="A4")


def _wizard_scenes() -> Iterator[Scene]:
    from counter_app.ui.wizard.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard()
    wizard.show()
    for index, page_id in enumerate(wizard.pageIds()):
        # Each page as the wizard's start: reached without Next, whose checks would ask for input in a message box.
        wizard.setStartId(page_id)
        wizard.restart()
        settle()
        yield Scene(f"wizard-{WIZARD_PAGES[index] if index < len(WIZARD_PAGES) else index}", wizard)
    wizard.done(0)
    wizard.deleteLater()
    settle()


def scenes(window: MainWindow, dialogs: bool = True) -> Iterator[Scene]:
    """Every tab (and inner tab) of ``window``, then every dialog opened over it, then the first-run wizard."""
    yield from _tab_scenes(window)
    if not dialogs:
        return
    window.tabs.setCurrentWidget(window.guide)
    for name, make in _dialog_factories(window):
        dialog = make()
        yield from _show(dialog, name)
    yield from _wizard_scenes()

