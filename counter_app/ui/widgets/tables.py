"""The one look of every read-only list in the window: whole rows selected, no row numbers, columns fitted."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Selection = QAbstractItemView.SelectionMode


def make_read_only(table: QTableView, *, stretch: int | None = None,
                   selection: Selection = Selection.ExtendedSelection) -> None:
    """Rows are picked, never edited; ``stretch`` takes the spare width (default: the last column)."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), never walks its every cell
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
