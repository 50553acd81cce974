"""DXA visits and their site measurements, as domain records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from bonetracker.domain.errors import NotFoundError, StaleRecordError
from bonetracker.domain.records import (
    DEFAULT_VERTEBRAE,
    Device,
    DxaScan,
    HipSide,
    MeasurementId,
    PatientId,
    ScanId,
    Site,
    SiteMeasurement,
)
from bonetracker.storage import audit
from bonetracker.storage.models import DxaScanRow, SiteMeasurementRow
from bonetracker.storage.repositories.entries import check_version
from bonetracker.storage.repositories.rows import get_row


def to_domain(row: DxaScanRow) -> DxaScan:
    return DxaScan(
        id=ScanId(row.id),
        patient_id=PatientId(row.patient_id),
        date=row.date,
        device=Device(row.device) if row.device else None,
        facility=row.facility or "",
        notes=row.notes or "",
        version=row.version,
        model=row.model or "",
        machine_id=row.machine_id or "",
        software=row.software or "",
        hip_side=HipSide(row.hip_side) if row.hip_side else None,
        vertebrae=row.vertebrae or DEFAULT_VERTEBRAE,
        measurements=tuple(
            SiteMeasurement(
                site=Site(m.site), bmd=m.bmd, t_score=m.t_score, z_score=m.z_score,
                id=MeasurementId(m.id),
            )
            for m in row.measurements
        ),
    )


def _set_provenance(row: DxaScanRow, scan: DxaScan) -> None:
    row.model, row.machine_id, row.software = scan.model, scan.machine_id, scan.software
    row.hip_side = scan.hip_side.value if scan.hip_side else None
    row.vertebrae = scan.vertebrae


def _measurement_row(m: SiteMeasurement) -> SiteMeasurementRow:
    row = SiteMeasurementRow(site=m.site.value, bmd=m.bmd, t_score=m.t_score, z_score=m.z_score)
    if m.id is not None:
        row.id = m.id
    return row


def list_for_patient(session: Session, patient_id: int) -> list[DxaScan]:
    rows = session.scalars(
        select(DxaScanRow)
        .where(DxaScanRow.patient_id == patient_id)
        .options(selectinload(DxaScanRow.measurements))
        .order_by(DxaScanRow.date, DxaScanRow.id)
    )
    return [to_domain(r) for r in rows]


def list_for_patients(session: Session, patient_ids: Collection[int]) -> dict[int, list[DxaScan]]:
    """The scans of several patients at once (oldest first each), for lists that need a few
    patients' whole histories without one query each."""
    found: dict[int, list[DxaScan]] = {pid: [] for pid in patient_ids}
    ids = list(found)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        rows = session.scalars(
            select(DxaScanRow).where(DxaScanRow.patient_id.in_(chunk))
            .options(selectinload(DxaScanRow.measurements))
            .order_by(DxaScanRow.patient_id, DxaScanRow.date, DxaScanRow.id))
        for r in rows:
            found[r.patient_id].append(to_domain(r))
    return found


def losses_at_latest(session: Session, patient_ids: Collection[int], lsc: Mapping[Site, float],
                     tolerance: float) -> set[PatientId]:
    """The patients whose latest visit shows a significant BMD loss at some site against the
    previous visit measuring that site: ``change.compare``'s rule (loss when the drop reaches the
    site's LSC less ``tolerance``; both BMDs known, the earlier above 0), asked in SQL because the
    patient list needs it for a thousand patients at once. A test holds it to the plan's answer.
    """
    if not patient_ids:
        return set()
    before = aliased(DxaScanRow)
    earlier = aliased(SiteMeasurementRow)
    same_site = (before.patient_id == DxaScanRow.patient_id) & (earlier.site == SiteMeasurementRow.site)
    previous_bmd = (select(earlier.bmd).join(before, earlier.scan_id == before.id)
                    .where(same_site, before.date < DxaScanRow.date)
                    .order_by(before.date.desc()).limit(1)
                    .correlate(DxaScanRow, SiteMeasurementRow).scalar_subquery())
    limit = case(*((SiteMeasurementRow.site == site.value, value - tolerance)
                   for site, value in lsc.items()), else_=None)
    found: set[PatientId] = set()
    ids = sorted(patient_ids)
    conn = session.connection()
    for chunk in (ids[i:i + 900] for i in range(0, len(ids), 900)):
        latest = (select(DxaScanRow.patient_id, func.max(DxaScanRow.date).label("date"))
                  .where(DxaScanRow.patient_id.in_(chunk)).group_by(DxaScanRow.patient_id).subquery())
        pairs = (select(DxaScanRow.patient_id, SiteMeasurementRow.bmd.label("now"),
                        previous_bmd.label("before"), limit.label("limit"))
                 .join(SiteMeasurementRow, SiteMeasurementRow.scan_id == DxaScanRow.id)
                 .join(latest, (latest.c.patient_id == DxaScanRow.patient_id)
                       & (latest.c.date == DxaScanRow.date))
                 .where(DxaScanRow.patient_id.in_(chunk), SiteMeasurementRow.bmd.is_not(None))
                 .subquery())
        query = (select(pairs.c.patient_id).distinct()
                 .where(pairs.c.before.is_not(None), pairs.c.before > 0,
                        pairs.c.before - pairs.c.now >= pairs.c.limit))
        found.update(PatientId(pid) for pid in conn.execute(query).scalars())
    return found


def _row(session: Session, scan_id: int, *, lock: bool = False) -> DxaScanRow:
    """The visit; with ``lock`` FOR UPDATE, so concurrent writers of one visit take turns
    (PostgreSQL; on SQLite BEGIN IMMEDIATE already does) and the version check holds; it
    re-reads a row the session already holds, which may predate the lock."""
    row = get_row(session, DxaScanRow, scan_id, with_for_update=True if lock else None,
                  populate_existing=lock)
    if row is None:
        raise NotFoundError(f"No DXA scan with id {scan_id}.")
    return row


def get(session: Session, scan_id: int) -> DxaScan:
    return to_domain(_row(session, scan_id))


def find_visit(session: Session, patient_id: int, date: dt.date) -> DxaScan | None:
    row = session.scalar(
        select(DxaScanRow).where(DxaScanRow.patient_id == patient_id, DxaScanRow.date == date)
    )
    return None if row is None else to_domain(row)


def add(session: Session, scan: DxaScan) -> DxaScan:
    """Insert a visit with its measurements; ids given (an undo) are kept, with the version."""
    row = DxaScanRow(
        patient_id=scan.patient_id,
        date=scan.date,
        device=scan.device.value if scan.device else None,
        facility=scan.facility,
        notes=scan.notes,
        measurements=[_measurement_row(m) for m in scan.measurements],
    )
    _set_provenance(row, scan)
    if scan.id is not None:
        row.id, row.version = scan.id, scan.version
    session.add(row)
    session.flush()
    return to_domain(row)


def set_provenance(session: Session, scan_id: int, scan: DxaScan) -> None:
    """Write ``scan``'s scanner details onto the stored visit (a joining entry filling them in);
    the version moves with the measurements added in the same unit of work."""
    _set_provenance(_row(session, scan_id, lock=True), scan)


def add_measurements(
    session: Session, scan_id: int, measurements: tuple[SiteMeasurement, ...]
) -> DxaScan:
    row = _row(session, scan_id, lock=True)
    row.measurements.extend(_measurement_row(m) for m in measurements)
    row.version += 1
    session.flush()
    return to_domain(row)


def replace(session: Session, scan: DxaScan) -> DxaScan:
    """Overwrite a visit (fields and measurements) unless it changed since it was loaded."""
    assert scan.id is not None
    row = _row(session, scan.id, lock=True)
    if row.version != scan.version:
        who = audit.changed_by(session, DxaScanRow, scan.id)
        raise StaleRecordError(f"This scan was changed on another workstation{who} since you opened it.")
    row.date = scan.date
    row.device = scan.device.value if scan.device else None
    row.facility = scan.facility
    row.notes = scan.notes
    _set_provenance(row, scan)
    row.measurements.clear()
    session.flush()  # delete old measurements before inserting same-site replacements
    row.measurements.extend(_measurement_row(m) for m in scan.measurements)
    row.version += 1
    session.flush()
    return to_domain(row)


def delete(session: Session, scan_id: int, version: int | None = None) -> DxaScan:
    """Delete a visit and return it whole, so an undo can put back the same ids; with
    ``version``, refuse a visit changed on another workstation since it was loaded."""
    row = _row(session, scan_id, lock=version is not None)
    check_version(session, row, version)
    removed = to_domain(row)
    session.delete(row)
    session.flush()
    return removed
