"""Loading the UI translation. Source strings are English; Simplified Chinese is the default UI language.

Regenerate after changing any ``tr()`` string (run from the repository root)::

    .venv/bin/pyside6-lupdate counter_app/ui/*.py -ts resources/translations/counter_app_zh_CN.ts
    # fill every <translation type="unfinished"> entry with Chinese, then:
    .venv/bin/pyside6-lrelease resources/translations/counter_app_zh_CN.ts \
        -qm resources/translations/counter_app_zh_CN.qm
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# Translators and their data must outlive the call that installs them: QTranslator.load(data) does not copy it.
_installed: list[tuple[QTranslator, bytes]] = []


def load_translation(app: QCoreApplication, language: str = "zh_CN") -> bool:
    """Install ``counter_app_<language>.qm`` from the packaged resources; False if it is missing or unreadable."""
    qm = resources.files("counter_app.resources") / "translations" / f"counter_app_{language}.qm"
    try:
        data = qm.read_bytes()
    except (FileNotFoundError, OSError):
        log.warning("translation %s not found", qm)
        return False
    translator = QTranslator(app)
    if not translator.load(data):
        log.warning("translation %s could not be loaded", qm)
        return False
    app.installTranslator(translator)
    _installed.append((translator, data))
    # Dates, weekdays and numbers drawn by Qt itself (date edits, calendars) follow the UI language too.
    QLocale.setDefault(QLocale(language))
    return True


def remove_translations(app: QCoreApplication | None) -> None:
    """Back to the English source texts and the C locale (tests; switching the language at run time)."""
    while _installed:
        translator, _data = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
