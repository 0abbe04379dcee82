"""Loading the UI translation. Source strings are English; Simplified Chinese is the default UI language.

Both languages have a compiled translation: counter_app_zh_CN.qm, and counter_app_en.qm whose texts are the
English sources themselves but which carries the English plural forms of ``%n`` texts ("1 day" / "3 days").
Qt's own texts (standard dialog buttons, wizard buttons, context menus) come from Qt's qtbase_<language>.qm.

Regenerate after changing any ``tr()`` string (run from the repository root; README "Translations")::

    for lang in zh_CN en; do .venv/bin/pyside6-lupdate -no-obsolete $(find counter_app/ui -name '*.py' | sort) \
        counter_app/domain/settings_registry.py \
        -target-language $lang -ts resources/translations/counter_app_$lang.ts; done
    .venv/bin/python resources/translations/fill_zh_CN.py   # add the missing Chinese to its table first
    .venv/bin/python resources/translations/fill_en.py
    for lang in zh_CN en; do .venv/bin/pyside6-lrelease resources/translations/counter_app_$lang.ts \
        -qm resources/translations/counter_app_$lang.qm; done
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# Translators and their data must outlive the call that installs them: QTranslator.load(data) does not copy it.
_installed: list[tuple[QTranslator, bytes | None]] = []


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
    _load_qt_own_texts(app, language)
    # Dates, weekdays and numbers drawn by Qt itself (date edits, calendars) follow the UI language too.
    QLocale.setDefault(QLocale(language))
    return True


def _load_qt_own_texts(app: QCoreApplication, language: str) -> None:
    # "OK", "Cancel", "< Back", "Copy"... are Qt's texts, not ours: without Qt's catalogue they stay English.
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)
        _installed.append((translator, None))
    elif language != "en":
        log.warning("Qt's own translation qtbase_%s not found in %s", language, folder)


def remove_translations(app: QCoreApplication | None) -> None:
    """Back to the English source texts and the C locale (tests; switching the language at run time)."""
    while _installed:
        translator, _data = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
