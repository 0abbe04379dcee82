"""Where the application keeps its files: the platform's user data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CounterAssistant"
ENV_DATA = "COUNTER_APP_DATA"  # lets tests and portable installs put everything in one folder


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    # 0700 whatever the umask: the folder holds the database, backups and logs of every applicant.
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def overrides_dir() -> Path:
    """Station overrides of catalog values (``<service id>.yaml``); read if present, never required."""
    return data_dir() / "overrides"


def catalog_cache_file() -> Path:
    """The validated catalog of the last start (``catalog_cache``); deleting it only makes the next start slower."""
    return data_dir() / "cache" / "catalog.pickle"


def station_days_file() -> Path:
    """Extra holidays and make-up working days for years the calendar package does not know yet."""
    return data_dir() / "station-days.yaml"


ENV_FONT = "COUNTER_APP_FONT"


def configured_font() -> Path | None:
    """A TrueType Chinese font chosen for this workstation (``--font`` or COUNTER_APP_FONT), if any.

    Used first by the window and by every printed document; without it both search the usual places.
    """
    value = os.environ.get(ENV_FONT)
    return Path(value) if value else None


def config_file() -> Path:
    """This workstation's own settings (database choice, printers, language): a JSON file outside the database.

    The database choice cannot live in the database, so it sits in the platform's user config folder
    (or in COUNTER_APP_DATA when that is set, so tests and portable installs keep everything together).
    """
    override = os.environ.get(ENV_DATA)
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "workstation.json"
