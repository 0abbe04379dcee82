"""Screenshots of the outage banner, the start-up retry dialog and the wizard's join path, in Chinese.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_connection_screenshots.py

Needs a PostgreSQL server (``COUNTER_APP_TEST_PG``, default 127.0.0.1:5432, superuser): a throwaway database is
created, reached through the tests' TCP proxy, and dropped at the end. Writes into docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COUNTER_APP_DATA"] = tempfile.mkdtemp(prefix="counter-shots-")
PG = os.environ.get("COUNTER_APP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _wait(app, condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the screen to settle")
        app.processEvents()
        time.sleep(0.02)


def _settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from counter_app.bootstrap import open_context
    from counter_app.demo.cards import make_demo_cards
    from counter_app.demo.seed import demo_sign_in
    from counter_app.ui.app import choose_font
    from counter_app.ui.i18n import load_translation
    from tests.net_proxy import TcpProxy

    app = QApplication(sys.argv)
    load_translation(app, "zh_CN")
    choose_font(app)
    font = app.font()
    font.setPointSize(11)
    app.setFont(font)

    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    name = f"counter_shots_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    server = make_url(PG)
    proxy = TcpProxy(server.host or "127.0.0.1", server.port or 5432)
    url = proxy.url(server.set(database=name).render_as_string(hide_password=False))
    try:
        ctx = open_context(url)
        make_demo_cards(ctx, 40)
        ctx.actor = demo_sign_in(ctx)
        _banner(app, ctx, proxy)
        ctx.db.dispose()
        proxy.start()
        _wizard(app, url)
        _server_wait(app, url, proxy)
    finally:
        proxy.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _banner(app, ctx, proxy) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1280, 760)
    window.show()
    _wait(app, lambda: window.monitor.marker is not None)
    from sqlalchemy import select

    from counter_app.store.models import CardCase

    with ctx.db.read() as session:
        surname = session.scalars(select(CardCase.name).where(CardCase.state == "arrived").limit(1)).one()[0]
    window.show_lookup()
    window.lookup.search.setText(surname)
    window.lookup.run_search()
    window.lookup.select_row(0)
    proxy.stop()
    window.monitor.poll()
    _wait(app, window.banner.isVisible)
    window.lookup.search.setText(surname + "伟")  # typed during the outage: kept, searched when the server is back
    _settle(app, 0.5)
    window.grab().save(str(OUT / "outage-banner.png"))
    window.tabs.setCurrentWidget(window.guide)
    window.guide.search.setText("身份证")
    _settle(app)
    window.grab().save(str(OUT / "outage-banner-guide.png"))
    window.close()


def _server_wait(app, url: str, proxy) -> None:
    from counter_app.store.server_probe import check_connection
    from counter_app.ui.connection import in_thread
    from counter_app.ui.dialogs.server_wait_dialog import ServerWaitDialog

    proxy.stop()
    dialog = ServerWaitDialog(url, in_thread(lambda: check_connection(url)))
    dialog.show()
    _wait(app, lambda: bool(dialog.reason.text()))
    _settle(app)
    dialog.grab().save(str(OUT / "startup-server-down.png"))
    dialog.close()


def _wizard(app, url: str) -> None:
    from PySide6.QtWidgets import QWizard

    from counter_app.ui.wizard.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(None)
    wizard.show()
    wizard.welcome.join.setChecked(True)
    _settle(app)
    wizard.grab().save(str(OUT / "wizard-join-welcome.png"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.database
    shown = make_url_without_password(url)
    page.address.setText(shown)
    page.address.textEdited.emit(shown)
    page.test_connection()
    _settle(app)
    wizard.grab().save(str(OUT / "wizard-join-database.png"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.printers.counter_name.setText("2号窗口")
    _settle(app)
    wizard.grab().save(str(OUT / "wizard-join-counter.png"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    _settle(app)
    wizard.grab().save(str(OUT / "wizard-join-summary.png"))
    wizard.close()


def make_url_without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


if __name__ == "__main__":
    main()
