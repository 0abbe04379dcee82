"""The FastAPI application: security headers, a privacy-safe access log, the pages and the JSON API."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from counter_app.operations.context import AppContext
from counter_app.web.guards import SECURITY_HEADERS, Csrf
from counter_app.web.state import TooManyRequests, WebState

log = logging.getLogger("counter_app.web.access")
HERE = Path(__file__).parent


def _route_template(request: Request) -> str:
    """The matched route's pattern (``/api/bookings/{code}``), never the filled-in path: codes stay out of the log."""
    route = request.scope.get("route")
    return getattr(route, "path", None) or "(no route)"


def create_app(ctx: AppContext, *, csrf_key: bytes | None = None) -> FastAPI:
    """The web page on ``ctx`` (its actor is replaced by the web role for every request)."""
    from counter_app.web import api, pages

    app = FastAPI(title="户籍窗口 网上服务", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.web = WebState(ctx=ctx, csrf=Csrf(csrf_key))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def headers_and_access_log(request: Request, call_next) -> Response:  # noqa: ANN001 - Starlette API
        started = time.perf_counter()
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        # No query string, no client address, no form field: only what the station needs to see load and errors.
        log.info("%s %s %d %.1fms", request.method, _route_template(request), response.status_code,
                 (time.perf_counter() - started) * 1000)
        return response

    @app.exception_handler(TooManyRequests)
    async def too_many(request: Request, exc: TooManyRequests) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message}, status_code=429, headers={"Retry-After": "600"})
        return await run_in_threadpool(pages.render, request, "message.html",
                                       {"title": "请稍后再试", "text": exc.message}, 429, {"Retry-After": "600"})

    return app
