"""Small builders for domain records, so a test states only what it is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bonetracker.domain.records import (
    ActivityCategory,
    Device,
    DrugClass,
    DxaScan,
    Fall,
    Fracture,
    FractureSite,
    LifestyleEntry,
    Meal,
    MealItem,
    MealKind,
    MedicationCourse,
    Menopause,
    Nutrients,
    Patient,
    PatientId,
    PatientRecord,
    Sex,
    Site,
    SiteMeasurement,
    Smoking,
    Workout,
)

PID = PatientId(1)
D = dt.date
TODAY = D(2024, 6, 1)  # the default "as of" day of the unit tests


def patient(
    *,
    sex: Sex = Sex.FEMALE,
    age: int = 60,
    on: dt.date = TODAY,
    weight_kg: float | None = 60.0,
    menopause: Menopause | None = Menopause.POST,
    smoking: Smoking = Smoking.NEVER,
    prior_fragility_fracture: bool = False,
    name: str = "Test Person",
) -> Patient:
    """A patient who is exactly ``age`` on ``on`` (born on that calendar day)."""
    return Patient(
        id=PID,
        name=name,
        sex=sex,
        birth_date=D(on.year - age, on.month, on.day),
        weight_kg=weight_kg,
        menopause=menopause if sex is Sex.FEMALE else None,
        smoking=smoking,
        prior_fragility_fracture=prior_fragility_fracture,
    )


def m(
    site: Site,
    bmd: float | None = None,
    t: float | None = None,
    z: float | None = None,
) -> SiteMeasurement:
    return SiteMeasurement(site=site, bmd=bmd, t_score=t, z_score=z)


def scan(day: dt.date, *measurements: SiteMeasurement, device: Device | None = None) -> DxaScan:
    return DxaScan(id=None, patient_id=PID, date=day, measurements=measurements, device=device)


def t_scan(day: dt.date, t: float, site: Site = Site.LUMBAR_SPINE) -> DxaScan:
    """A scan with a single reported T-score."""
    return scan(day, m(site, t=t))


def items(**nutrients: float | None) -> MealItem:
    return MealItem(food_description="food", grams=100.0, nutrients=Nutrients(**nutrients))


def meal(day: dt.date, *meal_items: MealItem, kind: MealKind = MealKind.LUNCH) -> Meal:
    return Meal(id=None, patient_id=PID, date=day, kind=kind, items=meal_items)


def daily_meals(end: dt.date, days: int, **nutrients: float | None) -> tuple[Meal, ...]:
    """One meal a day for ``days`` days ending on ``end``, each with the same nutrients."""
    return tuple(meal(end - dt.timedelta(days=k), items(**nutrients)) for k in range(days))


def workout(day: dt.date, category: ActivityCategory, minutes: int = 30) -> Workout:
    return Workout(
        id=None,
        patient_id=PID,
        date=day,
        activity=str(category),
        category=category,
        minutes=minutes,
    )


def good_week(end: dt.date, weeks: int = 4) -> tuple[Workout, ...]:
    """A routine meeting every exercise target, repeated for ``weeks`` weeks ending on ``end``."""
    out: list[Workout] = []
    for k in range(7 * weeks):
        day = end - dt.timedelta(days=k)
        out.append(workout(day, ActivityCategory.BALANCE, 20))
        out.append(workout(day, ActivityCategory.WEIGHT_BEARING, 25))
        if k % 7 in (1, 4):
            out.append(workout(day, ActivityCategory.RESISTANCE, 40))
    return tuple(out)


def course(
    drug: str,
    drug_class: DrugClass,
    start: dt.date,
    end: dt.date | None = None,
    daily_amount: float | None = None,
) -> MedicationCourse:
    return MedicationCourse(
        id=None,
        patient_id=PID,
        drug=drug,
        drug_class=drug_class,
        start=start,
        end=end,
        daily_amount=daily_amount,
    )


def fracture(day: dt.date, site: FractureSite, low_trauma: bool = True) -> Fracture:
    return Fracture(id=None, patient_id=PID, date=day, site=site, low_trauma=low_trauma)


def fall(day: dt.date) -> Fall:
    return Fall(id=None, patient_id=PID, date=day)


def lifestyle(
    day: dt.date, cigarettes: int | None = None, alcohol_units: float | None = None
) -> LifestyleEntry:
    return LifestyleEntry(
        id=None, patient_id=PID, date=day, cigarettes=cigarettes, alcohol_units=alcohol_units
    )


def record(
    who: Patient | None = None,
    *,
    scans: Iterable[DxaScan] = (),
    workouts: Iterable[Workout] = (),
    meals: Iterable[Meal] = (),
    lifestyle_entries: Iterable[LifestyleEntry] = (),
    medications: Iterable[MedicationCourse] = (),
    fractures: Iterable[Fracture] = (),
    falls: Iterable[Fall] = (),
) -> PatientRecord:
    return PatientRecord(
        patient=who or patient(),
        scans=tuple(scans),
        workouts=tuple(workouts),
        meals=tuple(meals),
        lifestyle=tuple(lifestyle_entries),
        medications=tuple(medications),
        fractures=tuple(fractures),
        falls=tuple(falls),
    )
