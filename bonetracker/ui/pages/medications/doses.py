"""The dose panel under the Medications table: the selected course's schedule, last dose, next
due date and on-time adherence, how to take it, the rare effects to report, "Dose taken" and
"Mark missed", and the course's dose history.

Every dose goes through ``services.doses.record_dose`` (a date in the future, outside the
course or a second one the same day is refused with the message under the fields) and onto the
shared undo stack, so Ctrl+Z takes it back; a dose picked in the history can be deleted too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.doses import ADHERENT_PDC, CourseStatus, describe_schedule
from bonetracker.domain.drugs import how_to_take, rare_effects
from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import DoseEntry, DoseStatus, MedicationCourse, PatientId
from bonetracker.services import doses as dose_svc
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import push_done
from bonetracker.ui.pages.base.entry_table import SORT_ROLE, Column, EntryTableModel, entry_view, yes_no
from bonetracker.ui.widgets.forms import DateEdit, DoneCommand, InlineErrors, error_label
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import GREY, shade

PDC_SOURCE = QT_TRANSLATE_NOOP("pages.medications",
                               "Proportion of days covered; 80 % or more counts as adherent "
                               "(usual cut-off)")
DOSE_STATUS = {DoseStatus.TAKEN: QT_TRANSLATE_NOOP("pages.medications", "taken"),
               DoseStatus.MISSED: QT_TRANSLATE_NOOP("pages.medications", "missed")}


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def status_lines(st: CourseStatus | None, course: MedicationCourse) -> str:
    """Schedule, last dose, next due and adherence of ``course`` in a few words each."""
    schedule = describe_schedule(course) or translate("pages.medications", "no schedule")
    if st is None:
        return translate("pages.medications", "{drug}: {schedule}. Not running now.").format(
                drug=course.drug.capitalize(),
                                                                             schedule=schedule)
    due = st.due
    if due.last_dose is None:
        last = translate("pages.medications", "none logged")
    elif due.last_dose_implied:
        last = translate("pages.medications", "{date} (the course start)").format(
                date=format_date(due.last_dose))
    else:
        last = format_date(due.last_dose)
    if due.next_due is None:
        upcoming = (translate("pages.medications", "nothing due (course complete)") if due.complete
                    else translate("pages.medications", "nothing due"))
    elif due.overdue_days:
        upcoming = (translate("pages.medications", "{date}, overdue by 1 day") if due.overdue_days == 1
                    else translate("pages.medications", "{date}, overdue by {days} days")).format(
            date=format_date(due.next_due), days=due.overdue_days)
    elif due.next_due == due.as_of:
        upcoming = translate("pages.medications", "today")
    else:
        upcoming = format_date(due.next_due)
    lines = [translate("pages.medications",
                       "<b>{drug}</b>: {schedule}. Last dose: {last}. Next due: {upcoming}.").format(
        drug=course.drug.capitalize(), schedule=schedule, last=last, upcoming=upcoming)]
    if due.tracked:
        lines.append(translate("pages.medications",
                               "On time: {pdc90} of days covered over 90 days, {pdc365} over 365 days "
                               "({adherent} % or more counts as adherent).").format(
            pdc90=percent(st.pdc.get(90)), pdc365=percent(st.pdc.get(
                    365)), adherent=f"{ADHERENT_PDC * 100:.0f}"))
    else:
        lines.append(translate("pages.medications",
                               "Log doses to see what is due and how well the schedule is kept."))
    return "<br>".join(lines)


def advice_html(course: MedicationCourse) -> str:
    """How to take ``course`` and the rare effects to report, each with its source."""
    parts: list[str] = []
    advice = how_to_take(course)
    if advice is not None:
        parts.append(translate("pages.medications", "<b>How to take it:</b> {advice}").format(advice=_esc(
                translate("drugs", advice.text)))
                     + f" <span style='color:{shade(GREY)}'>({_esc(advice.source)})</span>")
    for effect in rare_effects(course):
        parts.append(translate("pages.medications", "<b>Report:</b> {effect}").format(effect=_esc(
                translate("drugs", effect.text)))
                     + f" <span style='color:{shade(GREY)}'>({_esc(effect.source)})</span>")
    return "<br>".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


DOSE_COLUMNS: Sequence[Column] = (
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda d: d.date.isoformat(), lambda d: format_date(d.date)),
    Column(QT_TRANSLATE_NOOP("Column", "Time"), lambda d: d.time or ""),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda d: translate("pages.medications", DOSE_STATUS.get(
            d.status, d.status.value))),
    Column(QT_TRANSLATE_NOOP("Column", "At the clinic"), lambda d: yes_no(d.at_clinic)),
    Column(QT_TRANSLATE_NOOP("Column", "Note"), lambda d: d.note),
)


class DosePanel(QGroupBox):
    """Doses of one course of the selected patient (see the module docstring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("DosePanel", "Doses"), parent)
        self.setObjectName("dose_panel")
        self.ctx = ctx
        self.course: MedicationCourse | None = None
        self.status: CourseStatus | None = None
        self.summary = QLabel()
        self.summary.setObjectName("dose_summary")
        self.summary.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("dose_advice")
        self.advice.setWordWrap(True)
        self.date = DateEdit(self)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.time.setMaxLength(5)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.taken_button = QPushButton(self.tr("Dose taken"))
        self.taken_button.setToolTip(self.tr(
                "Record this course's dose on the date shown (Ctrl+Z undoes it)"))
        self.missed_button = QPushButton(self.tr("Mark missed"))
        self.general_error = error_label(self, "general")
        self.errors = InlineErrors(self.general_error)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        grid = QGridLayout()
        for col, (caption, name, widget) in enumerate(((self.tr("Date"), "date", self.date),
                                                       (self.tr("Time"), "time", self.time),
                                                       (self.tr("Note"), "note", self.note))):
            label = QLabel(caption)
            label.setBuddy(widget)  # the name a screen reader says, and Alt focus
            grid.addWidget(label, 0, 2 * col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.errors.wrap(name, widget), 0, 2 * col + 1, Qt.AlignmentFlag.AlignTop)
        self.errors.add("drug", None, self.general_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.missed_button)
        buttons.addWidget(self.taken_button)
        self.model = EntryTableModel(DOSE_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.history = entry_view(self.proxy, "dose_history", 0)
        self.delete_button = QPushButton(self.tr("Delete dose"))
        history_row = QHBoxLayout()
        self.history_label = QLabel()
        history_row.addWidget(self.history_label, 1)
        history_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.history, 1)
        layout.addLayout(history_row)
        self.taken_button.clicked.connect(lambda: self.record(DoseStatus.TAKEN))
        self.missed_button.clicked.connect(lambda: self.record(DoseStatus.MISSED))
        self.delete_button.clicked.connect(self.delete_selected)
        self.set_course(None, None)

    # -- showing -------------------------------------------------------------------------
    def set_course(self, course: MedicationCourse | None, status: CourseStatus | None) -> None:
        """Show ``course`` (None: nothing selected) with its ``status`` (None: not running)."""
        changed = course is None or self.course is None or course.id != self.course.id
        self.course, self.status = course, status
        if changed:
            self.errors.clear()
            self.saved_label.clear()
        can_log = course is not None
        for widget in (self.date, self.time, self.note, self.taken_button, self.missed_button):
            widget.setEnabled(can_log)
        if course is None:
            self.setTitle(self.tr("Doses"))
            self.summary.setText(self.tr("Select a course above to log its doses and see what is due."))
            self.advice.clear()
            self.advice.hide()
            self.model.set_entries([])
        else:
            self.setTitle(self.tr("Doses of {drug}").format(drug=course.drug))
            self.summary.setText(status_lines(status, course))
            html = advice_html(course)
            self.advice.setText(html)
            self.advice.setVisible(bool(html))
            doses = (dose_svc.list_doses(self.ctx.db, course.patient_id, course.id)
                     if course.id is not None else [])
            self.model.set_entries(doses)
        count = self.model.rowCount()
        self.history_label.setText(self.tr("1 dose entry") if count == 1
                                   else self.tr("{count} dose entries").format(count=count))
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    def selected_dose(self) -> DoseEntry | None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return None
        entry: DoseEntry = self.model.entries[self.proxy.mapToSource(rows[0]).row()]
        return entry

    # -- writing -------------------------------------------------------------------------
    def record(self, status: DoseStatus) -> DoseEntry | None:
        """Record the course's dose (taken or missed) on the date shown; errors stay in the form."""
        course, pid = self.course, self.ctx.patient_id
        if course is None or pid is None:
            return None
        raw = {"drug": course.drug, "date": self.date.text(), "time": self.time.text(),
               "note": self.note.text(), "status": status.value}
        try:
            saved = dose_svc.record_dose(self.ctx.db, PatientId(pid), raw)
        except ValidationError as exc:
            self.errors.show_errors(exc, self.tr("Not saved:"))
            return None
        self.errors.clear()
        what = self.tr("the {drug} dose of {date}").format(drug=course.drug, date=format_date(saved.date))
        current = [saved]

        def undo() -> None:
            dose_svc.delete_dose(self.ctx.db, current[0].id)  # type: ignore[arg-type]
            self.ctx.notify_changed(ChangeKind.DOSE)

        def redo() -> None:
            current[0] = dose_svc.restore_dose(self.ctx.db, current[0])
            self.ctx.notify_changed(ChangeKind.DOSE)

        push_done(self.ctx, DoneCommand(self.tr("record {what}").format(what=what), undo=undo, redo=redo))
        done = (self.tr("Recorded {what} (Ctrl+Z to undo).") if status is DoseStatus.TAKEN
                else self.tr("Marked missed: {what} (Ctrl+Z to undo)."))
        self.time.clear()
        self.note.clear()
        self.date.reset()
        self.ctx.notify_changed(ChangeKind.DOSE)
        self.saved_label.setText(done.format(what=what))
        return saved

    def delete_selected(self) -> None:
        """Delete the dose picked in the history (Ctrl+Z puts it back)."""
        dose = self.selected_dose()
        if dose is None or dose.id is None:
            return
        try:
            removed = dose_svc.delete_dose(self.ctx.db, dose.id)
        except NotFoundError:
            self.ctx.notify_changed(ChangeKind.DOSE)
            return
        what = self.tr("the dose of {date}").format(date=format_date(removed.date))

        def undo() -> None:
            dose_svc.restore_dose(self.ctx.db, removed)
            self.ctx.notify_changed(ChangeKind.DOSE)

        def redo() -> None:
            dose_svc.delete_dose(self.ctx.db, removed.id)  # type: ignore[arg-type]
            self.ctx.notify_changed(ChangeKind.DOSE)

        push_done(self.ctx, DoneCommand(self.tr("delete {what}").format(what=what), undo=undo, redo=redo))
        self.saved_label.setText(self.tr("Deleted {what} (Ctrl+Z to undo).").format(what=what))
        self.ctx.notify_changed(ChangeKind.DOSE)
