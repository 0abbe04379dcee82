"""The log file never holds a full ID number or mobile, even when the database quotes the failing row.

Attack on the old main: an integrity error carried the statement's parameters (SQLite and PostgreSQL) and, on
PostgreSQL, "Failing row contains (…)" with the whole row; the traceback went into the log file as it was.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from counter_app import paths
from counter_app.bootstrap import open_context
from counter_app.log_file import setup_logging
from counter_app.store.models import Notice
from tests.id_numbers import make_id

ID_NUMBER, MOBILE = make_id(21), "13812345678"


def _digits(text: str) -> str:
    return re.sub(r"[^0-9X]", "", text.upper())


@pytest.fixture
def log_file(monkeypatch):
    root = logging.getLogger()
    level = root.level
    monkeypatch.setattr(root, "handlers", [])  # setup_logging adds its file handler only once per process
    setup_logging()
    yield paths.log_dir() / "counter-app.log"
    for handler in root.handlers:
        handler.close()
    root.setLevel(level)  # setup_logging lowered it to INFO: later tests would see every library's INFO records


def test_an_integrity_error_with_an_id_number_is_logged_masked(db_url, log_file):
    ctx = open_context(db_url)
    statement = insert(Notice).values(
        notice_no=None, service_id="id_card_renewal", service_name="换领", applicant_name="张三丰",
        id_number=ID_NUMBER, id_rev=ID_NUMBER[::-1], phone=MOBILE, phone_rev=MOBILE[::-1],
        answers={}, brought=[], missing=[], clerk="李警官", workstation="窗口1", created_at=datetime(2026, 11, 23),
    )
    with pytest.raises(IntegrityError) as raised, ctx.db.write() as session:
        session.execute(statement)
    assert "parameters hidden" in str(raised.value)  # hide_parameters: the row never reaches the error text
    log = logging.getLogger("counter_app.test")
    try:
        raise RuntimeError("saving the notice failed") from raised.value
    except RuntimeError:
        log.exception("notice for %s (%s) not saved", f"{ID_NUMBER[:6]} {ID_NUMBER[6:]}", MOBILE)
    log.warning("typed: %s", ID_NUMBER.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")))
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "saving the notice failed" in text
    folded = _digits(text.translate(str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")))
    assert ID_NUMBER not in folded and MOBILE not in folded
    assert f"{ID_NUMBER[:6]} ********{ID_NUMBER[-4:]}" in text  # masked where it stood, spacing kept
