"""The main window's tabs, each page built when it is first needed.

Only the first tab's page is built before the window shows; a clerk starts the day in the service guide. Another
page is built when it is first shown (a click on its tab, the Go menu, Ctrl+PgDown, F3) or asked for by the code
(``window.lookup``), and the rest one per turn of the event loop after the first paint (``build_the_rest_soon``),
so a key or a click between two of them is served at once. Until then a tab holds an empty placeholder: the tab bar,
the Go menu and the window-wide keys work from the page classes, and the change poller only ever refreshes the
current page, which is always built.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, overload

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from counter_app.ui.page import Page

if TYPE_CHECKING:  # the window's frame imports this module before the storage layer is imported
    from counter_app.operations.context import AppContext

P = TypeVar("P", bound=Page)


class _HasPages(Protocol):
    def page(self, cls: type[P]) -> P: ...


class PageOf(Generic[P]):
    """``window.lookup`` and the like: the window's page of that class, built on first use. Named by module and
    class: the pages are imported once the database is open, not with the window's frame."""

    def __init__(self, module: str, name: str) -> None:
        self.module = f"counter_app.ui.pages.{module}"
        self.name = name

    @property
    def cls(self) -> type[P]:
        return getattr(importlib.import_module(self.module), self.name)  # type: ignore[no-any-return]

    @overload
    def __get__(self, window: None, owner: type | None = None) -> PageOf[P]: ...
    @overload
    def __get__(self, window: _HasPages, owner: type | None = None) -> P: ...
    def __get__(self, window: _HasPages | None, owner: type | None = None) -> P | PageOf[P]:
        return self if window is None else window.page(self.cls)


class PageTabs(QTabWidget):
    """A ``QTabWidget`` of pages given by class; ``page(cls)`` builds one on first use and puts it in its tab."""

    page_built = Signal(object)  # the Page just built, already in its tab: the window connects it
    page_shown = Signal(object)  # the Page that became the current tab (built first if it was not)

    def __init__(self, ctx: AppContext, classes: Sequence[type[Page]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.classes: tuple[type[Page], ...] = tuple(classes)
        self._built: dict[type[Page], Page] = {}
        for cls in self.classes:
            self.addTab(QWidget(), cls.tab_title())
        self.currentChanged.connect(self._show)

    def page(self, cls: type[P]) -> P:
        """The page of class ``cls``, built now if it was not (ValueError for a page the role may not see)."""
        built = self._built.get(cls)
        if built is None:
            built = self._build(self.classes.index(cls))
        return built  # type: ignore[return-value] - stored under its own class

    def is_built(self, cls: type[Page]) -> bool:
        return cls in self._built

    def built_pages(self) -> list[Page]:
        """The pages built so far, in tab order (what a loop over pages may touch without building any)."""
        return [self._built[cls] for cls in self.classes if cls in self._built]

    def all_pages(self) -> list[Page]:
        """Every page, in tab order; those not built yet are built now."""
        return [self.page(cls) for cls in self.classes]

    def build_the_rest_soon(self) -> None:
        """Build the pages still missing, one per turn of the event loop (called after the first paint)."""
        QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        missing = [cls for cls in self.classes if cls not in self._built]
        if missing:
            self.page(missing[0])
        if len(missing) > 1:
            QTimer.singleShot(0, self, self._build_next)

    def _build(self, index: int) -> Page:
        cls = self.classes[index]
        page = cls(self._ctx)
        self._built[cls] = page
        placeholder = self.widget(index)
        current = self.currentIndex()
        # The page takes the placeholder's place; the current tab stays what it was, and nobody is told of the
        # brief change while the placeholder is out.
        was_blocked = self.blockSignals(True)
        try:
            self.removeTab(index)
            self.insertTab(index, page, cls.tab_title())
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(was_blocked)
        placeholder.deleteLater()
        self.page_built.emit(page)
        return page

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.classes):
            self.page_shown.emit(self.page(self.classes[index]))
