"""The application's log file in the data folder, with personal data masked.

Apart from ``bootstrap`` so that the window can set it up before the storage layer is imported (ui/app.py).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from counter_app import paths
from counter_app.privacy import MaskingFilter, install_log_masking


def setup_logging() -> None:
    """Unexpected errors go to a log file in the data folder, never to the clerk's screen."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    install_log_masking()
    handler = RotatingFileHandler(paths.log_dir() / "counter-app.log", maxBytes=2_000_000, backupCount=5,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root.addHandler(handler)
    root.setLevel(logging.INFO)
