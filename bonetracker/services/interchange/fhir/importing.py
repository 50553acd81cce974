"""``import fhir``: a bundle's DXA values become visits of one patient, and its lab results and
measurements (heights, function tests) become entries, all or nothing.

The values read by :mod:`.reader` are grouped by date (one visit per date, as everywhere in
BoneTracker: a second scanner make on one date is refused), checked with the scans' own
validation (:func:`bonetracker.services.scans.scan_errors`), then merged and written with the
CSV scans import's rules (:func:`~bonetracker.services.interchange.importing.merge_scans`): a
site already stored with equal values is skipped, so importing the same bundle twice adds
nothing; a site stored with other values refuses the file. Everything happens in one unit of
work, after every check, so a refused file writes nothing. Lab results and measurements are
checked as the forms check them; one equal to a stored entry (same test or kind, date, value
and unit) is skipped, so they too import once.

A bundle whose Patient names someone else (name or birth date differ from the chosen patient)
is refused unless ``force_patient``; a bundle without a Patient (a portal's list of results)
is taken as the chosen patient's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bonetracker.domain.errors import FieldError
from bonetracker.domain.records import (
    SITE_LABELS,
    Device,
    DxaScan,
    LabResult,
    Measure,
    Patient,
    PatientId,
    Site,
    SiteMeasurement,
)
from bonetracker.services import patients as patient_svc
from bonetracker.services.interchange.csv_formats import Parsed
from bonetracker.services.interchange.fhir.reader import (
    BundlePatient,
    DxaValue,
    FhirRejected,
    Ignored,
    LabValue,
    MeasureValue,
    Problem,
    read_bundle,
    read_path,
)
from bonetracker.services.interchange.importing import merge_scans, write_scans
from bonetracker.services.labs import lab_errors
from bonetracker.services.measures import measure_errors
from bonetracker.services.scans import scan_errors
from bonetracker.services.validation import before_birth_errors
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import entries
from bonetracker.storage.repositories import scans as scan_repo

FORCE_HINT = "if it is the same person, import anyway (--force-patient)"


@dataclass(frozen=True)
class FhirImportResult:
    """What a FHIR import did (or, for a dry run, would do)."""

    patient_name: str
    planned: tuple[DxaScan, ...]
    new_visits: int
    skipped: int
    ignored: tuple[Ignored, ...]
    dry_run: bool = False
    notes: tuple[str, ...] = ()
    labs: tuple[LabValue, ...] = ()  # lab results added (or that would be)
    measures: tuple[MeasureValue, ...] = ()  # heights and function tests added (or that would be)

    @property
    def values_added(self) -> int:
        return sum(len(s.measurements) for s in self.planned)

    def summary(self) -> str:
        head = "Checked" if self.dry_run else "Imported"
        verb = "would add" if self.dry_run else "added"
        visits = f"{self.new_visits} new visit{'s' * (self.new_visits != 1)}"
        parts = [f"{len(self.labs)} lab result(s)"] if self.labs else []
        parts += [f"{len(self.measures)} measurement(s)"] if self.measures else []
        others = f", {' and '.join(parts)}" if parts else ""
        return (f"{head} a FHIR bundle for {self.patient_name}: {verb} {self.values_added} site "
                f"value(s) ({visits}){others}, skipped {self.skipped} already stored; ignored "
                f"{len(self.ignored)} resource(s).")

    def details(self) -> list[str]:
        """The visits added and every resource ignored with its reason, one line each."""
        lines = [self.summary(), *self.notes]
        if self.planned or self.labs or self.measures:
            lines.append("Would add:" if self.dry_run else "Added:")
            lines += [f"  {visit_line(s)}" for s in self.planned]
            lines += [f"  {v.day.isoformat()}: {v.what}" for v in self.measures]
            lines += [f"  {v.day.isoformat()}: {v.what}" for v in self.labs]
        if self.ignored:
            lines.append("Ignored:")
            lines += [f"  {i}" for i in self.ignored]
        return lines


def measurement_text(m: SiteMeasurement) -> str:
    parts = [f"BMD {m.bmd:g} g/cm2" if m.bmd is not None else "",
             f"T {m.t_score:g}" if m.t_score is not None else "",
             f"Z {m.z_score:g}" if m.z_score is not None else ""]
    return f"{SITE_LABELS[m.site]}: " + ", ".join(p for p in parts if p)


def visit_line(scan: DxaScan) -> str:
    about = ", ".join(x for x in (scan.device.value if scan.device else "", scan.facility) if x)
    head = scan.date.isoformat() + (f" ({about})" if about else "")
    return f"{head}: " + "; ".join(measurement_text(m) for m in scan.measurements)


def _tokens(name: str) -> list[str]:
    return sorted(re.findall(r"\w+", name.casefold()))


def patient_problems(found: Sequence[BundlePatient], patient: Patient, force: bool) -> list[Problem]:
    """Refuse a bundle of several patients, or of another patient unless ``force``."""
    if len(found) > 1:
        return [Problem(found[1].where, f"the bundle holds {len(found)} patients; import one "
                                        "patient's bundle at a time")]
    if not found or force:
        return []
    bp = found[0]
    differ = []
    if bp.names and not any(_tokens(n) == _tokens(patient.name) for n in bp.names):
        differ.append("name")
    if bp.birth_date is not None and bp.birth_date != patient.birth_date:
        differ.append("birth date")
    if not differ:
        return []
    return [Problem(bp.where, f"the bundle is for {bp.describe()}, not {patient.name} (born "
                              f"{patient.birth_date.isoformat()}): the {' and '.join(differ)} "
                              f"differ{'s' * (len(differ) == 1)}. Check the file and the patient; "
                              f"{FORCE_HINT}")]


@dataclass
class _Site:
    values: dict[str, DxaValue] = dataclasses.field(default_factory=dict)

    def measurement(self, site: Site) -> SiteMeasurement:
        get = {q: v.value for q, v in self.values.items()}
        return SiteMeasurement(site, get.get("bmd"), get.get("t_score"), get.get("z_score"))


def group_visits(values: Sequence[DxaValue], patient_id: PatientId
                 ) -> tuple[list[tuple[DxaScan, dict[Site, _Site]]], list[Problem]]:
    """One visit per date, one value per site and quantity, each checked as a form checks it."""
    problems: list[Problem] = []
    days: dict[dt.date, dict[Site, _Site]] = {}
    for v in values:
        slot = days.setdefault(v.day, {}).setdefault(v.site, _Site())
        first = slot.values.get(v.quantity)
        if first is None:
            slot.values[v.quantity] = v
        elif first.value != v.value:
            problems.append(Problem(v.where, f"{v.what} on {v.day.isoformat()} differs from "
                                             f"{first.where} ({first.value:g}); BoneTracker keeps "
                                             "one value per site and visit"))
    visits: list[tuple[DxaScan, dict[Site, _Site]]] = []
    for day, sites in sorted(days.items()):
        everything = [v for s in sites.values() for v in s.values.values()]
        makes: dict[Device, DxaValue] = {}
        for v in everything:
            if v.device is not None:
                makes.setdefault(v.device, v)
        if len(makes) > 1:
            second = list(makes.values())[1]
            problems.append(Problem(second.where, f"the visit on {second.day.isoformat()} names "
                                                  f"two scanner makes ({', '.join(makes)}); "
                                                  "BoneTracker keeps one make per visit"))
        scan = DxaScan(
            None, patient_id, day,
            tuple(slot.measurement(site) for site, slot in sites.items()),
            device=next(iter(makes), None),
            facility=next((v.facility for v in everything if v.facility), ""),
            notes=next((v.notes for v in everything if v.notes), ""),
            model=next((v.scanner[0] for v in everything if v.scanner[0]), ""),
            machine_id=next((v.scanner[1] for v in everything if v.scanner[1]), ""),
            software=next((v.scanner[2] for v in everything if v.scanner[2]), ""))
        for error in scan_errors(scan):
            site_name, _, quantity = error.field.rpartition(".")
            owner = sites.get(Site(site_name)) if site_name in Site._value2member_map_ else None
            source = (owner.values.get(quantity) or next(iter(owner.values.values()))) if owner \
                else everything[0]
            about = "" if owner else f"{error.field} "
            problems.append(Problem(source.where, f"{source.what} on {scan.date.isoformat()}: "
                                                  f"{about}{error.message}"))
        visits.append((scan, sites))
    return visits, problems


def import_fhir_bytes(db: Database, data: bytes, patient_id: PatientId, *,
                      where: str = "the file", dry_run: bool = False,
                      force_patient: bool = False) -> FhirImportResult:
    """Check ``data`` (a FHIR JSON bundle) and, unless ``dry_run``, store its DXA values.

    Raises:
        FhirRejected: the file, a value in it or the patient is wrong; nothing was written.
        NotFoundError: ``patient_id`` names no patient.
    """
    patient = patient_svc.get_patient(db, patient_id)
    findings = read_bundle(data, where)
    problems = patient_problems(findings.patients, patient, force_patient)
    visits, grouping = group_visits(findings.values, patient_id)
    problems += grouping
    for scan, sites in visits:  # a result dated before the birth date is refused, as typed
        source = next(v for slot in sites.values() for v in slot.values.values())
        problems += [Problem(source.where, f"{source.what} on {scan.date.isoformat()}: "
                                           f"{e.field} {e.message}")
                     for e in before_birth_errors(patient.birth_date, [("date", scan.date)])]
    labs = [(v, LabResult(None, patient_id, v.test, v.day, v.value, v.unit, v.range_low, v.range_high,
                          v.note)) for v in findings.labs]
    measures = [(v, Measure(None, patient_id, v.kind, v.day, v.value, v.unit, v.note))
                for v in findings.measures]
    checked: list[tuple[LabValue | MeasureValue, list[FieldError]]] = [
        *((v, lab_errors(r)) for v, r in labs), *((v, measure_errors(m)) for v, m in measures)]
    for entry, errors in checked:
        errors += before_birth_errors(patient.birth_date, [("date", entry.day)])
        problems += [Problem(entry.where, f"{entry.what} on {entry.day.isoformat()}: {e.field} {e.message}")
                     for e in errors]
    if problems:
        raise FhirRejected(problems)
    if not findings.values and not labs and not measures:
        reasons = f"; {len(findings.ignored)} resource(s) ignored (see --dry-run)" \
            if findings.ignored else ""
        raise FhirRejected([Problem(where, "holds no DXA result, lab result or measurement "
                                           "BoneTracker can store" + reasons)])
    parsed: list[Parsed] = []
    sources: list[DxaValue] = []
    for scan, sites in visits:
        for m in scan.measurements:
            sources.append(next(iter(sites[m.site].values.values())))
            parsed.append(Parsed(len(parsed), dataclasses.replace(scan, measurements=(m,))))
    unit = db.read() if dry_run else db.write()
    with unit as session:
        stored_dates = {s.date for s in scan_repo.list_for_patient(session, patient_id)}
        merge = merge_scans(session, patient_id, parsed)
        if merge.errors:
            raise FhirRejected([Problem(sources[e.line].where, f"{sources[e.line].what}: "
                                                               f"{e.message}")
                                for e in merge.errors])
        stored_labs = {_lab_key(r) for r in entries.labs.list_for_patient(session, patient_id)}
        stored_measures = {_measure_key(m) for m in entries.measures.list_for_patient(session, patient_id)}
        new_labs = _new(labs, stored_labs, _lab_key)
        new_measures = _new(measures, stored_measures, _measure_key)
        skipped = merge.skipped + len(labs) - len(new_labs) + len(measures) - len(new_measures)
        if not dry_run:
            write_scans(session, patient_id, merge.to_add)
            for _v, lab in new_labs:
                entries.labs.add(session, lab)
            for _v, measure in new_measures:
                entries.measures.add(session, measure)
    new_visits = len({p.record.date for p in merge.to_add} - stored_dates)
    planned = _planned(merge.to_add)
    notes = () if findings.patients else ("The bundle names no patient: its results are taken "
                                          f"as {patient.name}'s.",)
    return FhirImportResult(patient.name, planned, new_visits, skipped, tuple(findings.ignored), dry_run,
                            notes, tuple(v for v, _r in new_labs), tuple(v for v, _m in new_measures))


def _lab_key(r: LabResult) -> tuple[object, ...]:
    return (r.test, r.date, r.value, r.unit)


def _measure_key(m: Measure) -> tuple[object, ...]:
    return (m.kind, m.date, m.value, m.unit)


def _new(found: Sequence[tuple[Any, Any]], stored: set[tuple[object, ...]],
         key: Callable[[Any], tuple[object, ...]]) -> list[tuple[Any, Any]]:
    """The entries not stored yet (nor twice in the bundle): an import of the same file adds none."""
    seen = set(stored)
    fresh = []
    for source, record in found:
        k = key(record)
        if k not in seen:
            seen.add(k)
            fresh.append((source, record))
    return fresh


def _planned(rows: Sequence[Parsed]) -> tuple[DxaScan, ...]:
    by_date: dict[dt.date, DxaScan] = {}
    for p in rows:
        scan: DxaScan = p.record
        have = by_date.get(scan.date)
        by_date[scan.date] = scan if have is None else dataclasses.replace(
            have, measurements=have.measurements + scan.measurements)
    return tuple(by_date[d] for d in sorted(by_date))


def import_fhir(db: Database, path: str | Path, patient_id: PatientId, *, dry_run: bool = False,
                force_patient: bool = False) -> FhirImportResult:
    """:func:`import_fhir_bytes` on a file, refusing an oversized one before reading it."""
    return import_fhir_bytes(db, read_path(path), patient_id, where=Path(path).name,
                             dry_run=dry_run, force_patient=force_patient)
