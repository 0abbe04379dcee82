"""The web page's guards as plain objects: the sliding-window limit and the CSRF tokens; the typed last 4."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.operations.self_service.card_status import StatusQueryError, parse_last4
from counter_app.web.guards import Csrf, RateLimiter


def test_the_window_slides():
    now = [0.0]
    limiter = RateLimiter(3, 600, clock=lambda: now[0])
    for at in (0, 100, 200):
        now[0] = at
        assert not limiter.blocked("a")
        limiter.count("a")
    now[0] = 599
    assert limiter.blocked("a") and not limiter.blocked("b")
    now[0] = 600.5  # the first event has left the window
    assert not limiter.blocked("a")


def test_idle_clients_are_forgotten_when_the_table_is_full():
    now = [0.0]
    limiter = RateLimiter(1, 10, clock=lambda: now[0], max_clients=2)
    limiter.count("a")
    limiter.count("b")
    now[0] = 20
    limiter.count("c")
    assert set(limiter._events) == {"c"}


@given(st.binary(min_size=32, max_size=32), st.text(min_size=1, max_size=40), st.text(max_size=70))
def test_only_the_matching_token_passes(key, cookie, token):
    csrf = Csrf(key)
    assert csrf.valid(cookie, csrf.token_for(cookie))
    assert csrf.valid(cookie, token) == (token == csrf.token_for(cookie))
    assert not csrf.valid(None, csrf.token_for(cookie)) and not csrf.valid(cookie, None)
    assert not Csrf().valid(cookie, csrf.token_for(cookie))  # another process's key


@given(st.from_regex(r"[0-9]{3}[0-9Xx]", fullmatch=True), st.sampled_from(["", " ", "\u3000"]))
def test_last4_however_typed(text, space):
    assert parse_last4(space + text + space) == text.upper()
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in text)
    assert parse_last4(full_width) == text.upper()


@pytest.mark.parametrize("text", ["", "123", "12345", "X123", "12a4", "１２３", "abcd", "1 2 3"])
def test_anything_else_is_refused(text):
    with pytest.raises(StatusQueryError):
        parse_last4(text)
