"""The patient list: a paged table model over the database and the search panel around it.

A clinic may hold thousands of patients, so the model never loads them all: the database
filters and sorts (``list_overview(text, limit, offset, sort_key)``) and the view pulls further
pages through ``fetchMore`` as the user scrolls. Clicking a header re-sorts in the database.
Typing in the search box re-queries after a short pause, so a fast typist causes one query,
not one per key. The "Due" column says which doses are overdue (red; bold for a denosumab
injection more than 7 months after the last) and when a scan is due; it is filled in a moment
after the rows are shown (:data:`DUE_DELAY_MS`: the names paint first, and a row keeps its
last known value meanwhile). "Overdue only" keeps the patients with something overdue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import PatientId
from bonetracker.services.queries.patient_overview import OverviewRow, list_overview, with_due
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, sex_label
from bonetracker.ui.widgets.theme import GREY, RED, shade

SEARCH_DELAY_MS = 150
DUE_DELAY_MS = 120
OVERDUE_COLOUR = RED
ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class PatientListModel(QAbstractTableModel):
    """Patients matching a search text, loaded ``page_size`` rows at a time.

    Columns: name, birth date, last scan, latest category, what is due. ``data(index, ID_ROLE)``
    gives the patient id. Archived patients (shown only when asked) are grey and italic.
    """

    HEADERS = (QT_TRANSLATE_NOOP("PatientListModel", "Name"), QT_TRANSLATE_NOOP("PatientListModel",
                                                                                "Birth date"),
               QT_TRANSLATE_NOOP("PatientListModel", "Last scan"), QT_TRANSLATE_NOOP("PatientListModel",
                                                                                     "Category"),
               QT_TRANSLATE_NOOP("PatientListModel", "Due"))
    SORT_KEYS = ("name", "birth_date", "last_scan", "category")  # "Due" does not sort

    def __init__(self, db: Database, parent: QWidget | None = None, page_size: int = 200) -> None:
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.text = ""
        self.include_archived = False
        self.overdue_only = False
        self.sort_key = "name"
        self._rows: list[OverviewRow] = []
        self._more = False
        self._due_filled = 0  # rows[:_due_filled] carry what is due
        self._due_timer = QTimer(self)
        self._due_timer.setSingleShot(True)
        self._due_timer.setInterval(DUE_DELAY_MS)
        self._due_timer.timeout.connect(self.fill_due)
        # The delay counts from when the event loop runs again: at start-up the list is
        # built long before the window is first painted.
        self._arm = QTimer(self)
        self._arm.setSingleShot(True)
        self._arm.setInterval(0)
        self._arm.timeout.connect(self._due_timer.start)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def set_query(self, text: str, include_archived: bool, overdue_only: bool | None = None) -> None:
        """Show patients matching ``text`` (name part or birth-date prefix), from the top;
        ``overdue_only`` keeps those with an overdue dose or scan (None: as before)."""
        self.text = text.strip()
        self.include_archived = include_archived
        if overdue_only is not None:
            self.overdue_only = overdue_only
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Re-read from the database; ``keep_loaded`` re-reads as many rows as are loaded now."""
        limit = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        known = {r.id: r.due for r in self._rows[:self._due_filled]}
        self.beginResetModel()
        rows = self._page(0, limit)
        if not self.overdue_only:  # last known values until the fill (no blank flash)
            rows = [replace(r, due=known[r.id]) if r.id in known else r for r in rows]
        self._rows = rows
        self._more = len(self._rows) == limit
        self._due_filled = len(rows) if self.overdue_only else 0
        self.endResetModel()
        self._schedule_due()

    def _page(self, offset: int, limit: int) -> list[OverviewRow]:
        return list_overview(self.db, self.text, limit, offset, self.sort_key,
                             include_archived=self.include_archived, overdue_only=self.overdue_only,
                             with_due=False)

    def _schedule_due(self) -> None:
        if self._due_filled < len(self._rows):
            self._due_timer.stop()
            self._arm.start()

    def fill_due(self) -> None:
        """Work out what is due for the rows loaded without it (one query batch)."""
        self._arm.stop()
        self._due_timer.stop()
        start = self._due_filled
        if start >= len(self._rows):
            return
        self._rows[start:] = with_due(self.db, self._rows[start:])
        self._due_filled = len(self._rows)
        self.dataChanged.emit(self.index(start, 4), self.index(len(self._rows) - 1, 4))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database (all patients, not only the loaded page)."""
        if not 0 <= column < len(self.SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = ("-" if descending else "") + self.SORT_KEYS[column]
        if key == self.sort_key and self._rows:
            return  # e.g. the view announcing its initial sort: the rows are already in order
        self.sort_key = key
        self.reload()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        batch = self._page(len(self._rows), self.page_size)
        self._more = len(batch) == self.page_size
        if batch:
            if self._due_filled == len(self._rows) and self.overdue_only:
                self._due_filled += len(batch)
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
            self._schedule_due()

    # -- lookup ----------------------------------------------------------------------------
    def patient_id(self, row: int) -> PatientId | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, patient_id: PatientId | None) -> int | None:
        """The row showing ``patient_id`` among the loaded rows, or None."""
        return next((i for i, p in enumerate(self._rows) if p.id == patient_id), None)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("{name} (archived)").format(name=p.name) if p.archived else p.name
            if col == 1:
                return format_date(p.birth_date)
            if col == 2:
                return format_date(p.last_scan_date) if p.last_scan_date else "—"
            if col == 3:
                return p.category_label if p.last_scan_date else "—"
            if col == 4:
                return p.due.text
        elif role == ID_ROLE:
            return int(p.id)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == 3 and p.last_scan_date:
                return self.tr("{category} (scan of {date})").format(category=p.category_label,
                                                                   date=format_date(p.last_scan_date))
            if col == 4 and p.due.text:
                urgent = ("\n" + self.tr("Denosumab more than 6 months + 4 weeks after the last injection: "
                                         "contact the patient now.") if p.due.urgent else "")
                return p.due.text.replace(" · ", "\n") + urgent
            return self.tr("{name}, {sex}, born {date}").format(name=p.name, sex=sex_label(p.sex.value),
                                                               date=format_date(p.birth_date))
        elif role == Qt.ItemDataRole.ForegroundRole:
            if p.archived:
                return QBrush(QColor(shade(GREY)))
            if col == 4 and p.due.any_overdue:
                return QBrush(QColor(shade(OVERDUE_COLOUR)))
        elif role == Qt.ItemDataRole.FontRole and (p.archived or (col == 4 and p.due.urgent)):
            font = QFont()
            font.setItalic(p.archived)
            font.setBold(col == 4 and p.due.urgent)
            return font
        return None


class PatientListPanel(QWidget):
    """Search box, "show archived" switch and the patient table; selecting a row selects the
    patient in the shared context.

    Signals:
        add_requested: the user clicked "Add patient".
        edit_requested: a row was double-clicked (carries the patient id).
        archive_requested: Delete was pressed on a row (carries the patient id); the window
            confirms and archives, because patients are archived, never deleted.
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    archive_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or birth date (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search patients"))
        self.search.setAccessibleDescription(self.tr("By name or birth date; Ctrl+F comes here"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setToolTip(self.tr("Also list archived patients"))
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setToolTip(self.tr("Only patients with an overdue dose or scan"))
        self.add_button = QPushButton(self.tr("Add patient…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

        self.model = PatientListModel(ctx.db, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Patients"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Names get a sensible width and every other column stays in view in a narrow dock.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.setResizeContentsPrecision(100)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # "Due" is the last column and takes the rest of the width (measuring its text for
        # every loaded row would cost each start a few milliseconds).
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # before enabling: no re-query
        self.view.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.show_archived)
        row.addWidget(self.overdue_only)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._select_first)
        self.show_archived.toggled.connect(lambda _on: self.apply_filter())
        self.overdue_only.toggled.connect(lambda _on: self.apply_filter())
        self.add_button.clicked.connect(self.add_requested)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.find_action = QAction(self.tr("Find patient"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        archive = QAction(self.tr("Archive patient"), self.view)
        archive.setShortcut(QKeySequence.StandardKey.Delete)
        archive.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        archive.triggered.connect(self._archive_current)
        self.view.addAction(archive)

        ctx.patient_changed.connect(self._follow_patient)
        ctx.patient_kept.connect(self._follow_patient)  # the switch was cancelled: select back
        ctx.data_changed.connect(self._data_changed)
        self._update_status()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_filter(self) -> None:
        """Re-query now with the search text and archive switch (normally after the pause)."""
        self._timer.stop()
        self._reload(lambda: self.model.set_query(self.search.text(), self.show_archived.isChecked(),
                                                  self.overdue_only.isChecked()))

    def _reload(self, action: Callable[[], None]) -> None:
        blocker = self.view.selectionModel().blockSignals(True)
        try:
            action()
        finally:
            self.view.selectionModel().blockSignals(blocker)
        self._follow_patient(self.ctx.patient_id)
        self._update_status()

    def _data_changed(self, kind: str) -> None:
        if kind in (ChangeKind.PATIENT, ChangeKind.SCAN, ChangeKind.MEDICATION, ChangeKind.DOSE,
                    ChangeKind.ALL):
            self._reload(lambda: self.model.reload(keep_loaded=True))

    def _update_status(self) -> None:
        if self.model.rowCount() == 0:
            if self.model.overdue_only:
                text = (self.tr("Nobody has an overdue dose or scan among patients matching “{text}”.")
                        .format(text=self.model.text) if self.model.text
                        else self.tr("Nobody has an overdue dose or scan."))
            elif self.model.text:
                text = self.tr("No patients match “{text}”.").format(text=self.model.text)
            else:
                text = self.tr("No patients yet. Add one to start.")
            self.status.setText(text)
            self.status.show()
        else:
            self.status.hide()

    def _follow_patient(self, patient_id: object) -> None:
        row = self.model.row_of(patient_id)  # type: ignore[arg-type]
        selection = self.view.selectionModel()
        blocker = selection.blockSignals(True)
        try:
            if row is None:
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
        finally:
            selection.blockSignals(blocker)
        self.view.viewport().update()

    def _selection_changed(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.ctx.select_patient(self.model.patient_id(rows[0].row()))

    def _select_first(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.view.selectRow(0)
            self.view.setFocus()

    def _double_clicked(self, index: QModelIndex) -> None:
        pid = self.model.patient_id(index.row())
        if pid is not None:
            self.edit_requested.emit(int(pid))

    def _archive_current(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            pid = self.model.patient_id(rows[0].row())
            if pid is not None:
                self.archive_requested.emit(int(pid))
