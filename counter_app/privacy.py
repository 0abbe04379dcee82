"""Process-wide protection of personal data outside the database: log records are masked, files are private.

- Every log record, whoever writes it and whichever handler prints it, has its ID numbers and mobiles masked:
  the message, the arguments, a traceback (a database error's text carries the failing row on PostgreSQL) and
  the stack. This is done once, in the log-record factory, so that no handler can be forgotten.
- On POSIX the process creates files 0600 and folders 0700 (umask 077), and the data and settings folders
  left by an older version are tightened at start-up. On Windows the per-user application-data folder is
  already readable only by its user (and administrators); nothing is changed there.
"""

from __future__ import annotations

import logging
import os
import stat
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counter_app.domain.masking import mask_numbers_in_text

PRIVATE_UMASK = 0o077
_installed_factory: list[Callable[..., logging.LogRecord]] = []


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Mask the record in place: its formatted message, traceback and stack (idempotent)."""
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a malformed %-format must still be logged, masked, not raise here
        message = f"{record.msg!s} {record.args!r}"
    record.msg, record.args = mask_numbers_in_text(message), None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
    if record.exc_text:
        record.exc_text = mask_numbers_in_text(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_numbers_in_text(record.stack_info)
    return record


class MaskingFilter(logging.Filter):
    """The same masking as a handler filter, for records built without the factory (``makeLogRecord``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


def install_log_masking() -> None:
    """Make every log record of this process masked at birth; calling it again changes nothing."""
    if _installed_factory:
        return
    original = logging.getLogRecordFactory()

    def masked_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(original(*args, **kwargs))

    _installed_factory.append(masked_factory)
    logging.setLogRecordFactory(masked_factory)


def private_files() -> None:
    """On POSIX: new files 0600 and folders 0700 for the rest of the process (its children inherit it)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def tighten(folder: Path) -> None:
    """Remove group and other access from ``folder`` and everything under it (POSIX; what older versions left)."""
    if os.name != "posix" or not folder.is_dir():
        return
    for path in [folder, *folder.rglob("*")]:
        try:
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode) or not mode & 0o077:
                continue
            path.chmod(stat.S_IMODE(mode) & ~0o077)
        except OSError:
            continue  # a file another user owns or that vanished: nothing this process could protect
