"""Heights and function tests: a form (test, date, value, unit, note) over a table that reads
each entry against its norm and says whether it improved on the previous one of its kind.

"Run a test…" opens :class:`~bonetracker.ui.pages.measures.runner.TestRunner`, the stopwatch
and countdown a physiotherapist uses at the workstation.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import shown
from bonetracker.domain.measures.summary import SHORT_NAMES
from bonetracker.domain.measures.units import MEASURES, to_canonical
from bonetracker.domain.records import Measure, MeasureKind, PatientId
from bonetracker.services import measures as measure_svc
from bonetracker.services.patients import get_patient
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column
from bonetracker.ui.pages.measures.fields import narrow_combo, set_value_range, show_in_tabs
from bonetracker.ui.pages.measures.readings import MeasureReading, entered_text, read_measures
from bonetracker.ui.pages.measures.runner import TIMED_KINDS, TestRunner
from bonetracker.ui.preferences import unit_for
from bonetracker.ui.widgets.forms import DateEdit, NumberEdit
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role
from bonetracker.ui.widgets.units import allowed_text, example_text, height_text


def result_text(m: Measure) -> str:
    """As typed (with the canonical value when typed in another unit); a height in feet and
    inches when they are chosen in Settings."""
    feet = m.kind is MeasureKind.HEIGHT and unit_for(shown.HEIGHT) == shown.FEET_INCHES
    return height_text(m) if feet else entered_text(m)


def height_units() -> list[str]:
    """The height units of the form: cm and inches, and first feet and inches (typed as
    5' 7") when they are chosen in Settings."""
    feet = [shown.FEET_INCHES] if unit_for(shown.HEIGHT) == shown.FEET_INCHES else []
    return feet + list(MEASURES[MeasureKind.HEIGHT].unit_names)


class MeasuresSection(EntrySection[Measure]):
    """Heights and function tests of the selected patient."""

    kind = ChangeKind.MEASURE
    listens_to = (ChangeKind.SETTINGS,)  # a height unit chosen in Settings: shown converted
    noun = QT_TRANSLATE_NOOP("EntrySection", "measurement")
    table_title = QT_TRANSLATE_NOOP("EntrySection", "Heights and tests")
    empty_text = QT_TRANSLATE_NOOP("EntrySection",
                                   "No heights or tests on record: type one above, or time a test with “Run "
                                   "a test…”.")
    runner_clock: Callable[[], float] = staticmethod(time.monotonic)  # tests put a fake clock here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.readings: dict[object, MeasureReading] = {}
        self.columns = (  # the norm and change cells read self.readings, made with the rows
            Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda m: m.date.isoformat(),
                   lambda m: format_date(m.date)),
            Column(QT_TRANSLATE_NOOP("Column", "Test"),
                   lambda m: translate("measures", MEASURES[m.kind].label)),
            Column(QT_TRANSLATE_NOOP("Column", "Result"), lambda m: to_canonical(MEASURES[m.kind], m.value,
                                                                                 m.unit), result_text,
                   numeric=True),
            Column(QT_TRANSLATE_NOOP("Column", "Change"), lambda m: self._reading(m, "change_text"),
                   tooltip=QT_TRANSLATE_NOOP("Column", "Since the previous result of the same test")),
            Column(QT_TRANSLATE_NOOP("Column", "Norm"), lambda m: self._reading(m, "norm_text"),
                   tooltip=QT_TRANSLATE_NOOP("Column",
                                             "Read with the person's sex and age on the day of the test")),
            Column(QT_TRANSLATE_NOOP("Column", "Note"), lambda m: m.note),
        )
        self.runner: TestRunner | None = None
        self._height_shown: tuple[str, str, Measure] | None = None  # a height shown in feet and inches
        super().__init__(ctx, parent)

    def _reading(self, m: Measure, attr: str) -> str:
        reading = self.readings.get(m.id)
        return "" if reading is None else str(getattr(reading, attr))

    def list_entries(self, db: Database, patient_id: PatientId) -> list[Measure]:
        """The patient's measurements; reads each against its norm and its predecessor too."""
        found = measure_svc.list_measures(db, patient_id)
        self.readings = read_measures(found, get_patient(db, patient_id),
                                      unit_for(shown.HEIGHT)) if found else {}
        return found

    log_entry = staticmethod(measure_svc.log_measure)
    update_entry = staticmethod(measure_svc.update_measure)
    delete_entry = staticmethod(measure_svc.delete_measure)
    restore_entry = staticmethod(measure_svc.restore_measure)

    def build_form(self) -> None:
        self.kind_combo = narrow_combo(QComboBox())
        for kind in MeasureKind:
            self.kind_combo.addItem(translate("measures", MEASURES[kind].label), kind.value)
        self.date = DateEdit()
        self.value = NumberEdit()
        self.unit = narrow_combo(QComboBox())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("How it was measured, aids used (optional)"))
        self.add_field(0, 0, self.tr("Test"), "kind", self.kind_combo)
        self.add_field(0, 1, self.tr("Date"), "date", self.date)
        self.add_field(1, 0, self.tr("Value"), "value", self.value)
        self.add_field(1, 1, self.tr("Unit"), "unit", self.unit)
        self.add_field(2, 0, self.tr("Note"), "note", self.note, span=0)
        self.run_button = QPushButton(self.tr("Run a test…"))
        self.run_button.setToolTip(self.tr("A stopwatch for TUG and sit-to-stand, the 30-second chair "
                                           "stand countdown and the tandem-stance timer"))
        self.run_button.clicked.connect(self.open_runner)
        hint = QLabel(self.tr("times TUG, sit-to-stand, chair stand, tandem stance"))
        set_role(hint, "hint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.run_button)
        row.addWidget(hint, 1)
        self.grid.addLayout(row, 3, 1, 1, 3)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._kind_changed()
        self.ctx.data_changed.connect(self._settings_changed)

    def _settings_changed(self, kind: str) -> None:
        """A new height unit: an empty form starts in it."""
        if kind == ChangeKind.SETTINGS and self.editing is None and not self.value.text().strip():
            self._kind_changed()
            self.clear_fields()

    def selected_kind(self) -> MeasureKind:
        return MeasureKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        """The unit list follows the test (cm, ft/in or in for height, s for TUG, ...); a
        height starts in the unit chosen in Settings."""
        kind = self.selected_kind()
        spec = MEASURES[kind]
        previous = self.unit.currentText()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(height_units() if kind is MeasureKind.HEIGHT else list(spec.unit_names))
        found = self.unit.findText(previous)
        if kind is MeasureKind.HEIGHT and (found < 0 or previous not in ("cm", shown.FEET_INCHES)):
            found = self.unit.findText(unit_for(shown.HEIGHT))
        self.unit.setCurrentIndex(max(0, found))
        self.unit.blockSignals(False)
        self._unit_changed()

    def _unit_changed(self) -> None:
        spec = MEASURES[self.selected_kind()]
        unit = self.unit.currentText() or spec.canonical
        if unit == shown.FEET_INCHES:
            allowed = allowed_text(shown.HEIGHT, spec.low, spec.high, unit)
            self.value.setPlaceholderText(example_text(unit))
            self.value.setToolTip(self.tr("Required; {allowed}").format(allowed=allowed))
            return
        rng = measure_svc.value_range(spec, unit)
        set_value_range(self.value, rng.low, rng.high, unit, spec.integer)

    def raw(self) -> dict[str, object]:
        return {"kind": self.kind_combo.currentData(), "date": self.date.text(),
                "value": self.value.text(), "unit": self.unit.currentText(), "note": self.note.text()}

    def fill(self, m: Measure) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(m.kind.value)))
        self._height_shown = None
        if m.kind is MeasureKind.HEIGHT and unit_for(shown.HEIGHT) == shown.FEET_INCHES:
            text = height_text(m)  # shown in feet and inches; saved unchanged, kept as stored
            self.unit.setCurrentIndex(self.unit.findText(shown.FEET_INCHES))
            self.value.setText(text)
            self._height_shown = (shown.FEET_INCHES, text, m)
        else:
            self.unit.setCurrentIndex(max(0, self.unit.findText(m.unit)))
            self.value.setText(f"{m.value:g}")
        self.date.set_date(m.date)
        self.note.setText(m.note)

    def clear_fields(self) -> None:
        self.date.reset()
        self.value.clear()
        self.note.clear()
        self._height_shown = None
        preferred = unit_for(shown.HEIGHT) if self.selected_kind() is MeasureKind.HEIGHT else ""
        self.unit.setCurrentIndex(max(0, self.unit.findText(preferred)))

    def describe(self, m: Measure) -> str:
        return self.tr("the {test} of {date}").format(test=SHORT_NAMES[m.kind], date=format_date(m.date))

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> Measure:
        if raw.get("unit") == shown.FEET_INCHES:
            raw = {**raw, **self._feet_inches_in_cm(str(raw.get("value", "")))}
        return measure_svc.parse_measure(patient_id, raw, base=base)

    def _feet_inches_in_cm(self, text: str) -> dict[str, object]:
        """A height typed in feet and inches as the service reads it: exact cm (the stored value
        itself when the shown height was left as it was)."""
        if self._height_shown is not None and text.strip() == self._height_shown[1]:
            return {"value": f"{self._height_shown[2].value!r}", "unit": self._height_shown[2].unit}
        spec = MEASURES[MeasureKind.HEIGHT]
        allowed = allowed_text(shown.HEIGHT, spec.low, spec.high, shown.FEET_INCHES)
        cm = shown.parse_shown(shown.HEIGHT, text, shown.FEET_INCHES) if text.strip() else None
        if cm is None or not spec.low <= cm <= spec.high:
            message = (self.tr("Height must be {allowed}, {example} (got {text})") if text.strip()
                       else self.tr("Height must be {allowed}, {example}"))
            raise ValidationError([FieldError("value", message.format(
                allowed=allowed, example=example_text(shown.FEET_INCHES), text=text.strip()[:20]))])
        return {"value": shown.canonical_text(cm), "unit": "cm"}

    def has_unsaved_changes(self) -> bool:
        """Choosing a test (or a unit, or a date) without typing a value is not an entry."""
        if self.editing is None and not self.value.text().strip() and not self.note.text().strip():
            return False
        return super().has_unsaved_changes()

    def after_save(self, saved: Measure) -> str:
        pid = self.ctx.patient_id
        if pid is None:
            return ""
        reading = read_measures([saved], get_patient(self.ctx.db, pid))[saved.id]
        return f" {entered_text(saved)}: {reading.norm_text}." if reading.norm.cutoff is not None else ""

    # -- the test runner ------------------------------------------------------------------------
    def open_runner(self) -> TestRunner | None:
        """Open the timer for the chosen test (TUG when the form shows another kind)."""
        if self.ctx.patient_id is None:
            return None
        kind = self.selected_kind()
        self.runner = TestRunner(self.ctx, kind if kind in TIMED_KINDS else MeasureKind.TUG,
                                 clock=self.runner_clock, parent=self)
        self.runner.saved.connect(self._runner_saved)
        self.runner.finished.connect(self._runner_closed)
        self.runner.setWindowModality(Qt.WindowModality.WindowModal)
        self.runner.show()
        return self.runner

    def _runner_saved(self, saved: object) -> None:
        if isinstance(saved, Measure):
            self.saved_label.setText(self.tr("Saved {describe}.{after_save}").format(describe=self.describe(
                    saved), after_save=self.after_save(saved)))
            self.select_entry(saved.id)

    def _runner_closed(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()

    def save_pending(self) -> bool:
        saved = super().save_pending()
        if not saved:
            show_in_tabs(self)
        return saved
