"""Abuse and privacy guards of the web page: per-client rate limits, CSRF tokens, security headers.

The limits live in the process's memory: the page runs as one uvicorn process per station, and a restart
forgetting a few minutes of counts costs nothing. Behind the station's reverse proxy the client address is the
one the proxy forwards (uvicorn's ``--forwarded-allow-ips``), never the proxy's own.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable

TOO_MANY_STATUS = "查询失败次数过多，请10分钟后再试；如有疑问请致电或到窗口咨询。"
TOO_MANY_BOOKINGS = "预约操作过于频繁，请10分钟后再试；如有需要请致电窗口。"
TOO_MANY_PDFS = "下载告知单过于频繁，请10分钟后再试。"

SECURITY_HEADERS = {
    # No inline script or style anywhere, so the policy can forbid both; the camera is asked for by the page itself.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class RateLimiter:
    """At most ``limit`` counted events per client within ``window`` seconds (a sliding window)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._max_clients = max_clients
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        events = self._events.get(client)
        if events is None:
            if len(self._events) >= self._max_clients:
                self._forget_idle(now)
            events = self._events.setdefault(client, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        return events

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, v in self._events.items() if not v or v[-1] <= now - self.window]:
            del self._events[key]

    def blocked(self, client: str) -> bool:
        """True once the client has used up its ``limit`` events in the window."""
        with self._lock:
            return len(self._recent(client, self._clock())) >= self.limit

    def count(self, client: str) -> None:
        with self._lock:
            now = self._clock()
            self._recent(client, now).append(now)


class Csrf:
    """Double-submit tokens: a random cookie, and in each form its HMAC under a per-process key.

    A page from elsewhere can make the browser send the cookie (SameSite=Strict already stops most of that) but
    can neither read it nor compute the matching form field.
    """

    COOKIE = "csrf"
    FIELD = "csrf_token"

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    @staticmethod
    def new_cookie() -> str:
        return secrets.token_urlsafe(24)

    def token_for(self, cookie: str) -> str:
        return hmac.new(self._key, cookie.encode(), hashlib.sha256).hexdigest()

    def valid(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        # As bytes: compare_digest refuses non-ASCII str, and a posted token can hold anything.
        return hmac.compare_digest(self.token_for(cookie).encode(), token.encode("utf-8", "replace"))
