"""Menu actions of the supervisor's corner: a manual backup, the privacy purge and its retention period.

These are functions, not a page: the main window's menu calls them with itself as the parent. Each asks, runs
one operation and says what happened; refusals (BackupError, PermissionDenied, RetentionError) are shown with
their message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from counter_app import paths
from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Permission, require
from counter_app.operations.admin.retention import (
    PurgeReport,
    RetentionSettings,
    cut_off_date,
    load_retention,
    purge_collected,
    save_retention,
)
from counter_app.operations.context import AppContext
from counter_app.store.backup import backup_sqlite, unique_path
from counter_app.store.backup_pg import backup_pg
from counter_app.ui.feedback import confirm, inform, show_refusal

translate = QCoreApplication.translate
MANUAL_PREFIX = "counter-manual"


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor for work done inline (a backup of a large file takes seconds)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def backup_now(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """Back the database up into the backup folder now; audited as ``backup.manual``. Returns the file."""
    title = translate("AdminActions", "Back up now")
    stamp = f"{ctx.now():%Y%m%d-%H%M%S}"
    try:
        with _busy():
            if ctx.db.sqlite_path is not None:
                target = backup_sqlite(ctx.db, unique_path(paths.backup_dir() / f"{MANUAL_PREFIX}-{stamp}.db"))
            else:
                # backup_pg refuses any server that is not PostgreSQL with its own message.
                url = ctx.db.url.render_as_string(hide_password=False)
                target = backup_pg(url, unique_path(paths.backup_dir() / f"{MANUAL_PREFIX}-{stamp}.dump"))
            size = target.stat().st_size
            with ctx.db.write() as session:
                ctx.audit(session, "backup.manual", str(target), size=size)
    except DomainError as exc:
        show_refusal(parent, exc.message, title)
        return None
    inform(parent, translate("AdminActions", "Backup written to {path} ({size:,} bytes).").format(
        path=target, size=size), title)
    return target


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
    try:
        # Asked before the confirmation so a clerk is not asked a question only to be refused afterwards.
        require(ctx.actor, Permission.PURGE_PERSONAL_DATA)
        years = load_retention(ctx).collected_case_years
    except DomainError as exc:
        show_refusal(parent, exc.message, title)
        return None
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
    try:
        with _busy():
            report = purge_collected(ctx)
    except DomainError as exc:
        show_refusal(parent, exc.message, title)
        return None
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
    try:
        return save_retention(ctx, years)
    except DomainError as exc:
        show_refusal(parent, exc.message, title)
        return None
