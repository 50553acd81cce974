"""The table half of an entry page: columns, the table model and the sorted, read-only view.

Split from :mod:`~bonetracker.ui.pages.base.entry_section` so a page's column list reads on its own: a page
says which :class:`Column` objects it shows (with :func:`number_text` for optional numbers) and
:class:`~bonetracker.ui.pages.base.entry_section.EntrySection` builds the table from them. Nothing here knows
about forms, saving or undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bonetracker.ui.widgets.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def yes_no(value: bool) -> str:
    return translate("Column", "yes") if value else translate("Column", "no")


def number_text(value: float | int | None, unit: str = "") -> str:
    """A table cell for an optional number: blank for unknown, no trailing zeros."""
    if value is None:
        return ""
    return f"{value:g}{(' ' + unit) if unit else ''}"

@dataclass(frozen=True)
class Column:
    """One table column: ``value`` gives the sort key, ``text`` the display (default str)."""

    header: str
    value: Callable[[Any], object]
    text: Callable[[Any], str] | None = None
    numeric: bool = False
    tooltip: str = ""
    tooltip_context: str = "Column"
    """The catalog context ``tooltip`` is translated in (a domain or service text keeps its own)."""


class EntryTableModel(QAbstractTableModel):
    """Rows are frozen entry dataclasses; ``ID_ROLE`` is the entry id, ``SORT_ROLE`` a raw key."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.entries: list[Any] = []

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def row_of(self, entry_id: object) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.id == entry_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Column", self.columns[section].header)
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].tooltip:
            return translate(self.columns[section].tooltip_context, self.columns[section].tooltip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.text is not None:
                return column.text(entry)
            value = column.value(entry)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = column.value(entry)
            if value is None:  # blanks sort below every real value
                return -1e18 if column.numeric else ""
            return float(value) if column.numeric else str(value)  # type: ignore[arg-type]
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes: object = getattr(entry, "notes", None)
            return notes or None
        return None


def entry_view(proxy: QSortFilterProxyModel, name: str, sort_column: int) -> QTableView:
    """A read-only table of whole rows over ``proxy``, newest first on ``sort_column``."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Measure a sample, not years of rows: fitting every row cost seconds per refresh.
    view.horizontalHeader().setResizeContentsPrecision(100)
    view.horizontalHeader().setStretchLastSection(True)
    return view
