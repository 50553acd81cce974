"""Exercise programmes with their versions and items, as domain records.

A version is never edited in place: a new prescription is a new version, so workouts logged
against an older version's items keep pointing at what was prescribed when they were done.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.programmes.model import (
    DoseKind,
    Programme,
    ProgrammeId,
    ProgrammeItem,
    ProgrammeItemId,
    ProgrammeVersion,
    ProgrammeVersionId,
    Progression,
)
from bonetracker.domain.records import ActivityCategory, PatientId
from bonetracker.storage.models import (
    ProgrammeItemRow,
    ProgrammeRow,
    ProgrammeVersionRow,
    ProgressionDismissalRow,
)
from bonetracker.storage.repositories.rows import get_row

ITEM_FIELDS = (
    "activity",
    "per_week",
    "sets",
    "reps",
    "load_kg",
    "minutes",
    "impacts",
    "balance_level",
    "rep_floor",
    "rep_ceiling",
    "cues",
    "supervised",
    "cleared",
)


def _item(row: ProgrammeItemRow) -> ProgrammeItem:
    values = {name: getattr(row, name) for name in ITEM_FIELDS}
    return ProgrammeItem(
        category=ActivityCategory(row.category),
        dose_kind=DoseKind(row.dose_kind),
        progression=Progression(row.progression),
        id=ProgrammeItemId(row.id),
        **values,
    )


def _version(row: ProgrammeVersionRow) -> ProgrammeVersion:
    return ProgrammeVersion(
        number=row.number,
        start=row.start,
        items=tuple(_item(i) for i in row.items),
        note=row.note or "",
        id=ProgrammeVersionId(row.id),
    )


def to_domain(row: ProgrammeRow) -> Programme:
    return Programme(
        patient_id=PatientId(row.patient_id),
        name=row.name,
        created=row.created,
        template=row.template or "",
        versions=tuple(_version(v) for v in row.versions),
        id=ProgrammeId(row.id),
    )


def _item_row(item: ProgrammeItem, position: int) -> ProgrammeItemRow:
    values = {name: getattr(item, name) for name in ITEM_FIELDS}
    row = ProgrammeItemRow(
        position=position,
        category=item.category.value,
        dose_kind=item.dose_kind.value,
        progression=item.progression.value,
        **values,
    )
    if item.id is not None:  # an undo puts items back under their own ids
        row.id = item.id
    return row


def _version_row(version: ProgrammeVersion) -> ProgrammeVersionRow:
    row = ProgrammeVersionRow(
        number=version.number,
        start=version.start,
        note=version.note,
        items=[_item_row(item, n) for n, item in enumerate(version.items)],
    )
    if version.id is not None:
        row.id = version.id
    return row


def _query() -> Select[ProgrammeRow]:
    return select(ProgrammeRow).options(
        selectinload(ProgrammeRow.versions).selectinload(ProgrammeVersionRow.items)
    )


def add(session: Session, programme: Programme) -> Programme:
    """Insert a programme with its versions and items."""
    row = ProgrammeRow(
        patient_id=programme.patient_id,
        name=programme.name,
        created=programme.created,
        template=programme.template,
        versions=[_version_row(v) for v in programme.versions],
    )
    if programme.id is not None:
        row.id = programme.id
    session.add(row)
    session.flush()
    return get(session, ProgrammeId(row.id))


def get(session: Session, programme_id: ProgrammeId) -> Programme:
    row = session.scalars(_query().where(ProgrammeRow.id == programme_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"No programme with id {programme_id}.")
    return to_domain(row)


def list_for_patient(session: Session, patient_id: PatientId) -> list[Programme]:
    query = (
        _query().where(ProgrammeRow.patient_id == patient_id).order_by(ProgrammeRow.created, ProgrammeRow.id)
    )
    return [to_domain(r) for r in session.scalars(query)]


def add_version(session: Session, programme_id: ProgrammeId, version: ProgrammeVersion) -> Programme:
    """Append a version (its number must be the next one); the programme's version count goes up."""
    row = get_row(session, ProgrammeRow, programme_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFoundError(f"No programme with id {programme_id}.")
    new = _version_row(version)
    new.programme_id = row.id
    session.add(new)
    row.version += 1
    session.flush()
    session.expire(row)
    return get(session, programme_id)


def delete_version(session: Session, version_id: ProgrammeVersionId) -> None:
    """Remove a version (the undo of :func:`add_version`); workouts logged against it keep their
    rows but lose the link."""
    row = get_row(session, ProgrammeVersionRow, version_id)
    if row is None:
        raise NotFoundError(f"No programme version with id {version_id}.")
    session.delete(row)
    session.flush()


def set_versions(session: Session, snapshot: Programme) -> Programme:
    """Make the stored programme's versions exactly ``snapshot``'s (ids kept): the undo and redo
    of a prescription change."""
    assert snapshot.id is not None
    row = get_row(session, ProgrammeRow, snapshot.id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFoundError(f"No programme with id {snapshot.id}.")
    wanted = {v.id for v in snapshot.versions}
    for stored in list(row.versions):
        if stored.id not in wanted:
            session.delete(stored)
    session.flush()
    have = {v.id for v in row.versions}
    for version in snapshot.versions:
        if version.id not in have:
            new = _version_row(version)
            new.programme_id = row.id
            session.add(new)
    row.version += 1
    session.flush()
    session.expire(row)
    return get(session, snapshot.id)


def delete(session: Session, programme_id: ProgrammeId) -> Programme:
    removed = get(session, programme_id)
    row = get_row(session, ProgrammeRow, programme_id)
    session.delete(row)  # through the ORM, so the audit log sees it
    session.flush()
    return removed


def dismissed_keys(session: Session, item_ids: Sequence[int]) -> set[str]:
    if not item_ids:
        return set()
    query = select(ProgressionDismissalRow.key).where(ProgressionDismissalRow.item_id.in_(item_ids))
    return set(session.scalars(query))


def dismiss(session: Session, item_id: ProgrammeItemId, key: str) -> None:
    session.add(ProgressionDismissalRow(item_id=item_id, key=key))
    session.flush()
