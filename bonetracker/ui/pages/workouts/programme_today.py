"""The Workouts page's "Today's programme" box: the prescribed exercises in force today with this
week's count, "Done as prescribed" for all of them in one undoable step, and "Log…" to put one
item in the workout form to record what was actually done (sets, reps, load, effort).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.intake import week_start
from bonetracker.domain.programmes.adherence import programme_workouts
from bonetracker.domain.programmes.model import ProgrammeItem
from bonetracker.domain.records import Workout, WorkoutId
from bonetracker.services import programmes as svc
from bonetracker.services import workouts as workout_svc
from bonetracker.services.validation import today
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import push_done
from bonetracker.ui.widgets.deferred_reload import on_hidden_tab
from bonetracker.ui.widgets.forms import DoneCommand
from bonetracker.ui.widgets.theme import set_role

WATCHED_KINDS = {ChangeKind.PROGRAMME, ChangeKind.WORKOUT}


class ProgrammeToday(QGroupBox):
    """Today's prescribed exercises; hidden when the patient has no programme.

    Args:
        ctx: the shared context.
        log_item: called with an item to put it in the workout form (the page's section).
    """

    def __init__(
        self, ctx: AppContext, log_item: Callable[[ProgrammeItem], None], parent: QWidget | None = None
    ) -> None:
        super().__init__("Today's programme", parent)
        self.setObjectName("programme_today")
        self.ctx = ctx
        self._log_item = log_item
        self.items: tuple[ProgrammeItem, ...] = ()
        self.grid = QGridLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        set_role(self.summary, "hint")
        self.done_button = QPushButton("Done as prescribed")
        self.done_button.setToolTip(
            "Log every exercise below as done today exactly as prescribed (Ctrl+Z undoes)"
        )
        self.done_button.clicked.connect(self.done_as_prescribed)
        self.status = QLabel()
        self.status.setObjectName("programme_today_status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.done_button)
        outer = QGridLayout(self)
        outer.addLayout(top, 0, 0)
        outer.addLayout(self.grid, 1, 0)
        outer.addWidget(self.status, 2, 0)
        self._stale = False
        ctx.patient_changed.connect(lambda _pid: self._patient_changed())
        ctx.data_changed.connect(lambda kind: self.request() if kind in WATCHED_KINDS else None)
        self.reload()

    def _patient_changed(self) -> None:
        self.status.clear()
        self.request()

    def request(self) -> None:
        """Reload now if the page holding the box can be seen, else when it is next shown.

        The box hides itself without a programme, so it asks about its parent, not itself.
        """
        holder = self.parentWidget()
        self._stale = holder is not None and on_hidden_tab(holder)
        if not self._stale:
            self.reload()

    def catch_up(self) -> None:
        """Called by the page when it is shown."""
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        pid = self.ctx.patient_id
        programme = svc.current_programme(self.ctx.db, pid) if pid is not None else None
        version = programme.version_on(today()) if programme is not None else None
        if programme is None or version is None or not version.items:
            self.items = ()
            self.hide()
            return
        self.items = version.items
        monday = week_start(today())
        done = Counter(
            w.activity
            for w in programme_workouts(
                programme, workout_svc.list_workouts(self.ctx.db, programme.patient_id, since=monday)
            )
        )
        self.summary.setText(
            f"{programme.name}, version {version.number}: {version.sessions_per_week} "
            f"sessions a week. This week so far:"
        )
        for row, item in enumerate(version.items):
            name = QLabel(f"<b>{item.activity}</b>: {item.dose_text()}")
            name.setTextFormat(Qt.TextFormat.RichText)
            count = QLabel(f"{min(done[item.activity], 99)} of {item.per_week} this week")
            log = QPushButton("Log…")
            log.setAccessibleName(f"Log {item.activity} with what you actually did")
            log.clicked.connect(lambda _checked=False, it=item: self._log_item(it))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(count, row, 1)
            self.grid.addWidget(log, row, 2)
        self.grid.setColumnStretch(0, 1)
        self.show()

    def done_as_prescribed(self) -> list[Workout]:
        pid = self.ctx.patient_id
        if pid is None:
            return []
        try:
            logged = svc.log_as_prescribed(self.ctx.db, pid, today())
        except (ValidationError, NotFoundError) as exc:
            self.status.setText(str(exc))
            return []
        ids = [w.id for w in logged if w.id is not None]
        push_done(self.ctx,
            DoneCommand(
                f"log today's programme ({format_date(dt.date.today())})",
                undo=lambda: self._delete(ids),
                redo=lambda: self._restore(logged),
            )
        )
        self.status.setText(f"Logged {len(logged)} exercise(s) as prescribed today (Ctrl+Z to undo).")
        self.ctx.notify_changed(ChangeKind.WORKOUT)
        return logged

    def _delete(self, ids: list[WorkoutId]) -> None:
        for workout_id in ids:
            workout_svc.delete_workout(self.ctx.db, workout_id)
        self.ctx.notify_changed(ChangeKind.WORKOUT)

    def _restore(self, logged: list[Workout]) -> None:
        for workout in logged:
            workout_svc.restore_workout(self.ctx.db, workout)
        self.ctx.notify_changed(ChangeKind.WORKOUT)
