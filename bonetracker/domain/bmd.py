"""T-scores from BMD (NHANES III), the WHO classification and the ISCD Z-score reading.

Every figure here is listed in ``docs/clinical-sources.md``; reference values live in one table
(`REFERENCE_TABLE`) so a facility can audit or replace them without hunting for literals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.records import (
    DxaScan,
    Menopause,
    Patient,
    PatientRecord,
    Sex,
    Site,
    SiteMeasurement,
)

# Comparisons allow for binary floating point: a T-score computed as -1.0000000000000002
# must still count as exactly -1.0 (normal), and -2.4999999999999996 as -2.5 (osteoporosis).
FLOAT_TOLERANCE = 1e-9

# WHO band limits (WHO Technical Report Series 843, 1994; restated by ISCD): normal T >= -1.0,
# osteoporosis T <= -2.5, low bone mass in between. Charts draw these, so they are public.
NORMAL_LOWER = -1.0
OSTEOPOROSIS_UPPER = -2.5

# ISCD 2006 (J Clin Densitom 2006;9:22-30): Z <= -2.0 is "below the expected range for age".
Z_BELOW_EXPECTED_UPPER = -2.0

# ISCD: women before menopause and men under 50 are read with Z-scores, not T-scores.
Z_SCORE_AGE_LIMIT = 50


@dataclass(frozen=True)
class YoungAdultReference:
    """Young-adult mean and SD used for T = (BMD - mean) / SD at one site."""

    mean: float
    sd: float
    source: str


NHANES_III_SOURCE = (
    "NHANES III white women aged 20-29, Hologic-equivalent (Looker et al., "
    "Osteoporos Int 1998;8:468-89); ISCD 2013 uses it for both sexes at the hip"
)

# The only sites with a published, universally used reference (bone_facts.md: values as widely
# reproduced, *check*). The lumbar spine has none: the report's own T-score must be used there.
REFERENCE_TABLE: Mapping[Site, YoungAdultReference] = {
    Site.FEMORAL_NECK: YoungAdultReference(mean=0.858, sd=0.120, source=NHANES_III_SOURCE),
    Site.TOTAL_HIP: YoungAdultReference(mean=0.942, sd=0.122, source=NHANES_III_SOURCE),
}

# ISCD: classify on the lowest T-score of these sites; the forearm only when none is usable.
DIAGNOSTIC_SITES: tuple[Site, ...] = (Site.LUMBAR_SPINE, Site.TOTAL_HIP, Site.FEMORAL_NECK)
FALLBACK_SITES: tuple[Site, ...] = (Site.FOREARM_33,)


class Category(StrEnum):
    """Result of reading a scan; values are the stable strings the plan JSON carries."""

    NORMAL = "normal"
    LOW_BONE_MASS = "low_bone_mass"
    OSTEOPOROSIS = "osteoporosis"
    SEVERE_OSTEOPOROSIS = "severe_osteoporosis"
    BELOW_EXPECTED_RANGE_FOR_AGE = "below_expected_range_for_age"
    WITHIN_EXPECTED_RANGE_FOR_AGE = "within_expected_range_for_age"
    UNKNOWN = "unknown"


CATEGORY_LABELS: Mapping[Category, str] = {
    Category.NORMAL: "Normal bone density",
    Category.LOW_BONE_MASS: "Low bone mass (osteopenia)",
    Category.OSTEOPOROSIS: "Osteoporosis",
    Category.SEVERE_OSTEOPOROSIS: "Severe (established) osteoporosis",
    Category.BELOW_EXPECTED_RANGE_FOR_AGE: "Below the expected range for age",
    Category.WITHIN_EXPECTED_RANGE_FOR_AGE: "Within the expected range for age",
    Category.UNKNOWN: "Not classified",
}

OSTEOPOROTIC: frozenset[Category] = frozenset({Category.OSTEOPOROSIS, Category.SEVERE_OSTEOPOROSIS})
LOW_OR_OSTEOPOROTIC: frozenset[Category] = OSTEOPOROTIC | {Category.LOW_BONE_MASS}


@dataclass(frozen=True)
class WhoBand:
    """One WHO T-score band for charts; ``None`` means the band is open on that side."""

    name: Category
    label: str
    lower: float | None
    upper: float | None


WHO_BANDS: tuple[WhoBand, ...] = (
    WhoBand(Category.NORMAL, CATEGORY_LABELS[Category.NORMAL], NORMAL_LOWER, None),
    WhoBand(
        Category.LOW_BONE_MASS,
        CATEGORY_LABELS[Category.LOW_BONE_MASS],
        OSTEOPOROSIS_UPPER,
        NORMAL_LOWER,
    ),
    WhoBand(Category.OSTEOPOROSIS, CATEGORY_LABELS[Category.OSTEOPOROSIS], None, OSTEOPOROSIS_UPPER),
)


@dataclass(frozen=True)
class Classification:
    """How the latest scan reads; ``site`` is the site that decided the category."""

    category: Category
    site: Site | None = None
    t_score: float | None = None
    z_score: float | None = None
    scan_date: dt.date | None = None


def t_score_from_bmd(site: Site, bmd: float) -> float | None:
    """T-score from BMD with the NHANES III reference, unrounded; ``None`` without a reference."""
    ref = REFERENCE_TABLE.get(site)
    if ref is None:
        return None
    return (bmd - ref.mean) / ref.sd


def effective_t_score(measurement: SiteMeasurement) -> tuple[float | None, bool]:
    """The T-score to use and whether it was computed here rather than read from the report.

    The report's T-score wins because it uses the scanner's own reference (and the spine has no
    universal one); a computed value is rounded to 1 decimal, as reports print them.
    """
    if measurement.t_score is not None:
        return measurement.t_score, False
    if measurement.bmd is None:
        return None, False
    computed = t_score_from_bmd(measurement.site, measurement.bmd)
    if computed is None:
        return None, False
    return round(computed, 1), True


def category_for_t_score(t_score: float) -> Category:
    """WHO band of one T-score, with -1.0 counted as normal and -2.5 as osteoporosis."""
    if t_score >= NORMAL_LOWER - FLOAT_TOLERANCE:
        return Category.NORMAL
    if t_score <= OSTEOPOROSIS_UPPER + FLOAT_TOLERANCE:
        return Category.OSTEOPOROSIS
    return Category.LOW_BONE_MASS


def category_for_z_score(z_score: float) -> Category:
    """ISCD reading of one Z-score, with exactly -2.0 counted as below the expected range."""
    if z_score <= Z_BELOW_EXPECTED_UPPER + FLOAT_TOLERANCE:
        return Category.BELOW_EXPECTED_RANGE_FOR_AGE
    return Category.WITHIN_EXPECTED_RANGE_FOR_AGE


def uses_z_score(patient: Patient, on: dt.date) -> bool:
    """Whether ISCD reads this person's scan on ``on`` with Z-scores instead of T-scores.

    Women before menopause and men under 50 (ISCD 2006). Women under 50 whose status is not
    recorded are treated as premenopausal (a product rule: the likelier case at that age).
    Perimenopausal women use T-scores (ISCD allows the WHO criteria in the transition).
    """
    under_limit = patient.age_on(on) < Z_SCORE_AGE_LIMIT
    if patient.sex is Sex.MALE:
        return under_limit
    if patient.menopause is Menopause.PRE:
        return True
    return patient.menopause is None and under_limit


def _lowest(candidates: Iterable[tuple[Site, float]], order: tuple[Site, ...]) -> tuple[Site, float] | None:
    """Lowest score; ties go to the earlier site in ``order`` so results are reproducible."""
    ranked = sorted(candidates, key=lambda c: (c[1], order.index(c[0])))
    return ranked[0] if ranked else None


def _scored(scan: DxaScan, sites: tuple[Site, ...], use_z: bool) -> list[tuple[Site, float]]:
    found: list[tuple[Site, float]] = []
    for site in sites:
        m = scan.measurement(site)
        if m is None:
            continue
        score = m.z_score if use_z else effective_t_score(m)[0]
        if score is not None:
            found.append((site, score))
    return found


def classify_scan(patient: Patient, scan: DxaScan, fragility_fracture: bool) -> Classification:
    """Classify one scan for one person.

    Args:
        patient: whose scan it is (sex, age at the scan, menopause status).
        scan: the visit to read.
        fragility_fracture: whether a low-trauma fracture is on record, which turns
            osteoporosis into severe (established) osteoporosis.

    Returns:
        ``unknown`` when no usable score exists, including a Z-score reader whose report gave
        no Z-score: applying T-score bands to them would be wrong (ISCD), so we do not guess.
    """
    use_z = uses_z_score(patient, scan.date)
    order = DIAGNOSTIC_SITES + FALLBACK_SITES
    chosen = _lowest(_scored(scan, DIAGNOSTIC_SITES, use_z), order) or _lowest(
        _scored(scan, FALLBACK_SITES, use_z), order
    )
    if chosen is None:
        return Classification(Category.UNKNOWN, scan_date=scan.date)
    site, score = chosen
    m = scan.measurement(site)
    assert m is not None  # chosen from this scan's measurements
    t_score = effective_t_score(m)[0]
    if use_z:
        return Classification(category_for_z_score(score), site, t_score, score, scan.date)
    category = category_for_t_score(score)
    if category is Category.OSTEOPOROSIS and fragility_fracture:
        category = Category.SEVERE_OSTEOPOROSIS
    return Classification(category, site, score, m.z_score, scan.date)


def has_fragility_fracture(record: PatientRecord, as_of: dt.date | None = None) -> bool:
    """A low-trauma fracture on record (dated on or before ``as_of``) or ticked as a risk factor."""
    if record.patient.prior_fragility_fracture:
        return True
    return any(f.low_trauma and (as_of is None or f.date <= as_of) for f in record.fractures)


def latest_scan(scans: Iterable[DxaScan], as_of: dt.date | None = None) -> DxaScan | None:
    """The most recent scan on or before ``as_of``; ties keep the first one logged."""
    latest: DxaScan | None = None
    for scan in scans:
        if as_of is not None and scan.date > as_of:
            continue
        if latest is None or scan.date > latest.date:
            latest = scan
    return latest


def classify(record: PatientRecord, as_of: dt.date | None = None) -> Classification:
    """Classify the person from their latest scan (ignoring anything dated after ``as_of``)."""
    scan = latest_scan(record.scans, as_of)
    if scan is None:
        return Classification(Category.UNKNOWN)
    return classify_scan(record.patient, scan, has_fragility_fracture(record, as_of))
