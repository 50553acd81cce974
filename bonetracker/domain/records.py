"""Plain records of everything a patient logs: the shapes every layer agrees on.

Storage maps its rows to these dataclasses, services validate and return them, and the
domain rules read them. They carry no behaviour beyond what makes them easy to compare,
so a test can build a whole patient history from literals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, NewType

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate

PatientId = NewType("PatientId", int)
ScanId = NewType("ScanId", int)
MeasurementId = NewType("MeasurementId", int)
WorkoutId = NewType("WorkoutId", int)
ActivityId = NewType("ActivityId", int)
MealId = NewType("MealId", int)
MealItemId = NewType("MealItemId", int)
FoodId = NewType("FoodId", int)
LifestyleId = NewType("LifestyleId", int)
MedicationId = NewType("MedicationId", int)
FractureId = NewType("FractureId", int)
FallId = NewType("FallId", int)
DoseId = NewType("DoseId", int)
MeasureId = NewType("MeasureId", int)
LabId = NewType("LabId", int)
FraxId = NewType("FraxId", int)
ProgrammeItemId = NewType("ProgrammeItemId", int)  # the programme records live in domain.programmes


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class Menopause(StrEnum):
    PRE = "pre"
    PERI = "peri"
    POST = "post"


class Smoking(StrEnum):
    NEVER = "never"
    FORMER = "former"
    CURRENT = "current"


class Site(StrEnum):
    """DXA measurement sites, named as the storage layer and the CLI spell them."""

    LUMBAR_SPINE = "lumbar_spine"
    FEMORAL_NECK = "femoral_neck"
    TOTAL_HIP = "total_hip"
    TOTAL_BODY = "total_body"
    FOREARM_33 = "forearm_33"


SITE_LABELS: dict[Site, str] = {
    Site.LUMBAR_SPINE: QT_TRANSLATE_NOOP("records", "Lumbar spine (L1-L4)"),
    Site.FEMORAL_NECK: QT_TRANSLATE_NOOP("records", "Femoral neck"),
    Site.TOTAL_HIP: QT_TRANSLATE_NOOP("records", "Total hip"),
    Site.TOTAL_BODY: QT_TRANSLATE_NOOP("records", "Total body"),
    Site.FOREARM_33: QT_TRANSLATE_NOOP("records", "Forearm (33% radius)"),
}


def site_label(site: Site, vertebrae: str = "L1-L4") -> str:
    """A site's label as shown (in the user's language once a translator is installed), naming the
    vertebrae a spine result covers when not L1-L4."""
    if site is Site.LUMBAR_SPINE and vertebrae != "L1-L4":
        return translate("records", "Lumbar spine ({vertebrae})").format(vertebrae=vertebrae)
    return translate("records", SITE_LABELS[site])


class Device(StrEnum):
    HOLOGIC = "hologic"
    GE_LUNAR = "ge_lunar"
    OTHER = "other"


# Makes as they read in a sentence or a report ("GE Lunar", never "ge lunar").
DEVICE_LABELS: dict[Device, str] = {
    Device.HOLOGIC: "Hologic",
    Device.GE_LUNAR: "GE Lunar",
    Device.OTHER: QT_TRANSLATE_NOOP("records", "another make"),
}


class HipSide(StrEnum):
    """Which hip a visit's hip results are from; ``mean`` is the dual-femur average."""

    LEFT = "left"
    RIGHT = "right"
    MEAN = "mean"


# The lumbar vertebrae a spine result may be analysed over; ISCD uses L1-L4 unless vertebrae had
# to be excluded (fracture, artefact), and then at least two.
LUMBAR_VERTEBRAE: tuple[str, ...] = ("L1", "L2", "L3", "L4")
DEFAULT_VERTEBRAE = "L1-L4"


class ActivityCategory(StrEnum):
    WEIGHT_BEARING = "weight_bearing"
    RESISTANCE = "resistance"
    IMPACT = "impact"
    BALANCE = "balance"
    FLEXIBILITY = "flexibility"
    NON_WEIGHT_BEARING = "non_weight_bearing"


class MealKind(StrEnum):
    BREAKFAST = "breakfast"
    LUNCH = "lunch"
    DINNER = "dinner"
    SNACK = "snack"
    SUPPLEMENT = "supplement"


class DrugClass(StrEnum):
    BISPHOSPHONATE = "bisphosphonate"
    DENOSUMAB = "denosumab"
    ANABOLIC = "anabolic"
    HRT = "hrt"
    SERM = "serm"
    SUPPLEMENT = "supplement"
    OTHER = "other"


class Schedule(StrEnum):
    """How often a course's doses fall due (``domain.doses`` does the date arithmetic)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    THREE_MONTHLY = "3-monthly"
    SIX_MONTHLY = "6-monthly"
    YEARLY = "yearly"


WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Weekday names as the CLI and the export spell them; index = ``date.weekday()``."""


class DoseStatus(StrEnum):
    TAKEN = "taken"
    MISSED = "missed"


class FractureSite(StrEnum):
    HIP = "hip"
    VERTEBRA = "vertebra"
    WRIST = "wrist"
    HUMERUS = "humerus"
    PELVIS = "pelvis"
    RIB = "rib"
    OTHER = "other"


@dataclass(frozen=True)
class Patient:
    """A person whose bones are tracked; risk factors follow the FRAX input list."""

    id: PatientId | None
    name: str
    sex: Sex
    birth_date: dt.date
    height_cm: float | None = None
    weight_kg: float | None = None
    menopause: Menopause | None = None
    menopause_year: int | None = None
    smoking: Smoking = Smoking.NEVER
    smoking_quit_date: dt.date | None = None
    prior_fragility_fracture: bool = False
    parental_hip_fracture: bool = False
    glucocorticoids: bool = False
    rheumatoid_arthritis: bool = False
    secondary_osteoporosis: bool = False
    notes: str = ""
    archived: bool = False
    version: int = 1
    # A physiotherapist has cleared moderate/high-impact exercise (otherwise held back from 80).
    impact_cleared: bool = False
    # Primary hyperparathyroidism: ISCD indicates the 33 % radius for diagnosis.
    hyperparathyroidism: bool = False

    def age_on(self, day: dt.date) -> int:
        """Whole years of age on ``day``."""
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - int(before_birthday)


@dataclass(frozen=True)
class PatientSummary:
    """One row of the patient list: who, and when last scanned; cheap to load by the thousand.

    The one row type of every patient list: ``patients list`` shows it as it is, storage's
    latest-visit row (:class:`~bonetracker.storage.repositories.overview.LatestVisit`) adds the
    facts a classification reads, and the overview row
    (:class:`~bonetracker.services.queries.patient_overview.OverviewRow`) the category and what
    is due.
    """

    id: PatientId
    name: str
    sex: Sex
    birth_date: dt.date
    archived: bool
    last_scan_date: dt.date | None


@dataclass(frozen=True)
class SiteMeasurement:
    """One site of one DXA visit; at least one of ``bmd`` and ``t_score`` is present."""

    site: Site
    bmd: float | None = None
    t_score: float | None = None
    z_score: float | None = None
    id: MeasurementId | None = None


@dataclass(frozen=True)
class DxaScan:
    """One DXA visit with its site measurements."""

    id: ScanId | None
    patient_id: PatientId
    date: dt.date
    measurements: tuple[SiteMeasurement, ...]
    device: Device | None = None
    facility: str = ""
    notes: str = ""
    version: int = 1
    # Provenance, for judging which visits may be compared (ISCD): the scanner's model, its
    # identifier (serial number or room name), software version, the hip side measured and the
    # vertebrae the spine result covers.
    model: str = ""
    machine_id: str = ""
    software: str = ""
    hip_side: HipSide | None = None
    vertebrae: str = DEFAULT_VERTEBRAE

    def measurement(self, site: Site) -> SiteMeasurement | None:
        return next((m for m in self.measurements if m.site == site), None)


@dataclass(frozen=True)
class Activity:
    """A catalogue entry (shipped or the user's own) that workouts refer to."""

    id: ActivityId | None
    name: str
    category: ActivityCategory
    met: float
    spinal_flexion: bool = False
    high_impact: bool = False
    custom: bool = False


@dataclass(frozen=True)
class Workout:
    id: WorkoutId | None
    patient_id: PatientId
    date: dt.date
    activity: str
    category: ActivityCategory
    minutes: int
    effort: int | None = None
    sets: int | None = None
    reps: int | None = None
    load_kg: float | None = None
    notes: str = ""
    activity_id: ActivityId | None = None
    version: int = 1
    programme_item_id: ProgrammeItemId | None = None


@dataclass(frozen=True)
class Nutrients:
    """Amounts of the nutrients BoneTracker follows; ``None`` means unknown, never zero."""

    kcal: float | None = None
    protein_g: float | None = None
    calcium_mg: float | None = None
    vitamin_d_iu: float | None = None
    magnesium_mg: float | None = None
    potassium_mg: float | None = None
    vitamin_k_mcg: float | None = None


NUTRIENT_FIELDS: tuple[str, ...] = (
    "kcal",
    "protein_g",
    "calcium_mg",
    "vitamin_d_iu",
    "magnesium_mg",
    "potassium_mg",
    "vitamin_k_mcg",
)


@dataclass(frozen=True)
class FoodPortion:
    amount: float
    unit: str
    grams: float
    id: int | None = None


@dataclass(frozen=True)
class Food:
    """A food with nutrients per 100 g; ``source_id`` is the USDA NDB number for USDA foods."""

    id: FoodId | None
    description: str
    food_group: str
    per_100g: Nutrients
    source: str = "usda"
    source_id: str | None = None
    portions: tuple[FoodPortion, ...] = ()


class FoodHit(NamedTuple):
    """A search or quick-add result: enough to show and pick a food (a NamedTuple because a
    keystroke builds 15 of them and tuples are several times cheaper than frozen dataclasses)."""

    id: FoodId
    ref: str
    description: str
    food_group: str
    source: str


@dataclass(frozen=True)
class MealItem:
    """A logged food; ``nutrients`` are frozen at logging time so history never changes."""

    food_description: str
    grams: float
    nutrients: Nutrients
    amount: float | None = None
    unit: str | None = None
    food_id: FoodId | None = None
    id: MealItemId | None = None


@dataclass(frozen=True)
class Meal:
    id: MealId | None
    patient_id: PatientId
    date: dt.date
    kind: MealKind
    items: tuple[MealItem, ...] = field(default_factory=tuple)
    version: int = 1


@dataclass(frozen=True)
class LifestyleEntry:
    id: LifestyleId | None
    patient_id: PatientId
    date: dt.date
    cigarettes: int | None = None
    alcohol_units: float | None = None
    stress: int | None = None
    daylight_minutes: int | None = None
    notes: str = ""
    version: int = 1


@dataclass(frozen=True)
class MedicationCourse:
    """A course of a drug or supplement; ``daily_amount`` counts supplements into intake.

    ``daily_amount`` is in mg for calcium supplements and IU for vitamin D supplements.
    ``schedule`` is None for a course that follows no schedule (an "other" drug without one);
    ``weekday`` (0 = Monday) is the day of a weekly course, None for the start's weekday.
    """

    id: MedicationId | None
    patient_id: PatientId
    drug: str
    drug_class: DrugClass
    start: dt.date
    end: dt.date | None = None
    dose: str = ""
    daily_amount: float | None = None
    notes: str = ""
    version: int = 1
    schedule: Schedule | None = None
    weekday: int | None = None

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class DoseEntry:
    """One dose of a course taken (or given at the clinic) or marked missed on ``date``.

    ``time`` is the optional clock time ("07:30"); one entry per course and day.
    """

    id: DoseId | None
    patient_id: PatientId
    course_id: MedicationId
    date: dt.date
    status: DoseStatus = DoseStatus.TAKEN
    time: str | None = None
    at_clinic: bool = False
    note: str = ""
    version: int = 1


@dataclass(frozen=True)
class Fracture:
    id: FractureId | None
    patient_id: PatientId
    date: dt.date
    site: FractureSite
    low_trauma: bool = True
    version: int = 1


@dataclass(frozen=True)
class Fall:
    id: FallId | None
    patient_id: PatientId
    date: dt.date
    injury: bool = False
    notes: str = ""
    version: int = 1


class MeasureKind(StrEnum):
    """Measurements a physiotherapist takes between scans (height and function tests)."""

    HEIGHT = "height"
    TUG = "tug"
    CHAIR_STAND_30S = "chair_stand_30s"
    SIT_TO_STAND_5X = "sit_to_stand_5x"
    BALANCE_TANDEM = "balance_tandem"
    GRIP = "grip"
    GAIT_SPEED = "gait_speed"


class LabTest(StrEnum):
    """Blood tests the doctor's lab reports that bear on bone health."""

    VITAMIN_D_25OH = "vitamin_d_25oh"
    CALCIUM = "calcium"
    EGFR = "egfr"
    PTH = "pth"
    CTX = "ctx"
    P1NP = "p1np"


@dataclass(frozen=True)
class Measure:
    """One measurement (height or a function test) as entered: ``value`` in ``unit``.

    Kept in the unit typed so that what was entered is what is shown again, exactly; the
    domain converts (``domain.measures.units``) when comparing with a norm.
    """

    id: MeasureId | None
    patient_id: PatientId
    kind: MeasureKind
    date: dt.date
    value: float
    unit: str
    note: str = ""
    version: int = 1


@dataclass(frozen=True)
class LabResult:
    """One lab result as reported, with the lab's own reference range (same unit) if given."""

    id: LabId | None
    patient_id: PatientId
    test: LabTest
    date: dt.date
    value: float
    unit: str
    range_low: float | None = None
    range_high: float | None = None
    note: str = ""
    version: int = 1


@dataclass(frozen=True)
class FraxResult:
    """A result of the official FRAX calculator, entered by hand (the algorithm is licensed).

    ``major`` and ``hip`` are 10-year probabilities in %; ``model`` is the calculator's country
    model (``us``, ``uk``, ...); ``category`` is the risk category the NOGG calculator shows, for
    the UK model; ``inputs`` is the worksheet as it stood when the result was entered (JSON), so
    a later change of any input can say "recalculate".
    """

    id: FraxId | None
    patient_id: PatientId
    date: dt.date
    model: str
    with_bmd: bool
    major: float
    hip: float
    category: str | None = None
    inputs: str = ""
    note: str = ""
    version: int = 1


@dataclass(frozen=True)
class PatientRecord:
    """Everything known about one patient, as the plan, chart and report read it."""

    patient: Patient
    scans: tuple[DxaScan, ...] = ()
    workouts: tuple[Workout, ...] = ()
    meals: tuple[Meal, ...] = ()
    lifestyle: tuple[LifestyleEntry, ...] = ()
    medications: tuple[MedicationCourse, ...] = ()
    fractures: tuple[Fracture, ...] = ()
    falls: tuple[Fall, ...] = ()
    doses: tuple[DoseEntry, ...] = ()
    measures: tuple[Measure, ...] = ()
    labs: tuple[LabResult, ...] = ()
    frax: tuple[FraxResult, ...] = ()
