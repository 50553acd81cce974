"""The demo data's shapes: a named clinical story (:class:`Vignette` with its rate
:class:`Phase` s), a generated person before writing (:class:`DemoPatient`) and what was added
(:class:`DemoReport`). Shared by the vignettes, the generator and the log writer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import (
    Device,
    DxaScan,
    Fall,
    Fracture,
    FractureSite,
    FraxResult,
    LabResult,
    Measure,
    MedicationCourse,
    Patient,
    PatientId,
)

# (years ago, kind, value, unit, note): a height or function test as it was entered
MeasureSpec = tuple[float, str, float, str, str]
# (years ago, test, value, unit, lab range low, lab range high)
LabSpec = tuple[float, str, float, str, float | None, float | None]
# (years ago, model, with BMD, major %, hip %, NOGG category, note, worksheet values that differ
# from the record's on that day: how the inputs stood when the result was worked out)
FraxSpec = tuple[float, str, bool, float, float, str | None, str, tuple[tuple[str, object], ...]]


@dataclass(frozen=True)
class Phase:
    """From ``years_ago`` on, BMD changes by these % per year per site."""

    years_ago: float
    rates: tuple[float, float, float]  # spine, femoral neck, total hip


@dataclass(frozen=True)
class Vignette:
    """A named demo patient: profile, scans, courses, events and an exercise and diet profile."""

    patient: Patient
    baseline_t: tuple[float, float, float]
    scan_years_ago: tuple[float, ...]
    phases: tuple[Phase, ...]
    device: Device = Device.HOLOGIC
    courses: tuple[tuple[str, float, float | None, str, float | None, str], ...] = ()
    fractures: tuple[tuple[float, FractureSite, bool], ...] = ()
    falls: tuple[tuple[float, bool, str], ...] = ()
    exercise: tuple[tuple[float, str, float, int], ...] = ()  # from years ago, activity, per week, min
    calcium_rich: float = 0.5  # share of meals built around calcium-rich foods
    cigarettes: int = 0
    alcohol_units: float = 0.0
    measures: tuple[MeasureSpec, ...] = ()
    labs: tuple[LabSpec, ...] = ()
    frax: tuple[FraxSpec, ...] = ()


@dataclass
class DemoPatient:
    """Everything generated for one patient before it is written."""

    patient: Patient
    scans: list[DxaScan] = field(default_factory=list)
    courses: list[MedicationCourse] = field(default_factory=list)
    fractures: list[Fracture] = field(default_factory=list)
    falls: list[Fall] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    labs: list[LabResult] = field(default_factory=list)
    frax: list[FraxResult] = field(default_factory=list)
    vignette: Vignette | None = None


@dataclass(frozen=True)
class DemoReport:
    patients: int
    scans: int
    workouts: int
    meal_items: int
    seconds: float
    patient_ids: tuple[PatientId, ...] = ()  # in order: the named stories first

    def summary(self) -> str:
        return (f"Added {self.patients} demo patients with {self.scans} scans, {self.workouts} "
                f"workouts and {self.meal_items} meal items in {self.seconds:.1f} s.")


def check(errors: list[FieldError], what: str) -> None:
    """Generated data must pass the same validation as typed data; a failure is a bug here."""
    if errors:
        raise ValidationError([replace(e, field=f"{what}.{e.field}") for e in errors])


def days_ago(as_of: dt.date, years: float) -> dt.date:
    return as_of - dt.timedelta(days=round(years * 365.25))
