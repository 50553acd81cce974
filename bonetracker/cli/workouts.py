"""``bonetracker workouts add|list|activities|add-activity``: the same services as the workouts page."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from bonetracker.cli.common import add_command, database, patient_db, print_json
from bonetracker.domain.records import Activity, ActivityCategory, Workout
from bonetracker.services import activities as catalogue
from bonetracker.services import programmes
from bonetracker.services import workouts as service
from bonetracker.services.queries.adherence import weekly_adherence


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("workouts", help="log and list workouts; the activity list")
    commands = group.add_subparsers(dest="workouts_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add, "log a workout")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--activity", required=True, metavar="NAME",
                     help="an activity from 'workouts activities' (any case)")
    add.add_argument("--minutes", required=True, metavar="N", help="1-600")
    add.add_argument("--effort", metavar="N", help="how hard it felt, RPE 1-10")
    add.add_argument("--sets", metavar="N", help="strength activities: 1-20")
    add.add_argument("--reps", metavar="N", help="strength activities: repetitions per set, 1-100")
    load = add.add_mutually_exclusive_group()
    load.add_argument("--load-kg", metavar="X", help="strength activities: 0-500 kg")
    load.add_argument("--load-lb", metavar="X", help="strength activities: the load in pounds")
    add.add_argument("--notes")
    add.add_argument("--programme-item", type=int, metavar="ID",
                     help="the programme item this was done for ('programme show' lists the ids)")

    listing = add_command(commands, "list", common, _list, "list a patient's workouts")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--json", action="store_true", help="print JSON (with weekly adherence)")

    acts = add_command(commands, "activities", common, _activities,
                       "list the activity catalogue and your own activities")
    acts.add_argument("--category", choices=[c.value for c in ActivityCategory])
    acts.add_argument("--json", action="store_true", help="print JSON")

    own = add_command(commands, "add-activity", common, _add_activity, "add your own activity")
    own.add_argument("--name", required=True)
    own.add_argument("--category", required=True, help="|".join(c.value for c in ActivityCategory))
    own.add_argument("--met", required=True, metavar="X", help="typical MET value, 1-20")
    own.add_argument("--spinal-flexion", choices=["yes", "no"], default="no")
    own.add_argument("--high-impact", choices=["yes", "no"], default="no")


def workout_as_dict(w: Workout) -> dict[str, object]:
    return {
        "id": w.id,
        "date": w.date.isoformat(),
        "activity": w.activity,
        "category": w.category.value,
        "minutes": w.minutes,
        "effort": w.effort,
        "sets": w.sets,
        "reps": w.reps,
        "load_kg": w.load_kg,
        "notes": w.notes,
        "programme_item_id": w.programme_item_id,
    }


def activity_as_dict(a: Activity) -> dict[str, object]:
    return {"id": a.id, "name": a.name, "category": a.category.value, "met": a.met,
            "spinal_flexion": a.spinal_flexion, "high_impact": a.high_impact, "custom": a.custom}


def _add(args: argparse.Namespace) -> int:
    raw = {k: getattr(args, k) for k in
           ("date", "activity", "minutes", "effort", "sets", "reps", "load_kg", "load_lb", "notes")}
    with patient_db(args) as (db, patient, pid):
        workout = service.read_workout(db, pid, raw)
        if args.programme_item is not None:
            item_id = programmes.check_programme_item(db, pid, args.programme_item, workout.activity)
            workout = dataclasses.replace(workout, programme_item_id=item_id)
        saved = service.log_workout(db, workout)
        activity = catalogue.find_activity(db, saved.activity)
        warnings = service.warnings_for(db, pid, activity, saved.date)
    print(f"Saved {saved.minutes} min of {saved.activity} for {patient.name} on {saved.date} "
          f"(workout {saved.id}).")
    for warning in warnings:
        print(f"Note: {warning}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        workouts = service.list_workouts(db, pid)
        adherence = weekly_adherence(db, pid)
    if args.json:
        print_json({
            "patient": patient.name, "patient_id": patient.id,
            "workouts": [workout_as_dict(w) for w in workouts],
            "this_week": {m.key: {"done": m.done, "target": m.target, "met": m.met}
                          for m in adherence.measures()},
            "weeks": [{"week_start": w.week_start.isoformat(), "strength_sessions": w.strength_sessions,
                       "balance_minutes": w.balance_minutes,
                       "weight_bearing_minutes": w.weight_bearing_minutes,
                       "impact_sessions": w.impact_sessions} for w in adherence.weeks],
        })
        return 0
    if not workouts:
        print(f"{patient.name} has no workouts yet.")
    for w in workouts:
        strength = ""
        if w.sets or w.reps or w.load_kg is not None:
            load = f" @ {w.load_kg:g} kg" if w.load_kg is not None else ""
            strength = f"  {w.sets or '?'}x{w.reps or '?'}{load}"
        effort = f"  RPE {w.effort}" if w.effort else ""
        print(f"{w.id:>5}  {w.date}  {w.activity:<26} {w.minutes:>4} min{effort}{strength}")
    week = ", ".join(f"{m.label.lower()} {m.done}/{m.target}" for m in adherence.measures())
    print(f"This week: {week}.")
    return 0


def _activities(args: argparse.Namespace) -> int:
    category = ActivityCategory(args.category) if args.category else None
    with database(args) as db:
        activities = catalogue.list_activities(db, category)
    if args.json:
        print_json([activity_as_dict(a) for a in activities])
        return 0
    for a in activities:
        flags = [f for f, on in (("spinal flexion", a.spinal_flexion), ("high impact", a.high_impact),
                                 ("yours", a.custom)) if on]
        extra = f"  [{', '.join(flags)}]" if flags else ""
        print(f"{a.name:<28} {a.category.value:<19} {a.met:>5.1f} MET{extra}")
    return 0


def _add_activity(args: argparse.Namespace) -> int:
    activity = catalogue.parse_custom_activity({
        "name": args.name, "category": args.category, "met": args.met,
        "spinal_flexion": args.spinal_flexion, "high_impact": args.high_impact})
    with database(args) as db:
        saved = catalogue.add_custom_activity(db, activity)
    print(f"Added activity {saved.name} ({saved.category.value}, {saved.met:g} MET).")
    return 0
