"""The object every window, page and dialog shares: the open database, one change signal and
the undo stack.

Pages never talk to each other: after any write a page calls :meth:`AppContext.notify_changed`,
and every page listening to :attr:`AppContext.data_changed` refreshes (the napari/Anki pattern).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from bonetracker.domain.records import PatientId
from bonetracker.storage.database import Database


class ChangeKind(StrEnum):
    """What a write changed, carried by :attr:`AppContext.data_changed`.

    A ``StrEnum``, so the signal carries a plain string (Qt signals are typed ``str``) and a
    listener compares with the members: ``if kind in (ChangeKind.SCAN, ChangeKind.PATIENT)``.
    ``ALL`` means "anything may have changed" (an import, the demo data).
    """

    PATIENT = "patient"
    SCAN = "scan"
    WORKOUT = "workout"
    MEAL = "meal"
    LIFESTYLE = "lifestyle"
    MEDICATION = "medication"
    DOSE = "dose"
    FRACTURE = "fracture"
    FALL = "fall"
    ACTIVITY = "activity"
    PROGRAMME = "programme"
    MEASURE = "measure"
    LAB = "lab"
    FRAX = "frax"
    SETTINGS = "settings"  # a clinic setting that changes readings (the FRAX thresholds, the LSC)
    ALL = "all"


class AppContext(QObject):
    """Shared state of one main window.

    Signals:
        data_changed: any entry of any patient was added, edited or deleted (carries the
            :class:`ChangeKind`'s value).
        patient_changed: the selected patient changed (carries the id, or None for no patient).
        patient_kept: a change of patient was refused (carries the id still selected), so
            lists that already moved their selection can move it back.
        plan_ready: the plan of the selected patient for today was just computed (carries the
            ``domain.plan.Plan``), so views showing parts of it need not compute it again.
    """

    data_changed = Signal(str)
    patient_changed = Signal(object)
    patient_kept = Signal(object)
    plan_ready = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.patient_id: PatientId | None = None
        self.can_leave_patient: Callable[[], bool] | None = None
        """Asked before another patient is selected; the main window sets it to offer
        Save / Discard / Cancel when a form has unsaved edits."""
        self.undo_stack = QUndoStack(self)
        """The one undo stack of this window's writes (Edit > Undo; see ``ui.operations``)."""

    def select_patient(self, patient_id: PatientId | None) -> bool:
        """Select ``patient_id`` (None: nobody); False when ``can_leave_patient`` kept the
        current one."""
        if patient_id == self.patient_id:
            return True
        if self.can_leave_patient is not None and not self.can_leave_patient():
            self.patient_kept.emit(self.patient_id)
            return False
        self.patient_id = patient_id
        self.patient_changed.emit(patient_id)
        return True

    def notify_changed(self, kind: ChangeKind) -> None:
        self.data_changed.emit(str(kind))
