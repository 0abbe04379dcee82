"""The UI translations (Chinese and English) are complete, compiled from the committed .ts, actually used, and no
visible text escapes them: the Chinese UI shows no English, the English UI no Chinese except domain data."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counter_app.operations.context import Actor

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_has_no_unfinished_entries(language: str) -> None:
    ts = TRANSLATIONS / f"counter_app_{language}.ts"
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
    assert "<translation />" not in text
    assert "<numerusform></numerusform>" not in text and "<numerusform />" not in text
    assert ET.fromstring(text.encode("utf-8")).get("language") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_matches_ts(language: str, tmp_path: Path) -> None:
    tool = _lrelease()
    if not tool:
        pytest.skip("pyside6-lrelease not available")
    ts, qm = (TRANSLATIONS / f"counter_app_{language}{suffix}" for suffix in (".ts", ".qm"))
    out = tmp_path / "check.qm"
    subprocess.run([tool, str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == qm.read_bytes(), "run pyside6-lrelease (see counter_app/ui/i18n.py) and commit the .qm"


def test_both_languages_have_the_same_source_texts() -> None:
    def sources(language: str) -> set[tuple[str, str]]:
        tree = ET.parse(TRANSLATIONS / f"counter_app_{language}.ts")
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.iter("context")
            for message in context.iter("message")
        }

    assert sources("zh_CN") == sources("en"), "run pyside6-lupdate for both .ts files"


def test_main_window_is_in_chinese(qtbot: QtBot, ui_ctx: object) -> None:
    from counter_app.ui.i18n import load_translation
    from counter_app.ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    assert load_translation(app, "zh_CN")
    window = MainWindow(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.windowTitle() == "户籍窗口助手"
    # Looked up by page, not by position: the tab order is the UI's business, the wording is this test's.
    titles = {
        window.guide: "服务指南",
        window.lookup: "领证查询",
        window.arrivals: "到证与通知",
        window.history: "告知记录",
        window.same_day: "当日办",
        window.appointments: "预约",
        window.follow_ups: "待办",
        window.routine: "开窗/闭窗",
        window.report: "工作日报",
    }
    for page, title in titles.items():
        assert window.tabs.tabText(window.tabs.indexOf(page)) == title
    assert window.guide.search.placeholderText() == "输入名称、拼音或首字母，如 csdj"


# --- Every visible string goes through translation ---------------------------------------------------------------

# Runs of Latin letters that are right in the Chinese UI too. Kept small on purpose: anything else in Latin letters is
# an English source text that escaped tr() (or an unfinished translation).
ALLOWED_LATIN = (
    # file formats and database products, written so in Chinese too
    {"PDF", "XLSX", "CSV", "SQLite", "PostgreSQL"}
    # key caps, as printed on the keyboard
    | {"Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "Del", "PgUp", "PgDn"}
    # product names (About; "Export to Excel"); the pinyin-initials example in the guide's search box
    | {"Qt", "Python", "PySide", "Excel", "csdj"}
    # device ports and the ID-card reader's library file as the vendors and Windows name them; the PATH variable
    | {"USB", "COM", "sdtapi", "libsdtapi", "dll", "PATH"}
)
# Not words at all: URLs, file paths, versions (the database location, the data folder, "6.8.1"), the name of the
# holiday-calendar package the office-hours dialog cites, and {placeholders} a help text explains.
_NOT_WORDS = re.compile(
    r"chinese-calendar|\{\w+\}|\w+://\S+|(?:[A-Za-z]:)?[\w.~-]*[/\\][^\s，。；：、）]*|\d+(?:\.\d+)+\S*"
)
_LATIN_RUN = re.compile(r"[A-Za-z]{3,}")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_TAG = re.compile(r"<[^>]*>")
USER = "boss"  # the signed-in user's name is stored data shown in the status bar


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text)) if "<" in text else text


def _where(widget: QWidget) -> str:
    """The nearest of our own classes around a widget, to say where a text sits."""
    owner: QObject | None = widget
    while owner is not None and not type(owner).__module__.startswith("counter_app"):
        owner = owner.parent()
    return type(owner or widget).__name__


def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    if isinstance(view, QTableView) and view.verticalHeader().isVisible():
        texts += [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    return [str(t) for t in texts if t is not None]


def visible_texts(root: QWidget) -> dict[str, str]:
    """Text → where, for the chrome a clerk sees on ``root`` now: titles, labels, buttons, group boxes, tab texts,
    table headers, placeholders, help text and menus. Table cells are left out: they show stored data."""
    found: dict[str, str] = {}

    def add(where: str, *texts: str) -> None:
        for text in texts:
            text = _plain(text).replace("&", "").strip()
            if text:
                found.setdefault(text, where)

    add(type(root).__name__ + " title", root.windowTitle())
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):  # what shows when root is on screen: not the other tabs' or pages' widgets
            continue
        where = _where(w)
        if isinstance(w, (QLabel, QAbstractButton)):
            add(where, w.text())
        elif isinstance(w, QGroupBox):
            add(where, w.title())
        elif isinstance(w, QTabBar):
            add(where, *(w.tabText(i) for i in range(w.count())))
        elif isinstance(w, QLineEdit):
            add(where, w.placeholderText())
        elif isinstance(w, QTextBrowser):
            add(where, w.toPlainText())
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListView):
            add(where, *_header_texts(w))
    if isinstance(root, QMainWindow):
        for top in root.menuBar().actions():
            add("menu", top.text())
            if top.menu() is not None:
                add("menu " + top.text(), *(a.text() for a in top.menu().actions() if not a.isSeparator()))
    return found


def _visit_tabs(root: QWidget, seen: dict[str, str]) -> None:
    """Every tab of every tab widget (nested ones too), each in turn on screen."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            seen.update(visible_texts(root))
            _visit_tabs(tabs.widget(index), seen)


def _walk_every_page(qtbot: QtBot, ctx: object) -> dict[str, str]:
    """The main window (as a supervisor: every tab) and the main dialogs, every tab and wizard page shown once."""
    from counter_app.ui.dialogs.about_dialog import AboutDialog
    from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog
    from counter_app.ui.dialogs.quick_guide import TOPICS, QuickGuideDialog
    from counter_app.ui.dialogs.settings_dialog import SettingsDialog
    from counter_app.ui.help_menu import add_help_menu
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.wizard.first_run_wizard import FirstRunWizard

    ctx.actor = Actor(clerk=USER, workstation="窗口1", role="supervisor")  # type: ignore[attr-defined]
    seen: dict[str, str] = {}
    window = MainWindow(ctx)  # type: ignore[arg-type]
    add_help_menu(window)  # once per window: a no-op when the window adds it itself
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen.update(visible_texts(window))
    for dialog in (SettingsDialog(ctx), AboutDialog(ctx), OfficeHoursDialog(ctx)):  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        seen.update(visible_texts(dialog))
        _visit_tabs(dialog, seen)
    guide = QuickGuideDialog()
    qtbot.addWidget(guide)
    guide.show()
    for topic in TOPICS:
        guide.show_topic(topic)
        seen.update(visible_texts(guide))
        seen.update({guide.topics.item(i).text(): "QuickGuideDialog" for i in range(guide.topics.count())})
    wizard = FirstRunWizard(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    seen.update(visible_texts(wizard))
    for page_id in wizard.pageIds():  # each page as it will show (moving there with Next would validate the last)
        page = wizard.page(page_id)
        seen.update(visible_texts(page))
        seen.update({page.title(): "FirstRunWizard", page.subTitle(): "FirstRunWizard"})
    return seen


def test_no_visible_string_escapes_translation(qtbot: QtBot, ui_ctx: object) -> None:
    from counter_app.ui.i18n import load_translation

    app = QApplication.instance()
    assert app is not None and load_translation(app, "zh_CN")
    seen = _walk_every_page(qtbot, ui_ctx)
    assert len(seen) > 300, "the walk must reach every page"
    allowed = {word.casefold() for word in ALLOWED_LATIN | {USER}}
    escaped = sorted(
        f"{where}: {text!r}"
        for text, where in seen.items()
        if any(word.casefold() not in allowed for word in _LATIN_RUN.findall(_NOT_WORDS.sub(" ", text)))
    )
    assert not escaped, "English left in the Chinese UI (wrap it in tr() and translate it):\n" + "\n".join(escaped)


# Chinese the English UI shows on purpose, by origin (see _domain_chinese).
PRODUCT_NAME_ZH = "户籍窗口助手"  # the program's Chinese name, shown beside the English one in About
# The quick guide quotes the lookup's answer line and the printed notice's name as the clerk sees them: the answer
# line is built by the domain layer in Chinese (it is read out to callers) and printed documents are Chinese only.
QUICK_GUIDE_QUOTES_ZH = ("已到", "可领取", "制证中", "第12天/限45天", "已超期", "一次性告知单")


def _domain_chinese(ctx: object) -> set[str]:
    """Chinese that is data, not UI chrome: the station's stored details and routine checklists (their defaults come
    from operations.station and operations.routine), the workstation's name, the report period's label
    (operations.daily_report.ReportPeriod.label), the product name and the quick guide's quotes of domain output."""
    from counter_app.operations.admin.station import load_station
    from counter_app.operations.day.routine import load_routine
    from printing.report_data import ReportPeriod

    station = load_station(ctx)  # type: ignore[arg-type]
    routine = load_routine(ctx)  # type: ignore[arg-type]
    return (
        {station.name, station.address, station.phone, station.hours, station.office_name}
        | {item.text for item in routine.open + routine.close}
        | {ctx.actor.workstation, ReportPeriod.day(ctx.now().date()).label, PRODUCT_NAME_ZH}  # type: ignore[attr-defined]
        | set(QUICK_GUIDE_QUOTES_ZH)
    )


def test_english_ui_has_no_chinese_chrome(qtbot: QtBot, ui_ctx: object) -> None:
    from counter_app.ui.i18n import load_translation

    app = QApplication.instance()
    assert app is not None and load_translation(app, "en")
    seen = _walk_every_page(qtbot, ui_ctx)
    domain = sorted(_domain_chinese(ui_ctx), key=len, reverse=True)

    def chrome(text: str) -> str:
        for label in domain:
            text = text.replace(label, " ")
        return text

    chinese = sorted(f"{where}: {text!r}" for text, where in seen.items() if _CJK.search(chrome(text)))
    assert not chinese, "Chinese in the English UI (give it an English source text and tr()):\n" + "\n".join(chinese)


def test_english_plural_forms(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from counter_app.ui.i18n import load_translation

    app = QApplication.instance()
    assert app is not None and load_translation(app, "en")
    one = QCoreApplication.translate("FollowUpsPage", "overdue %n day(s)", "", 1)
    three = QCoreApplication.translate("FollowUpsPage", "overdue %n day(s)", "", 3)
    assert (one, three) == ("overdue 1 day", "overdue 3 days")
