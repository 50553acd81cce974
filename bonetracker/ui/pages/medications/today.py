"""The "Today" panel above the pages: what is due and overdue for the open patient, with a
"Taken today" button per dose, and optional tray notifications where the desktop has a tray.

The panel hides itself when nothing is due. It follows the patient and every dose, course or
scan change, and looks again when the date changes (a window left open overnight). When the
Plan page computes today's plan (``ctx.plan_ready``) the panel shows the plan's own courses and
next scan, reading nothing more; otherwise it reads a moment after the change
(:data:`REFRESH_DELAY_MS`), so a burst of changes costs one read. Tray
messages (``QSystemTrayIcon``) are shown at most once a day per patient and only where
``QSystemTrayIcon.isSystemTrayAvailable()``; View > Tray reminders switches them off.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.drugs import how_to_take
from bonetracker.domain.errors import NotFoundError, ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.plan import Plan
from bonetracker.domain.records import PatientId
from bonetracker.services import doses as dose_svc
from bonetracker.services.queries.patient_overview import DueSummary, due_for_patient, scan_due_summary
from bonetracker.services.validation import today
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.operations import push_done
from bonetracker.ui.widgets.forms import DoneCommand
from bonetracker.ui.widgets.i18n import translate
from bonetracker.ui.widgets.theme import set_role

DATE_CHECK_MS = 60_000
REFRESH_DELAY_MS = 60
KEY_TRAY = "reminders/tray"
_KINDS = (ChangeKind.DOSE, ChangeKind.MEDICATION, ChangeKind.SCAN, ChangeKind.PATIENT, ChangeKind.ALL)


class TodayPanel(QFrame):
    """Doses due today or overdue (and injections due soon) for the open patient, and a scan
    that is due; each dose with a "Taken today" button (Ctrl+Z undoes it).

    Signals:
        refreshed: the panel has just re-read what is due.
    """

    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx = ctx
        self.items: list[dose_svc.TodayItem] = []
        self.scan: DueSummary = DueSummary()
        self.title = QLabel(self.tr("<b>Today</b>"))
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addWidget(self.message)
        self._day = today()
        self._timer = QTimer(self)
        self._timer.setInterval(DATE_CHECK_MS)
        self._timer.timeout.connect(self._check_date)
        self._timer.start()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(REFRESH_DELAY_MS)
        self._pending.timeout.connect(self.refresh)
        ctx.patient_changed.connect(lambda _pid: self.request_refresh())
        ctx.data_changed.connect(lambda kind: self.request_refresh() if kind in _KINDS else None)
        ctx.plan_ready.connect(self.show_plan)
        self.hide()
        self.request_refresh()

    def request_refresh(self) -> None:
        """Refresh a moment from now (one read for a burst of changes)."""
        self._pending.start()

    def flush(self) -> None:
        """Refresh now if one is pending (tests, and a click that needs current data)."""
        if self._pending.isActive():
            self._pending.stop()
            self.refresh()

    def _check_date(self) -> None:
        if today() != self._day:
            self._day = today()
            self.refresh()

    def refresh(self) -> None:
        """Re-read what is due for the open patient; hide when nothing is."""
        self._pending.stop()
        pid = self.ctx.patient_id
        items, scan = [], DueSummary()
        if pid is not None:
            try:
                items = dose_svc.today_items(dose_svc.statuses(self.ctx.db, pid))
                scan = due_for_patient(self.ctx.db, pid)
            except NotFoundError:
                pass
        self._show(items, scan)

    def show_plan(self, plan: Plan) -> None:
        """Show what today's ``plan`` of the open patient says is due (no reading)."""
        if plan.record.patient.id != self.ctx.patient_id or plan.as_of != today():
            return
        self._pending.stop()
        self._show(dose_svc.today_items(plan.medications), scan_due_summary(plan.next_scan_due, plan.as_of))

    def _show(self, items: list[dose_svc.TodayItem], scan: DueSummary) -> None:
        self.items, self.scan = items, scan
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for entry in self.items:
            self.rows.addWidget(self._row(entry))
        if self.scan.scan_due is not None:
            label = QLabel((self.tr("DXA scan overdue since {date}: ask your doctor about booking it.")
                            if self.scan.scan_overdue else
                            self.tr("DXA scan due {date}: ask your doctor about booking it.")).format(
                date=format_date(self.scan.scan_due)))
            label.setObjectName("today_scan")
            self.rows.addWidget(label)
        self.message.clear()
        self.setVisible(bool(self.items) or self.scan.scan_due is not None)
        self.refreshed.emit()

    def lines(self) -> list[str]:
        """The panel's lines as text (doses, then the scan)."""
        texts = [i.text for i in self.items]
        if self.scan.scan_due is not None:
            texts.append((self.tr("DXA scan overdue since {date}") if self.scan.scan_overdue
                          else self.tr("DXA scan due {date}")).format(date=format_date(self.scan.scan_due)))
        return texts

    def _row(self, entry: dose_svc.TodayItem) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        label = QLabel(entry.text)
        if entry.when == "overdue":
            set_role(label, "error")
        texts.addWidget(label)
        advice = how_to_take(entry.status.course)
        if advice is not None and entry.when != "soon":  # on the day it is due: how to take it
            how = QLabel(translate("drugs", advice.text))
            how.setObjectName("today_how")
            how.setWordWrap(True)
            how.setToolTip(self.tr("Source: {source}").format(source=advice.source))
            set_role(how, "hint")
            texts.addWidget(how)
        layout.addLayout(texts, 1)
        if entry.when != "soon":
            button = QPushButton(self.tr("Taken today"))
            button.setObjectName(f"taken_{entry.status.course.id}")
            button.clicked.connect(lambda _c=False, e=entry: self.taken(e))
            layout.addWidget(button)
        return row

    def taken(self, entry: dose_svc.TodayItem) -> None:
        """Record today's dose of ``entry``'s course; Ctrl+Z undoes it."""
        pid = self.ctx.patient_id
        if pid is None:
            return
        course = entry.status.course
        try:
            saved = dose_svc.record_dose(self.ctx.db, PatientId(pid),
                                         {"drug": course.drug, "date": today().isoformat()})
        except ValidationError as exc:
            self.message.setText(self.tr("Not saved: {problems}").format(
                problems="; ".join(e.message for e in exc.errors)))
            return
        current = [saved]

        def undo() -> None:
            dose_svc.delete_dose(self.ctx.db, current[0].id)  # type: ignore[arg-type]
            self.ctx.notify_changed(ChangeKind.DOSE)

        def redo() -> None:
            current[0] = dose_svc.restore_dose(self.ctx.db, current[0])
            self.ctx.notify_changed(ChangeKind.DOSE)

        push_done(self.ctx, DoneCommand(self.tr("record today's {drug} dose").format(drug=course.drug), undo,
                                        redo))
        self.ctx.notify_changed(ChangeKind.DOSE)
        self.message.setText(self.tr("Recorded today's {drug} dose (Ctrl+Z to undo).").format(
                drug=course.drug))


class TrayNotifier(QObject):
    """Tray messages for what the Today panel shows, once a day per patient.

    Made only where the platform has a system tray (:meth:`create` returns None elsewhere).
    """

    def __init__(self, panel: TodayPanel, icon: QSystemTrayIcon, action: QAction) -> None:
        super().__init__(panel)
        self.panel, self.icon, self.action = panel, icon, action
        self.shown: set[tuple[int, dt.date]] = set()
        panel.refreshed.connect(self.notify)

    @classmethod
    def create(cls, panel: TodayPanel, action: QAction) -> TrayNotifier | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        window = panel.window()
        icon = QSystemTrayIcon(window.windowIcon(), panel)
        icon.setToolTip("BoneTracker")
        icon.show()
        return cls(panel, icon, action)

    def notify(self) -> bool:
        """Show a message about overdue or due doses, unless shown today for this patient."""
        pid = self.panel.ctx.patient_id
        if pid is None or not self.action.isChecked():
            return False
        due = [i for i in self.panel.items if i.when in ("overdue", "today")]
        key = (int(pid), today())
        if not due or key in self.shown:
            return False
        self.shown.add(key)
        urgent = any(i.when == "overdue" for i in due)
        self.icon.showMessage(self.tr("BoneTracker: dose overdue") if urgent else self.tr(
                "BoneTracker: dose due today"),
                              "\n".join(i.text for i in due),
                              QSystemTrayIcon.MessageIcon.Warning if urgent
                              else QSystemTrayIcon.MessageIcon.Information)
        return True
