"""The main window's pages in tab order (a page whose ``permission`` the role lacks is left out).

Kept apart from ``main_window``: importing the pages imports the storage and use-case layers, which the window
only needs once the database is open (see ``MainWindow.attach``).
"""

from __future__ import annotations

from counter_app.ui.page import Page
from counter_app.ui.pages.appointments_page import AppointmentsPage
from counter_app.ui.pages.arrivals_page import ArrivalsPage
from counter_app.ui.pages.audit_page import AuditPage
from counter_app.ui.pages.follow_ups_page import FollowUpsPage
from counter_app.ui.pages.guide_page import ServiceGuidePage
from counter_app.ui.pages.history_page import NoticeHistoryPage
from counter_app.ui.pages.lookup_page import CardLookupPage
from counter_app.ui.pages.report_page import ReportPage
from counter_app.ui.pages.routine_page import RoutinePage
from counter_app.ui.pages.same_day_page import SameDayPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    ServiceGuidePage, CardLookupPage, ArrivalsPage, SameDayPage, AppointmentsPage, FollowUpsPage, RoutinePage,
    NoticeHistoryPage, ReportPage, AuditPage,
)
