"""The audit log: who created, changed, archived or deleted which record, when and from where,
written in the same transaction as the change itself.

Every unit of work from :meth:`Database.write` carries the :class:`Actor` (the signed-in user in
clinic mode, else the operating-system user) in ``session.info``; an ``after_flush`` hook turns
each audited ORM row that was inserted, updated or deleted into one ``audit_log`` row with the
record's values before and after as JSON. Bulk inserts that bypass the ORM (imports, demo data)
write one summary entry through :func:`log_event` instead. The table is append-only: triggers
refuse UPDATE and DELETE (migration 0010), and password hashes never enter it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from bonetracker.storage import models as m

SECRET_COLUMNS = frozenset({"password_hash"})
UNAUDITED_SETTINGS = frozenset({"food_database.usda_sr28"})


@dataclass(frozen=True)
class Actor:
    """Who is writing: a user name and the workstation (host name) they write from."""

    user: str
    workstation: str


def workstation_name() -> str:
    """This computer's name in the log: BONETRACKER_WORKSTATION (terminal servers and thin
    clients share one host name), else the host name."""
    return os.environ.get("BONETRACKER_WORKSTATION", "").strip() or socket.gethostname() or "unknown"


def local_actor() -> Actor:
    """The operating-system user on this computer: the actor outside clinic mode."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container without passwd entry)
        user = "unknown"
    return Actor(user, workstation_name())


@dataclass(frozen=True)
class AuditedModel:
    """How to name a row's kind and find its patient."""

    kind: str
    patient_of: Callable[[Any], int | None]


def _direct(row: Any) -> int | None:
    value = getattr(row, "patient_id", None)
    return int(value) if value is not None else None


def _via(relation: str) -> Callable[[Any], int | None]:
    def patient(row: Any) -> int | None:
        parent = row.__dict__.get(relation)  # only if loaded: never a lazy load inside a flush
        return _direct(parent) if parent is not None else None

    return patient


AUDITED: dict[type[m.Base], AuditedModel] = {
    m.PatientRow: AuditedModel("patient", lambda row: int(row.id) if row.id is not None else None),
    m.WeightEntryRow: AuditedModel("weight", _direct),
    m.DxaScanRow: AuditedModel("scan", _direct),
    m.SiteMeasurementRow: AuditedModel("scan_site", _via("scan")),
    m.WorkoutRow: AuditedModel("workout", _direct),
    m.MealRow: AuditedModel("meal", _direct),
    m.MealItemRow: AuditedModel("meal_item", _via("meal")),
    m.LifestyleRow: AuditedModel("lifestyle", _direct),
    m.MedicationRow: AuditedModel("medication", _direct),
    m.DoseRow: AuditedModel("dose", _direct),
    m.FractureRow: AuditedModel("fracture", _direct),
    m.FallRow: AuditedModel("fall", _direct),
    m.MeasureRow: AuditedModel("measure", _direct),
    m.LabResultRow: AuditedModel("lab", _direct),
    m.FraxResultRow: AuditedModel("frax", _direct),
    m.ProgrammeRow: AuditedModel("programme", _direct),
    m.ProgrammeVersionRow: AuditedModel("programme_version", lambda row: None),
    m.ProgrammeItemRow: AuditedModel("programme_item", lambda row: None),
    m.ActivityRow: AuditedModel("activity", lambda row: None),
    m.SettingRow: AuditedModel("setting", lambda row: None),
    m.UserRow: AuditedModel("user", lambda row: None),
}
KIND_OF_MODEL = {model: audited.kind for model, audited in AUDITED.items()}


def _json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, default=str, ensure_ascii=False, sort_keys=True)


def _columns(row: Any) -> list[str]:
    return [c.key for c in inspect(row).mapper.column_attrs if c.key not in SECRET_COLUMNS]


def _after(row: Any) -> dict[str, Any]:
    return {key: row.__dict__.get(key) for key in _columns(row)}


def _before(row: Any) -> dict[str, Any]:
    state = inspect(row)
    values: dict[str, Any] = {}
    for key in _columns(row):
        history = state.attrs[key].history
        values[key] = history.deleted[0] if history.deleted else row.__dict__.get(key)
    return values


def _audited(row: Any) -> AuditedModel | None:
    audited = AUDITED.get(type(row))
    if audited is None:
        return None
    if isinstance(row, m.SettingRow) and (row.key.startswith("cache.") or row.key in UNAUDITED_SETTINGS):
        return None  # recomputed caches and the food database's seed marker are not changes
    return audited


def _entry(session: Session, action: str, row: Any, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> dict[str, Any]:
    actor: Actor = session.info.get("actor") or local_actor()
    audited = AUDITED[type(row)]
    record_id = getattr(row, "id", None)
    return {
        "at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "user_name": actor.user,
        "workstation": actor.workstation,
        "action": action,
        "kind": audited.kind,
        "record_id": int(record_id) if isinstance(record_id, int) else None,
        "patient_id": audited.patient_of(row),
        "before": _json(before),
        "after": _json(after),
    }


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get("audit") is False:
        return
    rows: list[dict[str, Any]] = []
    for row in session.new:
        if _audited(row):
            rows.append(_entry(session, "create", row, None, _after(row)))
    for row in session.dirty:
        if _audited(row) and session.is_modified(row, include_collections=False):
            before, after = _before(row), _after(row)
            if before == after:
                continue
            action = "archive" if isinstance(row, m.PatientRow) and after.get("archived") and not \
                before.get("archived") else "change"
            rows.append(_entry(session, action, row, before, after))
    for row in session.deleted:
        if _audited(row):
            rows.append(_entry(session, "delete", row, _after(row), None))
    if rows:
        session.connection().execute(insert(m.AuditRow), rows)


def install(factory: sessionmaker[Session]) -> None:
    """Write audit entries for every flush of sessions made by ``factory``."""
    event.listen(factory, "after_flush", _after_flush)


def log_event(session: Session, action: str, kind: str, *, patient_id: int | None = None,
              record_id: int | None = None, details: dict[str, Any] | None = None) -> None:
    """One entry for something the ORM hook cannot see: an export, a report, an import's bulk
    insert, a restore."""
    actor: Actor = session.info.get("actor") or local_actor()
    session.execute(insert(m.AuditRow).values(
        at=dt.datetime.now(dt.UTC).replace(tzinfo=None), user_name=actor.user,
        workstation=actor.workstation, action=action, kind=kind, record_id=record_id,
        patient_id=patient_id, before=None, after=_json(details),
    ))


def log_change(session: Session, action: str, kind: str, record_id: int, *, patient_id: int | None,
               before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """An entry for a change written with a Core statement (which the ORM hook cannot see)."""
    actor: Actor = session.info.get("actor") or local_actor()
    session.execute(insert(m.AuditRow).values(
        at=dt.datetime.now(dt.UTC).replace(tzinfo=None), user_name=actor.user,
        workstation=actor.workstation, action=action, kind=kind, record_id=record_id,
        patient_id=patient_id, before=_json(before), after=_json(after),
    ))


def last_change(session: Session, model: type[m.Base], record_id: int) -> m.AuditRow | None:
    """The newest audit entry for one record, to name who saved it (stale-edit messages)."""
    kind = KIND_OF_MODEL.get(model)
    if kind is None:
        return None
    query = (select(m.AuditRow).where(m.AuditRow.kind == kind, m.AuditRow.record_id == record_id)
             .order_by(m.AuditRow.id.desc()).limit(1))
    return session.scalars(query).first()


def changed_by(session: Session, model: type[m.Base], record_id: int) -> str:
    """" by NAME on WORKSTATION at HH:MM" for the newest change of a record, or ""."""
    entry = last_change(session, model, record_id)
    if entry is None:
        return ""
    when = entry.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    return f" by {entry.user_name} on {entry.workstation} at {when}"


def entries(session: Session, *, patient_id: int | None = None, limit: int | None = None
            ) -> Iterable[m.AuditRow]:
    """Audit entries, newest first (a patient's only, if given)."""
    query = select(m.AuditRow).order_by(m.AuditRow.id.desc())
    if patient_id is not None:
        query = query.where(m.AuditRow.patient_id == patient_id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))
