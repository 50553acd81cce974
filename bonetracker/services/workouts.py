"""Workout use cases: validate against the catalogue, log, edit, delete, undo, and entry warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from bonetracker.domain.errors import FieldError
from bonetracker.domain.records import (
    Activity,
    ActivityCategory,
    PatientId,
    PatientRecord,
    Workout,
    WorkoutId,
)
from bonetracker.services import entries
from bonetracker.services.activities import (
    MAX_ACTIVITY_NAME,
    Restrictions,
    list_activities,
    lookup_activity,
    not_found_message,
    restrictions_for,
)
from bonetracker.services.records import load_record
from bonetracker.services.validation import (
    FieldReader,
    Range,
    check_choice,
    check_date,
    check_number,
    check_text,
    raise_if,
    today,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories.entries import workouts as repo

MINUTES = Range(1, 600, "minutes", integer=True)
EFFORT = Range(1, 10, "(RPE)", integer=True)
SETS = Range(1, 20, "", integer=True)
REPS = Range(1, 100, "", integer=True)
LOAD_KG = Range(0, 500, "kg")
KG_PER_LB = 0.45359237
LOAD_LB = Range(0, round(500 / KG_PER_LB, 1), "lb")
STRENGTH_ONLY = ("sets", "reps", "load_kg")


def workout_errors(w: Workout) -> list[FieldError]:
    """Every problem with a typed workout, for callers that did not come through a form."""
    errors: list[FieldError] = []
    check_date(errors, "date", w.date)
    check_text(errors, "activity", w.activity, max_len=MAX_ACTIVITY_NAME, required=True)
    category = check_choice(errors, "category", w.category, ActivityCategory)
    check_number(errors, "minutes", w.minutes, MINUTES, required=True)
    check_number(errors, "effort", w.effort, EFFORT)
    check_number(errors, "sets", w.sets, SETS)
    check_number(errors, "reps", w.reps, REPS)
    check_number(errors, "load_kg", w.load_kg, LOAD_KG)
    check_text(errors, "notes", w.notes)
    if category is not None and category is not ActivityCategory.RESISTANCE:
        for name in STRENGTH_ONLY:
            if getattr(w, name) is not None:
                errors.append(FieldError(name, f"is only for strength (resistance) activities; "
                                               f"{w.activity} is {category.value}"))
    return errors


def parse_workout(
    patient_id: PatientId,
    raw: Mapping[str, object | None],
    activities: Sequence[Activity],
    *,
    base: Workout | None = None,
) -> Workout:
    """A workout from form or CLI text; every field error at once.

    Args:
        raw: ``date``, ``activity`` (a name, any case), ``minutes``, ``effort``, ``sets``,
            ``reps``, ``load_kg`` or ``load_lb`` (converted to kg), ``notes``.
        activities: the catalogue plus the user's own (:func:`list_activities`).
        base: the workout being edited (keeps its id and version).
    """
    r = FieldReader(raw)
    date = r.date("date")
    name = r.text("activity", max_len=MAX_ACTIVITY_NAME, required=True)
    usable = bool(name) and not any(e.field == "activity" for e in r.errors)
    activity = lookup_activity(activities, name) if usable else None
    if usable and activity is None:  # (a too-long name already has its error; not echoed twice)
        r.add("activity", not_found_message(name, activities))
    minutes = r.integer("minutes", MINUTES, required=True)
    effort = r.integer("effort", EFFORT)
    sets = r.integer("sets", SETS)
    reps = r.integer("reps", REPS)
    load = r.number("load_kg", LOAD_KG)
    if r.has("load_lb") and r.has("load_kg"):
        r.add("load_lb", "give the load in kg or in lb, not both")
    elif r.has("load_lb"):
        pounds = r.number("load_lb", LOAD_LB)
        load = None if pounds is None else round(pounds * KG_PER_LB, 2)
    notes = r.text("notes")
    if activity is not None and activity.category is not ActivityCategory.RESISTANCE:
        for field in (*STRENGTH_ONLY, "load_lb"):
            if r.has(field):
                r.add(field, f"is only for strength (resistance) activities; {activity.name} is "
                             f"{activity.category.value}")
    r.raise_if_errors()
    assert date is not None and activity is not None and minutes is not None
    workout = Workout(
        id=base.id if base else None,
        patient_id=patient_id,
        date=date,
        activity=activity.name,
        category=activity.category,
        minutes=minutes,
        effort=effort,
        sets=sets,
        reps=reps,
        load_kg=load,
        notes=notes,
        activity_id=activity.id,
        version=base.version if base else 1,
        programme_item_id=base.programme_item_id if base else None,  # an edit keeps its programme link
    )
    raise_if(workout_errors(workout))
    return workout


def read_workout(
    db: Database, patient_id: PatientId, raw: Mapping[str, object | None],
    *, base: Workout | None = None,
) -> Workout:
    """:func:`parse_workout` against the current activity list (seeding the catalogue if needed)."""
    return parse_workout(patient_id, raw, list_activities(db), base=base)


def log_workout(db: Database, workout: Workout) -> Workout:
    return entries.log(db, repo, workout, workout_errors(workout))


def update_workout(db: Database, workout: Workout) -> Workout:
    """Save an edit; raises StaleRecordError if another workstation saved it first."""
    return entries.update(db, repo, workout, workout_errors(workout))


def delete_workout(db: Database, workout_id: WorkoutId, version: int | None = None) -> Workout:
    """Delete a workout; the returned record is what :func:`restore_workout` needs to undo it."""
    return entries.delete(db, repo, workout_id, version)


def restore_workout(db: Database, workout: Workout) -> Workout:
    """Undo a delete: the workout comes back with the same id."""
    return entries.restore(db, repo, workout)


def list_workouts(
    db: Database, patient_id: PatientId, since: dt.date | None = None, until: dt.date | None = None,
) -> list[Workout]:
    return entries.for_patient(db, repo, patient_id, since, until)


def activity_warnings(activity: Activity, restrictions: Restrictions) -> list[str]:
    """Why a flagged activity does not fit a person's plan; informational, never blocking.

    Rules: ROS 2022 "Strong, Steady and Straight"; Osteoporosis Canada "Too Fit To Fracture" 2014.
    """
    warnings: list[str] = []
    if restrictions.impact_limited and activity.high_impact:
        warnings.append(
            f"{activity.name} has more impact than brisk walking. After a vertebral fracture or "
            "several low-trauma fractures, keep impact no higher than brisk walking (ROS 2022).")
    if restrictions.avoid_spinal_flexion and activity.spinal_flexion:
        warnings.append(
            f"{activity.name} includes spinal-flexion moves. With osteoporosis or a vertebral "
            "fracture, avoid loaded or repeated forward bending, sit-ups, toe touches and fast "
            "twisting; choose modified versions (ROS 2022).")
    return warnings


def workout_warnings(
    record: PatientRecord, activity: Activity, on: dt.date | None = None
) -> list[str]:
    """Entry-time warnings for logging ``activity`` given the patient's record on ``on``."""
    return activity_warnings(activity, restrictions_for(record, on or today()))


def warnings_for(
    db: Database, patient_id: PatientId, activity: Activity, on: dt.date | None = None
) -> list[str]:
    """:func:`workout_warnings` after loading the patient's record (scans, fractures)."""
    if not (activity.high_impact or activity.spinal_flexion):
        return []  # nothing can restrict an unflagged activity: skip the load
    return workout_warnings(load_record(db, patient_id), activity, on)
