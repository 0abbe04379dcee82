"""The FastAPI application: security headers, a privacy-safe access log, the pages and the JSON API."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from counter_app.operations.context import AppContext
from counter_app.web.guards import SECURITY_HEADERS, Csrf
from counter_app.web.state import TooManyRequests, WebState

log = logging.getLogger("counter_app.web.access")
HERE = Path(__file__).parent


class GuardHeaders:
    """Security headers on every answer and a privacy-safe access log line (plain ASGI: no per-request task group).

    The log line holds the method, the matched route's pattern (``/api/bookings/{code}``, never the filled-in path,
    so codes stay out), the status and the time taken: no query string, no client address, no form field.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if not static and "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            if not static:
                route = getattr(scope.get("route"), "path", None) or "(no route)"
                log.info("%s %s %d %.1fms", scope["method"], route, status, (time.perf_counter() - started) * 1000)


def create_app(ctx: AppContext, *, csrf_key: bytes | None = None) -> FastAPI:
    """The web page on ``ctx`` (its actor is replaced by the web role for every request)."""
    from counter_app.web import api, pages

    app = FastAPI(title="户籍窗口 网上服务", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.web = WebState(ctx=ctx, csrf=Csrf(csrf_key))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    app.add_middleware(GuardHeaders)

    @app.exception_handler(TooManyRequests)
    async def too_many(request: Request, exc: TooManyRequests) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message}, status_code=429, headers={"Retry-After": "600"})
        return await run_in_threadpool(pages.render, request, "message.html",
                                       {"title": "请稍后再试", "text": exc.message}, 429, {"Retry-After": "600"})

    return app
