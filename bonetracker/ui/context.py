"""The object every window, page and dialog shares: the open database and one change signal.

Pages never talk to each other: after any write a page calls :meth:`AppContext.notify_changed`,
and every page listening to :attr:`AppContext.data_changed` refreshes (the napari/Anki pattern).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from bonetracker.domain.records import PatientId
from bonetracker.storage.database import Database


class AppContext(QObject):
    """Shared state of one main window.

    Signals:
        data_changed: any entry of any patient was added, edited or deleted (carries the kind,
            e.g. "scan", "workout", "patient").
        patient_changed: the selected patient changed (carries the id, or None for no patient).
    """

    data_changed = Signal(str)
    patient_changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.patient_id: PatientId | None = None

    def select_patient(self, patient_id: PatientId | None) -> None:
        if patient_id != self.patient_id:
            self.patient_id = patient_id
            self.patient_changed.emit(patient_id)

    def notify_changed(self, kind: str) -> None:
        self.data_changed.emit(kind)
