"""The one place the clerk is told that something did not happen: a refusal or an unexpected error.

A refusal (a ``DomainError``: a rule said no, an input is wrong) is shown as is, in one warning box; the clerk can act
on it. Anything else is a bug or an outage: its traceback goes to the log file, the clerk gets a short apology naming
the log, never the traceback. ``run_op`` and the application's exception hook both end here, so pages hold no
``QMessageBox`` of their own for errors.

Tests swap the presenter (``set_presenter``) instead of patching ``QMessageBox``: modal boxes would block them.
"""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counter_app import paths
from counter_app.domain.masking import mask_numbers_in_text

log = logging.getLogger(__name__)


def log_file() -> Path:
    return paths.log_dir() / "counter-app.log"


def write_log(text: str) -> Path:
    """Append ``text`` to the log file; the file's path (also when writing failed, so the clerk can still look)."""
    path = log_file()
    try:
        with path.open("a", encoding="utf-8") as fh:
            # Written beside the logging system, so masked here: a traceback may quote a row with an ID number.
            fh.write(mask_numbers_in_text(text).rstrip() + "\n")
    except OSError:
        log.exception("could not write the log file %s", path)
    return path


class Presenter(Protocol):
    """How refusals, apologies, confirmations and results reach the clerk."""

    def refusal(self, parent: QWidget | None, title: str, message: str) -> None: ...

    def apology(self, parent: QWidget | None, title: str, message: str) -> None: ...

    def confirm(self, parent: QWidget | None, title: str, question: str) -> bool: ...

    def information(self, parent: QWidget | None, title: str, message: str) -> None: ...


class BoxPresenter:
    """Modal message boxes: what a clerk sees."""

    def refusal(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def apology(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)

    def confirm(self, parent: QWidget | None, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def information(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)


@dataclass
class RecordingPresenter:
    """Keeps the texts instead of showing them, and answers every question with ``answer`` (tests)."""

    refusals: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    informations: list[str] = field(default_factory=list)
    answer: bool = True

    def refusal(self, parent: QWidget | None, title: str, message: str) -> None:
        self.refusals.append(message)

    def apology(self, parent: QWidget | None, title: str, message: str) -> None:
        self.apologies.append(message)

    def confirm(self, parent: QWidget | None, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answer

    def information(self, parent: QWidget | None, title: str, message: str) -> None:
        self.informations.append(message)


_presenter: Presenter = BoxPresenter()


def set_presenter(presenter: Presenter) -> Presenter:
    """Use ``presenter`` from now on; returns the previous one so a test can put it back."""
    global _presenter
    previous, _presenter = _presenter, presenter
    return previous


def _app_title() -> str:
    return QApplication.translate("ErrorHook", "Counter Assistant")


def show_refusal(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A rule or an input said no: the message (already in the UI language) as is."""
    _presenter.refusal(parent, title or _app_title(), message)


def confirm(parent: QWidget | None, question: str, title: str | None = None) -> bool:
    """Ask before doing something that cannot be undone; No is the default button."""
    return _presenter.confirm(parent, title or _app_title(), question)


def inform(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A result the clerk must read before going on (a backup's file, a count of purged records)."""
    _presenter.information(parent, title or _app_title(), message)


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> Path | None:
    """Log ``exc`` with its traceback and tell the clerk briefly where it went; returns the log's path.

    A lost database connection is no bug: the window's outage banner shows it and no box interrupts the clerk
    (None is returned).
    """
    from counter_app.ui.connection import report_lost_connection  # the banner's module; imported when needed

    if report_lost_connection(exc):
        log.warning("database connection lost: %s", exc)
        return None
    # A printout refused for a reason the clerk can act on (no font with the needed glyphs): said plainly, as a
    # refusal.  printing is imported only once something was printed, so an error of its own implies it is loaded.
    printing_errors = sys.modules.get("printing.errors")
    if printing_errors is not None and isinstance(exc, printing_errors.PrintingError):
        log.warning("printing refused: %s", exc)
        if QApplication.instance() is not None:
            show_refusal(parent, str(exc))
        return None
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error:\n%s", text)
    path = write_log(text)
    if QApplication.instance() is not None:
        _presenter.apology(
            parent,
            _app_title(),
            QApplication.translate("ErrorHook", "An unexpected error occurred; it was recorded in the log: {path}")
            .format(path=path),
        )
    return path
