"""Reading the audit log (a patient's History view, ``audit --patient P --json``) and recording
the events the storage hook cannot see: exports, reports and imports."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bonetracker.domain.clinic import AuditEntry
from bonetracker.domain.records import PatientId
from bonetracker.storage import audit
from bonetracker.storage.database import Database


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=int(row.id),
        at=row.at,
        user=row.user_name,
        workstation=row.workstation,
        action=row.action,
        kind=row.kind,
        record_id=row.record_id,
        patient_id=row.patient_id,
        before=json.loads(row.before) if row.before else None,
        after=json.loads(row.after) if row.after else None,
    )


def history(db: Database, patient_id: PatientId | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Audit entries, newest first: one patient's, or all (``patient_id`` None)."""
    with db.read() as s:
        return [_entry(r) for r in audit.entries(s, patient_id=patient_id, limit=limit)]


def record_event(
    db: Database,
    action: str,
    kind: str,
    *,
    patient_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Log an export, report or import (its own small transaction). A database opened read-only
    cannot take the entry: reading it is not a change, so the export goes on without one."""
    if db.read_only:
        return
    with db.write() as s:
        audit.log_event(s, action, kind, patient_id=patient_id, details=details)


def entry_as_dict(e: AuditEntry) -> dict[str, Any]:
    """The JSON of ``audit --json``: UTC time as ISO 8601 with Z."""
    return {
        "id": e.id,
        "at": e.at.replace(tzinfo=dt.UTC).isoformat().replace("+00:00", "Z"),
        "user": e.user,
        "workstation": e.workstation,
        "action": e.action,
        "kind": e.kind,
        "record_id": e.record_id,
        "patient_id": e.patient_id,
        "changed": e.changed_fields(),
        "before": e.before,
        "after": e.after,
    }
