"""The Scans page: log or edit a DXA visit (several sites at once) and review the visit table.

The form is one visit with a row per site, like the summary table of a DXA report, so a
clinician copies a report top to bottom. Blank site rows are ignored; nothing is saved until
every field of the visit is valid. The page is an
:class:`~bonetracker.ui.pages.base.entry_section.EntrySection` of visits with a form of its own:
saving, the stale-edit question, deleting with undo (Ctrl+Z restores the visit with the same
ids), the unsaved-edit protocol and the ignored second Save are the entry pages'. The visit
table's model is :mod:`bonetracker.ui.pages.scans.table`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import SITE_LABELS, DxaScan, HipSide, PatientId, Site
from bonetracker.services import scans as svc
from bonetracker.ui.context import ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.scans.table import DEVICES, ScanTableModel
from bonetracker.ui.widgets.forms import DateEdit, NumberEdit, error_label
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

HIP_SIDES = {HipSide.LEFT: QT_TRANSLATE_NOOP("ScansPage", "left"), HipSide.RIGHT: QT_TRANSLATE_NOOP(
        "ScansPage", "right"),
             HipSide.MEAN: QT_TRANSLATE_NOOP("ScansPage", "mean of both")}  # translated where shown


class ScansPage(EntrySection[DxaScan]):
    """Log, edit, delete and list the selected patient's DXA visits (see module docstring)."""

    kind = ChangeKind.SCAN
    noun = QT_TRANSLATE_NOOP("EntrySection", "DXA visit")
    save_text = QT_TRANSLATE_NOOP("EntrySection", "Save visit")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "Visits")
    empty_text = QT_TRANSLATE_NOOP("EntrySection", "No visits yet: enter the values from a DXA report above.")
    log_entry = staticmethod(svc.log_scan)
    update_entry = staticmethod(svc.update_scan)
    delete_entry = staticmethod(svc.delete_scan)
    restore_entry = staticmethod(svc.restore_scan)
    list_entries = staticmethod(svc.list_scans)

    # -- building --------------------------------------------------------------------------
    def build_form_box(self) -> None:
        e = self.errors
        self.date = DateEdit()
        self.device = QComboBox()
        for value, label in DEVICES:
            self.device.addItem(label, str(value))
        self.facility = QLineEdit()
        self.facility.setPlaceholderText(self.tr("Clinic or hospital"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self._build_scanner_details()

        grid = QGridLayout(self.form_box)
        grid.setHorizontalSpacing(8)
        top = QHBoxLayout()
        self.date.setFixedWidth(130)
        self.device.setMinimumWidth(110)
        self.facility.setMinimumWidth(80)
        visit_error = error_label(self.form_box, "visit")
        for caption, name, widget, stretch in ((self.tr("Date"), "date", self.date, 0),
                                               (self.tr("Device"), "device", self.device, 0),
                                               (self.tr("Facility"), "facility", self.facility, 1)):
            top.addWidget(QLabel(caption))
            top.addWidget(widget, stretch)
            top.addSpacing(10)
            e.add(name, widget, visit_error, caption)
        grid.addLayout(top, 0, 0, 1, 5)
        # Two short rows, so the scanner details never force the window wider than 1024 px.
        details = QGridLayout()
        details.setHorizontalSpacing(6)
        fields: tuple[tuple[str, str, QWidget], ...] = (
            (self.tr("Model"), "model", self.model_edit), (self.tr("Machine"), "machine_id", self.machine_id),
            (self.tr("Software"), "software", self.software),
            (self.tr("Vertebrae"), "vertebrae", self.vertebrae), (self.tr("Hip side"), "hip_side",
                                                                  self.hip_side))
        for n, (caption, name, field) in enumerate(fields):
            caption_label = QLabel(caption)
            caption_label.setBuddy(field)
            field.setMinimumWidth(70)
            details.addWidget(caption_label, n // 3, 2 * (n % 3))
            details.addWidget(field, n // 3, 2 * (n % 3) + 1)
            e.add(name, field, visit_error, caption)
        for col in (1, 3, 5):
            details.setColumnStretch(col, 1)
        grid.addWidget(QLabel(self.tr("<b>Scanner details</b>")), 1, 0)
        grid.addLayout(details, 1, 1, 1, 4)
        grid.addWidget(visit_error, 2, 0, 1, 5)

        for col, caption in enumerate((self.tr("Site"), self.tr("BMD (g/cm²)"), self.tr("T-score"),
                                       self.tr("Z-score"))):
            grid.addWidget(QLabel(self.tr("<b>{caption}</b>").format(caption=caption)), 3, col)
        self.cells: dict[Site, dict[str, NumberEdit]] = {}
        # Each site's messages go on a line of their own under its fields (hidden until needed), so
        # they wrap and show in full instead of squeezing into a narrow column.
        for n, site in enumerate(Site):
            row = 4 + 2 * n
            grid.addWidget(QLabel(translate("records", SITE_LABELS[site])), row, 0)
            row_error = error_label(self.form_box, site.value)
            cells = {"bmd": NumberEdit(svc.BMD_RANGE), "t_score": NumberEdit(svc.SCORE_RANGE),
                     "z_score": NumberEdit(svc.SCORE_RANGE)}
            for col, (name, edit) in enumerate(cells.items(), start=1):
                edit.setAccessibleName(f"{translate('records', SITE_LABELS[site])} {name}")
                edit.setMinimumWidth(110)
                grid.addWidget(edit, row, col)
                title = {"bmd": self.tr("BMD"), "t_score": self.tr("T-score"), "z_score": self.tr("Z-score")}[
                        name]
                e.add(f"{site.value}.{name}", edit, row_error, title)
            e.add(f"{site.value}.site", cells["bmd"], row_error)
            grid.addWidget(row_error, row + 1, 1, 1, 4)
            self.cells[site] = cells
        e.add("site", None, self.general_error)
        grid.setColumnStretch(4, 1)
        last = 4 + 2 * len(Site)
        grid.addWidget(QLabel(self.tr("Notes")), last, 0)
        grid.addWidget(self.notes, last, 1, 1, 4)
        grid.addWidget(e.add("notes", self.notes, title=self.tr("Notes")), last + 1, 1, 1, 4)

        self.save_button = QPushButton(self.tr("Save visit"))  # save_text, in the window's language
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Clear"))
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
        self._first_field = self.date


    def arrange(self) -> None:
        """The form above the visits, split so the table can be given more room."""
        self.empty_label.setWordWrap(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.form_box)
        splitter.addWidget(self.table_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _build_scanner_details(self) -> None:
        """Model, machine, software, vertebrae and hip side: what decides which visits may be
        compared (same make, machine, vertebrae and hip side)."""
        self.model_edit = QLineEdit()
        self.model_edit.setPlaceholderText(self.tr("e.g. Horizon A"))
        self.machine_id = QLineEdit()
        self.machine_id.setPlaceholderText(self.tr("serial or room"))
        self.machine_id.setToolTip(self.tr("The scanner's serial number or room name: changes are judged "
                                           "only between visits on the same machine (or machines declared "
                                           "cross-calibrated in Settings)."))
        self.software = QLineEdit()
        self.software.setPlaceholderText(self.tr("version"))
        for edit in (self.model_edit, self.machine_id, self.software):
            edit.setMaxLength(svc.PROVENANCE_MAX)
            edit.setMinimumWidth(70)
        self.vertebrae = QComboBox()
        for choice in svc.VERTEBRAE_CHOICES:
            self.vertebrae.addItem(choice, choice)
        self.vertebrae.setToolTip(self.tr("The lumbar vertebrae the spine result covers (L1-L4 unless "
                                          "vertebrae were excluded)"))
        self.hip_side = QComboBox()
        self.hip_side.addItem(self.tr("not recorded"), "")
        for side in HipSide:
            self.hip_side.addItem(self.tr(HIP_SIDES[side]), side.value)
        self.hip_side.setToolTip(self.tr("The hip the femoral neck and total hip results are from"))

    def make_model(self) -> ScanTableModel:
        return ScanTableModel(self)

    # -- the form --------------------------------------------------------------------------
    def new_entry(self, focus: bool = True) -> None:
        """Empty the form for a new visit (Ctrl+N) and put the cursor in the date."""
        super().new_entry(focus)
        if focus:
            self.date.selectAll()

    def clear_fields(self) -> None:
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

    def fill(self, scan: DxaScan) -> None:
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

    def parse(self, patient_id: PatientId, raw: Any, base: DxaScan | None) -> DxaScan:
        visit, rows = raw
        return svc.parse_scan(patient_id, visit, rows, base=base)

    # -- wording -----------------------------------------------------------------------------
    def describe(self, scan: DxaScan) -> str:
        return self.tr("the DXA visit of {date}").format(date=format_date(scan.date))

    def status_name(self, scan: DxaScan) -> str:
        return self.tr("the visit of {date}").format(date=format_date(scan.date))

    def new_title(self) -> str:
        return self.tr("New DXA visit")

    def edit_title(self, scan: DxaScan) -> str:
        return self.tr("Edit visit of {isoformat}").format(isoformat=format_date(scan.date))

    def undo_text(self, scan: DxaScan) -> str:
        return self.tr("delete scan of {date}").format(date=format_date(scan.date))

    def unsaved_description(self) -> str:
        if self.editing is not None:
            return self.tr("changes to the DXA visit of {date}").format(date=format_date(self.editing.date))
        return self.tr("a new DXA visit")

    def not_found_text(self, exc: NotFoundError) -> str:
        return self.tr("{problem} Click “Cancel edit” and open the visit again.").format(problem=exc)
