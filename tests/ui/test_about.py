"""About: version and every location support asks for; the folder buttons open the file manager there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from counter_app import paths
from counter_app.ui.dialogs.about_dialog import AboutDialog, app_version
from counter_app.ui.feedback import log_file


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def test_paths_and_versions_are_shown(qtbot: QtBot, ui_ctx, tmp_path: Path) -> None:
    dialog = AboutDialog(ui_ctx)
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.value_labels]
    assert app_version() == "0.1.0" and "0.1.0" in shown
    assert str(tmp_path) == str(paths.data_dir())
    for expected in (str(tmp_path), str(log_file()), str(tmp_path / "backups"), str(tmp_path / "t.db")):
        assert expected in shown
    assert any("PySide6" in text for text in shown)


def test_open_folders_call_the_file_manager(qtbot: QtBot, ui_ctx, tmp_path: Path, opened: list[Path]) -> None:
    dialog = AboutDialog(ui_ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_data_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path, tmp_path / "logs"]


def test_copy_details_and_enter_closes(qtbot: QtBot, ui_ctx, tmp_path: Path, opened: list[Path]) -> None:
    dialog = AboutDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert str(tmp_path / "t.db") in copied and "0.1.0" in copied
    dialog.open_data_button.setFocus()  # even from a folder button, Enter closes and opens nothing
    qtbot.keyClick(dialog.open_data_button, Qt.Key.Key_Return)
    assert not dialog.isVisible() and opened == []


def test_help_menu_opens_the_data_folder_and_about(
    qtbot: QtBot, ui_ctx, tmp_path: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.ui.help_menu import add_help_menu
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    menu = add_help_menu(window)
    menu.data_folder_action.trigger()
    assert opened == [tmp_path]
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    menu.about_action.trigger()
    assert len(shown) == 1
    texts = [action.text() for action in menu.menu.actions() if action.text()]
    assert texts == ["Quick guide", "Keyboard shortcuts", "Open data folder", "About Counter Assistant…"]
