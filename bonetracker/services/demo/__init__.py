"""Demo data: named clinical vignettes with years of logs, plus many light generated patients.

Why it exists: a new user can explore a populated app before typing anything, and the
5,000-patient benchmarks and tests need a realistic clinic. One ``random.Random(seed)`` drives
everything and dates count back from ``as_of``, so the same seed and day give identical data.

BMD trajectories use the published rates in ``shared/reference/bone_facts.md`` (SWAN around
menopause, established postmenopausal loss, exercise, alendronate, teriparatide), plus scanner
noise of the size of published precision errors, so some changes fall under the LSC as in real
life. Every record is checked with its kind's ``*_errors`` function before a bulk insert.
The shapes are in :mod:`~bonetracker.services.demo.model`, the named stories in
:mod:`~bonetracker.services.demo.vignettes`, their daily logs and the writing in
:mod:`~bonetracker.services.demo.logs`, heights, function tests, labs and FRAX results in
:mod:`~bonetracker.services.demo.measures`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from collections.abc import Sequence

from bonetracker.domain.bmd import REFERENCE_TABLE
from bonetracker.domain.records import (
    Device,
    DxaScan,
    Fall,
    Fracture,
    FractureSite,
    MedicationCourse,
    Menopause,
    Patient,
    PatientId,
    Sex,
    Site,
    SiteMeasurement,
    Smoking,
)
from bonetracker.services.demo import measures as between_scans
from bonetracker.services.demo.logs import write_all
from bonetracker.services.demo.model import DemoPatient as DemoPatient
from bonetracker.services.demo.model import DemoReport as DemoReport
from bonetracker.services.demo.model import Phase as Phase
from bonetracker.services.demo.model import Vignette as Vignette
from bonetracker.services.demo.model import check, days_ago
from bonetracker.services.demo.vignettes import vignettes as vignettes
from bonetracker.services.fractures import fall_errors, fracture_errors
from bonetracker.services.medications import DRUGS, medication_errors
from bonetracker.services.patients import patient_errors
from bonetracker.services.scans import scan_errors
from bonetracker.services.validation import today
from bonetracker.storage.database import Database

SITES = (Site.LUMBAR_SPINE, Site.FEMORAL_NECK, Site.TOTAL_HIP)
# Scanner precision (RMS-SD, g/cm²) inside the published ranges (Nelson et al. 2010).
PRECISION = {Site.LUMBAR_SPINE: 0.010, Site.FEMORAL_NECK: 0.012, Site.TOTAL_HIP: 0.008}
# ASSUMPTION, demo only: an illustrative spine young-adult reference (no universal one exists;
# real spine T-scores come from the scanner's report).
SPINE_MEAN, SPINE_SD = 1.047, 0.110
DEFAULT_PATIENTS = 20
DEFAULT_SEED = 1


def vignette_patient(rng: random.Random, v: Vignette, as_of: dt.date) -> DemoPatient:
    pid = PatientId(0)
    dp = DemoPatient(v.patient, make_scans(rng, v.patient, v.baseline_t, v.scan_years_ago,
                                           v.phases, v.device, as_of), vignette=v)
    dp.courses = [MedicationCourse(None, pid, drug, DRUGS[drug], days_ago(as_of, start),
                                   None if end is None else days_ago(as_of, end), dose, amount, notes)
                  for drug, start, end, dose, amount, notes in v.courses]
    dp.fractures = [Fracture(None, pid, days_ago(as_of, a), site, low) for a, site, low in v.fractures]
    dp.falls = [Fall(None, pid, days_ago(as_of, a), injury, notes) for a, injury, notes in v.falls]
    dp.measures, dp.labs, dp.frax = between_scans.vignette_entries(v, as_of)
    return dp


def validate(dp: DemoPatient) -> None:
    name = dp.patient.name
    check(patient_errors(dp.patient), name)
    for scan in dp.scans:
        check(scan_errors(scan), f"{name} scan {scan.date}")
    for c in dp.courses:
        check(medication_errors(c), f"{name} {c.drug}")
    for errors in [fracture_errors(f) for f in dp.fractures] + [fall_errors(f) for f in dp.falls]:
        check(errors, name)
    between_scans.validate(dp)


def generate(db: Database, patients: int = DEFAULT_PATIENTS, seed: int = DEFAULT_SEED,
             as_of: dt.date | None = None, *, named: bool = True) -> DemoReport:
    """Add ``patients`` demo patients: the named vignettes first (if ``named``), then light ones.

    Light patients have a profile, scans, the odd course or fracture and a few measurements and
    labs a year, no daily logs, which keeps 5,000 of them to a few seconds. Everything is
    written in one transaction.
    """
    started = time.perf_counter()
    as_of = as_of or today()
    rng = random.Random(seed)
    people = [vignette_patient(rng, v, as_of) for v in vignettes(as_of)[:patients]] if named else []
    people += [light_patient(rng, as_of) for _ in range(patients - len(people))]
    # Measurements and labs of the generated patients come from a stream of their own, so that
    # every profile and scan is the same as before they existed.
    extra = random.Random(f"{seed}-measures")
    for dp in people:
        if dp.vignette is None:
            between_scans.light_entries(extra, dp, as_of)
    for dp in people:
        validate(dp)
    workouts, items, ids = write_all(db, rng, people, as_of)
    return DemoReport(len(people), sum(len(p.scans) for p in people), workouts, items,
                      time.perf_counter() - started, tuple(PatientId(i) for i in ids))


# -- BMD maths -------------------------------------------------------------------------------
def reference(site: Site) -> tuple[float, float]:
    ref = REFERENCE_TABLE.get(site)
    return (ref.mean, ref.sd) if ref else (SPINE_MEAN, SPINE_SD)


def t_from_bmd(site: Site, bmd: float) -> float:
    mean, sd = reference(site)
    return round((bmd - mean) / sd, 1)


def z_from_t(t: float, age: int) -> float:
    """ASSUMPTION, demo only: age-matched scores run ~0.03 SD per year of age over 30 above T."""
    return round(max(-6.9, min(4.9, t + 0.03 * max(0, age - 30))), 1)


def rate_at(phases: Sequence[Phase], years_ago: float, index: int) -> float:
    """The % per year of the latest phase that had started ``years_ago``."""
    started = [p for p in phases if p.years_ago >= years_ago]
    return min(started, key=lambda p: p.years_ago).rates[index] if started else 0.0


def trajectory(start: float, from_ago: float, to_ago: float, phases: Sequence[Phase],
               index: int) -> float:
    """BMD ``to_ago`` years ago, compounding each phase's rate from ``start`` at ``from_ago``."""
    cuts = sorted({from_ago, to_ago} | {p.years_ago for p in phases if to_ago < p.years_ago < from_ago},
                  reverse=True)
    value = start
    for a, b in itertools.pairwise(cuts):
        value *= (1 + rate_at(phases, (a + b) / 2, index) / 100.0) ** (a - b)
    return value


def make_scans(rng: random.Random, patient: Patient, baseline_t: Sequence[float],
               years: Sequence[float], phases: Sequence[Phase], device: Device | None,
               as_of: dt.date) -> list[DxaScan]:
    """Scans ``years`` ago; measured BMD = trajectory + scanner noise; T and Z follow from it."""
    first = max(years)
    scans = []
    for ago in sorted(years, reverse=True):
        day = days_ago(as_of, ago)
        ms = []
        for i, site in enumerate(SITES):
            mean, sd = reference(site)
            true_bmd = trajectory(mean + baseline_t[i] * sd, first, ago, phases, i)
            bmd = round(max(0.25, true_bmd + rng.gauss(0, PRECISION[site])), 3)
            t = t_from_bmd(site, bmd)
            ms.append(SiteMeasurement(site, bmd, t, z_from_t(t, patient.age_on(day))))
        scans.append(DxaScan(None, PatientId(0), day, tuple(ms), device, "Demo imaging centre"))
    return scans


# -- light generated patients ----------------------------------------------------------------
FIRST_F = ("Anna", "Barbara", "Carmen", "Dorothy", "Elena", "Fatima", "Gisela", "Hanna", "Ingrid",
           "Joan", "Karin", "Linda", "Mei", "Nora", "Olga", "Patricia", "Rosa", "Sofia", "Teresa",
           "Ursula", "Vera", "Wendy", "Yasmin", "Zofia")
FIRST_M = ("Ahmed", "Bernard", "Carlos", "Dieter", "Erik", "Frank", "George", "Hiroshi", "Ivan",
           "James", "Luis", "Peter")
LAST = ("Andersen", "Becker", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito",
        "Jensen", "Kowalski", "Larsen", "Martin", "Nguyen", "Olsen", "Petrov", "Quinn", "Rossi",
        "Schmidt", "Tanaka", "Usman", "Virtanen", "Weber", "Young", "Zimmermann", "Moreau")


def light_patient(rng: random.Random, as_of: dt.date) -> DemoPatient:
    """A plausible clinic patient: profile, 0-4 scans, maybe a course or a fracture."""
    female = rng.random() < 0.8
    age = rng.randint(52, 90) if rng.random() < 0.9 else rng.randint(40, 51)
    birth = as_of - dt.timedelta(days=age * 365 + rng.randint(1, 360))
    menopause = None
    if female:
        menopause = Menopause.POST if age >= 53 else rng.choice((Menopause.PRE, Menopause.PERI))
    patient = Patient(
        None, f"{rng.choice(FIRST_F if female else FIRST_M)} {rng.choice(LAST)}",
        Sex.FEMALE if female else Sex.MALE, birth,
        height_cm=round(rng.gauss(162 if female else 176, 6), 1),
        weight_kg=round(min(130.0, max(40.0, rng.gauss(66 if female else 80, 11))), 1),
        menopause=menopause,
        # Capped at the year she turned her present age: a 53-year-old drawn a menopause at 54
        # had one in the future, refused by validation ("bonetracker demo --patients 5000").
        menopause_year=min(birth.year + rng.randint(46, 54), birth.year + age)
        if menopause is Menopause.POST else None,
        smoking=rng.choice((Smoking.NEVER,) * 6 + (Smoking.FORMER,) * 3 + (Smoking.CURRENT,)),
        parental_hip_fracture=rng.random() < 0.12, glucocorticoids=rng.random() < 0.05,
        rheumatoid_arthritis=rng.random() < 0.04)
    base = rng.gauss(-1.6 if female else -0.9, 0.9)
    baseline = tuple(round(base + rng.gauss(0, 0.35), 1) for _ in SITES)
    count = rng.choice((0, 1, 1, 2, 2, 3, 4))
    last = rng.uniform(0.1, 2.5)
    years = tuple(itertools.accumulate([last] + [rng.uniform(1.5, 3.0) for _ in range(count - 1)]))
    years = years[:count]
    treat = count > 1 and min(baseline) <= -2.5 and rng.random() < 0.6
    start = years[-1] / 2 if treat else 0.0
    phases = [Phase(20, (rng.gauss(-0.8, 0.4), rng.gauss(-0.8, 0.4), rng.gauss(-0.7, 0.3)))]
    if treat:
        phases.append(Phase(start, (2.9, 2.0, 1.6)))
    device = rng.choice((Device.HOLOGIC, Device.HOLOGIC, Device.GE_LUNAR))
    dp = DemoPatient(patient, make_scans(rng, patient, baseline, years, phases, device, as_of)
                     if years else [])
    if treat:
        dp.courses.append(MedicationCourse(None, PatientId(0), "alendronate", DRUGS["alendronate"],
                                           days_ago(as_of, start), None, "70 mg weekly"))
    if rng.random() < 0.1 and age > 55:
        site = rng.choice((FractureSite.WRIST, FractureSite.VERTEBRA, FractureSite.HUMERUS))
        dp.fractures.append(Fracture(None, PatientId(0), days_ago(as_of, rng.uniform(0.5, 8)), site))
    return dp
