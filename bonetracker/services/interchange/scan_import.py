"""Importing scans: rows of one date form one visit, merged with what is stored a batch at a time.

Moved out of :mod:`.importing` (which keeps ``merge_scans``/``write_scans`` for the FHIR import)
so a file is merged and written batch by batch (:mod:`.grouped_import`): :class:`ScanStream`
keeps, between batches, only what a date needs (its first row, the sites seen, the new visit's
scanner details), never every row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from bonetracker.domain.records import DxaScan, PatientId, Site, SiteMeasurement
from bonetracker.services import scans as scan_svc
from bonetracker.services.interchange.csv_formats import Merge, Parsed, RowError
from bonetracker.services.interchange.grouped_import import held_tail
from bonetracker.storage.database import Session
from bonetracker.storage.repositories import scans as scan_repo

SAME_VISIT = "(rows of one date form one visit)"


def _same_values(a: SiteMeasurement, b: SiteMeasurement) -> bool:
    return (a.bmd, a.t_score, a.z_score) == (b.bmd, b.t_score, b.z_score)


def _joined(visit: DxaScan | None, scan: DxaScan) -> DxaScan:
    """A new visit's details after one more of its rows: the first device, facility and notes
    given, the scanner details it lacks taken from ``scan`` (its measurements are not kept)."""
    if visit is None:
        return dataclasses.replace(scan, measurements=())
    joined = dataclasses.replace(visit, device=visit.device or scan.device,
                                 facility=visit.facility or scan.facility,
                                 notes=visit.notes or scan.notes)
    return scan_svc.merged_provenance(joined, scan)


class ScanStream:
    """The scans' merge and write rules for one pass, fed a batch of parsed rows at a time.

    Args:
        plan: the new visits' details the checking pass gathered from all their rows
            (:meth:`plan`), so a visit created from its first batch carries them all.
    """

    def __init__(self, session: Session, patient_id: PatientId,
                 plan: dict[dt.date, DxaScan] | None = None) -> None:
        self.patient_id = patient_id
        self.stored = {s.date: s for s in scan_repo.list_for_patient(session, patient_id)}
        self.visits = dict(self.stored)  # the visits rows join: stored, or made by this import
        self.first_of_day: dict[dt.date, Parsed] = {}
        self.seen_site: dict[tuple[dt.date, Site], int] = {}
        self.new: dict[dt.date, DxaScan] = {}  # new visits' details from their rows so far
        self.given = plan or {}
        self.held: list[Parsed] = []  # a new visit's rows at the end of a batch (see write)

    def plan(self) -> dict[dt.date, DxaScan]:
        return self.new

    def merge(self, parsed: Sequence[Parsed]) -> Merge:
        """Rows of one date form one visit; a site already stored with equal values is skipped."""
        merge = Merge()
        for p in parsed:
            scan: DxaScan = p.record
            m = scan.measurements[0]
            lead = self.first_of_day.setdefault(scan.date, p)
            for name in ("device", "facility", "notes"):
                mine, theirs = getattr(scan, name), getattr(lead.record, name)
                if lead is not p and mine and theirs and mine != theirs:
                    merge.errors.append(RowError(p.line, name, f"differs from line {lead.line} of "
                                                               f"the same visit {SAME_VISIT}"))
            if lead is not p:
                merge.errors += [RowError(p.line, e.field, f"differs from line {lead.line} of the "
                                                           f"same visit {SAME_VISIT}")
                                 for e in scan_svc.provenance_conflicts(lead.record, scan)]
            if (scan.date, m.site) in self.seen_site:
                other = self.seen_site[scan.date, m.site]
                merge.errors.append(RowError(p.line, "site", f"{m.site} is measured twice on "
                                                             f"{scan.date} (also line {other})"))
                continue
            self.seen_site[scan.date, m.site] = p.line
            old = self.stored.get(scan.date)
            if old is not None:
                merge.errors += [RowError(p.line, e.field, e.message)
                                 for e in scan_svc.provenance_conflicts(old, scan)]
            previous = old.measurement(m.site) if old else None
            if previous is not None and _same_values(previous, m):
                merge.skipped += 1
            elif previous is not None:
                merge.errors.append(RowError(p.line, "site", f"{m.site} was already measured on "
                                                             f"{scan.date} with other values; "
                                                             "edit that visit"))
            else:
                merge.to_add.append(p)
                self.gather([p])
        return merge

    def gather(self, rows: Sequence[Parsed]) -> None:
        """Note what rows joining no stored visit say about their new visit."""
        for p in rows:
            day = p.record.date
            if day not in self.stored:
                self.new[day] = _joined(self.new.get(day), p.record)

    def write(self, session: Session, rows: Sequence[Parsed]) -> list[PatientId]:
        """New sites join their date's visit (stored, or made by an earlier batch), or make it.

        The rows of a new visit that end ``rows`` are held back until the next call (or
        :meth:`finish`), so a visit whose rows run on into the next batch is made once, whole."""
        rows = [*self.held, *rows]
        self.held = held_tail(rows, lambda p: p.record.date, self.visits)
        self._write(session, rows[:len(rows) - len(self.held)])
        return []

    def finish(self, session: Session) -> list[PatientId]:
        rows, self.held = self.held, []
        self._write(session, rows)
        return []

    def _write(self, session: Session, rows: Sequence[Parsed]) -> None:
        by_date: dict[dt.date, list[DxaScan]] = {}
        for p in rows:
            by_date.setdefault(p.record.date, []).append(p.record)
        for day, scans in by_date.items():
            measurements = tuple(s.measurements[0] for s in scans)
            old = self.visits.get(day)
            if old is not None and old.id is not None:
                merged = old
                for scan in scans:
                    merged = scan_svc.merged_provenance(merged, scan)
                if merged is not old:
                    scan_repo.set_provenance(session, old.id, merged)
                scan_repo.add_measurements(session, old.id, measurements)
                self.visits[day] = dataclasses.replace(merged, measurements=())
                continue
            details = self.given.get(day) or self.new[day]
            visit = dataclasses.replace(details, id=None, measurements=measurements)
            made = scan_repo.add(session, visit)
            self.visits[day] = dataclasses.replace(made, measurements=())


def merge_scans(session: Session, patient_id: PatientId, parsed: Sequence[Parsed]) -> Merge:
    """Rows of one date form one visit; a site already stored with equal values is skipped."""
    return ScanStream(session, patient_id).merge(parsed)


def write_scans(session: Session, patient_id: PatientId, rows: Sequence[Parsed]) -> None:
    """Store the new sites of ``rows`` (as :func:`merge_scans` returned them), a visit per date."""
    stream = ScanStream(session, patient_id)
    stream.gather(rows)
    stream.write(session, rows)
    stream.finish(session)
