"""The Lifestyle page: a daily entry of smoking, alcohol, stress and daylight, and smoking status.

Blank fields mean "not recorded", never zero, so a day with only a stress score is fine. The
smoking status belongs to the patient record (it is a FRAX risk factor), so it is shown here
read-only with a button to the patient dialog rather than duplicated per day.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import LifestyleEntry, PatientId, Smoking
from bonetracker.services import lifestyle as svc
from bonetracker.services import patients as patient_svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column, number_text
from bonetracker.ui.widgets.forms import DateEdit, NumberEdit, unit_text
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role

SMOKING_TEXT = {Smoking.NEVER: QT_TRANSLATE_NOOP("LifestyleSection", "never smoked"),
                Smoking.FORMER: QT_TRANSLATE_NOOP("LifestyleSection", "former smoker"),
                Smoking.CURRENT: QT_TRANSLATE_NOOP("LifestyleSection", "current smoker")}


class LifestyleSection(EntrySection[LifestyleEntry]):
    """Form and table of daily lifestyle entries."""

    kind = ChangeKind.LIFESTYLE
    noun = QT_TRANSLATE_NOOP("EntrySection", "day")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "Daily entries")
    empty_text = QT_TRANSLATE_NOOP("EntrySection",
                                   "No entries yet: fill in any of the values above for a day.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda e: e.date.isoformat(),
               lambda e: format_date(e.date)),
        Column(QT_TRANSLATE_NOOP("Column", "Cigarettes"), lambda e: e.cigarettes, lambda e: number_text(
                e.cigarettes), True),
        Column(QT_TRANSLATE_NOOP("Column", "Alcohol"), lambda e: e.alcohol_units, lambda e: number_text(
                e.alcohol_units, unit_text("units")),
               True, svc.ALCOHOL_UNIT_HELP, "lifestyle"),
        Column(QT_TRANSLATE_NOOP("Column", "Stress"), lambda e: e.stress, lambda e: number_text(e.stress),
               True,
               QT_TRANSLATE_NOOP("Column", "1 (calm) to 10 (extreme)")),
        Column(QT_TRANSLATE_NOOP("Column", "Daylight"), lambda e: e.daylight_minutes,
               lambda e: number_text(e.daylight_minutes, "min"), True,
               QT_TRANSLATE_NOOP("Column", "Minutes outdoors in daylight")),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda e: e.notes),
    )
    log_entry = staticmethod(svc.log_lifestyle)
    update_entry = staticmethod(svc.update_lifestyle)
    delete_entry = staticmethod(svc.delete_lifestyle)
    restore_entry = staticmethod(svc.restore_lifestyle)
    list_entries = staticmethod(svc.list_lifestyle)

    def build_form(self) -> None:
        self.date = DateEdit()
        self.date.setFixedWidth(130)
        self.cigarettes = NumberEdit(svc.CIGARETTES)
        self.alcohol = NumberEdit(svc.ALCOHOL_UNITS)
        self.alcohol.setToolTip(translate("lifestyle", svc.ALCOHOL_UNIT_HELP))
        self.stress = NumberEdit(svc.STRESS)
        self.stress.setPlaceholderText(self.tr("1 calm to 10 extreme"))
        self.daylight = NumberEdit(svc.DAYLIGHT_MINUTES)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.add_field(0, 0, self.tr("Date"), "date", self.date)
        self.add_field(1, 0, self.tr("Cigarettes"), "cigarettes", self.cigarettes)
        self.add_field(1, 1, self.tr("Alcohol units"), "alcohol_units", self.alcohol)
        help_label = QLabel(translate("lifestyle", svc.ALCOHOL_UNIT_HELP))
        help_label.setObjectName("alcohol_help")
        help_label.setWordWrap(True)
        set_role(help_label, "hint")
        self.grid.addWidget(help_label, 2, 3, 1, 2)
        self.add_field(3, 0, self.tr("Stress"), "stress", self.stress)
        self.add_field(3, 1, self.tr("Daylight (minutes)"), "daylight_minutes", self.daylight)
        self.add_field(4, 0, self.tr("Notes"), "notes", self.notes, span=0)

    def raw(self) -> dict[str, object]:
        return {"date": self.date.text(), "cigarettes": self.cigarettes.text(),
                "alcohol_units": self.alcohol.text(), "stress": self.stress.text(),
                "daylight_minutes": self.daylight.text(), "notes": self.notes.text()}

    def fill(self, entry: LifestyleEntry) -> None:
        self.date.set_date(entry.date)
        self.cigarettes.set_value(entry.cigarettes)
        self.alcohol.set_value(entry.alcohol_units)
        self.stress.set_value(entry.stress)
        self.daylight.set_value(entry.daylight_minutes)
        self.notes.setText(entry.notes)

    def clear_fields(self) -> None:
        self.date.reset()
        for edit in (self.cigarettes, self.alcohol, self.stress, self.daylight, self.notes):
            edit.clear()

    def describe(self, entry: LifestyleEntry) -> str:
        return self.tr("the entry of {date}").format(date=format_date(entry.date))

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> LifestyleEntry:
        return svc.parse_lifestyle(patient_id, raw, base=base)


class LifestylePage(QWidget):
    """Smoking status (from the patient record) above the daily entries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.smoking_label = QLabel()
        self.smoking_label.setObjectName("smoking_status")
        self.edit_smoking = QPushButton(self.tr("Change…"))
        self.edit_smoking.setToolTip(self.tr("Edit the smoking status in the patient's details"))
        self.edit_smoking.clicked.connect(self.open_patient_dialog)
        top = QHBoxLayout()
        top.addWidget(self.smoking_label)
        top.addWidget(self.edit_smoking)
        top.addStretch(1)
        self.section = LifestyleSection(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.section, 1)
        ctx.patient_changed.connect(lambda _pid: self.show_smoking())
        ctx.data_changed.connect(
            lambda kind: self.show_smoking() if kind in (ChangeKind.PATIENT, ChangeKind.ALL) else None
        )
        self.show_smoking()

    def new_entry(self) -> None:
        self.section.new_entry()

    def show_smoking(self) -> None:
        pid = self.ctx.patient_id
        try:
            patient = patient_svc.get_patient(self.ctx.db, pid) if pid is not None else None
        except NotFoundError:
            patient = None
        self.edit_smoking.setEnabled(patient is not None)
        if patient is None:
            self.smoking_label.setText(self.tr("Smoking status: —"))
            return
        quit_text = (self.tr(", quit {date}").format(date=format_date(patient.smoking_quit_date))
                     if patient.smoking is Smoking.FORMER and patient.smoking_quit_date else "")
        self.smoking_label.setText(
            self.tr("Smoking status: <b>{SMOKING_TEXT}</b>{quit_text}").format(SMOKING_TEXT=translate(
                    "LifestyleSection", SMOKING_TEXT[
                    patient.smoking]), quit_text=quit_text))

    def open_patient_dialog(self) -> None:
        from bonetracker.ui.dialogs.patient import PatientDialog

        pid = self.ctx.patient_id
        if pid is None:
            return
        dialog = PatientDialog(self.ctx, patient_svc.get_patient(self.ctx.db, pid), self)
        dialog.exec()
        dialog.deleteLater()
