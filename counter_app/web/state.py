"""What every request handler shares: the web context, the rate limits, and the two guarded resident actions."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from counter_app.domain.checklist import Checklist
from counter_app.operations.appointments.booking import BookingView
from counter_app.operations.context import AppContext
from counter_app.operations.self_service.bookings import book_online, cancel_online
from counter_app.operations.self_service.card_status import ResidentCardStatus, StatusQueryError, card_status
from counter_app.operations.self_service.client import for_client
from counter_app.operations.self_service.guide import self_service_notice_pdf
from counter_app.web.guards import TOO_MANY_BOOKINGS, TOO_MANY_PDFS, TOO_MANY_STATUS, Csrf, RateLimiter

WINDOW_SECONDS = 600.0
STATUS_FAILURES_ALLOWED = 10  # failed status queries per client in the window; the next query gets 429
BOOKING_ACTIONS_ALLOWED = 10  # bookings and cancellations (made or refused) per client in the window
NOTICE_PDFS_ALLOWED = 30  # self-service notices per client in the window (each costs ~50 ms of reportlab)
NO_MATCH = (
    "没有查到与该受理号和身份证后4位相符的证件。请核对领取凭证上的受理号和身份证号码后4位；如仍查不到，请致电窗口。"
)


class TooManyRequests(Exception):
    """The client used up its allowance; ``message`` is the Chinese text for the 429 answer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class WebState:
    ctx: AppContext
    csrf: Csrf = field(default_factory=Csrf)
    status_failures: RateLimiter = field(default_factory=lambda: RateLimiter(STATUS_FAILURES_ALLOWED, WINDOW_SECONDS))
    booking_actions: RateLimiter = field(default_factory=lambda: RateLimiter(BOOKING_ACTIONS_ALLOWED, WINDOW_SECONDS))
    notice_pdfs: RateLimiter = field(default_factory=lambda: RateLimiter(NOTICE_PDFS_ALLOWED, WINDOW_SECONDS))

    def client(self, request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def ctx_for(self, request: Request) -> AppContext:
        return for_client(self.ctx, self.client(request))

    def card_status(self, request: Request, acceptance_no: str, id_last4: str) -> ResidentCardStatus | None:
        """The status answer, counting every failed query (malformed or unmatched) against the client."""
        client = self.client(request)
        if self.status_failures.blocked(client):
            raise TooManyRequests(TOO_MANY_STATUS)
        try:
            status = card_status(self.ctx_for(request), acceptance_no, id_last4)
        except StatusQueryError:
            self.status_failures.count(client)
            raise
        if status is None:
            self.status_failures.count(client)
        return status

    def notice_pdf(self, request: Request, checklist: Checklist) -> bytes:
        client = self.client(request)
        if self.notice_pdfs.blocked(client):
            raise TooManyRequests(TOO_MANY_PDFS)
        self.notice_pdfs.count(client)
        return self_service_notice_pdf(self.ctx, checklist, page="A4")

    def _booking_action(self, request: Request) -> AppContext:
        client = self.client(request)
        if self.booking_actions.blocked(client):
            raise TooManyRequests(TOO_MANY_BOOKINGS)
        self.booking_actions.count(client)
        return self.ctx_for(request)

    def book(self, request: Request, slot_id: int, name: str, phone: str, service_id: str) -> BookingView:
        return book_online(self._booking_action(request), slot_id, name, phone, service_id)

    def cancel(self, request: Request, code: str) -> BookingView:
        return cancel_online(self._booking_action(request), code)
