"""Lab results: a form (test, date, value, unit, the lab's range, note) over a table that reads
each result against its thresholds (vitamin D, eGFR) or the lab's own range.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import labs as lab_reading
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.units import LABS
from bonetracker.domain.records import LabResult, LabTest, PatientId
from bonetracker.services import labs as lab_svc
from bonetracker.services.measures import value_range
from bonetracker.ui.context import ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column
from bonetracker.ui.pages.measures.fields import narrow_combo, set_value_range, show_in_tabs
from bonetracker.ui.preferences import unit_for
from bonetracker.ui.widgets.forms import DateEdit, NumberEdit
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.units import lab_result_text


def range_text(r: LabResult) -> str:
    """The lab's reference range as reported ("30–100 ng/mL", "from 8.5 mg/dL"), or blank."""
    if r.range_low is not None and r.range_high is not None:
        return f"{r.range_low:g}–{r.range_high:g} {r.unit}"
    if r.range_low is not None:
        return translate("pages.measures", "from {low} {unit}").format(low=f"{r.range_low:g}", unit=r.unit)
    if r.range_high is not None:
        return translate("pages.measures", "up to {high} {unit}").format(high=f"{r.range_high:g}",
                                                                         unit=r.unit)
    return ""


class LabsSection(EntrySection[LabResult]):
    """Lab results of the selected patient."""

    kind = ChangeKind.LAB
    listens_to = (ChangeKind.SETTINGS,)  # a 25(OH)D unit chosen in Settings: shown converted
    noun = QT_TRANSLATE_NOOP("EntrySection", "lab result")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "Lab results")
    empty_text = QT_TRANSLATE_NOOP("EntrySection", "No lab results on record.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda r: r.date.isoformat(),
               lambda r: format_date(r.date)),
        Column(QT_TRANSLATE_NOOP("Column", "Test"), lambda r: translate("measures", LABS[r.test].label)),
        Column(QT_TRANSLATE_NOOP("Column", "Result"), lab_reading.canonical, lab_result_text,
               numeric=True,
               tooltip=QT_TRANSLATE_NOOP(
                   "Column", "As reported, with the value in the usual unit when another was used; "
                   "25(OH)D in the unit chosen in Settings")),
        Column(QT_TRANSLATE_NOOP("Column", "Reading"), lambda r: lab_reading.read(r).text),
        Column(QT_TRANSLATE_NOOP("Column", "Lab range"), range_text),
        Column(QT_TRANSLATE_NOOP("Column", "Note"), lambda r: r.note),
    )
    log_entry = staticmethod(lab_svc.log_lab)
    update_entry = staticmethod(lab_svc.update_lab)
    delete_entry = staticmethod(lab_svc.delete_lab)
    restore_entry = staticmethod(lab_svc.restore_lab)
    list_entries = staticmethod(lab_svc.list_labs)

    def build_form(self) -> None:
        self.test = narrow_combo(QComboBox())
        for test in LabTest:
            self.test.addItem(translate("measures", LABS[test].label), test.value)
        self.date = DateEdit()
        self.value = NumberEdit()
        self.unit = narrow_combo(QComboBox())
        self.range_low = NumberEdit()
        self.range_high = NumberEdit()
        self.range_low.setToolTip(self.tr(
                "The lower end of the lab's own reference range, in the result's unit"))
        self.range_high.setToolTip(self.tr(
                "The upper end of the lab's own reference range, in the result's unit"))
        for edit in (self.range_low, self.range_high):
            edit.setPlaceholderText(self.tr("optional"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Lab, fasting, method (optional)"))
        self.add_field(0, 0, self.tr("Test"), "test", self.test)
        self.add_field(0, 1, self.tr("Date"), "date", self.date)
        self.add_field(1, 0, self.tr("Value"), "value", self.value)
        self.add_field(1, 1, self.tr("Unit"), "unit", self.unit)
        self.add_field(2, 0, self.tr("Lab range from"), "range_low", self.range_low)
        self.add_field(2, 1, self.tr("to"), "range_high", self.range_high)
        self.add_field(3, 0, self.tr("Note"), "note", self.note, span=0)
        self.test.currentIndexChanged.connect(self._test_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._test_changed()
        self.ctx.data_changed.connect(self._settings_changed)

    def _settings_changed(self, kind: str) -> None:
        """A new 25(OH)D unit: an empty form starts in it."""
        if kind == ChangeKind.SETTINGS and self.editing is None and not self.value.text().strip():
            self._test_changed()

    def selected_test(self) -> LabTest:
        return LabTest(self.test.currentData())

    def preferred_unit(self) -> str:
        """25(OH)D starts in the unit chosen in Settings, every other test in its usual unit."""
        test = self.selected_test()
        return unit_for(shown.VITAMIN_D_25OH) if test is LabTest.VITAMIN_D_25OH else LABS[test].canonical

    def _test_changed(self) -> None:
        spec = LABS[self.selected_test()]
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(list(spec.unit_names))
        self.unit.setCurrentIndex(max(0, self.unit.findText(self.preferred_unit())))
        self.unit.blockSignals(False)
        self._unit_changed()

    def _unit_changed(self) -> None:
        spec = LABS[self.selected_test()]
        unit = self.unit.currentText() or spec.canonical
        rng = value_range(spec, unit)
        set_value_range(self.value, rng.low, rng.high, unit, spec.integer)

    def raw(self) -> dict[str, object]:
        return {"test": self.test.currentData(), "date": self.date.text(), "value": self.value.text(),
                "unit": self.unit.currentText(), "range_low": self.range_low.text(),
                "range_high": self.range_high.text(), "note": self.note.text()}

    def fill(self, r: LabResult) -> None:
        self.test.setCurrentIndex(max(0, self.test.findData(r.test.value)))
        self.unit.setCurrentIndex(max(0, self.unit.findText(r.unit)))
        self.date.set_date(r.date)
        self.value.setText(f"{r.value:g}")
        self.range_low.set_value(r.range_low)
        self.range_high.set_value(r.range_high)
        self.note.setText(r.note)

    def clear_fields(self) -> None:
        self.date.reset()
        self.value.clear()
        self.range_low.clear()
        self.range_high.clear()
        self.note.clear()
        self.unit.setCurrentIndex(max(0, self.unit.findText(self.preferred_unit())))

    def describe(self, r: LabResult) -> str:
        return self.tr("the {test} result of {date}").format(test=translate("measures", LABS[r.test].label),
                                                             date=format_date(r.date))

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> LabResult:
        return lab_svc.parse_lab(patient_id, raw, base=base)

    def has_unsaved_changes(self) -> bool:
        """Choosing a test or a unit without typing anything is not an entry."""
        typed = (self.value, self.range_low, self.range_high, self.note)
        if self.editing is None and not any(w.text().strip() for w in typed):
            return False
        return super().has_unsaved_changes()

    def after_save(self, saved: LabResult) -> str:
        return f" {lab_result_text(saved)}: {lab_reading.read(saved).text}."

    def save_pending(self) -> bool:
        saved = super().save_pending()
        if not saved:
            show_in_tabs(self)
        return saved
