"""The Scans page: log or edit a DXA visit (several sites at once) and review the visit table.

The form is one visit with a row per site, like the summary table of a DXA report, so a
clinician copies a report top to bottom. Blank site rows are ignored; nothing is saved until
every field of the visit is valid. Deletes go on the shared undo stack (Ctrl+Z restores the
visit with the same ids). Unsaved edits are reported to the main window the same way as on the
entry pages (:mod:`bonetracker.ui.pages.base.entry_section`), and a second Save of a just-saved, untouched
form is ignored. The visit table's model is :mod:`bonetracker.ui.pages.scans.table`.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import SITE_LABELS, DxaScan, HipSide, PatientId, Site
from bonetracker.services import scans as svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import push_done
from bonetracker.ui.pages.base.entry_table import SORT_ROLE
from bonetracker.ui.pages.scans.table import DEVICES, ScanTableModel
from bonetracker.ui.widgets.deferred_reload import DeferredReload
from bonetracker.ui.widgets.forms import (
    DateEdit,
    DoneCommand,
    InlineErrors,
    NumberEdit,
    ask_about_stale,
    confirm_delete,
    error_label,
    tell_deleted_stale,
    undo_stack,
)


class ScansPage(QWidget):
    """Log, edit, delete and list the selected patient's DXA visits (see module docstring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: DxaScan | None = None
        self._clean: object = None  # raw() as last cleared or loaded
        self._just_saved = False
        self._deferred = DeferredReload(self, self.reload)  # the table waits to be shown
        self._build_form()
        self._build_table()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.form_box)
        splitter.addWidget(self.table_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        ctx.patient_changed.connect(self._patient_changed)
        ctx.data_changed.connect(self._data_changed)
        self._patient_changed(ctx.patient_id)

    # -- building --------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.form_box = QGroupBox("New DXA visit")
        self.general_error = error_label(self.form_box, "general")
        self.errors = e = InlineErrors(self.general_error)
        self.date = DateEdit()
        self.device = QComboBox()
        for value, label in DEVICES:
            self.device.addItem(label, str(value))
        self.facility = QLineEdit()
        self.facility.setPlaceholderText("Clinic or hospital")
        self.notes = QLineEdit()
        self.notes.setPlaceholderText("Notes (optional)")
        self._build_scanner_details()

        grid = QGridLayout(self.form_box)
        grid.setHorizontalSpacing(8)
        top = QHBoxLayout()
        self.date.setFixedWidth(130)
        self.device.setMinimumWidth(110)
        self.facility.setMinimumWidth(80)
        visit_error = error_label(self.form_box, "visit")
        for caption, name, widget, stretch in (("Date", "date", self.date, 0),
                                               ("Device", "device", self.device, 0),
                                               ("Facility", "facility", self.facility, 1)):
            top.addWidget(QLabel(caption))
            top.addWidget(widget, stretch)
            top.addSpacing(10)
            e.add(name, widget, visit_error, caption)
        grid.addLayout(top, 0, 0, 1, 5)
        # Two short rows, so the scanner details never force the window wider than 1024 px.
        details = QGridLayout()
        details.setHorizontalSpacing(6)
        fields: tuple[tuple[str, str, QWidget], ...] = (
            ("Model", "model", self.model_edit), ("Machine", "machine_id", self.machine_id),
            ("Software", "software", self.software),
            ("Vertebrae", "vertebrae", self.vertebrae), ("Hip side", "hip_side", self.hip_side))
        for n, (caption, name, field) in enumerate(fields):
            caption_label = QLabel(caption)
            caption_label.setBuddy(field)
            field.setMinimumWidth(70)
            details.addWidget(caption_label, n // 3, 2 * (n % 3))
            details.addWidget(field, n // 3, 2 * (n % 3) + 1)
            e.add(name, field, visit_error, caption)
        for col in (1, 3, 5):
            details.setColumnStretch(col, 1)
        grid.addWidget(QLabel("<b>Scanner details</b>"), 1, 0)
        grid.addLayout(details, 1, 1, 1, 4)
        grid.addWidget(visit_error, 2, 0, 1, 5)

        for col, caption in enumerate(("Site", "BMD (g/cm²)", "T-score", "Z-score")):
            grid.addWidget(QLabel(f"<b>{caption}</b>"), 3, col)
        self.cells: dict[Site, dict[str, NumberEdit]] = {}
        # Each site's messages go on a line of their own under its fields (hidden until needed), so
        # they wrap and show in full instead of squeezing into a narrow column.
        for n, site in enumerate(Site):
            row = 4 + 2 * n
            grid.addWidget(QLabel(SITE_LABELS[site]), row, 0)
            row_error = error_label(self.form_box, site.value)
            cells = {"bmd": NumberEdit(svc.BMD_RANGE), "t_score": NumberEdit(svc.SCORE_RANGE),
                     "z_score": NumberEdit(svc.SCORE_RANGE)}
            for col, (name, edit) in enumerate(cells.items(), start=1):
                edit.setAccessibleName(f"{SITE_LABELS[site]} {name}")
                edit.setMinimumWidth(110)
                grid.addWidget(edit, row, col)
                title = {"bmd": "BMD", "t_score": "T-score", "z_score": "Z-score"}[name]
                e.add(f"{site.value}.{name}", edit, row_error, title)
            e.add(f"{site.value}.site", cells["bmd"], row_error)
            grid.addWidget(row_error, row + 1, 1, 1, 4)
            self.cells[site] = cells
        e.add("site", None, self.general_error)
        grid.setColumnStretch(4, 1)
        last = 4 + 2 * len(Site)
        grid.addWidget(QLabel("Notes"), last, 0)
        grid.addWidget(self.notes, last, 1, 1, 4)
        grid.addWidget(e.add("notes", self.notes, title="Notes"), last + 1, 1, 1, 4)

        self.save_button = QPushButton("Save visit")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton("Clear")
        self.saved_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, last + 2, 0, 1, 5)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.new_entry)
        line_edits: list[QLineEdit] = [self.date, self.facility, self.notes, self.model_edit,
                                       self.machine_id, self.software]
        line_edits += [c for cells in self.cells.values() for c in cells.values()]
        for line_edit in line_edits:
            line_edit.returnPressed.connect(self.save)
        # A status line describes the last action; once it is undone or redone it is stale.
        # (a bound method, so the connection ends with this page; the stack outlives pages)
        undo_stack(self.ctx).indexChanged.connect(self._status_stale)
        # Escape in the form cancels editing a visit (as "Cancel edit" does).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form_box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.new_entry() if self.editing is not None else None)

    def _build_scanner_details(self) -> None:
        """Model, machine, software, vertebrae and hip side: what decides which visits may be
        compared (same make, machine, vertebrae and hip side)."""
        self.model_edit = QLineEdit()
        self.model_edit.setPlaceholderText("e.g. Horizon A")
        self.machine_id = QLineEdit()
        self.machine_id.setPlaceholderText("serial or room")
        self.machine_id.setToolTip("The scanner's serial number or room name: changes are judged "
                                   "only between visits on the same machine (or machines declared "
                                   "cross-calibrated in Settings).")
        self.software = QLineEdit()
        self.software.setPlaceholderText("version")
        for edit in (self.model_edit, self.machine_id, self.software):
            edit.setMaxLength(svc.PROVENANCE_MAX)
            edit.setMinimumWidth(70)
        self.vertebrae = QComboBox()
        for choice in svc.VERTEBRAE_CHOICES:
            self.vertebrae.addItem(choice, choice)
        self.vertebrae.setToolTip("The lumbar vertebrae the spine result covers (L1-L4 unless "
                                  "vertebrae were excluded)")
        self.hip_side = QComboBox()
        self.hip_side.addItem("not recorded", "")
        for side in HipSide:
            self.hip_side.addItem(svc.HIP_SIDE_LABELS[side].replace(" hip", "").replace(
                " of both hips", " of both"), side.value)
        self.hip_side.setToolTip("The hip the femoral neck and total hip results are from")

    def _build_table(self) -> None:
        self.table_box = QGroupBox("Visits")
        self.model = ScanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure a sample, not years of rows: fitting every row cost seconds per refresh.
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        delete = QAction("Delete visit", self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)

        self.edit_button = QPushButton("Edit")
        self.delete_button = QPushButton("Delete…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_label = QLabel("No visits yet: enter the values from a DXA report above.")
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self.table_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # -- following the context -------------------------------------------------------------
    def _patient_changed(self, patient_id: object) -> None:
        self.new_entry(focus=False)
        self.saved_label.clear()
        self.reload_when_shown()
        self.setEnabled(patient_id is not None)

    def _data_changed(self, kind: str) -> None:
        if kind in (ChangeKind.SCAN, ChangeKind.PATIENT, ChangeKind.ALL):
            self.reload_when_shown()

    def _status_stale(self, _index: int = 0) -> None:
        self.saved_label.clear()

    def reload_when_shown(self) -> None:
        """Reload now if the page can be seen (or stands alone), else when it is shown."""
        self._deferred.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._deferred.catch_up()

    def reload(self) -> None:
        """Re-read the selected patient's visits, keeping the selected visit selected."""
        selected = self.selected_scan()
        pid = self.ctx.patient_id
        self.model.set_scans(svc.list_scans(self.ctx.db, pid) if pid is not None else [])
        self.empty_label.setVisible(self.model.rowCount() == 0)
        for button in (self.edit_button, self.delete_button):  # nothing to edit or delete yet
            button.setEnabled(self.model.rowCount() > 0)
        if selected is not None:
            self.select_scan(selected.id)

    def select_scan(self, scan_id: int | None) -> None:
        row = self.model.row_of(scan_id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_scan(self) -> DxaScan | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return self.model.scans[self.proxy.mapToSource(rows[0]).row()]

    # -- form ------------------------------------------------------------------------------
    def new_entry(self, focus: bool = True) -> None:
        """Empty the form for a new visit (Ctrl+N) and put the cursor in the date."""
        self.editing = None
        self.form_box.setTitle("New DXA visit")
        self.cancel_button.setText("Clear")
        self.errors.clear()
        self.date.reset()
        self.device.setCurrentIndex(0)
        self.facility.clear()
        self.notes.clear()
        for edit in (self.model_edit, self.machine_id, self.software):
            edit.clear()
        self.vertebrae.setCurrentIndex(0)
        self.hip_side.setCurrentIndex(0)
        for cells in self.cells.values():
            for edit in cells.values():
                edit.clear()
        self._mark_clean()
        if focus:
            self.date.setFocus()
            self.date.selectAll()

    def load(self, scan: DxaScan) -> None:
        """Put ``scan`` in the form; Save then updates it instead of adding a visit."""
        self.new_entry(focus=False)
        self.editing = scan
        self.form_box.setTitle(f"Edit visit of {format_date(scan.date)}")
        self.cancel_button.setText("Cancel edit")
        self.date.set_date(scan.date)
        self.device.setCurrentIndex(max(0, self.device.findData(str(scan.device or ""))))
        self.facility.setText(scan.facility)
        self.notes.setText(scan.notes)
        self.model_edit.setText(scan.model)
        self.machine_id.setText(scan.machine_id)
        self.software.setText(scan.software)
        self.vertebrae.setCurrentIndex(max(0, self.vertebrae.findData(scan.vertebrae)))
        self.hip_side.setCurrentIndex(max(0, self.hip_side.findData(
            scan.hip_side.value if scan.hip_side else "")))
        for m in scan.measurements:
            cells = self.cells[m.site]
            cells["bmd"].set_value(m.bmd)
            cells["t_score"].set_value(m.t_score)
            cells["z_score"].set_value(m.z_score)
        self._mark_clean()
        self.date.setFocus()

    # -- unsaved edits (the protocol MainWindow asks every form about) -----------------------
    def _mark_clean(self) -> None:
        self._clean = self.raw()
        self._just_saved = False

    def has_unsaved_changes(self) -> bool:
        """Whether the form differs from the blank form or from the visit loaded for editing."""
        return self.ctx.patient_id is not None and self.raw() != self._clean

    def unsaved_description(self) -> str:
        if self.editing is not None:
            return f"changes to the DXA visit of {format_date(self.editing.date)}"
        return "a new DXA visit"

    def save_pending(self) -> bool:
        """Save unsaved edits; False when they are invalid (the errors are shown in the form)."""
        return not self.has_unsaved_changes() or self.save() is not None

    def discard_changes(self) -> None:
        self.new_entry(focus=False)

    def raw(self) -> tuple[dict[str, object], list[dict[str, object]]]:
        """The visit fields and the non-blank site rows, as text for ``parse_scan``."""
        visit: dict[str, object] = {
            "date": self.date.text(), "device": self.device.currentData() or "",
            "facility": self.facility.text(), "notes": self.notes.text(),
            "model": self.model_edit.text(), "machine_id": self.machine_id.text(),
            "software": self.software.text(), "vertebrae": self.vertebrae.currentData(),
            "hip_side": self.hip_side.currentData() or ""}
        rows: list[dict[str, object]] = [
            {"site": site.value, **{k: e.text() for k, e in cells.items()}}
            for site, cells in self.cells.items()
            if any(e.text().strip() for e in cells.values())]
        return visit, rows

    def save(self) -> DxaScan | None:
        """Validate the whole visit and save it (new or edited); errors stay beside fields."""
        if self.ctx.patient_id is None:
            return None
        if self._just_saved and not self.has_unsaved_changes():
            return None  # a second click on the visit just saved (double-click, Enter twice)
        visit, rows = self.raw()
        try:
            scan = svc.parse_scan(PatientId(self.ctx.patient_id), visit, rows, base=self.editing)
            if self.editing is not None:
                saved = svc.update_scan(self.ctx.db, scan)
            else:
                saved = svc.log_scan(self.ctx.db, scan)
        except ValidationError as exc:
            self.saved_label.clear()  # one message at a time: never "Not saved" beside "Saved"
            self.errors.show_errors(exc, "Not saved: correct the values marked in red.")
            return None
        except StaleRecordError:
            self.resolve_stale()
            return None
        except NotFoundError as exc:
            self.errors.show_message(f"{exc} Click “Cancel edit” and open the visit again.")
            return None
        verb = "Updated" if self.editing else "Saved"
        self.new_entry()
        self._just_saved = True
        self.saved_label.setText(f"{verb} the visit of {format_date(saved.date)}.")
        self.ctx.notify_changed(ChangeKind.SCAN)
        self.select_scan(saved.id)
        return saved

    def resolve_stale(self) -> None:
        """The visit being edited was saved on another workstation since it was loaded: ask
        whether to reload that version (dropping the edit) or keep editing; never overwrite."""
        mine = self.editing
        assert mine is not None and self.ctx.patient_id is not None
        what = f"the DXA visit of {format_date(mine.date)}"
        if not ask_about_stale(self, what):
            self.errors.show_message(f"Not saved: {what} was changed on another workstation. "
                                     "Click “Cancel edit” and open it again to see it.")
            return
        stored = svc.list_scans(self.ctx.db, PatientId(self.ctx.patient_id))
        theirs = next((s for s in stored if s.id == mine.id), None)
        if theirs is None:
            self.new_entry()
            self.errors.show_message(f"The DXA visit of {format_date(mine.date)} was deleted on "
                                     "another workstation.")
        else:
            self.load(theirs)
            self.saved_label.setText(f"Reloaded the visit of {format_date(theirs.date)} as saved "
                                     "on another workstation; your changes were discarded.")
        self.ctx.notify_changed(ChangeKind.SCAN)  # every view shows the other workstation's data
        if theirs is not None:
            self.select_scan(theirs.id)

    # -- table actions ---------------------------------------------------------------------
    def edit_selected(self) -> None:
        scan = self.selected_scan()
        if scan is not None:
            self.load(scan)

    def delete_selected(self) -> None:
        """Ask, delete the selected visit, and put the delete on the undo stack."""
        scan = self.selected_scan()
        if scan is None or scan.id is None:
            return
        if not confirm_delete(self, f"the DXA visit of {format_date(scan.date)}"):
            return
        try:
            removed = svc.delete_scan(self.ctx.db, scan.id, version=scan.version)
        except NotFoundError:
            removed = None
        except StaleRecordError:  # changed elsewhere since it was listed: show theirs, keep it
            tell_deleted_stale(self, f"the DXA visit of {format_date(scan.date)}")
            self.ctx.notify_changed(ChangeKind.SCAN)
            return
        if removed is not None:
            db, notify, scan_id = self.ctx.db, self.ctx.notify_changed, scan.id
            push_done(self.ctx, DoneCommand(
                f"delete scan of {format_date(scan.date)}",
                undo=lambda: (svc.restore_scan(db, removed), notify(ChangeKind.SCAN)),
                redo=lambda: (svc.delete_scan(db, scan_id), notify(ChangeKind.SCAN))))
        if self.editing is not None and self.editing.id == scan.id:
            self.new_entry(focus=False)
        self.saved_label.setText(
            f"Deleted the visit of {format_date(scan.date)} (Ctrl+Z to undo)." if removed else "")
        self.ctx.notify_changed(ChangeKind.SCAN)
