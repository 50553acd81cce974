"""The Caseload tab beside the patient list: every active patient with what needs attention
today, sortable and filterable; Enter or a double-click opens the patient; Export CSV.

It is computed when its tab comes to the front and again after changes while it is there, so
a workstation that never looks at it pays nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.caseload import Flag
from bonetracker.domain.i18n import format_date
from bonetracker.services.queries.caseload import FLAG_LABELS, NEEDS_ATTENTION, CaseloadRow, as_csv, caseload
from bonetracker.storage.safe_files import write_text
from bonetracker.ui.context import AppContext
from bonetracker.ui.widgets.file_dialogs import save_file
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (QT_TRANSLATE_NOOP("CaseloadModel", "Name"), QT_TRANSLATE_NOOP("CaseloadModel", "Category"),
           QT_TRANSLATE_NOOP("CaseloadModel", "Last log"), QT_TRANSLATE_NOOP("CaseloadModel",
                                                                             "Exercise 30 d"),
           QT_TRANSLATE_NOOP("CaseloadModel", "DXA due"), QT_TRANSLATE_NOOP("CaseloadModel",
                                                                            "Needs attention"))
Index = QModelIndex | QPersistentModelIndex
FIRST_PAGE = 100  # patients by name shown at once


class CaseloadModel(QAbstractTableModel):
    """Rows of the caseload; the sort role gives dates and percentages their natural order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return r.patient_id
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return "\n".join(flag_text(f) for f in r.flags) or self.tr("Nothing due")
        if role == SORT_ROLE:
            return (
                r.name.casefold(),
                r.category.value,
                r.last_log.isoformat() if r.last_log else "",
                r.adherence_30d,
                r.assessment.scan_due.isoformat() if r.assessment.scan_due else "9999",
                len(r.flags),
            )[col]
        if role == Qt.ItemDataRole.DisplayRole:
            days = r.assessment.days_since_log
            last = (self.tr("never") if days is None else self.tr("today") if days == 0
                    else self.tr("{days} d ago").format(days=days))
            due = format_date(r.assessment.scan_due) if r.assessment.scan_due else self.tr("no scan")
            flags = "; ".join(flag_text(f) for f in r.flags) or "—"
            category = translate("classification", r.category_label)
            return (r.name, category, last, f"{r.adherence_30d:.0f} %", due, flags)[col]
        return None


def flag_text(flag: Flag) -> str:
    """A caseload flag as the window shows it (the CSV export keeps the English label)."""
    return translate("caseload", FLAG_LABELS[flag])


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseloadPanel(QWidget):
    """The caseload with its filter, export and status line."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.addItem(self.tr("Needs attention"), NEEDS_ATTENTION)
        self.filter.addItem(self.tr("Everyone"), None)
        for flag in Flag:
            label = flag_text(flag)
            self.filter.addItem(label[:1].upper() + label[1:], flag.value)
        # Never wider than the patient list because of a long flag name (the full text pops up).
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(12)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.model = CaseloadModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Caseload"))
        self.view.setObjectName("caseload")
        self.view.setAccessibleName(self.tr("Caseload"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # most flags first, as the service sorts
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.installEventFilter(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._full = QTimer(self)  # owned by the panel: never fires after it is gone
        self._full.setSingleShot(True)
        self._full.timeout.connect(self._load_all)
        self._active = False  # its tab is in front (the window says so: set_active)
        self._stale = True
        # Coming to the front waits a moment: at start-up Qt shows every tabified dock before
        # the window puts the patient list back in front, and that must cost nothing.
        self._front = QTimer(self)
        self._front.setSingleShot(True)
        self._front.setInterval(250)
        self._front.timeout.connect(self._came_to_front)
        ctx.data_changed.connect(self._data_changed)

    def _data_changed(self, _kind: str) -> None:
        self._stale = True
        if self._active:
            self.reload()

    def set_active(self, active: bool) -> None:
        """Whether the Caseload tab is in front: it is worked out only then (a tab behind the
        patient list costs nothing, at start-up least of all)."""
        self._active = active
        if active:
            self._front.start()
        else:
            self._front.stop()

    def _came_to_front(self) -> None:
        if self._active and self._stale:
            self.reload()

    def reload(self) -> None:
        """Show the first page of patients at once, then the whole caseload (a clinic of 5,000
        takes a few hundred milliseconds) as soon as the window has drawn the first."""
        self._stale = False
        self.model.set_rows(caseload(self.ctx.db, flag_filter=self.filter.currentData(), page=FIRST_PAGE))
        self.view.resizeColumnsToContents()
        self.status.setText(self.tr("Working out the whole caseload…"))
        self._full.start(0)

    def _load_all(self) -> None:
        rows = caseload(self.ctx.db, flag_filter=self.filter.currentData())
        self.model.set_rows(rows)
        self.status.setText(self.tr("{len} patient(s). Enter or double-click opens one.").format(len=len(
                rows)))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        pid = self.proxy.data(self.proxy.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if pid is not None:
            self.ctx.select_patient(pid)

    def export_csv(self) -> Path | None:
        path = save_file(self, "exports", self.tr("Export the caseload"), "caseload.csv", self.tr(
                "CSV (*.csv)"))
        return self.write_csv(Path(path)) if path else None

    def write_csv(self, path: Path) -> Path:
        write_text(path, as_csv(self.model.rows))
        self.status.setText(self.tr("Wrote {len} patient(s) to {path}.").format(len=len(self.model.rows),
                path=path))
        return path
