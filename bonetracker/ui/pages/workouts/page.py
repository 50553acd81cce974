"""The Workouts page: this week's adherence strip over a workout form and table.

The activity field types ahead over the catalogue and the user's own activities; choosing a
strength activity shows sets, reps and load (in the kg/lb unit chosen in Settings). An activity
the person's plan restricts (high impact after a vertebral fracture, spinal flexion with
osteoporosis) shows a warning but still saves: the plan advises, the person decides.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.programmes.model import DoseKind, ProgrammeItem, ProgrammeItemId
from bonetracker.domain.records import Activity, ActivityCategory, PatientId, Workout
from bonetracker.services import activities as catalogue
from bonetracker.services import workouts as svc
from bonetracker.services.records import load_record
from bonetracker.services.validation import today
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column, number_text
from bonetracker.ui.pages.workouts.adherence_strip import AdherenceStrip
from bonetracker.ui.pages.workouts.programme_today import ProgrammeToday
from bonetracker.ui.preferences import load_unit
from bonetracker.ui.widgets.forms import DateEdit, InlineErrors, NumberEdit, error_label
from bonetracker.ui.widgets.theme import set_role

CATEGORY_LABELS = {
    ActivityCategory.WEIGHT_BEARING: "weight-bearing", ActivityCategory.RESISTANCE: "strength",
    ActivityCategory.IMPACT: "impact", ActivityCategory.BALANCE: "balance",
    ActivityCategory.FLEXIBILITY: "flexibility", ActivityCategory.NON_WEIGHT_BEARING: "not weight-bearing",
}



def _load_text(w: Workout) -> str:
    if w.load_kg is None:
        return ""
    return number_text(round(w.load_kg / svc.KG_PER_LB, 1), "lb") if load_unit() == "lb" else \
        number_text(w.load_kg, "kg")


class CustomActivityDialog(QDialog):
    """Add the user's own activity; the same validation as ``workouts add-activity``."""

    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Activity | None = None
        self.setWindowTitle("Add your own activity")
        self.name = QLineEdit(name)
        self.category = QComboBox()
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(label, category.value)
        self.met = NumberEdit(catalogue.MET_RANGE)
        self.flexion = QCheckBox("Includes forward bends, sit-ups or twisting (spinal flexion)")
        self.impact = QCheckBox("More impact than brisk walking (jumps, running)")
        general = error_label(self, "general")
        self.errors = InlineErrors(general)
        form = QFormLayout()
        form.addRow("Name", self.errors.wrap("name", self.name))
        form.addRow("Category", self.errors.wrap("category", self.category))
        form.addRow("Typical MET", self.errors.wrap("met", self.met))
        form.addRow("", self.flexion)
        form.addRow("", self.impact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            activity = catalogue.parse_custom_activity({
                "name": self.name.text(), "category": self.category.currentData(),
                "met": self.met.text(), "spinal_flexion": self.flexion.isChecked(),
                "high_impact": self.impact.isChecked()})
            self.saved = catalogue.add_custom_activity(self.ctx.db, activity)
        except ValidationError as exc:
            self.errors.show_errors(exc, "Not saved: correct the values marked in red.")
            return
        self.ctx.notify_changed(ChangeKind.ACTIVITY)
        super().accept()


class WorkoutsSection(EntrySection[Workout]):
    """Form and table of workouts, with catalogue hints and plan warnings."""

    kind = ChangeKind.WORKOUT
    noun = "workout"
    table_title = "Workouts"
    empty_text = "No workouts yet: pick an activity above and say how long you did it."
    listens_to = (ChangeKind.ACTIVITY, ChangeKind.FRACTURE, ChangeKind.SCAN,
                  ChangeKind.SETTINGS)  # loads in the unit chosen in Settings
    columns = (
        Column("Date", lambda w: w.date.isoformat(), lambda w: format_date(w.date)),
        Column("Activity", lambda w: w.activity),
        Column("Type", lambda w: w.category.value, lambda w: CATEGORY_LABELS[w.category]),
        Column("Minutes", lambda w: w.minutes, lambda w: number_text(w.minutes), True),
        Column("Effort", lambda w: w.effort, lambda w: number_text(w.effort), True,
               "How hard it felt: RPE 1 (very easy) to 10 (maximal)"),
        Column("Sets", lambda w: w.sets, lambda w: number_text(w.sets), True),
        Column("Reps", lambda w: w.reps, lambda w: number_text(w.reps), True),
        Column("Load", lambda w: w.load_kg, _load_text, True),
        Column("Notes", lambda w: w.notes),
    )
    log_entry = staticmethod(svc.log_workout)
    update_entry = staticmethod(svc.update_workout)
    delete_entry = staticmethod(svc.delete_workout)
    restore_entry = staticmethod(svc.restore_workout)
    list_entries = staticmethod(svc.list_workouts)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.activities: list[Activity] = []
        self.restrictions = catalogue.Restrictions()
        self._shown_load: tuple[str, float | None] = ("", None)
        self.programme_item_id: ProgrammeItemId | None = None  # set by "Log…" in Today's programme
        super().__init__(ctx, parent)

    def build_form(self) -> None:
        self.date = DateEdit()
        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.activity.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setPlaceholderText("Type to search, e.g. brisk walking")
        self.activity.setMinimumWidth(240)
        completer = QCompleter(self.activity.model(), self.activity)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activity.setCompleter(completer)
        self.own_button = QPushButton("Own activity…")
        self.own_button.setToolTip("Add an activity that is not in the list")
        self.own_button.clicked.connect(self.add_own_activity)
        self.minutes = NumberEdit(svc.MINUTES)
        self.effort = NumberEdit(svc.EFFORT)
        self.effort.setToolTip("How hard it felt: 1 very easy, 5 hard, 10 maximal (RPE)")
        self.sets = NumberEdit(svc.SETS)
        self.reps = NumberEdit(svc.REPS)
        self.load_field = NumberEdit(svc.LOAD_KG)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText("Notes (optional)")
        self.hint = QLabel()
        self.hint.setObjectName("activity_hint")
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.warning = QLabel()
        self.warning.setObjectName("activity_warning")
        self.warning.setWordWrap(True)
        set_role(self.warning, "warning")
        self.warning.hide()

        self.add_field(0, 0, "Date", "date", self.date)
        self.add_field(0, 1, "Activity", "activity", self.activity)
        self.activity.setMinimumWidth(120)  # a narrow window squeezes it rather than growing
        self.activity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity.setMinimumContentsLength(12)
        # The "own activity" button and the hint go under the activity, not beside it, so the
        # form fits a 1024-pixel screen with the patient list open.
        self.grid.addWidget(self.own_button, 1, 3, Qt.AlignmentFlag.AlignLeft)
        notes = QVBoxLayout()
        notes.addWidget(self.hint)
        notes.addWidget(self.warning)
        self.grid.addLayout(notes, 2, 0, 1, 5)
        self.add_field(3, 0, "Minutes", "minutes", self.minutes)
        self.add_field(3, 1, "Effort (1-10)", "effort", self.effort)
        self.strength = [self.add_field(4, 0, "Sets", "sets", self.sets),
                         self.add_field(4, 1, "Reps per set", "reps", self.reps),
                         self.add_field(5, 0, "Load", "load_kg", self.load_field)]
        self.errors.add("load_lb", self.load_field, self.errors.label_for("load_kg"))
        self.strength += [self.captions[name] for name in ("sets", "reps", "load_kg")]
        self.load_caption = self.captions["load_kg"]
        self.add_field(6, 0, "Notes", "notes", self.notes, span=0)
        self.activity.currentTextChanged.connect(self._activity_changed)

    # -- activity list, hints and warnings ---------------------------------------------------
    def reload(self) -> None:
        self.activities = catalogue.list_activities(self.ctx.db)
        typed = self.activity.currentText()
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItems([a.name for a in self.activities])
        self.activity.setEditText(typed)
        self.activity.blockSignals(False)
        pid = self.ctx.patient_id
        if pid is not None:  # scans, courses and fractures load whole; daily logs not at all
            record = load_record(self.ctx.db, PatientId(pid), since=today(), until=today())
            self.restrictions = catalogue.restrictions_for(record, today())
        super().reload()
        self._activity_changed(typed)

    def current_activity(self) -> Activity | None:
        return catalogue.lookup_activity(self.activities, self.activity.currentText())

    def _activity_changed(self, _text: str = "") -> None:
        """Hint and warnings for the chosen activity; strength fields only for strength."""
        activity = self.current_activity()
        strength = activity is not None and activity.category is ActivityCategory.RESISTANCE
        for widget in self.strength:
            widget.setVisible(strength)
        unit = load_unit()
        rng = self.load_field.rng = svc.LOAD_LB if unit == "lb" else svc.LOAD_KG
        self.load_field.setPlaceholderText(f"0 to {rng.show(rng.high)} {unit}")
        self.load_caption.setText(f"Load ({unit})")
        self.hint.setVisible(activity is not None)
        if activity is None:
            self.warning.hide()
            return
        notes = catalogue.activity_notes(activity.name)
        own = " Your own activity." if activity.custom else ""
        self.hint.setText(f"{CATEGORY_LABELS[activity.category].capitalize()}, about "
                          f"{activity.met:g} MET. {notes}{own}")
        warnings = svc.activity_warnings(activity, self.restrictions)
        self.warning.setText("⚠ " + "\n⚠ ".join(warnings) if warnings else "")
        self.warning.setVisible(bool(warnings))

    def add_own_activity(self) -> None:
        dialog = CustomActivityDialog(self.ctx, self.activity.currentText(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.activity.setEditText(dialog.saved.name)
        dialog.deleteLater()

    # -- form hooks --------------------------------------------------------------------------
    def raw(self) -> dict[str, object]:
        raw: dict[str, object] = {"date": self.date.text(), "activity": self.activity.currentText(),
                                  "minutes": self.minutes.text(), "effort": self.effort.text(),
                                  "notes": self.notes.text()}
        if self.sets.isVisibleTo(self):
            raw |= {"sets": self.sets.text(), "reps": self.reps.text()}
            text = self.load_field.text()
            if text.strip() and text == self._shown_load[0]:
                raw["load_kg"] = self._shown_load[1]  # unchanged: keep the stored kg exactly
            else:
                raw["load_lb" if load_unit() == "lb" else "load_kg"] = text
        return raw

    def fill(self, w: Workout) -> None:
        self.date.set_date(w.date)
        self.activity.setEditText(w.activity)
        self.minutes.set_value(w.minutes)
        self.effort.set_value(w.effort)
        self.sets.set_value(w.sets)
        self.reps.set_value(w.reps)
        shown = None if w.load_kg is None else (
            round(w.load_kg / svc.KG_PER_LB, 1) if load_unit() == "lb" else w.load_kg)
        self.load_field.set_value(shown)
        self._shown_load = (self.load_field.text(), w.load_kg)
        self.notes.setText(w.notes)

    def log_programme_item(self, item: ProgrammeItem) -> None:
        """Put a prescribed item in the form (as prescribed), to be changed to what was done."""
        self.new_entry()
        self.date.set_date(today())
        self.activity.setEditText(item.activity)
        self.minutes.set_value(item.minutes)
        if item.dose_kind is DoseKind.SETS_REPS and item.category is ActivityCategory.RESISTANCE:
            self.sets.set_value(item.sets)
            self.reps.set_value(item.reps)
            self.load_field.set_value(item.load_kg if load_unit() == "kg" or item.load_kg is None
                                      else round(item.load_kg / svc.KG_PER_LB, 1))
        self.notes.setText(f"programme: {item.dose_text()}")
        self.programme_item_id = item.id
        self.effort.setFocus()

    def clear_fields(self) -> None:
        self.programme_item_id = None
        self.date.reset()
        self.activity.setEditText("")
        for edit in (self.minutes, self.effort, self.sets, self.reps, self.load_field, self.notes):
            edit.clear()
        self._shown_load = ("", None)

    def describe(self, w: Workout) -> str:
        return f"{w.minutes} min of {w.activity} on {format_date(w.date)}"

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> Workout:
        workout = svc.parse_workout(patient_id, raw, self.activities, base=base)
        if base is None and self.programme_item_id is not None:  # logged from Today's programme
            workout = dataclasses.replace(workout, programme_item_id=self.programme_item_id)
        return workout

    def after_save(self, saved: Workout) -> str:
        activity = catalogue.lookup_activity(self.activities, saved.activity)
        warnings = svc.activity_warnings(activity, self.restrictions) if activity else []
        return f" Note: {warnings[0]}" if warnings else ""


class WorkoutsPage(QWidget):
    """Adherence strip above the workout form and table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = AdherenceStrip(ctx)
        self.section = WorkoutsSection(ctx)
        self.today = ProgrammeToday(ctx, self.section.log_programme_item)
        # In a scroll area: on a small screen (1024x700) the page scrolls instead of squeezing
        # the form's fields below their height or widening the window.
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.strip, 1)
        layout.addLayout(top)
        layout.addWidget(self.today)
        layout.addWidget(self.section, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def new_entry(self) -> None:
        self.section.new_entry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.today.catch_up()
