"""The Scans page's visit table: one row per DXA visit, main sites side by side.

The model (and the site and device vocabulary its columns use) lives apart from
:mod:`bonetracker.ui.pages.scans.page` so the page module is about entering and editing a visit,
while this one is only about how stored visits read and sort in the table.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from bonetracker.domain.formatting import number
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import SITE_LABELS, Device, DxaScan, Site
from bonetracker.services.scans import region_details, scanner_label
from bonetracker.ui.pages.base.entry_table import (  # the roles every entry table uses
    ID_ROLE,
    SORT_ROLE,
    EntryTableModel,
)
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

MAIN_SITES = (Site.LUMBAR_SPINE, Site.FEMORAL_NECK, Site.TOTAL_HIP)
# Labels are translated where shown (translate("ScanTableModel", ...)); device makes are names.
SHORT = {Site.LUMBAR_SPINE: QT_TRANSLATE_NOOP("ScanTableModel", "Spine"),
         Site.FEMORAL_NECK: QT_TRANSLATE_NOOP("ScanTableModel", "Neck"), Site.TOTAL_HIP: QT_TRANSLATE_NOOP(
        "ScanTableModel", "Hip"),
         Site.TOTAL_BODY: QT_TRANSLATE_NOOP("ScanTableModel",
                                            "Total body"), Site.FOREARM_33: QT_TRANSLATE_NOOP(
                 "ScanTableModel", "Forearm")}
DEVICES = (("", "—"), (Device.HOLOGIC, "Hologic"), (Device.GE_LUNAR, "GE Lunar"),
           (Device.OTHER, QT_TRANSLATE_NOOP("ScanTableModel", "Other")))
_Index = QModelIndex | QPersistentModelIndex


def _fmt(value: float | None, digits: int) -> str:
    """A cell: blank when not measured, a real minus sign otherwise."""
    return number(value, digits, missing="", typographic=True)


class ScanTableModel(EntryTableModel):
    """One row per visit: date, device, T-score and BMD of the three main sites, other sites.

    ``data(index, ID_ROLE)`` is the scan id; ``SORT_ROLE`` gives raw values for sorting. The
    entries (``entries``, ``set_entries``, ``row_of``) are kept as in every entry table; the
    cells are drawn here, several sites of a visit to a row.
    """

    HEADERS = (QT_TRANSLATE_NOOP("ScanTableModel", "Date"), QT_TRANSLATE_NOOP("ScanTableModel", "Device"),
               QT_TRANSLATE_NOOP("ScanTableModel", "Spine T"), QT_TRANSLATE_NOOP("ScanTableModel",
                                                                                 "Spine BMD"),
               QT_TRANSLATE_NOOP("ScanTableModel", "Neck T"), QT_TRANSLATE_NOOP("ScanTableModel",
                       "Neck BMD"), QT_TRANSLATE_NOOP("ScanTableModel", "Hip T"), QT_TRANSLATE_NOOP(
                       "ScanTableModel", "Hip BMD"),
               QT_TRANSLATE_NOOP("ScanTableModel", "Other sites"), QT_TRANSLATE_NOOP("ScanTableModel",
                                                                                     "Facility"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.entries: list[DxaScan] = []

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= section < 8:
            site = MAIN_SITES[(section - 2) // 2]
            return self.tr("{site}: {value}").format(
                site=translate("records", SITE_LABELS[site]),
                value=self.tr("T-score") if section % 2 == 0 else self.tr(
                        "BMD (g/cm²)"))
        return None

    def _value(self, scan: DxaScan, col: int) -> tuple[object, str]:
        """(sort value, display text) of one cell."""
        if col == 0:
            return format_date(scan.date), format_date(scan.date)
        if col == 1:
            label = " ".join(p for p in (self.tr(dict(DEVICES).get(scan.device or "", ""))
                                         if scan.device else "", scan.model) if p)
            return label, label
        if 2 <= col < 8:
            m = scan.measurement(MAIN_SITES[(col - 2) // 2])
            value = None if m is None else (m.t_score if col % 2 == 0 else m.bmd)
            return value, _fmt(value, 1 if col % 2 == 0 else 3)
        if col == 8:
            parts = [f"{self.tr(SHORT[m.site])} " + (f"T {_fmt(m.t_score, 1)}" if m.t_score is not None
                                                     else f"{_fmt(m.bmd, 3)} g/cm²")
                     for m in scan.measurements if m.site not in MAIN_SITES]
            return ", ".join(parts), ", ".join(parts)
        return scan.facility, scan.facility

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        scan = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._value(scan, index.column())[1]
        if role == SORT_ROLE:
            value = self._value(scan, index.column())[0]
            return -99.0 if value is None else value  # blanks sort below every real score
        if role == ID_ROLE:
            return scan.id
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() < 8:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (scanner_label(scan), region_details(scan), scan.notes)
                             if t) or None
        return None
