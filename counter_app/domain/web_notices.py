"""The station's notices (公告) on the web page, as stored: short texts, each shown from a date until a date.

Kept as the one station-wide setting ``web_notices`` (declared in :mod:`counter_app.domain.settings_registry`),
so every counter and the web process read the same list.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

MAX_NOTICES = 20


class StationNotice(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    text: str = Field(min_length=1, max_length=300)
    published: dt.date
    until: dt.date | None = None  # None: until it is removed


class StationNotices(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

    items: list[StationNotice] = Field(default_factory=list, max_length=MAX_NOTICES)
