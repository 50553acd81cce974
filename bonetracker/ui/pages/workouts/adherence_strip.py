"""This week's exercise against the plan's targets, with the last 12 weeks as small bar charts.

The numbers come from ``services.adherence`` (Monday-start ISO weeks, targets from the plan
engine). The bars are painted with QPainter: twelve bars need no plotting library, and a
plain widget has none of pyqtgraph's teardown hazards.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QToolTip, QWidget

from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import PatientId
from bonetracker.domain.targets import Impact
from bonetracker.services.queries.adherence import MEASURES, Adherence, weekly_adherence
from bonetracker.services.validation import today
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.widgets.deferred_reload import DeferredReload
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import LIGHT, set_role, shade

# Light-theme tokens, painted in the theme's variant (``theme.shade``).
MET_COLOUR = LIGHT.bar_green
SHORT_COLOUR = LIGHT.track
CURRENT_COLOUR = LIGHT.blue
TARGET_COLOUR = LIGHT.red
UNITS = {"strength_sessions": QT_TRANSLATE_NOOP("workouts", "sessions"), "balance_minutes": "min",
         "weight_bearing_minutes": "min"}


class WeeklyBars(QWidget):
    """Bars for a series of weeks with a dashed target line; hover a bar for its week.

    Bars that reach the target are green, the others pale blue; the current (partial) week
    is drawn in blue so it is not mistaken for a finished one.
    """

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self.weeks: list[dt.date] = []
        self.values: list[int] = []
        self.target = 0
        self.setMinimumSize(100, 56)  # three fit beside each other at 1024 px with the list open

    def sizeHint(self) -> QSize:
        return QSize(240, 64)

    def set_data(self, weeks: list[dt.date], values: list[int], target: int) -> None:
        self.weeks, self.values, self.target = weeks, values, target
        met = sum(1 for v in values[:-1] if v >= target)
        self.setToolTip(self.tr("Last {len} weeks; {met} of {max} finished weeks reached {target} "
                                "{unit}").format(len=len(values), met=met, max=max(0, len(
                                        values) - 1), target=target, unit=self.unit))
        self.update()

    def _scale(self) -> float:
        return float(max([self.target, *self.values, 1]) * 1.1)

    def bar_rect(self, i: int) -> QRectF:
        count = max(1, len(self.values))
        slot = self.width() / count
        height = (self.height() - 2) * self.values[i] / self._scale()
        return QRectF(i * slot + slot * 0.15, self.height() - 1 - height, slot * 0.7, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, value in enumerate(self.values):
            current = i == len(self.values) - 1
            colour = MET_COLOUR if value >= self.target else (CURRENT_COLOUR if current else SHORT_COLOUR)
            painter.setBrush(QColor(shade(colour)))
            painter.drawRect(self.bar_rect(i))
        if self.target > 0:
            y = self.height() - 1 - (self.height() - 2) * self.target / self._scale()
            pen = QPen(QColor(shade(TARGET_COLOUR)), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        painter.setPen(QPen(QColor(shade(LIGHT.border))))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.values:
            assert isinstance(event, QHelpEvent)
            i = min(len(self.values) - 1, int(event.pos().x() / (self.width() / len(self.values))))
            QToolTip.showText(event.globalPos(), self.tr(
                    "Week of {date}: {value} {unit} (target {target})").format(
                date=format_date(self.weeks[i]), value=self.values[
                        i], unit=self.unit, target=self.target), self)
            return True
        return super().event(event)


class AdherenceStrip(QGroupBox):
    """Three measures: strength sessions, balance minutes, weight-bearing minutes this week."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("AdherenceStrip", "This week"), parent)
        self.ctx = ctx
        self.adherence: Adherence | None = None
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        self.labels: dict[str, QLabel] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.charts: dict[str, WeeklyBars] = {}
        for col, (key, _target, label) in enumerate(MEASURES):
            self.labels[key] = QLabel(translate("report", label))
            self.labels[key].setWordWrap(True)  # wraps rather than widening the window
            self.bars[key] = bar = QProgressBar()
            bar.setTextVisible(False)  # the label above says it in words
            bar.setMaximumHeight(10)
            self.charts[key] = WeeklyBars(translate("workouts", UNITS[key]))
            grid.addWidget(self.labels[key], 0, col)
            grid.addWidget(bar, 1, col)
            grid.addWidget(self.charts[key], 2, col)
            grid.setColumnStretch(col, 1)
        self.note = QLabel()
        self.note.setObjectName("adherence_note")
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        grid.addWidget(self.note, 3, 0, 1, len(MEASURES))
        self._deferred = DeferredReload(self, self.refresh)
        ctx.patient_changed.connect(lambda _pid: self.refresh_when_shown())
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in (ChangeKind.WORKOUT, ChangeKind.FRACTURE, ChangeKind.SCAN, ChangeKind.PATIENT,
                    ChangeKind.ALL):
            self.refresh_when_shown()

    def refresh_when_shown(self) -> None:
        """Refresh now if the strip can be seen, else when its tab is shown (a patient switch
        should not pay for tabs nobody looks at)."""
        self._deferred.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._deferred.catch_up()

    def refresh(self) -> None:
        pid = self.ctx.patient_id
        self.setEnabled(pid is not None)
        if pid is None:
            self.adherence = None
            return
        day = today()
        a = self.adherence = weekly_adherence(self.ctx.db, PatientId(pid), day)
        self.setTitle(self.tr("This week (from Monday {isoformat}) and the last {len} weeks").format(
                isoformat=format_date(a.this_week.week_start), len=len(a.weeks)))
        for m in a.measures():
            unit = translate("workouts", UNITS[m.key])
            self.labels[m.key].setText(self.tr("<b>{label}</b>: {done} of {target} {unit}").format(
                label=translate("report", m.label), done=m.done, target=m.target,
                unit=unit) + (" ✓" if m.met else ""))
            bar = self.bars[m.key]
            bar.setRange(0, max(1, m.target))
            bar.setValue(min(m.done, m.target))
            bar.setAccessibleName(self.tr("{label}: {done} of {target}").format(
                label=translate("report", m.label), done=m.done,
                    target=m.target))
            self.charts[m.key].set_data([w.week_start for w in a.weeks],
                                        [getattr(w, m.key) for w in a.weeks], m.target)
        impact = (" " + self.tr(
                "Impact: no higher than brisk walking ({limits}); strength and balance first.")
                  .format(limits="; ".join(a.impact_limits)) if a.targets.impact is Impact.LIMITED else "")
        self.note.setText(self.tr("Targets: strength on at least 2 days, about 120 min of balance and "
                                  "150 min of weight-bearing activity a week (ROS 2022; Osteoporosis "
                                  "Canada 2014). Swimming and cycling are good for fitness but not "
                                  "weight-bearing.{impact}").format(impact=impact))
