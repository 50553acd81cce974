"""DXA scan use cases: validate a visit, log it (joining a same-day visit), edit, delete, undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import Device, DxaScan, PatientId, ScanId, Site, SiteMeasurement
from bonetracker.services.validation import (
    MAX_TEXT,
    FieldReader,
    Range,
    check_choice,
    check_date,
    check_number,
    check_text,
    raise_if,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import scans as repo

BMD_RANGE = Range(0.20, 2.50, "g/cm²", decimals=2)
SCORE_RANGE = Range(-7.0, 5.0, decimals=1)
SCAN_FIELDS = ("bmd", "t_score", "z_score")


def measurement_errors(m: SiteMeasurement, prefix: str = "") -> list[FieldError]:
    errors: list[FieldError] = []
    check_choice(errors, f"{prefix}site", m.site, Site)
    check_number(errors, f"{prefix}bmd", m.bmd, BMD_RANGE)
    check_number(errors, f"{prefix}t_score", m.t_score, SCORE_RANGE)
    check_number(errors, f"{prefix}z_score", m.z_score, SCORE_RANGE)
    if m.bmd is None and m.t_score is None:
        errors.append(FieldError(f"{prefix}bmd", "give at least one of BMD and T-score"))
    return errors


def scan_errors(scan: DxaScan, *, prefixed: bool = True) -> list[FieldError]:
    """Every problem with a typed visit; measurement fields are named ``site.field``."""
    errors: list[FieldError] = []
    check_date(errors, "date", scan.date)
    if scan.device is not None:
        check_choice(errors, "device", scan.device, Device)
    check_text(errors, "facility", scan.facility, max_len=200)
    check_text(errors, "notes", scan.notes, max_len=MAX_TEXT)
    if not scan.measurements:
        errors.append(FieldError("site", "add at least one site measurement"))
    seen: set[str] = set()
    for m in scan.measurements:
        prefix = f"{m.site}." if prefixed else ""
        errors.extend(measurement_errors(m, prefix))
        if m.site in seen:
            errors.append(FieldError(f"{prefix}site", f"{m.site} is measured twice in one visit"))
        seen.add(m.site)
    return errors


def parse_measurement(raw: Mapping[str, object | None], prefix: str = "") -> SiteMeasurement:
    """One site's values from text (``site``, ``bmd``, ``t_score``, ``z_score``)."""
    keyed = {f"{prefix}{k}": v for k, v in raw.items()}
    r = FieldReader(keyed)
    site = r.choice(f"{prefix}site", Site)
    bmd = r.number(f"{prefix}bmd", BMD_RANGE)
    t = r.number(f"{prefix}t_score", SCORE_RANGE)
    z = r.number(f"{prefix}z_score", SCORE_RANGE)
    if not r.has(f"{prefix}bmd") and not r.has(f"{prefix}t_score"):
        r.add(f"{prefix}bmd", "give at least one of BMD and T-score")
    r.raise_if_errors()
    assert site is not None
    return SiteMeasurement(site=site, bmd=bmd, t_score=t, z_score=z)


def parse_scan(
    patient_id: PatientId,
    raw: Mapping[str, object | None],
    measurements: Sequence[Mapping[str, object | None]],
    *,
    prefixed: bool = True,
    base: DxaScan | None = None,
) -> DxaScan:
    """A visit from form or CLI text; every field error of the visit and each site, together.

    ``prefixed`` names measurement errors ``femoral_neck.bmd`` (forms with a row per site);
    the CLI, which takes one site per call, passes False to get plain ``bmd``.
    """
    r = FieldReader(raw)
    date = r.date("date")
    device = r.choice("device", Device, required=False)
    facility = r.text("facility", max_len=200)
    notes = r.text("notes")
    errors = list(r.errors)
    parsed: list[SiteMeasurement] = []
    for raw_m in measurements:
        site_text = str(raw_m.get("site") or "").strip().lower()
        prefix = f"{site_text}." if prefixed and site_text else ""
        try:
            parsed.append(parse_measurement(raw_m, prefix))
        except ValidationError as exc:
            errors.extend(exc.errors)
    if not measurements:
        errors.append(FieldError("site", "add at least one site measurement"))
    raise_if(errors)
    assert date is not None
    scan = DxaScan(
        id=base.id if base else None,
        patient_id=patient_id,
        date=date,
        measurements=tuple(parsed),
        device=device,
        facility=facility,
        notes=notes,
        version=base.version if base else 1,
    )
    raise_if(scan_errors(scan, prefixed=prefixed))
    return scan


def log_scan(db: Database, scan: DxaScan, *, prefixed: bool = True) -> DxaScan:
    """Save a visit; a visit already on that date gains the new sites instead of a duplicate.

    A site that the existing visit already has is an error, and nothing is written.
    """
    raise_if(scan_errors(scan, prefixed=prefixed))
    with db.write() as s:
        existing = repo.find_visit(s, scan.patient_id, scan.date)
        if existing is None:
            return repo.add(s, dataclasses.replace(scan, id=None))
        clashes = [m.site for m in scan.measurements if existing.measurement(m.site)]
        if clashes:
            raise ValidationError([
                FieldError(
                    f"{site}.site" if prefixed else "site",
                    f"{site} was already measured on {scan.date.isoformat()}; edit that visit "
                    "instead (one measurement per site per visit)",
                )
                for site in clashes
            ])
        return repo.add_measurements(s, existing.id or ScanId(0), scan.measurements)


def update_scan(db: Database, scan: DxaScan) -> DxaScan:
    """Save an edited visit; raises StaleRecordError if someone else changed it meanwhile."""
    raise_if(scan_errors(scan))
    with db.write() as s:
        other = repo.find_visit(s, scan.patient_id, scan.date)
        if other is not None and other.id != scan.id:
            raise ValidationError([FieldError(
                "date", f"another visit is already on {scan.date.isoformat()}; edit that one")])
        return repo.replace(s, scan)


def delete_scan(db: Database, scan_id: ScanId) -> DxaScan:
    """Delete a visit; the returned record is what :func:`restore_scan` needs to undo it."""
    with db.write() as s:
        return repo.delete(s, scan_id)


def restore_scan(db: Database, scan: DxaScan) -> DxaScan:
    """Undo a delete: put the visit back with the same ids for it and its measurements."""
    with db.write() as s:
        return repo.add(s, scan)


def list_scans(db: Database, patient_id: PatientId) -> list[DxaScan]:
    with db.read() as s:
        return repo.list_for_patient(s, patient_id)
