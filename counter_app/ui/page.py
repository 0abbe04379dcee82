"""The page contract: what the main window, its menu, the window-wide keys and the change poller know of a page.

A page is one tab of the main window. It subclasses ``Page`` and says, in its own terms:

- ``tab_title()`` — the tab's text, a classmethod: the window names every tab before it builds the page (only the
  first tab is built before the window shows; the others when first shown or asked for, or one at a time after the
  first paint — ``page_tabs.py``). Written ``QCoreApplication.translate("<the class's name>", "…")``, because
  lupdate files ``cls.tr`` under a context called "cls"; ``standard_icon`` (``tab_icon()``) — its icon in the Go
  menu;
- ``permission`` — the permission a role needs to see the page at all (``None``: every signed-in clerk);
- ``on_shown()`` — the clerk switched to the page: reload what may be stale, focus the first field;
- ``on_data_changed()`` — data changed (at this counter or another) while the page is visible: refresh what the
  page shows without side effects (no audited search: two counters would keep refreshing each other);
- ``print_current()`` — Ctrl+P: print what the page shows; a page that prints nothing leaves it out, and
  ``can_print()`` then says so;
- ``go_back()`` — Esc: undo the page's own state (clear a search) and return True, or False to let the window go
  back to the service guide.

Nobody looks a page up by attribute name or compares it with a list any more: the main window loops over its pages.
A new page: copy ``pages/history_page.py`` (the smallest), add its class to ``page_list.PAGE_CLASSES``.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from counter_app.domain.permissions import Permission, has_permission


class Page(QWidget):
    """Base of every main-window page; the defaults are "nothing to do"."""

    permission: ClassVar[Permission | None] = None
    standard_icon: ClassVar[QStyle.StandardPixmap] = QStyle.StandardPixmap.SP_FileIcon

    @classmethod
    def tab_title(cls) -> str:
        raise NotImplementedError(f"{cls.__name__} must name its tab")

    @classmethod
    def tab_icon(cls) -> QIcon:
        return QApplication.style().standardIcon(cls.standard_icon)

    @classmethod
    def visible_to(cls, role: str) -> bool:
        return cls.permission is None or has_permission(role, cls.permission)

    def on_shown(self) -> None:
        """The page became the current tab."""

    def on_data_changed(self) -> None:
        """Data changed while the page is visible."""

    def print_current(self) -> None:
        """Ctrl+P on this page (only called when ``can_print()``)."""

    def can_print(self) -> bool:
        # A page prints when it overrides print_current (a test may also put one on the instance).
        return "print_current" in vars(self) or type(self).print_current is not Page.print_current

    def go_back(self) -> bool:
        """Esc on this page: True when the page handled it itself."""
        return False

Icon = QStyle.StandardPixmap  # pages name their icon as ``Icon.SP_...`` without importing QStyle
