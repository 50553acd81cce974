"""The test runner: a stopwatch and a countdown for the physiotherapist at the workstation.

* Timed Up and Go and five-times sit-to-stand: Start, Stop; the result is the seconds between.
* 30-second chair stand: Start begins a 30-second countdown; each full stand is counted with
  Space (or the "Stand" button); the count stops by itself at 0.
* Tandem stance (4-stage balance): Start when the person is in position, Stop when they step
  or reach for support; the timer stops by itself at 10 s, the hold STEADI asks for.

The result is shown against its norm and saved, dated today, only when the user presses Save;
Cancel, Escape or closing the window saves nothing. The clock is injected (``clock``) and the
display ticks on a :class:`QTimer` that calls :meth:`TestRunner.tick`, so tests drive a fake
clock and call ``tick()`` themselves.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import ValidationError
from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures.norms import NormStatus, assess
from bonetracker.domain.measures.units import MEASURES
from bonetracker.domain.records import MeasureKind, PatientId
from bonetracker.services import measures as measure_svc
from bonetracker.services.patients import get_patient
from bonetracker.services.validation import today
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.widgets.forms import error_label
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_relative_font, set_role

CHAIR_STAND_SECONDS = 30.0  # CDC STEADI 30-second chair stand
TANDEM_STOP_SECONDS = 10.0  # CDC STEADI 4-stage balance: each stance is held for 10 s
TICK_MS = 100

TIMED_KINDS: tuple[MeasureKind, ...] = (
    MeasureKind.TUG, MeasureKind.SIT_TO_STAND_5X, MeasureKind.CHAIR_STAND_30S,
    MeasureKind.BALANCE_TANDEM,
)

INSTRUCTIONS: dict[MeasureKind, str] = {  # translated where shown
    MeasureKind.TUG: (
        QT_TRANSLATE_NOOP("TestRunner",
                          "The person sits in a chair with arms. Press Start as you say “Go”: they stand, "
                          "walk "
                          "3 m (10 ft) at their usual pace, turn, walk back and sit down. Press Stop when "
                          "they sit.")),
    MeasureKind.SIT_TO_STAND_5X: (
        QT_TRANSLATE_NOOP("TestRunner",
                          "Arms crossed over the chest. Press Start as you say “Go”; press Stop when the "
                          "person "
                          "sits after the fifth full stand.")),
    MeasureKind.CHAIR_STAND_30S: (
        QT_TRANSLATE_NOOP("TestRunner",
                          "Arms crossed over the chest. Press Start as you say “Go”, then Space (or "
                          "“Stand”) each "
                          "time the person stands fully up. The count stops by itself after 30 seconds.")),
    MeasureKind.BALANCE_TANDEM: (
        QT_TRANSLATE_NOOP("TestRunner",
                          "One foot directly in front of the other, heel to toe. Press Start when the "
                          "person is "
                          "in position and Stop when they move their feet or reach for support. The timer "
                          "stops "
                          "by itself at 10 s, the hold the 4-stage balance test asks for.")),
}


class TestRunner(QDialog):
    """Time one function test and save its result (today) on Save.

    Args:
        ctx: the shared context (its database and selected patient).
        kind: the test to start with (one of :data:`TIMED_KINDS`).
        clock: seconds from an arbitrary start; tests pass a fake one.

    Signals:
        saved: the :class:`~bonetracker.domain.records.Measure` just saved.
    """

    __test__ = False  # not a pytest class, despite its name
    saved = Signal(object)

    def __init__(self, ctx: AppContext, kind: MeasureKind = MeasureKind.TUG, *,
                 clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if ctx.patient_id is None:
            raise ValueError("the test runner needs a selected patient")
        self.ctx = ctx
        self.patient_id = PatientId(ctx.patient_id)
        self.patient = get_patient(ctx.db, self.patient_id)
        self.clock = clock
        self.started_at: float | None = None
        self.stands = 0
        self.measured: float | None = None
        self.setWindowTitle(self.tr("Run a test: {name}").format(name=self.patient.name))
        self.setMinimumWidth(460)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._build()
        self.test_combo.setCurrentIndex(max(0, self.test_combo.findData(kind.value)))
        self._test_changed()

    def _build(self) -> None:
        self.test_combo = QComboBox()
        for kind in TIMED_KINDS:
            self.test_combo.addItem(translate("measures", MEASURES[kind].label), kind.value)
        self.test_combo.currentIndexChanged.connect(self._test_changed)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        set_role(self.instructions, "hint")
        self.display = QLabel()
        self.display.setObjectName("runner_display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_relative_font(self.display, 2.6, bold=True)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_label = QLabel()
        self.result_label.setObjectName("runner_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # room for the result from the start, so the window does not jump when it appears
        self.result_label.setMinimumHeight(3 * self.result_label.fontMetrics().lineSpacing())
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error = error_label(self, "runner")
        self.start_button = QPushButton(self.tr("Start"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stand_button = QPushButton(self.tr("Stand (Space)"))
        self.save_button = QPushButton(self.tr("Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.start_button, self.stop_button, self.stand_button, self.save_button,
                       self.cancel_button):
            button.setAutoDefault(False)  # Enter never saves or restarts by accident
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.stand_button.clicked.connect(self.count_stand)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        # Space counts a stand wherever the focus is in the dialog (a focused button would
        # otherwise take it as a click), but only while the chair stand runs.
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.setContext(Qt.ShortcutContext.WindowShortcut)
        self.space.setAutoRepeat(False)
        self.space.activated.connect(self.count_stand)

        form = QFormLayout()
        form.addRow(self.tr("Test"), self.test_combo)
        timing = QHBoxLayout()
        timing.addWidget(self.start_button)
        timing.addWidget(self.stop_button)
        timing.addWidget(self.stand_button)
        closing = QHBoxLayout()
        closing.addWidget(QLabel(self.tr("Saved with today's date ({isoformat}).").format(
                isoformat=format_date(today()))), 1)
        closing.addWidget(self.cancel_button)
        closing.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never squeeze the text
        layout.addLayout(form)
        layout.addWidget(self.instructions)
        layout.addWidget(self.display)
        layout.addWidget(self.count_label)
        layout.addLayout(timing)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addLayout(closing)

    # -- state -----------------------------------------------------------------------------------
    def kind(self) -> MeasureKind:
        return MeasureKind(self.test_combo.currentData())

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def elapsed(self) -> float:
        return 0.0 if self.started_at is None else max(0.0, self.clock() - self.started_at)

    def _test_changed(self) -> None:
        self.instructions.setText(self.tr(INSTRUCTIONS[self.kind()]))
        self._reset()

    def _reset(self) -> None:
        self.timer.stop()
        self.started_at = None
        self.stands = 0
        self.measured = None
        self.result_label.clear()
        self.error.hide()
        self._show_time()
        self._update_buttons()

    def _update_buttons(self) -> None:
        counting = self.kind() is MeasureKind.CHAIR_STAND_30S
        self.test_combo.setEnabled(not self.running)
        self.start_button.setEnabled(not self.running)
        self.start_button.setText(self.tr("Start again") if self.measured is not None else self.tr("Start"))
        self.stop_button.setVisible(not counting)
        self.stop_button.setEnabled(self.running)
        self.stand_button.setVisible(counting)
        self.stand_button.setEnabled(self.running and counting)
        self.space.setEnabled(self.running and counting)
        self.count_label.setVisible(counting)
        self.save_button.setEnabled(self.measured is not None and not self.running)

    def _show_time(self) -> None:
        if self.kind() is MeasureKind.CHAIR_STAND_30S:
            left = max(0.0, CHAIR_STAND_SECONDS - self.elapsed())
            # a countdown shows whole seconds, rounded up: "30" until a full second has passed
            self.display.setText(self.tr("{ceil} s left").format(ceil=math.ceil(left)))
            self.count_label.setText(self.tr("Stands: {stands}").format(stands=self.stands))
        else:
            self.display.setText(self.tr("{elapsed:.1f} s").format(elapsed=self.elapsed()))

    # -- actions ---------------------------------------------------------------------------------
    def start(self) -> None:
        self._reset()
        self.started_at = self.clock()
        self.timer.start()
        self._update_buttons()
        (self.stand_button if self.kind() is MeasureKind.CHAIR_STAND_30S else self.stop_button).setFocus()

    def tick(self) -> None:
        """Refresh the display; end the chair stand at 0 and the tandem stance at 10 s."""
        if not self.running:
            return
        kind, elapsed = self.kind(), self.elapsed()
        if kind is MeasureKind.CHAIR_STAND_30S and elapsed >= CHAIR_STAND_SECONDS:
            self._finish(float(self.stands))
        elif kind is MeasureKind.BALANCE_TANDEM and elapsed >= TANDEM_STOP_SECONDS:
            self._finish(TANDEM_STOP_SECONDS)
        else:
            self._show_time()

    def stop(self) -> None:
        """Stop the stopwatch (TUG, sit-to-stand, tandem stance): the result is the time."""
        if not self.running or self.kind() is MeasureKind.CHAIR_STAND_30S:
            return
        elapsed = self.elapsed()
        if self.kind() is MeasureKind.BALANCE_TANDEM:
            elapsed = min(elapsed, TANDEM_STOP_SECONDS)
        self._finish(round(elapsed, 1))

    def count_stand(self) -> None:
        """One full stand (Space or the button) during the 30 seconds."""
        if not self.running or self.kind() is not MeasureKind.CHAIR_STAND_30S:
            return
        if self.elapsed() >= CHAIR_STAND_SECONDS:  # the timer has not ticked yet: time is up
            self.tick()
            return
        self.stands += 1
        self._show_time()

    def _finish(self, value: float) -> None:
        self.timer.stop()
        self.started_at = None
        self.measured = value
        kind = self.kind()
        spec = MEASURES[kind]
        digits = 0 if spec.integer else 1
        self.display.setText(f"{value:.{digits}f} {spec.canonical}")
        self.count_label.setText(self.tr("Stands: {stands}").format(stands=self.stands))
        norm = assess(kind, value, self.patient.sex, self.patient.age_on(today()))
        if norm.status is NormStatus.OUTSIDE:
            words, role = self.tr("outside the norm ({norm})").format(norm=norm.text), "error"
        elif norm.status is NormStatus.WITHIN:
            words, role = self.tr("within the norm ({norm})").format(norm=norm.text), "ok"
        else:
            words = self.tr("no norm ({norm})").format(norm=norm.text) if norm.text else self.tr("no norm")
            role = "hint"
        self.result_label.setText(self.tr(
                "Result: {value} {canonical}, {words}. Press Save to keep it.").format(
                value=f"{value:.{digits}f}", canonical=spec.canonical, words=words))
        set_role(self.result_label, role)
        self.result_label.setToolTip(norm.source)
        self._update_buttons()
        self.save_button.setFocus()

    def save(self) -> None:
        """Save the finished result, dated today; a refused value is explained, nothing saved."""
        if self.measured is None or self.running:
            return
        kind = self.kind()
        raw = {"kind": kind.value, "date": today().isoformat(), "value": f"{self.measured:g}",
               "unit": MEASURES[kind].canonical, "note": "timed with the test runner"}
        try:
            saved = measure_svc.log_measure(
                self.ctx.db, measure_svc.parse_measure(self.patient_id, raw))
        except ValidationError as exc:
            self.error.setText(self.tr("Not saved: {problems}").format(problems="; ".join(
                self.tr("the result {message}").format(message=e.message) if e.field == "value"
                else f"{e.field} {e.message}" for e in exc.errors)))
            self.error.show()
            return
        self.ctx.notify_changed(ChangeKind.MEASURE)
        self.saved.emit(saved)
        self.accept()

    def reject(self) -> None:
        """Cancel or Escape: stop the clock and save nothing."""
        self.timer.stop()
        self.started_at = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.started_at = None
        super().closeEvent(event)
