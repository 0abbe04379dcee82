"""Menu actions of the supervisor's corner: a manual backup, the privacy purge and its retention period.

These are functions, not a page: the main window's menu calls them with itself as the parent. Each asks, runs
one operation through ``run_op`` and says what happened; refusals (BackupError, PermissionDenied, SettingRefused)
are shown with their message there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from counter_app.domain.permissions import Permission, require
from counter_app.operations.admin.backups import BackupMade, back_up_now
from counter_app.operations.admin.retention import (
    PurgeReport,
    RetentionSettings,
    cut_off_date,
    load_retention,
    purge_collected,
    save_retention,
)
from counter_app.operations.context import AppContext
from counter_app.ui.feedback import confirm, inform
from counter_app.ui.operation_runner import OpRun, run_op

translate = QCoreApplication.translate


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor for work done inline (a backup of a large file takes seconds)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def backup_now(ctx: AppContext, parent: QWidget | None = None) -> OpRun[BackupMade]:
    """Back the database up into the backup folder now (off the GUI thread: a large file takes seconds)."""
    title = translate("AdminActions", "Back up now")

    def done(made: BackupMade) -> None:
        inform(parent, translate("AdminActions", "Backup written to {path} ({size:,} bytes).").format(
            path=made.path, size=made.size), title)

    return run_op(parent, lambda: back_up_now(ctx), done, background=True, announces_change=False, title=title)


def _kind_labels() -> dict[str, str]:
    return {
        "card_case": translate("AdminActions", "ID card cases"),
        "notice": translate("AdminActions", "One-time notices"),
        "service_case": translate("AdminActions", "Counter service cases"),
        "booking": translate("AdminActions", "Appointments"),
        "follow_up": translate("AdminActions", "Follow-ups"),
    }


def purge_now(ctx: AppContext, parent: QWidget | None = None) -> PurgeReport | None:
    """Show the retention period, confirm, erase the personal data older than it, and show the counts."""
    title = translate("AdminActions", "Purge old personal data")
    def allowed_years() -> int:
        # Asked before the confirmation so a clerk is not asked a question only to be refused afterwards.
        require(ctx.actor, Permission.PURGE_PERSONAL_DATA)
        return load_retention(ctx).collected_case_years

    run = run_op(parent, allowed_years, announces_change=False, title=title)
    if not run.ok:
        return None
    years = run.result
    cut_off = cut_off_date(ctx.now().date(), years)
    if cut_off is None:
        inform(parent, translate("AdminActions", "The retention period is 0 (keep for ever): nothing is purged."),
               title)
        return None
    question = translate(
        "AdminActions",
        "The retention period is {years} year(s). Erase names, ID numbers, phones and notes of records "
        "finished before {date}? The records and counts stay; the personal data cannot be restored.",
    ).format(years=years, date=f"{cut_off:%Y-%m-%d}")
    if not confirm(parent, question, title):
        return None
    with _busy():
        purged = run_op(parent, lambda: purge_collected(ctx), title=title)
    if not purged.ok:
        return None
    report = purged.result
    labels = _kind_labels()
    lines = [f"{labels.get(kind, kind)}: {count}" for kind, count in report.counts.items()]
    summary = translate("AdminActions", "Personal data erased from {total} record(s):").format(total=report.total)
    inform(parent, "\n".join([summary, *lines]), title)
    return report


def edit_retention(ctx: AppContext, parent: QWidget | None = None) -> RetentionSettings | None:
    """Ask for the retention period in years (0 = keep for ever) and save it; None if cancelled or refused."""
    title = translate("AdminActions", "Retention period")
    current = load_retention(ctx).collected_case_years
    years, ok = QInputDialog.getInt(
        parent,
        title,
        translate(
            "AdminActions",
            "Years after a record is finished (a card collected, a case done) before its personal data "
            "are erased; 0 keeps them for ever:",
        ),
        current,
        0,
        30,
    )
    if not ok:
        return None
    return run_op(parent, lambda: save_retention(ctx, years), title=title).result
