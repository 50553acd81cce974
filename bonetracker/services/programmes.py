"""Exercise programme use cases: start one (from a template or empty), add and remove items
(checking what the plan restricts for this person), accept or dismiss progressions, log a session
as prescribed, and the view the page, the CLI and the report show.

Every change to the prescription makes a new version from the day it is made, except on the day
a version started when nothing has been logged against it yet: then that version is amended, so
building a programme item by item does not leave a trail of empty versions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.bmd import OSTEOPOROTIC, classify
from bonetracker.domain.errors import FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import translate
from bonetracker.domain.intake import week_start
from bonetracker.domain.programmes.adherence import (
    ADHERENCE_WINDOW_WEEKS,
    AdherenceSummary,
    WeekAdherence,
    complete_weeks,
    programme_workouts,
    summarize,
    weekly_adherence,
)
from bonetracker.domain.programmes.model import (
    BALANCE_LEVELS,
    DoseKind,
    Programme,
    ProgrammeItem,
    ProgrammeItemId,
    ProgrammeVersion,
    Progression,
)
from bonetracker.domain.programmes.progression import Proposal, proposals
from bonetracker.domain.programmes.safety import Restriction, restrictions
from bonetracker.domain.programmes.templates import TEMPLATES
from bonetracker.domain.records import Activity, ActivityCategory, Patient, PatientId, PatientRecord, Workout
from bonetracker.services.activities import list_activities, lookup_activity, not_found_message
from bonetracker.services.records import load_record
from bonetracker.services.validation import FieldReader, Range, raise_if, today
from bonetracker.services.workouts import EFFORT, LOAD_KG, MINUTES, REPS, SETS
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import programmes as repo
from bonetracker.storage.repositories.entries import workouts as workout_repo

PER_WEEK = Range(1, 14, "sessions a week", integer=True)
IMPACTS = Range(1, 500, "impacts", integer=True)
BALANCE_LEVEL = Range(0, len(BALANCE_LEVELS) - 1, "", integer=True)
MAX_NAME = 200
DEFAULT_NAME = "Home programme"


@dataclass(frozen=True)
class ProgrammeView:
    """What the page, ``programme show`` and the report show of one patient's programme."""

    programme: Programme
    weeks: tuple[WeekAdherence, ...]
    recent: AdherenceSummary | None
    proposals: tuple[Proposal, ...]
    restrictions: Mapping[str, tuple[Restriction, ...]]


def _osteoporotic(record: PatientRecord, as_of: dt.date) -> bool:
    return classify(record, as_of).category in OSTEOPOROTIC


def restrictions_of(record: PatientRecord, activity: Activity, as_of: dt.date) -> list[Restriction]:
    """Why the plan holds ``activity`` back for this person on ``as_of`` (empty when it does not)."""
    return restrictions(activity, record, as_of, osteoporotic=_osteoporotic(record, as_of))


def all_restrictions(
    db: Database, patient_id: PatientId, as_of: dt.date | None = None
) -> dict[str, list[str]]:
    """Activity name -> why it is held back for this person (only restricted ones), for the form."""
    record = load_record(db, patient_id)
    day = as_of or today()
    osteoporotic = _osteoporotic(record, day)
    found: dict[str, list[str]] = {}
    for activity in list_activities(db):
        if activity.high_impact or activity.spinal_flexion:
            reasons = restrictions(activity, record, day, osteoporotic=osteoporotic)
            if reasons:
                found[activity.name] = [f"{r.reason} ({r.source})" for r in reasons]
    return found


def current_programme(db: Database, patient_id: PatientId) -> Programme | None:
    """The patient's newest programme, or None."""
    with db.read() as s:
        found = repo.list_for_patient(s, patient_id)
    return found[-1] if found else None


def require_programme(db: Database, patient_id: PatientId) -> Programme:
    found = current_programme(db, patient_id)
    if found is None:
        raise NotFoundError(translate(
            "services",
            "This patient has no programme yet; start one with 'programme new'.",
        ))
    return found


def new_programme(
    db: Database,
    patient_id: PatientId,
    *,
    template: str | None = None,
    name: str | None = None,
    start: dt.date | None = None,
) -> tuple[Programme, list[tuple[ProgrammeItem, list[Restriction]]]]:
    """Start a programme, empty or from a template, from ``start`` (default today).

    Template items the plan restricts for this person are left out (they can be added back one
    by one with an explicit clearance); they are returned with their reasons so the caller can
    say so.
    """
    errors: list[FieldError] = []
    if template is not None and template not in TEMPLATES:
        errors.append(
            FieldError("template", translate(
                "services",
                "must be one of {choices} (got {template!r})",
            ).format(choices=', '.join(sorted(TEMPLATES)), template=template))
        )
    title = (name or "").strip()
    if len(title) > MAX_NAME:
        errors.append(FieldError("name", translate(
            "services",
            "must be at most {limit} characters",
        ).format(limit=MAX_NAME)))
    raise_if(errors)
    day = start or today()
    record = load_record(db, patient_id)
    if day < record.patient.birth_date:
        raise ValidationError(
            [
                FieldError(
                    "start", translate(
                        "services",
                        "must not be before the birth date {date}",
                    ).format(date=record.patient.birth_date.isoformat())
                )
            ]
        )
    items: list[ProgrammeItem] = []
    left_out: list[tuple[ProgrammeItem, list[Restriction]]] = []
    if template is not None:
        default_name, template_items = TEMPLATES[template]
        title = title or default_name
        activities = list_activities(db)
        for item in template_items:
            activity = lookup_activity(activities, item.activity)
            found = restrictions_of(record, activity, day) if activity is not None else []
            (left_out.append((item, found)) if found else items.append(item))
    programme = Programme(
        patient_id,
        title or DEFAULT_NAME,
        day,
        template or "",
        versions=(ProgrammeVersion(1, day, tuple(items), note="first version"),),
    )
    with db.write() as s:
        return repo.add(s, programme), left_out


def parse_item(
    raw: Mapping[str, object | None],
    activities: Sequence[Activity],
    record: PatientRecord,
    as_of: dt.date,
) -> ProgrammeItem:
    """A programme item from form or CLI text; every field error at once.

    ``raw`` keys: ``activity``, ``sets``, ``reps``, ``load_kg``, ``minutes``, ``impacts``,
    ``balance_level``, ``per_week``, ``progression``, ``cues``, ``supervised``, ``cleared``.
    A dose is sets and reps (optionally a load), or minutes, or impacts. A restricted activity
    needs ``cleared`` (or ``supervised``): the error names the restriction.
    """
    r = FieldReader(raw)
    name = r.text("activity", max_len=100, required=True)
    activity = lookup_activity(activities, name) if name else None
    if name and activity is None:
        r.add("activity", not_found_message(name, activities))
    sets, reps = r.integer("sets", SETS), r.integer("reps", REPS)
    load = r.number("load_kg", LOAD_KG)
    minutes, impacts = r.integer("minutes", MINUTES), r.integer("impacts", IMPACTS)
    level = r.integer("balance_level", BALANCE_LEVEL)
    per_week = r.integer("per_week", PER_WEEK, required=True)
    progression = r.choice("progression", Progression, required=False)
    cues = r.text("cues")
    supervised, cleared = r.flag("supervised"), r.flag("cleared")
    if sets is not None or reps is not None:
        kind = DoseKind.SETS_REPS
        r.check(sets is not None, "sets", translate(
            "services",
            "is needed with reps (e.g. --sets 2 --reps 10)",
        ))
        r.check(reps is not None, "reps", translate(
            "services",
            "is needed with sets (e.g. --sets 2 --reps 10)",
        ))
    elif impacts is not None:
        kind = DoseKind.IMPACTS
    else:
        kind = DoseKind.MINUTES
        r.check(
            minutes is not None or r.has("minutes"),
            "minutes",
            translate("services", "give a dose: sets and reps (with an optional load), minutes, or impacts"),
        )
    if load is not None and kind is not DoseKind.SETS_REPS:
        r.add("load_kg", translate("services", "goes with sets and reps"))
    if activity is not None and not (cleared or supervised):
        for found in restrictions_of(record, activity, as_of):
            r.add("activity", translate(
                "services",
                "{reason}; prescribe it only as supervised or cleared ({source})",
            ).format(reason=found.reason, source=found.source))
    r.raise_if_errors()
    assert activity is not None and per_week is not None
    rule = progression or _default_progression(kind, level)
    return ProgrammeItem(
        activity.name,
        activity.category,
        kind,
        per_week,
        sets=sets,
        reps=reps,
        load_kg=load,
        minutes=minutes if minutes is not None else _default_minutes(kind, sets),
        impacts=impacts,
        balance_level=level,
        progression=rule,
        cues=cues,
        supervised=supervised,
        cleared=cleared,
    )


def _default_progression(kind: DoseKind, level: int | None) -> Progression:
    if level is not None:
        return Progression.BALANCE_BASE
    return {
        DoseKind.SETS_REPS: Progression.REPS_THEN_LOAD,
        DoseKind.IMPACTS: Progression.ADD_IMPACTS,
        DoseKind.MINUTES: Progression.ADD_MINUTES,
    }[kind]


def _default_minutes(kind: DoseKind, sets: int | None) -> int:
    """How long an item takes in a session when the prescription gives no time (to log it)."""
    if kind is DoseKind.SETS_REPS:
        return max(5, 3 * (sets or 1))
    return 5


def _next_version(
    db: Database,
    programme: Programme,
    items: tuple[ProgrammeItem, ...],
    day: dt.date,
    note: str,
) -> Programme:
    current = programme.current
    assert programme.id is not None
    with db.write() as s:
        used = current is not None and any(
            w.programme_item_id in {i.id for i in current.items}
            for w in workout_repo.list_for_patient(s, programme.patient_id, since=current.start)
        )
        if current is not None and current.start == day and not used and current.id is not None:
            repo.delete_version(s, current.id)  # amend a version nobody has used yet
            number = current.number
        else:
            number = (current.number + 1) if current is not None else 1
        fresh = tuple(dataclasses.replace(i, id=None) for i in items)
        return repo.add_version(s, programme.id, ProgrammeVersion(number, day, fresh, note=note))


def add_item(
    db: Database,
    patient_id: PatientId,
    raw: Mapping[str, object | None],
    *,
    on: dt.date | None = None,
) -> tuple[Programme, ProgrammeItem]:
    """Add an item to the patient's current programme (a new version from ``on``, default today)."""
    programme = require_programme(db, patient_id)
    day = on or today()
    record = load_record(db, patient_id)
    item = parse_item(raw, list_activities(db), record, day)
    current = programme.current
    items = (current.items if current else ()) + (item,)
    updated = _next_version(db, programme, items, day, f"added {item.activity}")
    new_current = updated.current
    assert new_current is not None
    return updated, new_current.items[-1]


def remove_item(
    db: Database, patient_id: PatientId, item_id: ProgrammeItemId, *, on: dt.date | None = None
) -> Programme:
    programme = require_programme(db, patient_id)
    current = programme.current
    if current is None or item_id not in {i.id for i in current.items}:
        raise NotFoundError(translate(
            "services",
            "Item {item_id} is not in the current version of the programme.",
        ).format(item_id=item_id))
    removed = next(i for i in current.items if i.id == item_id)
    items = tuple(i for i in current.items if i.id != item_id)
    return _next_version(db, programme, items, on or today(), f"removed {removed.activity}")


def restore_versions(db: Database, snapshot: Programme) -> Programme:
    """Put the programme's versions back as they were in ``snapshot`` (undo/redo of a change)."""
    with db.write() as s:
        return repo.set_versions(s, snapshot)


def programme_view(
    db: Database, patient_id: PatientId, as_of: dt.date | None = None, weeks: int = 12
) -> ProgrammeView | None:
    """The programme with weekly adherence (the last ``weeks`` weeks, this one included),
    the last four complete weeks' summary, open progression proposals and restrictions."""
    programme = current_programme(db, patient_id)
    if programme is None:
        return None
    day = as_of or today()
    record = load_record(db, patient_id)
    workouts = programme_workouts(programme, record.workouts)
    start = day - dt.timedelta(days=7 * (weeks - 1))
    item_ids = [i.id for v in programme.versions for i in v.items if i.id is not None]
    with db.read() as s:
        dismissed = repo.dismissed_keys(s, item_ids)
    current = programme.current
    activities = {a.name: a for a in list_activities(db)}
    restricted = {
        i.activity: tuple(restrictions_of(record, activities[i.activity], day))
        for i in (current.items if current else ())
        if i.activity in activities
    }
    return ProgrammeView(
        programme,
        tuple(weekly_adherence(programme, workouts, start, day)),
        summarize(complete_weeks(programme, workouts, day, ADHERENCE_WINDOW_WEEKS)),
        tuple(proposals(programme, workouts, dismissed)),
        {k: v for k, v in restricted.items() if v},
    )


def recent_adherence(db: Database, patient: Patient, as_of: dt.date) -> AdherenceSummary | None:
    """The last four complete weeks of the patient's programme (None without one), for the plan.

    Reads only the programme and the workouts of those weeks, so the plan's own short look-back
    at daily logs stays as it is.
    """
    if patient.id is None:
        return None
    programme = current_programme(db, patient.id)
    if programme is None:
        return None
    since = week_start(as_of) - dt.timedelta(days=7 * ADHERENCE_WINDOW_WEEKS)
    with db.read() as s:
        workouts = workout_repo.list_for_patient(s, patient.id, since=since, until=as_of)
    return summarize(complete_weeks(programme, workouts, as_of, ADHERENCE_WINDOW_WEEKS))


def accept_progression(
    db: Database, patient_id: PatientId, proposal: Proposal, *, on: dt.date | None = None
) -> Programme:
    """Make the proposed step the prescription: a new version with that item changed."""
    programme = require_programme(db, patient_id)
    current = programme.current
    if current is None or proposal.item.id not in {i.id for i in current.items}:
        raise NotFoundError(translate("services", "That proposal is for an older version of the programme."))
    items = tuple(proposal.proposed if i.id == proposal.item.id else i for i in current.items)
    return _next_version(db, programme, items, on or today(), f"progressed {proposal.item.activity}")


def dismiss_progression(db: Database, proposal: Proposal) -> None:
    assert proposal.item.id is not None
    with db.write() as s:
        repo.dismiss(s, proposal.item.id, proposal.key)


def find_proposal(view: ProgrammeView, item_id: int) -> Proposal:
    for proposal in view.proposals:
        if proposal.item.id == item_id:
            return proposal
    raise NotFoundError(translate(
        "services",
        "No progression is proposed for item {item_id}.",
    ).format(item_id=item_id))


def prescribed_workout(
    item: ProgrammeItem, patient_id: PatientId, day: dt.date, effort: int | None = None
) -> Workout:
    """The workout that logs ``item`` done exactly as prescribed on ``day``."""
    strength = item.category is ActivityCategory.RESISTANCE and item.dose_kind is DoseKind.SETS_REPS
    return Workout(
        None,
        patient_id,
        day,
        item.activity,
        item.category,
        item.minutes or _default_minutes(item.dose_kind, item.sets),
        effort=effort,
        sets=item.sets if strength else None,
        reps=item.reps if strength else None,
        load_kg=item.load_kg if strength else None,
        notes=f"as prescribed: {item.dose_text()}",
        programme_item_id=item.id,
    )


def log_as_prescribed(
    db: Database,
    patient_id: PatientId,
    day: dt.date | None = None,
    item_ids: Sequence[int] | None = None,
    effort: int | None = None,
) -> list[Workout]:
    """Log the items of the version in force on ``day`` (all, or ``item_ids``) as done as
    prescribed, in one transaction; returns the workouts (for undo)."""
    errors: list[FieldError] = []
    when = day or today()
    if when > today():
        errors.append(FieldError("date", translate("services", "must not be in the future")))
    if effort is not None and not EFFORT.low <= effort <= EFFORT.high:
        errors.append(FieldError("effort", translate(
            "services",
            "must be {range}",
        ).format(range=EFFORT.describe())))
    raise_if(errors)
    programme = require_programme(db, patient_id)
    version = programme.version_on(when)
    if version is None:
        raise ValidationError([FieldError("date", translate(
            "services",
            "the programme starts on {start}",
        ).format(start=programme.versions[0].start))])
    chosen = [i for i in version.items if item_ids is None or i.id in set(item_ids)]
    if item_ids is not None and len(chosen) != len(set(item_ids)):
        raise NotFoundError(translate(
            "services",
            "Not every item is in the version in force on {date}.",
        ).format(date=when.isoformat()))
    with db.write() as s:
        return [workout_repo.add(s, prescribed_workout(i, patient_id, when, effort)) for i in chosen]


def check_programme_item(db: Database, patient_id: PatientId, item_id: int, activity: str) -> ProgrammeItemId:
    """That ``item_id`` is an item of this patient's programme for ``activity`` (for workouts add)."""
    programme = current_programme(db, patient_id)
    found = programme.item(ProgrammeItemId(item_id)) if programme is not None else None
    if found is None:
        raise ValidationError(
            [FieldError("programme_item", translate(
                "services",
                "no item {item_id} in this patient's programme",
            ).format(item_id=item_id))]
        )
    if found[1].activity.casefold() != activity.casefold():
        raise ValidationError(
            [FieldError("programme_item", translate(
                "services",
                "item {item_id} is {activity}, not {activity2}",
            ).format(item_id=item_id, activity=found[1].activity, activity2=activity))]
        )
    return ProgrammeItemId(item_id)


def view_as_dict(view: ProgrammeView) -> dict[str, object]:
    """The JSON of ``programme show --json``."""
    p = view.programme

    def item_dict(i: ProgrammeItem) -> dict[str, object]:
        return {
            "id": i.id,
            "activity": i.activity,
            "category": i.category.value,
            "dose_kind": i.dose_kind.value,
            "dose": i.dose_text(),
            "sets": i.sets,
            "reps": i.reps,
            "load_kg": i.load_kg,
            "minutes": i.minutes,
            "impacts": i.impacts,
            "balance_level": i.balance_level,
            "per_week": i.per_week,
            "progression": i.progression.value,
            "cues": i.cues,
            "supervised": i.supervised,
            "cleared": i.cleared,
            "restrictions": [r.reason for r in view.restrictions.get(i.activity, ())],
        }

    return {
        "id": p.id,
        "name": p.name,
        "created": p.created.isoformat(),
        "template": p.template or None,
        "versions": [
            {
                "number": v.number,
                "start": v.start.isoformat(),
                "note": v.note,
                "sessions_per_week": v.sessions_per_week,
                "items": [item_dict(i) for i in v.items],
            }
            for v in p.versions
        ],
        "adherence": [
            {
                "week_start": w.week_start.isoformat(),
                "version": w.version,
                "sessions_done": w.sessions_done,
                "sessions_prescribed": w.sessions_prescribed,
                "items_done": w.items_done,
                "items_prescribed": w.items_prescribed,
                "percent": round(w.percent, 1),
            }
            for w in view.weeks
        ],
        "recent_adherence": None
        if view.recent is None
        else {
            "weeks": view.recent.weeks,
            "first_week": view.recent.first_week.isoformat(),
            "items_done": view.recent.items_done,
            "items_prescribed": view.recent.items_prescribed,
            "sessions_done": view.recent.sessions_done,
            "sessions_prescribed": view.recent.sessions_prescribed,
            "percent": round(view.recent.percent, 1),
        },
        "proposals": [
            {
                "item_id": pr.item.id,
                "activity": pr.item.activity,
                "current": pr.item.dose_text(),
                "proposed": pr.proposed.dose_text(),
                "reason": pr.reason,
                "key": pr.key,
            }
            for pr in view.proposals
        ],
    }
