"""UI tests run without a display, on a temporary SQLite database and data folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.databases import sqlite_copy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# tests/conftest.py puts tests/ on sys.path, where tests/printing/ would shadow the top-level ``printing``
# package as a namespace package; put the repository root first (pyproject's pytest `pythonpath = ["."]` is the
# suite-wide fix).
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


@pytest.fixture
def ui_ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_template: Path) -> Iterator[object]:
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    from counter_app.bootstrap import open_context

    ctx = open_context(sqlite_copy(sqlite_template, tmp_path / "t.db"))  # the session's migrated template
    ctx.clock = lambda: datetime(2026, 11, 23, 10, 30)
    yield ctx


@pytest.fixture
def shown() -> Iterator[object]:
    """What the clerk would have been told (``counter_app.ui.feedback``), recorded instead of shown in modal boxes
    that would block the test; questions are answered Yes (set ``shown.answer``). An unexpected error fails it."""
    from counter_app.ui import feedback

    recorder = feedback.RecordingPresenter()
    previous = feedback.set_presenter(recorder)
    yield recorder
    feedback.set_presenter(previous)
    assert not recorder.apologies, f"unexpected errors: {recorder.apologies}"


@pytest.fixture
def warnings(shown: object) -> list[str]:
    """The refusals a test provokes."""
    return shown.refusals  # type: ignore[attr-defined]


@pytest.fixture
def wait_ops(qtbot: object) -> Callable[[], None]:
    """Call to wait until every background ``run_op`` has delivered its outcome on the GUI thread."""
    from counter_app.ui.operation_runner import pending_count

    return lambda: qtbot.waitUntil(lambda: pending_count() == 0, timeout=15_000)  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _english_between_tests() -> Iterator[None]:
    """A test that loads the Chinese translation must not leave it to the next test, which may expect English."""
    yield
    from PySide6.QtWidgets import QApplication

    from counter_app.ui.i18n import remove_translations

    remove_translations(QApplication.instance())


@pytest.fixture(autouse=True)
def print_prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The "cannot print — save as PDF?" lines a test provokes; answered "no" instead of a modal box that blocks."""
    from counter_app.ui import printing_service

    asked: list[str] = []
    monkeypatch.setattr(printing_service, "ask_save_as_pdf", lambda _parent, problem: asked.append(problem) or False)
    return asked


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str, str]]:
    """Documents handed to the printer as (pdf, printer, title), for tests about what is printed rather than how
    (tests/ui/test_printing_spooler.py prints through the real spooler)."""
    from counter_app.ui import printing_service

    jobs: list[tuple[bytes, str, str]] = []
    monkeypatch.setattr(printing_service, "printer_problem", lambda _name: None)
    monkeypatch.setattr(printing_service, "send_pdf",
                        lambda pdf, printer, title: jobs.append((pdf, printer, title)) or printer or "default")
    return jobs
