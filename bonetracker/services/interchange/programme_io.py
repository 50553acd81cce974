"""Exercise programmes in export and import: ``programmes.csv``, one row per prescribed item of
each version, so a programme moves between databases with its whole history.

Rows of the same programme (name and start day) and version number form one version; a
re-import of a programme already stored with the same versions adds nothing, and one stored
under the same name and day with other versions is refused rather than merged. Restrictions are
not checked again on import: a row carries the ``cleared`` choice made when it was prescribed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.programmes.model import (
    DoseKind,
    Programme,
    ProgrammeItem,
    ProgrammeVersion,
    Progression,
)
from bonetracker.domain.records import PatientId, PatientRecord
from bonetracker.services import programmes as programme_svc
from bonetracker.services.activities import list_activities, lookup_activity, not_found_message
from bonetracker.services.interchange.csv_formats import Merge, Parsed, ParseFn, RowError
from bonetracker.services.validation import FieldReader, Range
from bonetracker.services.workouts import LOAD_KG, MINUTES, REPS, SETS
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import programmes as repo

VERSION_NUMBER = Range(1, 10_000, "", integer=True)


@dataclass(frozen=True)
class ProgrammeLine:
    """One programmes row: the programme and version it belongs to, and its item."""

    name: str
    created: dt.date
    template: str
    version: int
    start: dt.date
    note: str
    item: ProgrammeItem


def programme_rows(programmes: Sequence[Programme]) -> list[dict[str, object]]:
    """The rows of ``programmes.csv`` (empty when the patient has no programme)."""
    rows: list[dict[str, object]] = []
    for p in programmes:
        for v in p.versions:
            for i in v.items:
                rows.append(
                    {
                        "programme": p.name,
                        "created": p.created.isoformat(),
                        "template": p.template,
                        "version": v.number,
                        "start": v.start.isoformat(),
                        "note": v.note,
                        "activity": i.activity,
                        "dose_kind": i.dose_kind.value,
                        "sets": i.sets,
                        "reps": i.reps,
                        "load_kg": i.load_kg,
                        "minutes": i.minutes,
                        "impacts": i.impacts,
                        "balance_level": i.balance_level,
                        "per_week": i.per_week,
                        "progression": i.progression.value,
                        "rep_floor": i.rep_floor,
                        "rep_ceiling": i.rep_ceiling,
                        "cues": i.cues,
                        "supervised": "yes" if i.supervised else "no",
                        "cleared": "yes" if i.cleared else "no",
                    }
                )
    return rows


def programmes_of(db: Database, record: PatientRecord) -> list[Programme]:
    if record.patient.id is None:
        return []
    with db.read() as s:
        return repo.list_for_patient(s, record.patient.id)


def programme_parser(db: Database) -> ParseFn:
    """Each row checked like a prescription (activity in the catalogue, doses in range)."""
    activities = list_activities(db)

    def parse(_pid: PatientId, raw: Mapping[str, object | None]) -> ProgrammeLine:
        r = FieldReader(raw)
        name = r.text("programme", max_len=programme_svc.MAX_NAME, required=True)
        created, start = r.date("created"), r.date("start")
        version = r.integer("version", VERSION_NUMBER, required=True)
        activity_name = r.text("activity", max_len=100, required=True)
        activity = lookup_activity(activities, activity_name) if activity_name else None
        if activity_name and activity is None:
            r.add("activity", not_found_message(activity_name, activities))
        kind = r.choice("dose_kind", DoseKind)
        progression = r.choice("progression", Progression, required=False)
        sets, reps, load = r.integer("sets", SETS), r.integer("reps", REPS), r.number("load_kg", LOAD_KG)
        minutes, impacts = r.integer("minutes", MINUTES), r.integer("impacts", programme_svc.IMPACTS)
        level = r.integer("balance_level", programme_svc.BALANCE_LEVEL)
        per_week = r.integer("per_week", programme_svc.PER_WEEK, required=True)
        floor, ceiling = r.integer("rep_floor", REPS), r.integer("rep_ceiling", REPS)
        cues, note, template = r.text("cues"), r.text("note"), r.text("template", max_len=40)
        supervised, cleared = r.flag("supervised"), r.flag("cleared")
        if kind is DoseKind.SETS_REPS and (sets is None or reps is None):
            r.add("sets", "and reps are needed for a sets x reps dose")
        if kind is DoseKind.IMPACTS and impacts is None:
            r.add("impacts", "is needed for an impacts dose")
        r.raise_if_errors()
        assert created and start and version and activity and kind and per_week
        item = ProgrammeItem(
            activity.name,
            activity.category,
            kind,
            per_week,
            sets=sets,
            reps=reps,
            load_kg=load,
            minutes=minutes,
            impacts=impacts,
            balance_level=level,
            progression=progression or Progression.NONE,
            rep_floor=floor or 8,
            rep_ceiling=ceiling or 12,
            cues=cues,
            supervised=supervised,
            cleared=cleared,
        )
        return ProgrammeLine(name, created, template, version, start, note, item)

    return parse


def _group(rows: Sequence[Parsed]) -> dict[tuple[str, dt.date], list[Parsed]]:
    groups: dict[tuple[str, dt.date], list[Parsed]] = defaultdict(list)
    for p in rows:
        line: ProgrammeLine = p.record
        groups[(line.name, line.created)].append(p)
    return groups


def _build(pid: PatientId, rows: Sequence[Parsed]) -> Programme:
    lines: list[ProgrammeLine] = [p.record for p in rows]
    versions: dict[int, list[ProgrammeLine]] = defaultdict(list)
    for line in lines:
        versions[line.version].append(line)
    return Programme(
        pid,
        lines[0].name,
        lines[0].created,
        lines[0].template,
        versions=tuple(
            ProgrammeVersion(n, vl[0].start, tuple(x.item for x in vl), vl[0].note)
            for n, vl in sorted(versions.items())
        ),
    )


def _shape(p: Programme) -> tuple[object, ...]:
    """What makes two programmes the same, ids aside."""
    return tuple(
        (v.number, v.start, v.note, tuple(dataclasses.replace(i, id=None) for i in v.items))
        for v in p.versions
    )


def merge_programmes(session: Session, pid: PatientId, parsed: Sequence[Parsed]) -> Merge:
    merge = Merge()
    stored = {(p.name, p.created): p for p in repo.list_for_patient(session, pid)}
    for key, rows in _group(parsed).items():
        lines: list[ProgrammeLine] = [p.record for p in rows]
        starts = {(x.version, x.start) for x in lines}
        if len({v for v, _ in starts}) != len(starts):
            merge.errors.append(
                RowError(rows[0].line, "start", f"version rows of '{key[0]}' give different starts")
            )
            continue
        candidate = _build(pid, rows)
        if key in stored:
            if _shape(stored[key]) == _shape(candidate):
                merge.skipped += len(rows)
            else:
                merge.errors.append(
                    RowError(
                        rows[0].line,
                        "programme",
                        f"'{key[0]}' from {key[1].isoformat()} is "
                        "stored with other versions; rename it to import it as well",
                    )
                )
            continue
        merge.to_add.extend(rows)
    return merge


def write_programmes(session: Session, pid: PatientId, rows: Sequence[Parsed]) -> None:
    for _key, group in _group(rows).items():
        repo.add(session, _build(pid, group))
