"""Demo daily logs and writing: years of workouts, meals and lifestyle for the named patients,
their dose logs (every injection on time, the last half-year of weekly tablets with one
missed), and the whole generated clinic written in one transaction, measurements, labs and FRAX
results (:mod:`~bonetracker.services.demo.measures`) included.

Meals are built from SR28 foods exactly as the meal form logs them, and every generated entry
passes its kind's ``*_errors`` check before the bulk insert (``storage.repositories.bulk``),
so demo data is data a user could have typed.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import replace

from bonetracker.domain.doses import from_last_dose, occurrences_between, step
from bonetracker.domain.drugs import course_schedule, is_oral_bisphosphonate
from bonetracker.domain.records import (
    Activity,
    ActivityCategory,
    DoseEntry,
    DoseStatus,
    Food,
    LifestyleEntry,
    Meal,
    MealItem,
    MealKind,
    MedicationCourse,
    PatientId,
    Schedule,
    Workout,
)
from bonetracker.services.activities import list_activities
from bonetracker.services.demo.measures import with_worksheets
from bonetracker.services.demo.model import DemoPatient, check, days_ago
from bonetracker.services.doses import dose_errors
from bonetracker.services.lifestyle import lifestyle_errors
from bonetracker.services.meals import parse_item
from bonetracker.services.workouts import workout_errors
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import bulk, entries
from bonetracker.storage.repositories.foods import ensure_food_database, find_by_source_id

# -- daily logs of the named patients ---------------------------------------------------------
# (NDB number, household unit as SR28 names it or its first word, amount); "rich" = calcium-rich.
MEALS: dict[MealKind, tuple[tuple[tuple[str, str, float], ...], tuple[tuple[str, str, float], ...]]] = {
    MealKind.BREAKFAST: ((("01079", "cup", 1.0), ("08121", "cup", 1.0), ("01117", "container (6 oz)", 1.0)),
                         (("18075", "slice", 2.0), ("01123", "large", 1.0), ("09040", "medium", 1.0))),
    MealKind.LUNCH: ((("15088", "can (3.75 oz)", 1.0), ("18075", "slice", 2.0),
                      ("01009", "slice (1 oz)", 1.0)),
                     (("05064", "breast, bone and skin removed", 0.5), ("09003", "medium", 1.0))),
    MealKind.DINNER: ((("15086", "fillet", 0.5), ("11091", "cup, chopped", 0.5), ("16427", "cup", 0.5)),
                      (("05064", "cup, chopped or diced", 1.0), ("20444", "cup", 0.25),
                       ("11124", "", 60.0))),
    MealKind.SNACK: ((("01256", "container", 1.0), ("12061", "oz", 1.0)), (("09003", "medium", 1.0),)),
}
MEAL_LOG_YEARS = 2.0


def _item(food: Food, unit: str, amount: float) -> MealItem:
    """An item exactly as the meal form logs it (``meals.parse_item``): by measure or grams."""
    return parse_item(food, {"amount": amount, "unit": unit} if unit else {"grams": amount})


def daily_logs(rng: random.Random, dp: DemoPatient, as_of: dt.date, activities: dict[str, Activity],
               foods: dict[str, Food]) -> tuple[list[Workout], list[Meal], list[LifestyleEntry]]:
    v, pid = dp.vignette, PatientId(0)
    assert v is not None
    workouts: list[Workout] = []
    for years, name, per_week, minutes in v.exercise:
        a, day, load = activities[name], days_ago(as_of, years), 4.0
        while day <= as_of:
            for offset in sorted(rng.sample(range(7), min(7, round(per_week)))):
                if rng.random() < 0.85 and day + dt.timedelta(days=offset) <= as_of:
                    strong = a.category is ActivityCategory.RESISTANCE
                    heavy = strong and name in ("Free weights", "Weight machines")
                    load = min(40.0, load + 0.05) if heavy else load
                    workouts.append(Workout(
                        None, pid, day + dt.timedelta(days=offset), a.name, a.category,
                        max(5, round(minutes * rng.uniform(0.8, 1.2))), rng.randint(4, 8),
                        rng.randint(2, 3) if strong else None, rng.randint(8, 12) if strong else None,
                        round(load, 1) if heavy else None, activity_id=a.id))
            day += dt.timedelta(days=7)
    meals: list[Meal] = []
    lifestyle: list[LifestyleEntry] = []
    items = {i: _item(foods[i[0]], i[1], i[2]) for pair in MEALS.values() for menu in pair for i in menu}
    first = days_ago(as_of, min(MEAL_LOG_YEARS, max(v.scan_years_ago)))
    for n in range((as_of - first).days + 1):
        day = first + dt.timedelta(days=n)
        if rng.random() < 0.7:
            for kind, (rich, plain) in MEALS.items():
                if kind is MealKind.SNACK and rng.random() < 0.5:
                    continue
                menu = rich if rng.random() < v.calcium_rich else plain
                picks = rng.sample(menu, rng.randint(max(1, len(menu) - 1), len(menu)))
                meals.append(Meal(None, pid, day, kind,
                                  tuple(items[pick] for pick in picks)))
        if day.weekday() == 6 and rng.random() < 0.6:
            sun = round(60 + 50 * math.cos((day.timetuple().tm_yday - 172) / 58.1)) + rng.randint(0, 30)
            lifestyle.append(LifestyleEntry(
                None, pid, day, max(0, v.cigarettes + rng.randint(-2, 2)) if v.cigarettes else 0,
                round(max(0.0, v.alcohol_units + rng.gauss(0, 0.7)), 1) if v.alcohol_units else 0.0,
                rng.randint(2, 7), max(5, sun)))
    return workouts, meals, lifestyle


def demo_doses(courses: list[MedicationCourse], as_of: dt.date) -> list[DoseEntry]:
    """Doses a careful patient would have logged: every injection or infusion on its day, and
    the last 26 weeks of a weekly oral bisphosphonate, the fifth of them missed."""
    doses: list[DoseEntry] = []
    for c in courses:
        schedule, last = course_schedule(c), min(c.end or as_of, as_of)
        if c.id is None or schedule is None:
            continue
        if from_last_dose(c):
            day, k = c.start, 0
            while day <= last:
                doses.append(DoseEntry(None, c.patient_id, c.id, day, at_clinic=True))
                k += 1
                day = step(c.start, schedule, k, c.start.day)
        elif is_oral_bisphosphonate(c) and schedule is Schedule.WEEKLY:
            days = occurrences_between(c, max(c.start, last - dt.timedelta(weeks=26)), last)
            doses += [DoseEntry(None, c.patient_id, c.id, day,
                                DoseStatus.MISSED if n == 4 else DoseStatus.TAKEN, "07:00")
                      for n, day in enumerate(days)]
    for d in doses:
        check(dose_errors(d, next(c for c in courses if c.id == d.course_id)), f"dose {d.date}")
    return doses


# -- writing ---------------------------------------------------------------------------------
def write_all(db: Database, rng: random.Random, people: list[DemoPatient],
              as_of: dt.date) -> tuple[int, int, list[PatientId]]:
    """Write everything in one transaction; returns workouts and meal items written, and ids."""
    named = [dp for dp in people if dp.vignette is not None]
    activities: dict[str, Activity] = {}
    foods: dict[str, Food] = {}
    if named:
        activities = {a.name: a for a in list_activities(db)}
        ensure_food_database(db)
        with db.read() as s:
            foods = {ndb: f for ndb in {i[0] for pair in MEALS.values() for menu in pair for i in menu}
                     if (f := find_by_source_id(s, ndb)) is not None}
    logs = {id(dp): daily_logs(rng, dp, as_of, activities, foods) for dp in named}
    for workouts, _meals, lifestyle in logs.values():
        for w in workouts:
            check(workout_errors(w), f"workout {w.date}")
        for e in lifestyle:
            check(lifestyle_errors(e), f"lifestyle {e.date}")
    counts = [0, 0]
    with db.write() as s:
        pids = bulk.insert_patients(s, [dp.patient for dp in people])
        owned = list(zip(people, pids, strict=True))
        bulk.insert_scans(s, [replace(sc, patient_id=pid) for dp, pid in owned for sc in dp.scans])
        for mapper, attr in ((entries.medications, "courses"), (entries.fractures, "fractures"),
                             (entries.falls, "falls"), (entries.measures, "measures"),
                             (entries.labs, "labs")):
            bulk.insert_entries(s, mapper, [replace(r, patient_id=pid) for dp, pid in owned
                                            for r in getattr(dp, attr)])
        for dp, pid in owned:
            if id(dp) not in logs:
                continue
            bulk.insert_entries(s, entries.doses,
                                demo_doses(entries.medications.list_for_patient(s, pid), as_of))
            workouts, meals, lifestyle = logs[id(dp)]
            bulk.insert_entries(s, entries.frax, with_worksheets(dp, lifestyle), patient_id=pid)
            bulk.insert_entries(s, entries.workouts, workouts, patient_id=pid)
            bulk.insert_entries(s, entries.lifestyle, lifestyle, patient_id=pid)
            counts[1] += bulk.insert_meals(s, meals, patient_id=pid)
            counts[0] += len(workouts)
    return counts[0], counts[1], pids
