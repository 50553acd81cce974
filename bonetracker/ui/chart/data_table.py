"""The chart's numbers as a table: one row per scan date, BMD, T-score and change per site.

What a screen reader (or anyone who would rather read than look) gets instead of the plot:
the same :class:`ChartData` the chart draws, with the WHO band and any significant change
written out in words, and headers that name the site and the value.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bonetracker.domain.bmd import Category, category_for_t_score
from bonetracker.domain.i18n import format_date
from bonetracker.services.queries.chart_series import ChartData, Mark
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

_Index = QModelIndex | QPersistentModelIndex
COLUMNS_PER_SITE = 3  # BMD, T-score (with its band), change since the previous scan

CATEGORY_WORDS = {Category.NORMAL: QT_TRANSLATE_NOOP("ChartTableModel", "normal"),
                  Category.LOW_BONE_MASS: QT_TRANSLATE_NOOP("ChartTableModel", "low bone mass"),
                  Category.OSTEOPOROSIS: QT_TRANSLATE_NOOP("ChartTableModel", "osteoporosis")}


def _finite(value: float) -> bool:
    return not math.isnan(value)


class ChartTableModel(QAbstractTableModel):
    """Rows: scan dates (oldest first); columns: per site BMD, T-score and change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_: ChartData | None = None
        self.dates: list[dt.date] = []

    def set_chart_data(self, data: ChartData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.dates = sorted({d for s in data.sites for d in s.dates}) if data is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.dates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.data_ is None:
            return 0
        return len(self.data_.sites) * COLUMNS_PER_SITE

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return format_date(self.dates[section]) if 0 <= section < len(self.dates) else None
        if self.data_ is None or not 0 <= section < self.columnCount():
            return None
        site = self.data_.sites[section // COLUMNS_PER_SITE]
        what = (self.tr("BMD (g/cm²)"), self.tr("T-score"), self.tr("Change"))[section % COLUMNS_PER_SITE]
        return self.tr("{site}: {what}").format(site=translate("records", site.label), what=what)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.data_ is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        site = self.data_.sites[index.column() // COLUMNS_PER_SITE]
        date = self.dates[index.row()]
        if date not in site.dates:
            return self.tr("no scan") if role != Qt.ItemDataRole.DisplayRole else "—"
        i = site.dates.index(date)
        kind = index.column() % COLUMNS_PER_SITE
        if kind == 0:
            bmd = float(site.bmd[i])
            return f"{bmd:.3f}" if _finite(bmd) else "—"
        if kind == 1:
            t = float(site.t_score[i])
            if not _finite(t):
                return "—"
            words = self.tr(CATEGORY_WORDS.get(category_for_t_score(t), ""))
            shown = (self.tr("{t} ({category}, computed from BMD)") if bool(site.computed[i])
                     else self.tr("{t} ({category})"))
            return shown.format(t=f"{t:+.1f}".replace("-", "−"), category=words)
        percent = float(site.percent_change[i])
        if not _finite(percent):
            return self.tr("first scan") if i == 0 else "—"
        mark = Mark(int(site.marks[i]))
        verdict = {Mark.UP: self.tr("significant gain"), Mark.DOWN: self.tr("significant loss")}.get(
            mark, self.tr("no significant change"))
        return self.tr("{percent} % ({verdict})").format(percent=f"{percent:+.1f}".replace("-", "−"),
                                                          verdict=verdict)


class ChartTable(QTableView):
    """The table view of :class:`ChartTableModel`, read row by row with its headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_table")
        self.table_model = ChartTableModel(self)
        self.setModel(self.table_model)
        self.setAccessibleName(self.tr("Scan values by date"))
        self.setAccessibleDescription(self.tr("One row per scan date; for each site the BMD, the T-score "
                                              "with its WHO band, and the change since the previous scan"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_chart_data(self, data: ChartData | None) -> None:
        self.table_model.set_chart_data(data)
