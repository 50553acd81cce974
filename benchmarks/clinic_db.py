"""A clinic-sized database for the benchmarks: 5,000 patients and one heavy patient.

The heavy patient has ten years of daily logs up to today: a workout a day, three meals a day
with three items each (real SR28 foods, nutrients computed from them), a lifestyle entry a day,
20 DXA visits of three sites, medication courses, a fracture and a fall. The other 4,999
patients look like a physiotherapy clinic's: two or three visits, a few dozen workouts, some a
medication course with its dose log (a year of weekly alendronate tablets, denosumab injections
every six months; some stopped logging, some injections are overdue).

Rows go in with SQLAlchemy Core ``executemany`` into the real, migrated schema (the ORM and the
validation path would take minutes for a million rows and are not what is measured). The file
is cached under ``/tmp/bonetracker-bench`` keyed by the schema revision and this module's
source, so a rerun starts in a second; ``python benchmarks/clinic_db.py`` (re)builds it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from bonetracker.services import activities as activity_svc
from bonetracker.services import foods as food_svc
from bonetracker.storage.database import Database, open_database
from bonetracker.storage.migrate import head_revision
from bonetracker.storage.models import (
    ActivityRow,
    DoseRow,
    DxaScanRow,
    FallRow,
    FoodRow,
    FractureRow,
    FraxResultRow,
    LabResultRow,
    LifestyleRow,
    MealItemRow,
    MealRow,
    MeasureRow,
    MedicationRow,
    PatientRow,
    SettingRow,
    SiteMeasurementRow,
    WorkoutRow,
)

CACHE = Path(os.environ.get("BONETRACKER_BENCH_CACHE", "/tmp/bonetracker-bench"))
PATIENTS = 5_000
YEARS = 10
VISITS = 20
MEALS_PER_DAY = ("breakfast", "lunch", "dinner")
ITEMS_PER_MEAL = 3
HEAVY_NAME = "Henrietta Heavy"
LIGHT_NAME = "Lena Light"
NUTRIENTS = ("kcal", "protein_g", "calcium_mg", "vitamin_d_iu", "magnesium_mg", "potassium_mg",
             "vitamin_k_mcg")
FIRST = ("Maria", "Anna", "Ruth", "Helen", "Joan", "Irene", "Edith", "Carol", "Rosa", "Ingrid",
         "Agnes", "Marta", "Olga", "Yuki", "Fatima", "Grace", "Nora", "Elsa", "Paula", "Teresa",
         "John", "Peter", "Hans", "Ali", "Karl")
LAST = ("Rossi", "Smith", "Müller", "García", "Novak", "Jensen", "Kowalski", "Silva", "Dubois",
        "Okafor", "Tanaka", "Nguyen", "Andersson", "Moreau", "Costa", "Schmidt", "Berg", "Ivanova",
        "Hughes", "Lopez")
SITES = (("lumbar_spine", 0.93), ("femoral_neck", 0.71), ("total_hip", 0.82))
CATEGORIES = {"Brisk walking": "weight_bearing", "Free weights": "resistance",
              "Tai chi": "balance", "Heel drops": "impact", "Yoga": "flexibility",
              "Swimming": "non_weight_bearing"}


@dataclass(frozen=True)
class Clinic:
    """The cached database and who is in it."""

    path: Path
    heavy_id: int
    light_id: int
    counts: dict[str, int]
    build_s: float  # 0 when the cached file was reused


def cache_path() -> Path:
    """``clinic-<schema revision>-<builder hash>.sqlite3``: a new schema or builder rebuilds."""
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:10]
    return CACHE / f"clinic-{head_revision()}-{source}.sqlite3"


def ensure_clinic(rebuild: bool = False) -> Clinic:
    """The cached clinic database, built first if missing (about a minute on an old PC)."""
    path = cache_path()
    build_s = 0.0
    if rebuild or not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True, mode=0o700)
        for stale in CACHE.glob("clinic-*.sqlite3*"):
            stale.unlink()
        partial = path.with_name(path.name + ".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        db = open_database(f"sqlite:///{partial}")
        try:
            build(db)
        finally:
            db.close()
        build_s = time.perf_counter() - started
        os.replace(partial, path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            heavy = s.scalar(select(PatientRow.id).where(PatientRow.name == HEAVY_NAME))
            light = s.scalar(select(PatientRow.id).where(PatientRow.name == LIGHT_NAME))
            counts = {model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
                      for model in (PatientRow, WorkoutRow, MealRow, MealItemRow, LifestyleRow,
                                    DxaScanRow, SiteMeasurementRow, FoodRow, MedicationRow, DoseRow)}
    finally:
        db.close()
    assert heavy is not None and light is not None
    return Clinic(path, int(heavy), int(light), counts, build_s)


def working_copy(clinic: Clinic, folder: Path) -> Path:
    """A private copy for a benchmark that writes (the cache stays pristine)."""
    target = folder / "clinic.sqlite3"
    shutil.copyfile(clinic.path, target)
    return target


# -- building --------------------------------------------------------------------------------
def build(db: Database, seed: int = 2026) -> None:
    rng = random.Random(seed)
    food_svc.ready(db)  # the SR28 food table, as every installation has it
    activity_svc.ensure_catalogue(db)
    today = dt.date.today()
    with db.read() as s:
        activity_ids = {name: aid for name, aid in s.execute(select(ActivityRow.name, ActivityRow.id))}
        foods = [r._asdict() for r in s.execute(
            select(FoodRow.id, FoodRow.description, *[getattr(FoodRow, n) for n in NUTRIENTS])
            .where(FoodRow.calcium_mg.is_not(None)).order_by(FoodRow.id).limit(400))]
    heavy_id = PATIENTS - 1  # the light patient is the last one, an ordinary clinic patient
    with db.write() as s:
        _patients(s, rng, today)
        _heavy(s, rng, heavy_id, today, activity_ids, foods)
        _regulars(s, rng, today, activity_ids, exclude={heavy_id})
        s.add(SettingRow(key="benchmark", value='{"clinic": true}'))


def _patients(s: Any, rng: random.Random, today: dt.date) -> None:
    rows = []
    for pid in range(1, PATIENTS + 1):
        female = rng.random() < 0.8
        born = dt.date(rng.randint(1930, 1975), rng.randint(1, 12), rng.randint(1, 28))
        rows.append({
            "id": pid, "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {pid:04d}",
            "sex": "female" if female else "male", "birth_date": born,
            "height_cm": round(rng.uniform(150, 185), 1), "weight_kg": round(rng.uniform(45, 95), 1),
            "menopause": "post" if female else None, "smoking": rng.choice(("never", "former", "current")),
            "prior_fragility_fracture": rng.random() < 0.2, "parental_hip_fracture": rng.random() < 0.1,
            "notes": "", "archived": rng.random() < 0.05, "version": 1})
    rows[-2].update(name=HEAVY_NAME, sex="female", birth_date=dt.date(1952, 6, 1), archived=False,
                    menopause="post", menopause_year=2003)
    rows[-1].update(name=LIGHT_NAME, sex="female", birth_date=dt.date(1958, 3, 3), archived=False)
    s.execute(insert(PatientRow), rows)


def _heavy(s: Any, rng: random.Random, pid: int, today: dt.date, activity_ids: dict[str, int],
           foods: list[dict[str, Any]]) -> None:
    start = today - dt.timedelta(days=int(YEARS * 365.25))
    days = [start + dt.timedelta(days=k) for k in range((today - start).days + 1)]
    names = list(CATEGORIES)
    s.execute(insert(WorkoutRow), [
        {"patient_id": pid, "date": d, "activity_id": activity_ids.get(names[k % 6]),
         "activity": names[k % 6], "category": CATEGORIES[names[k % 6]],
         "minutes": rng.randint(15, 60), "effort": rng.randint(3, 8), "notes": "", "version": 1,
         **({"sets": 3, "reps": 10, "load_kg": 8.0} if names[k % 6] == "Free weights" else {})}
        for k, d in enumerate(days)])
    s.execute(insert(LifestyleRow), [
        {"patient_id": pid, "date": d, "cigarettes": 0, "alcohol_units": rng.choice((0.0, 1.0, 2.0)),
         "stress": rng.randint(2, 7), "daylight_minutes": rng.randint(10, 120), "notes": "",
         "version": 1} for d in days])
    first_meal = (s.scalar(select(func.max(MealRow.id))) or 0) + 1
    meals = [{"id": first_meal + n, "patient_id": pid, "date": d, "kind": kind, "version": 1}
             for n, (d, kind) in enumerate((d, k) for d in days for k in MEALS_PER_DAY)]
    s.execute(insert(MealRow), meals)
    items = []
    for meal in meals:
        for food in rng.sample(foods, ITEMS_PER_MEAL):
            grams = float(rng.choice((30, 50, 100, 150, 200, 250)))
            items.append({"meal_id": meal["id"], "food_id": food["id"],
                          "food_description": food["description"], "amount": grams, "unit": "g",
                          "grams": grams, **{n: None if food[n] is None else food[n] * grams / 100
                                             for n in NUTRIENTS}})
    s.execute(insert(MealItemRow), items)
    step = (today - start).days // VISITS
    first_scan = (s.scalar(select(func.max(DxaScanRow.id))) or 0) + 1
    s.execute(insert(DxaScanRow), [
        {"id": first_scan + k, "patient_id": pid, "date": start + dt.timedelta(days=15 + k * step),
         "device": "hologic", "facility": "City Hospital", "notes": "", "version": 1}
        for k in range(VISITS)])
    s.execute(insert(SiteMeasurementRow), [
        {"scan_id": first_scan + k, "site": site, "bmd": round(base - 0.004 * k + rng.gauss(0, 0.008), 3),
         "t_score": round(-1.6 - 0.05 * k, 1), "z_score": None}
        for k in range(VISITS) for site, base in SITES])
    alendronate, vitamin_d, denosumab = _course_ids(s, 3)
    s.execute(insert(MedicationRow), [
        {"id": alendronate, "patient_id": pid, "drug": "alendronate", "drug_class": "bisphosphonate",
         "start": start + dt.timedelta(days=700), "end": start + dt.timedelta(days=2500),
         "dose": "70 mg weekly", "notes": "", "version": 1, "schedule": "weekly"},
        {"id": vitamin_d, "patient_id": pid, "drug": "vitamin D supplement",
         "drug_class": "supplement", "start": start + dt.timedelta(days=300), "end": None,
         "daily_amount": 800.0, "dose": "", "notes": "", "version": 1, "schedule": "daily"},
        {"id": denosumab, "patient_id": pid, "drug": "denosumab", "drug_class": "denosumab",
         "start": start + dt.timedelta(days=2520), "end": None, "dose": "60 mg", "notes": "",
         "version": 1, "schedule": "6-monthly"}])
    doses = _doses(pid, alendronate, start + dt.timedelta(days=700), start + dt.timedelta(days=2500), 7)
    doses += _doses(pid, vitamin_d, today - dt.timedelta(days=730), today, 1)
    doses += _doses(pid, denosumab, start + dt.timedelta(days=2520), today, 182, at_clinic=True)
    s.execute(insert(DoseRow), doses)
    s.execute(insert(FractureRow), [{"patient_id": pid, "date": start + dt.timedelta(days=900),
                                     "site": "wrist", "low_trauma": True, "version": 1}])
    s.execute(insert(FallRow), [{"patient_id": pid, "date": today - dt.timedelta(days=200),
                                 "injury": False, "notes": "slipped", "version": 1}])
    _heavy_measures(s, rng, pid, start, today)


MEASURE_VALUES = {"height": (160.0, "cm"), "tug": (11.0, "s"), "chair_stand_30s": (11.0, "stands"),
                  "sit_to_stand_5x": (13.0, "s"), "balance_tandem": (10.0, "s"), "grip": (19.0, "kg"),
                  "gait_speed": (0.9, "m/s")}
LAB_VALUES = {"vitamin_d_25oh": (55.0, "nmol/L", 50.0, 125.0), "calcium": (2.4, "mmol/L", 2.2, 2.6),
              "egfr": (60.0, "mL/min/1.73m²", None, None), "pth": (50.0, "pg/mL", 15.0, 65.0),
              "ctx": (0.3, "ng/mL", 0.1, 0.6), "p1np": (40.0, "ng/mL", 15.0, 75.0)}


def _heavy_measures(s: Any, rng: random.Random, pid: int, start: dt.date, today: dt.date) -> None:
    """Ten years of what a physiotherapist measures: every test monthly, labs every three months,
    a FRAX result a year (issue 18: the plan stays under 20 ms with them)."""
    months = [start + dt.timedelta(days=30 * k) for k in range(((today - start).days // 30) + 1)]
    s.execute(insert(MeasureRow), [
        {"patient_id": pid, "kind": kind, "date": d, "value": round(base * rng.uniform(0.9, 1.1), 1)
         if unit != "stands" else float(rng.randint(8, 14)), "unit": unit, "note": "", "version": 1}
        for d in months for kind, (base, unit) in MEASURE_VALUES.items()])
    s.execute(insert(LabResultRow), [
        {"patient_id": pid, "test": test, "date": d, "value": round(base * rng.uniform(0.8, 1.2), 2),
         "unit": unit, "range_low": low, "range_high": high, "note": "", "version": 1}
        for d in months[::3] for test, (base, unit, low, high) in LAB_VALUES.items()])
    s.execute(insert(FraxResultRow), [
        {"patient_id": pid, "date": d, "model": "us", "with_bmd": True, "major": 14.0 + k,
         "hip": 2.0 + k * 0.2, "category": None, "inputs": "", "note": "", "version": 1}
        for k, d in enumerate(months[::12])])


def _course_ids(s: Any, n: int) -> list[int]:
    first = (s.scalar(select(func.max(MedicationRow.id))) or 0) + 1
    return list(range(first, first + n))


def _doses(pid: int, course: int, start: dt.date, end: dt.date, every: int,
           at_clinic: bool = False) -> list[dict[str, Any]]:
    """A dose every ``every`` days from ``start`` to ``end``, as logged on time."""
    return [{"patient_id": pid, "course_id": course, "date": start + dt.timedelta(days=k),
             "status": "taken", "time": None, "at_clinic": at_clinic, "note": "", "version": 1}
            for k in range(0, (end - start).days + 1, every)]


def _regulars(s: Any, rng: random.Random, today: dt.date, activity_ids: dict[str, int],
              exclude: set[int]) -> None:
    scans, measurements, workouts, courses, doses = [], [], [], [], []
    course_id = (s.scalar(select(func.max(MedicationRow.id))) or 0)
    scan_id = (s.scalar(select(func.max(DxaScanRow.id))) or 0)
    names = list(CATEGORIES)
    for pid in range(1, PATIENTS + 1):
        if pid in exclude:
            continue
        first = today - dt.timedelta(days=rng.randint(400, 3000))
        for k in range(rng.randint(2, 3)):
            scan_id += 1
            scans.append({"id": scan_id, "patient_id": pid, "date": first + dt.timedelta(days=k * 730),
                          "device": rng.choice(("hologic", "ge_lunar")), "facility": "", "notes": "",
                          "version": 1})
            measurements += [{"scan_id": scan_id, "site": site,
                              "bmd": round(base + rng.gauss(-0.05, 0.08), 3), "t_score": None,
                              "z_score": None} for site, base in SITES]
        for _ in range(rng.randint(10, 40)):
            name = rng.choice(names)
            workouts.append({"patient_id": pid, "date": today - dt.timedelta(days=rng.randint(0, 900)),
                             "activity_id": activity_ids.get(name), "activity": name,
                             "category": CATEGORIES[name], "minutes": rng.randint(10, 60),
                             "notes": "", "version": 1})
        roll = rng.random()
        if roll < 0.4:  # weekly alendronate; most log their tablets, some stopped logging
            course_id += 1
            courses.append({"id": course_id, "patient_id": pid, "drug": "alendronate",
                            "drug_class": "bisphosphonate", "start": first, "end": None,
                            "dose": "70 mg weekly", "notes": "", "version": 1, "schedule": "weekly"})
            if rng.random() < 0.7:  # a year of weekly tablets logged (the log began then)
                last = today - dt.timedelta(days=rng.choice((0, 1, 3, 6, 20, 90)))
                doses += _doses(pid, course_id, max(first, last - dt.timedelta(days=364)), last, 7)
        elif roll < 0.5:  # denosumab every six months; some injections overdue
            course_id += 1
            start = today - dt.timedelta(days=rng.randint(200, 1500))
            courses.append({"id": course_id, "patient_id": pid, "drug": "denosumab",
                            "drug_class": "denosumab", "start": start, "end": None,
                            "dose": "60 mg", "notes": "", "version": 1, "schedule": "6-monthly"})
            late = rng.choice((0, 0, 0, 60))
            doses += _doses(pid, course_id, start, today - dt.timedelta(days=late),
                            182 + late // 3, at_clinic=True)
    s.execute(insert(DxaScanRow), scans)
    s.execute(insert(SiteMeasurementRow), measurements)
    s.execute(insert(WorkoutRow), workouts)
    s.execute(insert(MedicationRow), courses)
    s.execute(insert(DoseRow), doses)


if __name__ == "__main__":
    clinic = ensure_clinic(rebuild="--rebuild" in sys.argv)
    size = clinic.path.stat().st_size / 1e6
    print(f"{clinic.path} ({size:.0f} MB, built in {clinic.build_s:.1f} s): {clinic.counts}")
