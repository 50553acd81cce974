"""The Medications page: medication and supplement courses, and the selected course's doses.

Courses pick the drug from the built-in catalogue, which fills in the class and offers the
drug's schedules (its usual one first; a weekly course also takes a weekday); calcium and
vitamin D supplements also take a daily amount that counts towards intake. The table shows each
course's schedule, last dose, next due date and on-time adherence; the dose panel under it
(:mod:`.doses`) logs doses and shows their history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.doses import CourseStatus, describe_schedule
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import shown
from bonetracker.domain.records import WEEKDAYS, MedicationCourse, PatientId, Schedule
from bonetracker.services import doses as dose_svc
from bonetracker.services import medications as svc
from bonetracker.services.validation import Range
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.base.entry_section import EntrySection
from bonetracker.ui.pages.base.entry_table import Column, number_text
from bonetracker.ui.pages.medications.doses import DosePanel, percent
from bonetracker.ui.pages.medications.stop_course import stop_course
from bonetracker.ui.preferences import unit_for
from bonetracker.ui.widgets.forms import DateEdit, NumberEdit

CLASS_LABELS = {"bisphosphonate": "Bisphosphonate", "denosumab": "Denosumab (RANKL inhibitor)",
                "anabolic": "Anabolic (bone-forming)", "hrt": "Hormone replacement therapy",
                "serm": "SERM", "supplement": "Supplement", "other": "Other"}


def _in_micrograms(drug: str) -> bool:
    """Whether the daily amount of ``drug`` (a vitamin D supplement, stored in IU) is shown and
    typed in µg, as chosen in Settings."""
    return svc.daily_amount_unit(drug) == "IU" and unit_for(shown.VITAMIN_D) == "µg"


def _amount(c: MedicationCourse) -> str:
    if _in_micrograms(c.drug) and c.daily_amount is not None:
        return f"{shown.number_text(shown.VITAMIN_D, c.daily_amount, 'µg')} µg/day"
    return number_text(c.daily_amount, f"{svc.daily_amount_unit(c.drug)}/day")


def _iu_from_micrograms(text: str, rng: Range) -> str:
    """A vitamin D amount typed in µg as the whole IU the service stores, exactly.

    Raises:
        ValidationError: not a number, outside the range, or not a whole number of IU.
    """
    iu = shown.parse_shown(shown.VITAMIN_D, text, "µg")
    allowed = shown.range_text(shown.VITAMIN_D, rng.low, rng.high, "µg")
    if iu is None or not rng.low <= iu <= rng.high or iu.denominator != 1:
        raise ValidationError([FieldError(
            "daily_amount", f"Daily amount must be {allowed} a day, in steps of 0.025 µg (1 IU) "
            f"(got {text.strip()[:20]})")])
    return str(iu.numerator)


START_DAY = "the start's day"
CHOOSE_DRUG = "Choose a drug…"
WEEKDAY_LABELS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class MedicationsSection(EntrySection[MedicationCourse]):
    """Form and table of medication and supplement courses."""

    kind = ChangeKind.MEDICATION
    listens_to = (ChangeKind.DOSE,)
    noun = "course"
    table_title = "Medication courses"
    empty_text = "No courses yet. Choose a drug above; leave the end date empty while it runs."
    sort_column = 2  # start
    columns: Sequence[Column] = (
        Column("Drug", lambda c: c.drug),
        Column("Class", lambda c: c.drug_class.value, lambda c: CLASS_LABELS[c.drug_class.value]),
        Column("Start", lambda c: c.start.isoformat(), lambda c: format_date(c.start)),
        Column("End", lambda c: c.end.isoformat() if c.end else "9999", lambda c: format_date(c.end)
               if c.end else "running"),
        Column("Dose", lambda c: c.dose),
        Column("Daily amount", lambda c: c.daily_amount, _amount, True,
               "Supplements: calcium in mg, vitamin D in IU a day"),
        Column("Notes", lambda c: c.notes),
    )
    log_entry = staticmethod(svc.log_medication)
    update_entry = staticmethod(svc.update_medication)
    delete_entry = staticmethod(svc.delete_medication)
    restore_entry = staticmethod(svc.restore_medication)
    list_entries = staticmethod(svc.list_medications)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.statuses: dict[Any, CourseStatus] = {}
        super().__init__(ctx, parent)
        self.stop_button = QPushButton("Stop course…")
        self.stop_button.setToolTip("End the selected running course on the day you choose")
        self.stop_button.clicked.connect(self.stop_selected)
        self.table_buttons.insertWidget(self.table_buttons.indexOf(self.edit_button), self.stop_button)
        self.view.selectionModel().selectionChanged.connect(self._update_stop_button)
        self.proxy.modelReset.connect(self._update_stop_button)
        self._update_stop_button()

    def _build_table(self) -> None:
        self.columns = self.status_columns()
        super()._build_table()

    def status_columns(self) -> Sequence[Column]:
        """The course columns, then schedule, last dose, next due and adherence (read from
        :attr:`statuses`, refreshed with the table)."""
        def status(c: MedicationCourse) -> CourseStatus | None:
            return self.statuses.get(c.id)

        def last(c: MedicationCourse) -> str:  # sort key: ISO
            st = status(c)
            return st.due.last_dose.isoformat() if st and st.due.last_dose else ""

        def last_text(c: MedicationCourse) -> str:
            st = status(c)
            return format_date(st.due.last_dose) if st and st.due.last_dose else ""

        def next_due(c: MedicationCourse) -> str:  # sort key: ISO
            st = status(c)
            return st.due.next_due.isoformat() if st and st.due.next_due else ""

        def next_text(c: MedicationCourse) -> str:
            st = status(c)
            if st is None or st.due.next_due is None:
                return ""
            late = st.due.overdue_days
            return format_date(st.due.next_due) + (f" ({late} d late)" if late else "")

        def pdc(c: MedicationCourse) -> float | None:
            st = status(c)
            return st.pdc.get(90) if st else None

        base = list(type(self).columns)
        return (*base[:4], Column("Schedule", describe_schedule),
                Column("Last dose", last, last_text), Column("Next due", next_due, next_text),
                Column("On time (90 d)", pdc, lambda c: "" if pdc(c) is None else percent(pdc(c)),
                       True, "Proportion of days covered over the last 90 days; 80 % or more "
                             "counts as adherent"),
                *base[4:])

    def reload(self) -> None:
        pid = self.ctx.patient_id
        found = dose_svc.statuses(self.ctx.db, pid) if pid is not None else []
        self.statuses = {st.course.id: st for st in found}
        super().reload()

    def _update_stop_button(self, *_args: object) -> None:
        course = self.selected_entry()
        self.stop_button.setEnabled(course is not None and course.end is None)

    def stop_selected(self) -> None:
        """Stop the selected running course (asks for its last day; Ctrl+Z undoes it)."""
        course = self.selected_entry()
        if course is None or course.end is not None:
            return
        saved = stop_course(self, self.ctx, course)
        if saved is not None and saved.end is not None:
            self.saved_label.setText(f"Stopped the {saved.drug} course on "
                                     f"{format_date(saved.end)} (Ctrl+Z to undo).")
            self.select_entry(saved.id)

    def build_form(self) -> None:
        self.drug = QComboBox()
        # No drug is chosen for the user: a course nobody picked must never be one click away.
        self.drug.addItem(CHOOSE_DRUG, "")
        for name, cls in svc.DRUGS.items():
            self.drug.addItem(name, cls.value)
        self.drug_class = QLabel()
        self.drug_class.setObjectName("drug_class")
        self.start = DateEdit()
        self.end = DateEdit(blank=True)
        self.end.setPlaceholderText("running")
        self.schedule = QComboBox()
        self.schedule.setObjectName("schedule")
        self.weekday = QComboBox()
        self.weekday.setObjectName("weekday")
        self.weekday.addItem(START_DAY, "")
        for code, label in zip(WEEKDAYS, WEEKDAY_LABELS, strict=True):
            self.weekday.addItem(label, code)
        self.dose = QLineEdit()
        self.dose.setPlaceholderText("as prescribed, e.g. 70 mg once a week")
        self.daily_amount = NumberEdit(Range(1, 5000, "mg", integer=True))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText("Notes (optional)")
        self.add_field(0, 0, "Drug", "drug", self.drug)
        self.add_field(0, 1, "Class", "drug_class", self.drug_class)
        self.add_field(1, 0, "Start", "start", self.start)
        self.add_field(1, 1, "End", "end", self.end)
        self.add_field(2, 0, "Schedule", "schedule", self.schedule)
        self.weekday_box = self.add_field(2, 1, "Weekday", "weekday", self.weekday)
        self.add_field(3, 0, "Dose", "dose", self.dose)
        self.amount_box = self.add_field(3, 1, "Daily amount", "daily_amount", self.daily_amount)
        self.amount_caption = self.captions["daily_amount"]
        self.add_field(4, 0, "Notes", "notes", self.notes, span=0)
        self.drug.currentIndexChanged.connect(self._drug_changed)
        self.schedule.currentIndexChanged.connect(self._schedule_changed)
        self._drug_changed()

    def _drug_changed(self) -> None:
        """Show the class, the drug's schedules (its usual one first), and the daily amount
        (with its unit) only for supplements."""
        name = self.drug.currentText() if self.drug.currentData() else ""
        self.drug_class.setText(CLASS_LABELS.get(str(self.drug.currentData()), ""))
        kept = self.schedule.currentData()
        self.schedule.blockSignals(True)
        self.schedule.clear()
        default = svc.default_schedule(name) if name else None
        if default is None:
            self.schedule.addItem("none" if name else "", "")
        for schedule in svc.schedules_for(name) if name else ():
            self.schedule.addItem(schedule.value + (" (usual)" if schedule is default else ""),
                                  schedule.value)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(kept)))
        self.schedule.blockSignals(False)
        self.schedule.setEnabled(self.schedule.count() > 1)
        self._schedule_changed()
        rng = svc.DAILY_AMOUNT.get(name) if name else None
        self.amount_box.setVisible(rng is not None)
        self.amount_caption.setVisible(rng is not None)
        if rng is not None:
            self.daily_amount.rng = rng
            self.daily_amount.setPlaceholderText(f"{rng.unit} a day")
            self.daily_amount.setToolTip(f"Optional; {rng.describe()} a day, counted towards intake")
            if _in_micrograms(name):
                allowed = shown.range_text(shown.VITAMIN_D, rng.low, rng.high, "µg")
                self.daily_amount.setPlaceholderText("µg a day")
                self.daily_amount.setToolTip(f"Optional; {allowed} a day, counted towards intake")

    def _schedule_changed(self) -> None:
        weekly = self.schedule.currentData() == Schedule.WEEKLY.value
        self.weekday_box.setVisible(weekly)
        self.captions["weekday"].setVisible(weekly)

    def raw(self) -> dict[str, object]:
        amount = self.daily_amount.text() if self.amount_box.isVisibleTo(self) else ""
        weekday = self.weekday.currentData() if self.weekday_box.isVisibleTo(self) else ""
        drug = self.drug.currentText() if self.drug.currentData() else ""
        return {"drug": drug, "start": self.start.text(), "end": self.end.text(),
                "dose": self.dose.text(), "daily_amount": amount, "notes": self.notes.text(),
                "schedule": self.schedule.currentData() or "", "weekday": weekday}

    def fill(self, course: MedicationCourse) -> None:
        found = self.drug.findText(course.drug)
        self.drug.setCurrentIndex(found if found > 0 else self.drug.findText("other"))
        schedule = course.schedule or svc.default_schedule(course.drug)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(schedule.value if schedule else "")))
        self.weekday.setCurrentIndex(0 if course.weekday is None else course.weekday + 1)
        self.start.set_date(course.start)
        self.end.set_date(course.end)
        self.dose.setText(course.dose)
        self.daily_amount.set_value(course.daily_amount)
        if _in_micrograms(course.drug) and course.daily_amount is not None:
            self.daily_amount.setText(shown.number_text(shown.VITAMIN_D, course.daily_amount, "µg"))
        self.notes.setText(course.notes)

    def clear_fields(self) -> None:
        self.drug.setCurrentIndex(0)
        self._drug_changed()
        self.schedule.setCurrentIndex(0)
        self.weekday.setCurrentIndex(0)
        self.start.reset()
        self.end.reset()
        for edit in (self.dose, self.daily_amount, self.notes):
            edit.clear()

    def describe(self, course: MedicationCourse) -> str:
        return f"the {course.drug} course from {format_date(course.start)}"

    def parse(self, patient_id: PatientId, raw: dict[str, object], base: Any) -> MedicationCourse:
        drug, amount = str(raw.get("drug", "")), str(raw.get("daily_amount", "")).strip()
        rng = svc.DAILY_AMOUNT.get(svc.canonical_drug(drug) or "")
        if amount and rng is not None and _in_micrograms(drug):
            raw = {**raw, "daily_amount": _iu_from_micrograms(amount, rng)}
        return svc.parse_medication(patient_id, raw, base=base)


class MedicationsPage(MedicationsSection):
    """The Medications tab: the courses, and under them the selected course's doses."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.doses = DosePanel(ctx, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # The courses over the selected course's doses, the line between them draggable.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        layout.removeWidget(self.table_box)
        self.splitter.addWidget(self.table_box)
        self.splitter.addWidget(self.doses)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.view.selectionModel().selectionChanged.connect(self._show_doses)
        self.proxy.modelReset.connect(self._show_doses)
        self._show_doses()

    def _show_doses(self, *_args: object) -> None:
        """The selected course's doses, else those of the first running course whose doses
        are followed (an injection, or tablets already logged), else the first running one."""
        course = self.selected_entry()
        if course is None:
            running = list(self.statuses.values())
            first = next((st for st in running if st.due.tracked), running[0] if running else None)
            course = first.course if first is not None else None
        self.doses.set_course(course, self.statuses.get(course.id) if course else None)
