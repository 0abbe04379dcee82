"""JSON beside the pages, for the station's other channels (its WeChat account, a kiosk, …).

Bodies are JSON only (FastAPI refuses other content types), so a form on another site cannot post here.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from counter_app.domain.booking_code import display_code
from counter_app.domain.checklist import Checklist
from counter_app.operations.appointments.booking import AppointmentError
from counter_app.operations.context import AppContext
from counter_app.operations.guide.service_guide import LABELS, limits_text, search_services
from counter_app.operations.self_service.bookings import open_slots
from counter_app.operations.self_service.card_status import StatusQueryError
from counter_app.operations.self_service.guide import web_checklist
from counter_app.web.state import NO_MATCH, WebState

router = APIRouter(prefix="/api")


def _state(request: Request) -> WebState:
    return request.app.state.web


class ChecklistQuery(BaseModel):
    service_id: str = Field(max_length=60)
    answers: dict[str, str | bool] = Field(default_factory=dict, max_length=50)


class StatusQuery(BaseModel):
    acceptance_no: str = Field(max_length=64)
    id_last4: str = Field(max_length=16)


class BookingRequest(BaseModel):
    slot_id: int
    name: str = Field(max_length=60)
    phone: str = Field(max_length=30)
    service_id: str = Field(max_length=60)


def _service_json(service: Any) -> dict[str, Any]:
    return {"id": service.id, "name": service.name, "category": service.category.value, "summary": service.summary}


def checklist_json(ctx: AppContext, checklist: Checklist) -> dict[str, Any]:
    """The resident's checklist: what to bring, the fee and the limits (shared with the pages' template data)."""
    statutory, promised = limits_text(ctx, checklist.service)
    return {
        "service": _service_json(checklist.service),
        "answers": dict(checklist.answers),
        "questions": [q.id for q in checklist.questions],
        "materials": [
            {"id": m.id, "name": m.name, "form": LABELS[m.form], "medium": LABELS[m.medium], "copies": m.copies,
             "necessity": LABELS[m.necessity], "issuer": m.issuer, "note": m.note, "how_to_get": m.how_to_get}
            for m in checklist.applicable
        ],
        "alerts": [a.text for a in checklist.alerts],
        "fee": checklist.fee.text(),
        "statutory_limit": statutory,
        "promised_limit": promised,
        "in_person": checklist.service.in_person,
    }


@router.get("/services")
def services(request: Request, q: str = "") -> list[dict[str, Any]]:
    return [_service_json(s) for s in search_services(_state(request).ctx, q[:30])]


@router.get("/services/{service_id}")
def service(request: Request, service_id: str) -> dict[str, Any]:
    try:
        checklist = web_checklist(_state(request).ctx, service_id, {})
    except KeyError:
        raise HTTPException(404, "没有这项业务") from None
    questions = [
        {"id": q.id, "text": q.text, "kind": q.kind, "default": q.default, "help": q.help,
         "choices": [{"value": c.value, "label": c.label} for c in q.choices]}
        for q in checklist.service.questions
    ]
    return {**checklist_json(_state(request).ctx, checklist), "all_questions": questions,
            "conditions_of_acceptance": checklist.service.conditions_of_acceptance,
            "procedure": checklist.service.procedure, "legal_basis": list(checklist.service.legal_basis)}


@router.post("/checklist")
def checklist(request: Request, query: ChecklistQuery) -> dict[str, Any]:
    try:
        result = web_checklist(_state(request).ctx, query.service_id, query.answers)
    except KeyError:
        raise HTTPException(404, "没有这项业务") from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return checklist_json(_state(request).ctx, result)


@router.post("/cards/status")
def card_status(request: Request, query: StatusQuery) -> JSONResponse:
    try:
        status = _state(request).card_status(request, query.acceptance_no, query.id_last4)
    except StatusQueryError as exc:
        return JSONResponse({"found": False, "detail": exc.message}, status_code=422)
    if status is None:
        return JSONResponse({"found": False, "detail": NO_MATCH}, status_code=404)
    collect = status.collect
    return JSONResponse({
        "found": True,
        "state": status.state,
        "state_label": status.state_label,
        "promised_date": status.promised_date.isoformat(),
        "message": status.message,
        "collect": None if collect is None else {
            "place": collect.place, "address": collect.address, "hours": collect.hours, "phone": collect.phone,
            "bring": list(collect.bring),
        },
    })


def _slot_json(slot: Any) -> dict[str, Any]:
    return {"id": slot.id, "day": slot.day.isoformat(), "start": f"{slot.start:%H:%M}", "end": f"{slot.end:%H:%M}",
            "free": slot.free, "note": slot.note}


@router.get("/slots")
def slots(request: Request) -> list[dict[str, Any]]:
    return [_slot_json(s) for s in open_slots(_state(request).ctx)]


@router.post("/bookings", status_code=201)
def create_booking(request: Request, body: BookingRequest) -> dict[str, Any]:
    try:
        view = _state(request).book(request, body.slot_id, body.name, body.phone, body.service_id)
    except AppointmentError as exc:
        status = 409 if exc.reason in {"slot_full", "duplicate", "slot_past"} else 422
        raise HTTPException(status, {"reason": exc.reason, "message": exc.message}) from None
    return {"code": display_code(view.code or ""), "day": view.day.isoformat(), "start": f"{view.start:%H:%M}",
            "end": f"{view.end:%H:%M}", "service_name": view.service_name, "status": view.status}


@router.delete("/bookings/{code}")
def cancel_booking(request: Request, code: str) -> dict[str, Any]:
    try:
        view = _state(request).cancel(request, code[:20])
    except AppointmentError as exc:
        raise HTTPException(404, {"reason": exc.reason, "message": exc.message}) from None
    return {"cancelled": True, "day": view.day.isoformat(), "start": f"{view.start:%H:%M}", "status": view.status}
