"""The demo data's shapes: a named clinical story (:class:`Vignette` with its rate
:class:`Phase` s), a generated person before writing (:class:`DemoPatient`) and what was added
(:class:`DemoReport`). Shared by the vignettes, the generator and the log writer."""

from __future__ import annotations

from dataclasses import dataclass, field

from bonetracker.domain.records import (
    Device,
    DxaScan,
    Fall,
    Fracture,
    FractureSite,
    MedicationCourse,
    Patient,
    PatientId,
)


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


@dataclass
class DemoPatient:
    """Everything generated for one patient before it is written."""

    patient: Patient
    scans: list[DxaScan] = field(default_factory=list)
    courses: list[MedicationCourse] = field(default_factory=list)
    fractures: list[Fracture] = field(default_factory=list)
    falls: list[Fall] = field(default_factory=list)
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
