"""The Programme page: start a programme (from a starter template or empty), add and remove
exercises (restricted ones need an explicit "cleared"), see weekly adherence, accept or dismiss
progressions and write the large-print handout. Every change is undoable (Ctrl+Z).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import shown
from bonetracker.domain.programmes.model import BALANCE_LEVELS, Programme, ProgrammeItemId
from bonetracker.domain.programmes.progression import Proposal
from bonetracker.domain.records import Workout, WorkoutId
from bonetracker.services import programmes as svc
from bonetracker.services import workouts as workout_svc
from bonetracker.services.activities import list_activities
from bonetracker.services.programmes import ProgrammeView
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import push_done
from bonetracker.ui.widgets.deferred_reload import DeferredReload
from bonetracker.ui.widgets.file_dialogs import save_file
from bonetracker.ui.widgets.forms import DoneCommand, InlineErrors, NumberEdit, error_label
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role
from bonetracker.ui.widgets.units import QuantityEdit, unit_label

# Labels and headers are translated where they are shown (translate("ProgrammePage", ...)).
TEMPLATE_LABELS = {
    "low_bone_mass": QT_TRANSLATE_NOOP("ProgrammePage", "Low bone mass"),
    "osteoporosis": QT_TRANSLATE_NOOP("ProgrammePage", "Osteoporosis"),
    "vertebral_fracture": QT_TRANSLATE_NOOP("ProgrammePage", "Osteoporosis with a vertebral fracture"),
}
ITEM_COLUMNS = (QT_TRANSLATE_NOOP("ProgrammePage", "Exercise"), QT_TRANSLATE_NOOP("ProgrammePage", "Dose"),
                QT_TRANSLATE_NOOP("ProgrammePage", "Per week"), QT_TRANSLATE_NOOP("ProgrammePage",
                                                                                  "Progression"),
                QT_TRANSLATE_NOOP("ProgrammePage", "Cues"), QT_TRANSLATE_NOOP("ProgrammePage", "Notes"))
WEEK_COLUMNS = (QT_TRANSLATE_NOOP("ProgrammePage", "Week of"), QT_TRANSLATE_NOOP("ProgrammePage", "Version"),
                QT_TRANSLATE_NOOP("ProgrammePage", "Exercises done"), QT_TRANSLATE_NOOP("ProgrammePage",
                                                                                        "Sessions"),
                QT_TRANSLATE_NOOP("ProgrammePage", "Adherence"))
PROGRESSION_LABELS = {"reps_then_load": QT_TRANSLATE_NOOP("ProgrammePage", "reps then load"),
                      "add_impacts": QT_TRANSLATE_NOOP("ProgrammePage", "add impacts"),
                      "balance_base": QT_TRANSLATE_NOOP("ProgrammePage",
                              "balance base"), "add_minutes": QT_TRANSLATE_NOOP("ProgrammePage",
                                                                                "add minutes"),
                      "none": QT_TRANSLATE_NOOP("ProgrammePage", "none")}
WATCHED_KINDS = {
    ChangeKind.PROGRAMME,
    ChangeKind.WORKOUT,
    ChangeKind.FRACTURE,
    ChangeKind.FALL,
    ChangeKind.SCAN,
    ChangeKind.PATIENT,
    ChangeKind.SETTINGS,  # loads in the weight unit chosen in Settings
}


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setAccessibleName(name.replace("_", " "))
    table.setHorizontalHeaderLabels([translate("ProgrammePage", c) for c in columns])
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProgrammePage(QWidget):
    """The selected patient's prescribed programme."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ProgrammeView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel()
        self.title.setObjectName("programme_title")
        self.title.setWordWrap(True)
        set_role(self.title, "title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)

        start_row = QHBoxLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Starter template"))
        self.template.addItem(self.tr("Empty programme"), None)
        for key, label in TEMPLATE_LABELS.items():
            self.template.addItem(self.tr("Template: {label}").format(label=self.tr(label)), key)
        self.start_button = QPushButton(self.tr("Start new programme"))
        self.start_button.clicked.connect(self.start_programme)
        start_row.addWidget(self.template, 1)
        start_row.addWidget(self.start_button)
        layout.addLayout(start_row)

        self.items = _table(ITEM_COLUMNS, "programme_items")
        self.items.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.items)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove exercise"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.log_button = QPushButton(self.tr("Done as prescribed today"))
        self.log_button.setToolTip(
            self.tr("Log every exercise of today's programme as done, in one step (Ctrl+Z undoes)")
        )
        self.log_button.clicked.connect(self.log_today)
        self.handout_button = QPushButton(self.tr("Write handout…"))
        self.handout_button.clicked.connect(self.write_handout)
        for b in (self.remove_button, self.log_button, self.handout_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.proposals_box = QGroupBox(self.tr("Progression proposed"))
        self.proposals_layout = QVBoxLayout(self.proposals_box)
        layout.addWidget(self.proposals_box)

        layout.addWidget(self._build_form())

        self.weeks = _table(WEEK_COLUMNS, "programme_adherence")
        layout.addWidget(QLabel(self.tr("<b>Adherence by week</b>")))
        layout.addWidget(self.weeks)
        self.versions = QLabel()
        self.versions.setObjectName("programme_versions")
        self.versions.setWordWrap(True)
        set_role(self.versions, "hint")
        layout.addWidget(self.versions)
        self.status = QLabel()
        self.status.setObjectName("programme_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self._deferred = DeferredReload(self, self.reload)
        ctx.patient_changed.connect(lambda _pid: self._patient_changed())
        ctx.data_changed.connect(self._data_changed)
        self.reload()

    # -- form --------------------------------------------------------------------------------
    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add an exercise"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_errors = InlineErrors(error_label(box, "form"))
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Exercise"))
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self.sets, self.reps = NumberEdit(workout_svc.SETS), NumberEdit(workout_svc.REPS)
        self.load = QuantityEdit(shown.WEIGHT, "load_kg", "", workout_svc.LOAD_KG)  # kg or lb
        self.minutes, self.impacts = NumberEdit(workout_svc.MINUTES), NumberEdit(svc.IMPACTS)
        self.per_week = NumberEdit(svc.PER_WEEK)
        self.per_week.setText("2")
        self.balance = QComboBox()
        self.balance.setAccessibleName(self.tr("Base of support"))
        self.balance.addItem(self.tr("(not a balance exercise)"), None)
        for n, level in enumerate(BALANCE_LEVELS):
            self.balance.addItem(translate("programmes", level), n)
        self.cues = QLineEdit()
        self.cues.setPlaceholderText(self.tr("Coaching cues for the handout (optional)"))
        self.supervised = QCheckBox(self.tr("Supervised"))
        self.cleared = QCheckBox(self.tr("Cleared by me for this person"))
        self.restriction = QLabel()
        self.restriction.setObjectName("restriction")
        self.restriction.setWordWrap(True)
        set_role(self.restriction, "caution")
        self.restriction.hide()
        rows = (
            (self.tr("Exercise"), "activity", self.activity),
            (self.tr("Sets"), "sets", self.sets),
            (self.tr("Reps"), "reps", self.reps),
            (self.tr("Load ({unit})").format(unit=unit_label(shown.WEIGHT)), "load_kg", self.load),
            (self.tr("Minutes"), "minutes", self.minutes),
            (self.tr("Impacts"), "impacts", self.impacts),
            (self.tr("Base of support"), "balance_level", self.balance),
            (self.tr("Sessions a week"), "per_week", self.per_week),
            (self.tr("Cues"), "cues", self.cues),
        )
        for label, name, widget in rows:
            widget.setAccessibleName(label)
            wrapped = self.form_errors.wrap(name, widget, label)
            form.addRow(label, wrapped)
            if widget is self.load:
                self.load_caption = form.labelForField(wrapped)
        form.addRow("", self.restriction)
        flags = QHBoxLayout()
        flags.addWidget(self.supervised)
        flags.addWidget(self.cleared)
        flags.addStretch(1)
        form.addRow("", flags)
        self.add_button = QPushButton(self.tr("Add exercise"))
        self.add_button.clicked.connect(self.add_exercise)
        form.addRow("", self.add_button)
        form.addRow("", self.form_errors.fallback or QLabel())
        return box

    def _raw(self) -> dict[str, object | None]:
        return {
            "activity": self.activity.currentData(),
            "sets": self.sets.text(),
            "reps": self.reps.text(),
            "load_kg": self.load.text(),  # as typed; add_exercise hands the service kg
            "minutes": self.minutes.text(),
            "impacts": self.impacts.text(),
            "balance_level": self.balance.currentData(),
            "per_week": self.per_week.text(),
            "cues": self.cues.text(),
            "supervised": self.supervised.isChecked(),
            "cleared": self.cleared.isChecked(),
        }

    def _activity_changed(self) -> None:
        name = self.activity.currentData()
        reasons = [] if self.view is None else self.view_restrictions(name)
        self.restriction.setText(self.tr("Held back for this person: {reasons}").format(reasons="; ".join(
                reasons))
                                 if reasons else "")
        self.restriction.setVisible(bool(reasons))

    def view_restrictions(self, activity: str | None) -> list[str]:
        if activity is None or self.ctx.patient_id is None:
            return []
        return self._restrictions.get(activity, [])

    # -- loading -----------------------------------------------------------------------------
    def _patient_changed(self) -> None:
        self.status.clear()
        self.form_errors.clear()
        self._deferred.request()

    def _follow_weight_unit(self) -> None:
        """The load field and its caption in the weight unit chosen in Settings."""
        caption = self.tr("Load ({unit})").format(unit=unit_label(shown.WEIGHT))
        if isinstance(self.load_caption, QLabel) and self.load_caption.text() != caption:
            self.load.refresh_unit()
            self.load_caption.setText(caption)
            self.load.setAccessibleName(caption)
            self.form_errors.add("load_kg", self.load, self.form_errors.label_for("load_kg"), caption)

    def _data_changed(self, kind: str) -> None:
        if kind in WATCHED_KINDS:
            self._deferred.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._deferred.catch_up()

    def reload(self) -> None:
        self._follow_weight_unit()
        pid = self.ctx.patient_id
        self.view = svc.programme_view(self.ctx.db, pid) if pid is not None else None
        self._restrictions = svc.all_restrictions(self.ctx.db, pid) if pid is not None else {}
        if self.activity.count() == 0:
            for activity in list_activities(self.ctx.db):
                self.activity.addItem(activity.name, activity.name)
        self._show()

    def _show(self) -> None:
        view = self.view
        has = view is not None and view.programme.current is not None
        self.start_button.setEnabled(self.ctx.patient_id is not None)
        self.add_button.setEnabled(has)
        self.handout_button.setEnabled(has)
        self.items.setRowCount(0)
        self.weeks.setRowCount(0)
        while self.proposals_layout.count():
            child = self.proposals_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        if view is None or view.programme.current is None:
            self.title.setText(
                self.tr("No programme yet") if self.ctx.patient_id is not None else self.tr(
                        "No patient selected")
            )
            self.summary.setText(
                self.tr("Start one from a starter template (Royal Osteoporosis Society 2022 'Strong, "
                        "Steady and Straight'; Too Fit To Fracture) or empty, then add exercises.")
            )
            self.versions.clear()
            self.proposals_box.hide()
            self._update_buttons()
            return
        p, current = view.programme, view.programme.current
        self.title.setText(p.name)
        recent = view.recent
        adherence = (
            self.tr("; last {weeks} complete weeks: {done} of {prescribed} exercises ({percent} %)").format(
                weeks=recent.weeks, done=recent.items_done, prescribed=recent.items_prescribed,
                percent=f"{recent.percent:.0f}")
            if recent
            else ""
        )
        self.summary.setText(
            self.tr("Version {number} from {isoformat}, {sessions_per_week} sessions a "
                    "week{adherence}.").format(
                    number=current.number, isoformat=format_date(current.start),
                    sessions_per_week=current.sessions_per_week, adherence=adherence)
        )
        for item in current.items:
            row = self.items.rowCount()
            self.items.insertRow(row)
            notes = [
                *([self.tr("supervised")] if item.supervised else []),
                *([self.tr("cleared")] if item.cleared else []),
                *(r.reason for r in view.restrictions.get(item.activity, ())),
            ]
            for col, text in enumerate(
                (
                    item.activity,
                    item.dose_text(),
                    str(item.per_week),
                    self.tr(PROGRESSION_LABELS.get(item.progression.value, item.progression.value)),
                    item.cues,
                    "; ".join(notes),
                )
            ):
                cell = _cell(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.items.setItem(row, col, cell)
        for week in reversed(view.weeks):
            row = self.weeks.rowCount()
            self.weeks.insertRow(row)
            for col, text in enumerate(
                (
                    format_date(week.week_start),
                    str(week.version),
                    self.tr("{done} of {prescribed}").format(done=week.items_done,
                                                             prescribed=week.items_prescribed),
                    self.tr("{done} of {prescribed}").format(done=week.sessions_done,
                                                             prescribed=week.sessions_prescribed),
                    f"{week.percent:.0f} %",
                )
            ):
                self.weeks.setItem(row, col, _cell(text))
        self.versions.setText(
            self.tr("Versions: {versions}").format(versions="; ".join(
                self.tr("{number} from {date} ({note})").format(number=v.number, date=format_date(v.start),
                                                                 note=v.note)
                if v.note
                else self.tr("{number} from {date}").format(number=v.number, date=format_date(v.start))
                for v in p.versions
            ))
        )
        for proposal in view.proposals:
            self.proposals_layout.addWidget(self._proposal_row(proposal))
        self.proposals_box.setVisible(bool(view.proposals))
        self._activity_changed()
        self._update_buttons()

    def _proposal_row(self, proposal: Proposal) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(proposal.reason)
        text.setWordWrap(True)
        accept = QPushButton(self.tr("Accept"))
        accept.setAccessibleName(self.tr("Accept the next step for {activity}").format(
                activity=proposal.item.activity))
        accept.clicked.connect(lambda: self.accept(proposal))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss the next step for {activity}").format(
                activity=proposal.item.activity))
        dismiss.clicked.connect(lambda: self.dismiss(proposal))
        layout.addWidget(text, 1)
        layout.addWidget(accept)
        layout.addWidget(dismiss)
        return row

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.items.selectedItems()))
        self.log_button.setEnabled(
            self.view is not None
            and self.view.programme.current is not None
            and bool(self.view.programme.current.items)
        )

    # -- actions -----------------------------------------------------------------------------
    def _changed(self, before: Programme, after: Programme, what: str, done: str) -> None:
        """Put a prescription change on the undo stack and refresh every page."""
        push_done(self.ctx,
            DoneCommand(
                what,
                undo=lambda: self._apply(before),
                redo=lambda: self._apply(after),
            )
        )
        self.status.setText(self.tr("{done} (Ctrl+Z to undo).").format(done=done))
        self.ctx.notify_changed(ChangeKind.PROGRAMME)

    def _apply(self, snapshot: Programme) -> None:
        svc.restore_versions(self.ctx.db, snapshot)
        self.ctx.notify_changed(ChangeKind.PROGRAMME)

    def start_programme(self) -> None:
        pid = self.ctx.patient_id
        if pid is None:
            return
        template = self.template.currentData()
        try:
            programme, left_out = svc.new_programme(self.ctx.db, pid, template=template)
        except ValidationError as exc:
            self.status.setText("; ".join(str(e) for e in exc.errors))
            return
        skipped = "".join(f" Left out {item.activity}: {reasons[0].reason}." for item, reasons in left_out)
        self.status.setText(self.tr("Started '{name}'.{skipped}").format(name=programme.name,
                skipped=skipped))
        self.ctx.notify_changed(ChangeKind.PROGRAMME)

    def add_exercise(self) -> None:
        pid = self.ctx.patient_id
        if pid is None or self.view is None:
            return
        before = self.view.programme
        try:
            raw = {**self._raw(), "load_kg": self.load.canonical_text()}
            after, item = svc.add_item(self.ctx.db, pid, raw)
        except ValidationError as exc:
            self.form_errors.show_errors(exc, self.tr("Not added: correct the values marked in red."))
            return
        self.form_errors.clear()
        for field in (self.sets, self.reps, self.load, self.minutes, self.impacts, self.cues):
            field.clear()
        self.cleared.setChecked(False)
        self.supervised.setChecked(False)
        self._changed(before, after, self.tr("add {activity} to the programme").format(
                activity=item.activity),
                      self.tr("Added {activity}.").format(activity=item.activity))

    def selected_item(self) -> ProgrammeItemId | None:
        rows = self.items.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.items.item(rows[0].row(), 0)
        value = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        return None if value is None else ProgrammeItemId(int(value))

    def remove_selected(self) -> None:
        pid, item_id = self.ctx.patient_id, self.selected_item()
        if pid is None or item_id is None or self.view is None:
            return
        before = self.view.programme
        after = svc.remove_item(self.ctx.db, pid, item_id)
        found = before.item(item_id)
        name = found[1].activity if found else self.tr("the exercise")
        self._changed(before, after, self.tr("remove {activity} from the programme").format(activity=name),
                      self.tr("Removed {activity}.").format(activity=name))

    def accept(self, proposal: Proposal) -> None:
        pid = self.ctx.patient_id
        if pid is None or self.view is None:
            return
        before = self.view.programme
        try:
            after = svc.accept_progression(self.ctx.db, pid, proposal)
        except NotFoundError as exc:
            self.status.setText(str(exc))
            return
        self._changed(
            before,
            after,
            self.tr("progress {activity}").format(activity=proposal.item.activity),
            self.tr("Progressed {activity} to {dose}.").format(activity=proposal.item.activity,
                                                              dose=proposal.proposed.dose_text()),
        )

    def dismiss(self, proposal: Proposal) -> None:
        svc.dismiss_progression(self.ctx.db, proposal)
        self.status.setText(self.tr("Dismissed the proposed step for {activity}.").format(
                activity=proposal.item.activity))
        self.ctx.notify_changed(ChangeKind.PROGRAMME)

    def log_today(self) -> None:
        pid = self.ctx.patient_id
        if pid is None:
            return
        try:
            logged = svc.log_as_prescribed(self.ctx.db, pid, dt.date.today())
        except (ValidationError, NotFoundError) as exc:
            self.status.setText(str(exc))
            return
        ids = [w.id for w in logged if w.id is not None]
        push_done(self.ctx,
            DoneCommand(
                self.tr("log today's programme"),
                undo=lambda: self._unlog(ids),
                redo=lambda: self._relog(logged),
            )
        )
        self.status.setText(self.tr("Logged {len} exercise(s) as prescribed today (Ctrl+Z to undo).").format(
                len=len(logged)))
        self.ctx.notify_changed(ChangeKind.WORKOUT)

    def _unlog(self, ids: list[WorkoutId]) -> None:
        for workout_id in ids:
            workout_svc.delete_workout(self.ctx.db, workout_id)
        self.ctx.notify_changed(ChangeKind.WORKOUT)

    def _relog(self, logged: list[Workout]) -> None:
        for workout in logged:
            workout_svc.restore_workout(self.ctx.db, workout)
        self.ctx.notify_changed(ChangeKind.WORKOUT)

    def write_handout(self) -> Path | None:
        pid = self.ctx.patient_id
        if pid is None:
            return None
        path = save_file(self, "reports", self.tr("Write the programme handout"), "programme-handout.pdf",
                         self.tr("PDF (*.pdf)"))
        if not path:
            return None
        return self.save_handout(Path(path))

    def save_handout(self, path: Path) -> Path | None:
        from bonetracker.ui.handout import write_handout

        pid = self.ctx.patient_id
        if pid is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        pages = write_handout(self.ctx.db, pid, path)
        self.status.setText((self.tr("Wrote the handout to {path} (1 page).") if pages == 1
                             else self.tr("Wrote the handout to {path} ({pages} pages).")).format(path=path,
                                                                                                pages=pages))
        return path
