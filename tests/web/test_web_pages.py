"""The HTML pages through the test client: forms with CSRF, the neutral answer, privacy in URLs and logs."""

from __future__ import annotations

import logging

import pytest

from counter_app.web.guards import TOO_MANY_STATUS, RateLimiter
from counter_app.web.state import WINDOW_SECONDS
from tests.web.web_support import Station, TestClient, csrf_token

pytestmark = pytest.mark.usefixtures("db_url")


def test_every_page_opens_in_chinese_with_the_privacy_statement(client: TestClient):
    for path in ("/", "/guide", "/guide?q=hk", "/guide/id_card_renewal", "/status", "/booking", "/booking/cancel",
                 "/hours"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert '<html lang="zh-CN">' in page.text and "个人信息保护说明" in page.text
    assert "保存姓名、电话" in client.get("/booking").text and "2 年后清除" in client.get("/booking").text


def test_status_form_posts_and_shows_the_pickup_facts(client: TestClient, station: Station):
    token = csrf_token(client)
    page = client.post("/status", data={"csrf_token": token, "acceptance_no": station.acceptance_no,
                                        "id_last4": station.id_last4})
    assert page.status_code == 200 and "已到达" in page.text and "居民身份证领取凭证" in page.text
    assert "张三" not in page.text
    wrong = client.post("/status", data={"csrf_token": token, "acceptance_no": station.acceptance_no,
                                         "id_last4": "0000"})
    assert wrong.status_code == 404 and "没有查到" in wrong.text


def test_a_post_without_the_pages_token_is_refused(client: TestClient, station: Station):
    csrf_token(client)
    data = {"acceptance_no": station.acceptance_no, "id_last4": station.id_last4}
    assert client.post("/status", data=data).status_code == 403
    assert client.post("/status", data={**data, "csrf_token": "0" * 64}).status_code == 403
    stranger = TestClient(client.app)  # a token from another browser does not fit this browser's cookie
    assert stranger.post("/status", data={**data, "csrf_token": csrf_token(client)}).status_code == 403


def test_booking_form_gives_a_code_that_cancels(client: TestClient, station: Station):
    token = csrf_token(client, "/booking")
    page = client.post("/booking", data={"csrf_token": token, "slot_id": str(station.slot_id), "name": "王五",
                                         "phone": "13800001111", "service_id": "id_card_renewal"})
    assert page.status_code == 200 and "预约成功" in page.text
    code = page.text.split('id="booking-code">')[1].split("<")[0]
    bad = client.post("/booking/cancel", data={"csrf_token": token, "code": "2222-2222"})
    assert bad.status_code == 404 and "没有找到可取消的预约" in bad.text
    done = client.post("/booking/cancel", data={"csrf_token": token, "code": code})
    assert "名额已退回" in done.text
    refused = client.post("/booking", data={"csrf_token": token, "slot_id": str(station.slot_id), "name": "王五",
                                            "phone": "12345", "service_id": "id_card_renewal"})
    assert refused.status_code == 422 and "联系电话" in refused.text and 'value="王五"' in refused.text


def test_the_tenth_failure_blocks_the_page_too(client: TestClient, station: Station):
    token = csrf_token(client)
    for _ in range(10):
        client.post("/status", data={"csrf_token": token, "acceptance_no": "1" * 22, "id_last4": "0000"})
    page = client.post("/status", data={"csrf_token": token, "acceptance_no": station.acceptance_no,
                                        "id_last4": station.id_last4})
    assert page.status_code == 429 and TOO_MANY_STATUS in page.text


def test_the_access_log_holds_no_personal_data(client: TestClient, station: Station, caplog):
    token = csrf_token(client)
    with caplog.at_level(logging.INFO, logger="counter_app.web.access"):
        client.post("/status", data={"csrf_token": token, "acceptance_no": station.acceptance_no,
                                     "id_last4": station.id_last4})
        made = client.post("/api/bookings", json={"slot_id": station.slot_id, "name": "王五",
                                                  "phone": "13800001111", "service_id": "id_card_renewal"})
        client.delete(f"/api/bookings/{made.json()['code']}")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "POST /status 200" in logged and "DELETE /api/bookings/{code} 200" in logged
    for secret in (station.acceptance_no, station.id_last4, "王五", "13800001111", made.json()["code"], "203.0.113"):
        assert secret not in logged


def test_the_notice_pdf_is_the_counters_document_and_limited(client: TestClient):
    token = csrf_token(client, "/guide/id_card_renewal")
    state = client.app.state.web
    state.notice_pdfs = RateLimiter(3, WINDOW_SECONDS)  # the same limiter with a smaller allowance, for speed
    for _ in range(3):
        pdf = client.post("/guide/id_card_renewal/notice.pdf", data={"csrf_token": token})
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    refused = client.post("/guide/id_card_renewal/notice.pdf", data={"csrf_token": token})
    assert refused.status_code == 429 and "告知单" in refused.text


def test_a_token_in_any_script_is_refused_not_crashed(client: TestClient, station: Station):
    csrf_token(client)
    data = {"csrf_token": "\u0660\u00e9\u4e2d", "acceptance_no": station.acceptance_no, "id_last4": "١٢٣٤"}
    assert client.post("/status", data=data).status_code == 403
