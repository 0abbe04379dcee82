"""Accounts for the UI tests: a cheap argon2 cost, a supervisor and a clerk, and a settable clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from argon2 import PasswordHasher

from counter_app.operations.admin import accounts
from counter_app.operations.admin.accounts import create_first_supervisor, create_user
from counter_app.operations.context import Actor
from tests.clock import Clock

BOSS_PW = "boss-secret-1"
CLERK_PW = "clerk-pass-2"
NOW = datetime(2026, 11, 23, 10, 30)


@pytest.fixture
def fast_hashing():
    """Production keeps argon2-cffi's defaults; tests swap in a tiny cost so each hash takes microseconds."""
    previous = accounts.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield
    accounts.use_password_hasher(previous)


@pytest.fixture
def staffed_ctx(ui_ctx, fast_hashing):
    """The UI context with a supervisor (boss) and a clerk (li), acting as the supervisor at 窗口1."""
    ui_ctx.clock = Clock(NOW)
    create_first_supervisor(ui_ctx, "boss", "王所长", BOSS_PW)
    ui_ctx.actor = Actor(clerk="boss", workstation="窗口1", role="supervisor")
    create_user(ui_ctx, "li", "李警官", "clerk", CLERK_PW)
    return ui_ctx


def as_clerk(ctx):
    return replace(ctx, actor=Actor(clerk="li", workstation="窗口2", role="clerk"))
