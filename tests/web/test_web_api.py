"""The JSON API on SQLite and PostgreSQL: the guide, the card status with its neutral answer and limit, bookings."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.operations.appointments.booking import slots_for
from counter_app.operations.guide.service_guide import search_services
from counter_app.store.models import AuditEntry, Booking
from counter_app.web.guards import TOO_MANY_BOOKINGS, TOO_MANY_STATUS
from tests.operations.contexts import audits
from tests.web.web_support import SATURDAY, Station, TestClient

pytestmark = pytest.mark.usefixtures("db_url")


def test_services_search_by_pinyin_initials_and_detail(client: TestClient, station: Station):
    found = client.get("/api/services", params={"q": "sfz"}).json()
    assert any(s["id"] == "id_card_renewal" for s in found)
    assert [s["id"] for s in found] == [s.id for s in search_services(station.ctx, "sfz")]  # the counter's search
    assert len(found) < len(client.get("/api/services").json())
    detail = client.get("/api/services/id_card_renewal").json()
    assert detail["fee"] and detail["promised_limit"] and detail["materials"]
    assert client.get("/api/services/no_such_thing").status_code == 404


def test_checklist_follows_the_answers_like_the_counter(client: TestClient, station: Station):
    from counter_app.domain.checklist import evaluate

    service = station.ctx.catalog.get("id_card_renewal")
    question = next(q for q in service.questions if q.kind == "choice" and len(q.choices) > 1)
    other = next(c.value for c in question.choices if c.value != question.default)
    body = client.post("/api/checklist", json={"service_id": service.id, "answers": {question.id: other}}).json()
    expected = evaluate(service, {question.id: other})
    assert [m["id"] for m in body["materials"]] == [m.id for m in expected.applicable]
    assert body["fee"] == expected.fee.text()
    bad = client.post("/api/checklist", json={"service_id": service.id, "answers": {question.id: "nonsense"}})
    assert bad.status_code == 422


def test_status_answers_the_resident_without_personal_data(client: TestClient, station: Station):
    response = client.post("/api/cards/status",
                           json={"acceptance_no": station.acceptance_no, "id_last4": station.id_last4.lower()})
    assert response.status_code == 200
    body = response.json()
    assert body["state"] == "arrived" and body["state_label"] == "已到达"
    assert body["collect"]["bring"][0] == "居民身份证领取凭证" and body["collect"]["hours"]
    text = response.text
    with station.ctx.db.read() as session:
        from counter_app.store.models import CardCase

        case = session.scalars(select(CardCase)).one()
    assert case.name not in text and case.id_number not in text and case.storage_place not in text
    assert case.phone not in text


def test_wrong_pair_and_unknown_number_get_the_same_answer(client: TestClient, station: Station):
    wrong = client.post("/api/cards/status", json={"acceptance_no": station.acceptance_no, "id_last4": "0000"})
    unknown_no = station.acceptance_no[:-5] + "99999"
    unknown = client.post("/api/cards/status", json={"acceptance_no": unknown_no, "id_last4": station.id_last4})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.json() == unknown.json()
    malformed = client.post("/api/cards/status", json={"acceptance_no": "123", "id_last4": "12"})
    assert malformed.status_code == 422


def test_every_status_query_is_audited_with_the_address_masked(client: TestClient, station: Station):
    client.post("/api/cards/status", json={"acceptance_no": station.acceptance_no, "id_last4": station.id_last4})
    client.post("/api/cards/status", json={"acceptance_no": station.acceptance_no, "id_last4": "1111"})
    entries = audits(station.ctx, "web.card_status")
    assert [e.detail["answered"] for e in entries] == [True, False]
    assert {(e.clerk, e.workstation) for e in entries} == {("web", "web 203.0.113.*")}
    assert all("203.0.113.57" not in str(e.detail) and station.id_last4 not in str(e.detail) for e in entries)


def test_more_than_ten_failures_in_ten_minutes_get_429(client: TestClient, station: Station):
    state = client.app.state.web
    clock = [1000.0]
    state.status_failures._clock = lambda: clock[0]
    for _ in range(10):
        assert client.post("/api/cards/status", json={"acceptance_no": station.acceptance_no,
                                                      "id_last4": "0000"}).status_code == 404
    blocked = client.post("/api/cards/status",
                          json={"acceptance_no": station.acceptance_no, "id_last4": station.id_last4})
    assert blocked.status_code == 429 and blocked.json()["detail"] == TOO_MANY_STATUS
    assert blocked.headers["Retry-After"] == "600"
    other = TestClient(client.app, client=("198.51.100.9", 40000))  # another client is not affected
    assert other.post("/api/cards/status", json={"acceptance_no": station.acceptance_no,
                                                 "id_last4": station.id_last4}).status_code == 200
    clock[0] += 601
    assert client.post("/api/cards/status", json={"acceptance_no": station.acceptance_no,
                                                  "id_last4": station.id_last4}).status_code == 200


def test_book_and_cancel_with_the_code_on_the_counters_slot(client: TestClient, station: Station):
    slots = client.get("/api/slots").json()
    assert [(s["id"], s["free"]) for s in slots] == [(station.slot_id, 2), (station.last_place_slot, 1)]
    made = client.post("/api/bookings", json={"slot_id": station.slot_id, "name": "王五", "phone": "138 0000 1111",
                                              "service_id": "id_card_renewal"})
    assert made.status_code == 201
    code = made.json()["code"]
    assert len(code) == 9 and code[4] == "-"
    assert slots_for(station.ctx, SATURDAY)[0].booked == 1
    with station.ctx.db.read() as session:
        booking = session.scalars(select(Booking)).one()
    assert booking.booked_by == "web" and booking.phone == "13800001111" and booking.code == code.replace("-", "")
    entry = audits(station.ctx, "appointment.book")[-1]
    assert entry.workstation == "web 203.0.113.*" and "王五" not in str(entry.detail)

    assert client.delete(f"/api/bookings/{code.lower()}").json()["status"] == "cancelled"
    assert slots_for(station.ctx, SATURDAY)[0].booked == 0
    again = client.delete(f"/api/bookings/{code}")
    assert again.status_code == 404
    assert client.delete("/api/bookings/ABCD-EFGH").json() == again.json()


def test_a_full_slot_is_refused_and_disappears(client: TestClient, station: Station):
    first = {"slot_id": station.last_place_slot, "name": "甲", "phone": "13800000001", "service_id": "id_card_renewal"}
    assert client.post("/api/bookings", json=first).status_code == 201
    second = client.post("/api/bookings", json={**first, "name": "乙", "phone": "13800000002"})
    assert second.status_code == 409 and second.json()["detail"]["reason"] == "slot_full"
    assert station.last_place_slot not in [s["id"] for s in client.get("/api/slots").json()]


def test_json_only_and_security_headers(client: TestClient, station: Station):
    form_post = client.post("/api/bookings", content=b'{"slot_id": 1}', headers={"Content-Type": "text/plain"})
    assert form_post.status_code == 422
    response = client.get("/api/slots")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer" and response.headers["X-Frame-Options"] == "DENY"
    with station.ctx.db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "appointment.book")).first() is None


def test_booking_actions_are_limited_per_client(client: TestClient, station: Station):
    for _ in range(10):
        assert client.delete("/api/bookings/2222-2222").status_code == 404
    blocked = client.post("/api/bookings", json={"slot_id": station.slot_id, "name": "王五", "phone": "13800001111",
                                                 "service_id": "id_card_renewal"})
    assert blocked.status_code == 429 and blocked.json()["detail"] == TOO_MANY_BOOKINGS
    assert slots_for(station.ctx, SATURDAY)[0].booked == 0
