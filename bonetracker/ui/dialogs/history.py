"""Patient > History…: every change to the patient's records from the audit log, newest first,
with who made it, when and from which workstation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.clinic import AuditEntry
from bonetracker.domain.records import PatientId
from bonetracker.services.audit_log import history
from bonetracker.storage.database import Database
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("HistoryDialog", "When"), QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
           QT_TRANSLATE_NOOP("HistoryDialog", "Workstation"), QT_TRANSLATE_NOOP("HistoryDialog", "Action"),
           QT_TRANSLATE_NOOP("HistoryDialog", "Record"), QT_TRANSLATE_NOOP("HistoryDialog", "What changed"))
LIMIT = 1000


def _when(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _what(e: AuditEntry) -> str:
    if e.action == "change":
        return ", ".join(f for f in e.changed_fields() if f != "version")
    values = e.after if e.after is not None else e.before
    if not values:
        return ""
    keys = [k for k in ("date", "name", "drug", "activity", "site", "start") if k in values]
    return ", ".join(f"{k} {values[k]}" for k in keys)


class HistoryDialog(QDialog):
    """The audit log of one patient."""

    def __init__(self, db: Database, patient_id: PatientId, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.resize(820, 480)
        self.entries = history(db, patient_id, LIMIT)
        self.table = QTableWidget(len(self.entries), len(COLUMNS))
        self.table.setObjectName("history")
        self.table.setAccessibleName(self.tr("Changes to {name}'s records").format(name=name))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, e in enumerate(self.entries):
            record = f"{e.kind} {e.record_id}" if e.record_id is not None else e.kind
            for col, text in enumerate((_when(e.at), e.user, e.workstation, e.action, record, _what(e))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        note = QLabel(
            self.tr("Nothing has been recorded for this patient yet.")
            if not self.entries
            else self.tr("{len} change(s), newest first. The log cannot be edited.").format(len=len(
                    self.entries))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
