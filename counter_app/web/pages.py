"""The HTML pages: plain forms that work without JavaScript, posted (never GET) when they carry anything personal."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from counter_app.domain.booking_code import display_code
from counter_app.operations.appointments.booking import AppointmentError
from counter_app.operations.guide.service_guide import search_services
from counter_app.operations.self_service.bookings import DAYS_AHEAD, bookable_services, open_slots
from counter_app.operations.self_service.card_status import StatusQueryError
from counter_app.operations.self_service.guide import web_checklist
from counter_app.operations.self_service.notices import current_notices
from counter_app.operations.self_service.station_info import station_info
from counter_app.web.api import checklist_json
from counter_app.web.app import HERE
from counter_app.web.guards import Csrf
from counter_app.web.state import NO_MATCH, WebState

router = APIRouter()
templates = Jinja2Templates(directory=str(HERE / "templates"))
WEEKDAYS_ZH = "一二三四五六日"


def _state(request: Request) -> WebState:
    return request.app.state.web


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    """A page with the station's details and a CSRF token; the CSRF cookie is set on the first page seen."""
    state = _state(request)
    cookie = request.cookies.get(Csrf.COOKIE) or Csrf.new_cookie()
    data = {"station": station_info(state.ctx), "csrf_token": state.csrf.token_for(cookie),
            "csrf_field": Csrf.FIELD, "days_ahead": DAYS_AHEAD, **context}
    response = templates.TemplateResponse(request, name, data, status_code=status_code, headers=headers)
    if Csrf.COOKIE not in request.cookies:
        response.set_cookie(Csrf.COOKIE, cookie, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")
    return response


async def _form(request: Request) -> dict[str, str] | None:
    """The posted fields, or None when the CSRF token does not match the cookie (a foreign page posted).

    A dependency, so that the handlers stay plain functions FastAPI runs in its thread pool (they query the
    database, which must not block the event loop).
    """
    form = await request.form()
    fields = {key: str(value)[:200] for key, value in form.items() if isinstance(value, str)}
    if not _state(request).csrf.valid(request.cookies.get(Csrf.COOKIE), fields.get(Csrf.FIELD)):
        return None
    return fields


Posted = Annotated[dict[str, str] | None, Depends(_form)]


def _refused(request: Request) -> HTMLResponse:
    text = "页面已过期或来源不明，请返回重新打开本页后再提交。"
    return render(request, "message.html", {"title": "请重新提交", "text": text}, status_code=403)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", {"notices": current_notices(_state(request).ctx)})


@router.get("/hours", response_class=HTMLResponse)
def hours(request: Request) -> HTMLResponse:
    return render(request, "hours.html", {"notices": current_notices(_state(request).ctx)})


@router.get("/guide", response_class=HTMLResponse)
def guide(request: Request, q: str = "") -> HTMLResponse:
    services = search_services(_state(request).ctx, q[:30])
    return render(request, "guide.html", {"q": q[:30], "services": services})


def _guide_page(request: Request, service_id: str, answers: dict[str, str], status_code: int = 200) -> Response:
    try:
        checklist = web_checklist(_state(request).ctx, service_id, answers)
    except KeyError:
        return render(request, "message.html", {"title": "没有这项业务", "text": "请返回办事指南重新选择。"}, 404)
    except ValueError as exc:
        return render(request, "message.html", {"title": "回答有误", "text": str(exc)}, 422)
    data = checklist_json(_state(request).ctx, checklist)
    return render(request, "service.html", {"checklist": checklist, "data": data}, status_code=status_code)


def _answers(fields: dict[str, str], service_id: str, request: Request) -> dict[str, str]:
    """Only the answers to questions the service asks (everything else posted is ignored)."""
    try:
        questions = _state(request).ctx.catalog.get(service_id).questions
    except KeyError:
        return {}
    return {q.id: fields[f"q_{q.id}"] for q in questions if f"q_{q.id}" in fields}


@router.get("/guide/{service_id}", response_class=HTMLResponse)
def service(request: Request, service_id: str) -> Response:
    return _guide_page(request, service_id, {})


@router.post("/guide/{service_id}", response_class=HTMLResponse)
def service_answers(request: Request, service_id: str, fields: Posted) -> Response:
    if fields is None:
        return _refused(request)
    return _guide_page(request, service_id, _answers(fields, service_id, request))


@router.post("/guide/{service_id}/notice.pdf")
def service_notice(request: Request, service_id: str, fields: Posted) -> Response:
    if fields is None:
        return _refused(request)
    try:
        checklist = web_checklist(_state(request).ctx, service_id, _answers(fields, service_id, request))
    except (KeyError, ValueError):
        return _guide_page(request, service_id, {}, status_code=422)
    pdf = _state(request).notice_pdf(request, checklist)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="notice-{service_id}.pdf"'})


@router.get("/status", response_class=HTMLResponse)
def status_form(request: Request) -> HTMLResponse:
    return render(request, "status.html", {"result": None, "error": None, "acceptance_no": ""})


@router.post("/status", response_class=HTMLResponse)
def status_query(request: Request, fields: Posted) -> HTMLResponse:
    if fields is None:
        return _refused(request)
    acceptance_no = fields.get("acceptance_no", "")[:40]
    try:
        result = _state(request).card_status(request, acceptance_no, fields.get("id_last4", "")[:8])
    except StatusQueryError as exc:
        return render(request, "status.html", {"result": None, "error": exc.message, "acceptance_no": acceptance_no},
                      status_code=422)
    if result is None:
        return render(request, "status.html", {"result": None, "error": NO_MATCH, "acceptance_no": acceptance_no},
                      status_code=404)
    return render(request, "status.html", {"result": result, "error": None, "acceptance_no": ""})


def _booking_page(request: Request, error: str | None = None, fields: dict[str, str] | None = None,
                  status_code: int = 200) -> HTMLResponse:
    ctx = _state(request).ctx
    days: dict[Any, list[Any]] = {}
    for slot in open_slots(ctx):
        days.setdefault(slot.day, []).append(slot)
    return render(request, "booking.html", {
        "days": days, "weekdays": WEEKDAYS_ZH, "services": bookable_services(ctx), "error": error,
        "fields": fields or {}}, status_code=status_code)


@router.get("/booking", response_class=HTMLResponse)
def booking_form(request: Request) -> HTMLResponse:
    return _booking_page(request)


@router.post("/booking", response_class=HTMLResponse)
def booking_create(request: Request, fields: Posted) -> HTMLResponse:
    if fields is None:
        return _refused(request)
    kept = {k: fields.get(k, "") for k in ("slot_id", "name", "phone", "service_id")}
    if not kept["slot_id"].isdigit():
        return _booking_page(request, "请选择预约时段", kept, 422)
    try:
        view = _state(request).book(request, int(kept["slot_id"]), kept["name"], kept["phone"], kept["service_id"])
    except AppointmentError as exc:
        return _booking_page(request, exc.message, kept, 409 if exc.reason == "slot_full" else 422)
    return render(request, "booked.html", {"booking": view, "code": display_code(view.code or ""),
                                           "weekdays": WEEKDAYS_ZH})


@router.get("/booking/cancel", response_class=HTMLResponse)
def cancel_form(request: Request) -> HTMLResponse:
    return render(request, "cancel.html", {"error": None, "cancelled": None})


@router.post("/booking/cancel", response_class=HTMLResponse)
def cancel_booking(request: Request, fields: Posted) -> HTMLResponse:
    if fields is None:
        return _refused(request)
    try:
        view = _state(request).cancel(request, fields.get("code", "")[:20])
    except AppointmentError as exc:
        return render(request, "cancel.html", {"error": exc.message, "cancelled": None}, status_code=404)
    return render(request, "cancel.html", {"error": None, "cancelled": view, "weekdays": WEEKDAYS_ZH})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return RedirectResponse("/static/icon.svg", status_code=301)
