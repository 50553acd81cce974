"""T-scores from BMD (NHANES III), the WHO classification and the ISCD Z-score reading.

Every figure here is listed in ``docs/clinical-sources.md``; reference values live in one table
(`REFERENCE_TABLE`) so a facility can audit or replace them without hunting for literals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.records import (
    Device,
    DxaScan,
    Fracture,
    FractureSite,
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

# NHANES III is a Hologic-scale reference: a T-score is computed from BMD only for a Hologic
# visit (or one whose make is not recorded). GE Lunar BMD runs systematically higher (spine about
# 10-12 %; Osteoporos Int 2010, doi 10.1007/s00198-009-1062-3) and the published make-to-make
# equations (Hui 1997 total hip, Lu 2001 femoral neck) are not coded here until checked against the
# papers (bone_facts.md "Scanner comparability"), so for any other make we refuse to compute and
# ask for the report's own T-score.
REFERENCE_MAKES: frozenset[Device | None] = frozenset({Device.HOLOGIC, None})

# ISCD: classify on the lowest T-score of these sites; the forearm (33 % radius) when hip or spine
# cannot be used, and also "when indicated": in hyperparathyroidism (ISCD 2019 adult positions).
DIAGNOSTIC_SITES: tuple[Site, ...] = (Site.LUMBAR_SPINE, Site.TOTAL_HIP, Site.FEMORAL_NECK)
FALLBACK_SITES: tuple[Site, ...] = (Site.FOREARM_33,)

# ISCD also indicates the radius above the DXA table's weight limit. Limits depend on the model
# (150-230 kg); 159 kg (350 lb), the lowest common limit, is a **product rule** default.
TABLE_WEIGHT_LIMIT_KG = 159.0


def radius_indicated(patient: Patient) -> bool:
    """Whether the 33 % radius is one of the diagnostic sites for this person (ISCD: primary
    hyperparathyroidism, or a weight above the table's limit)."""
    heavy = patient.weight_kg is not None and patient.weight_kg > TABLE_WEIGHT_LIMIT_KG
    return patient.hyperparathyroidism or heavy


# AACE/ACE 2020, NBHA 2014 (Siris et al., Osteoporos Int 2014;25:1439-43), BHOF 2022: a low-trauma
# hip or vertebral fracture is osteoporosis whatever the BMD; one of the proximal humerus, pelvis or
# distal forearm is osteoporosis with low bone mass.
FRACTURE_DIAGNOSTIC_SITES: frozenset[FractureSite] = frozenset({FractureSite.HIP, FractureSite.VERTEBRA})
FRACTURE_WITH_LOW_MASS_SITES: frozenset[FractureSite] = frozenset(
    {FractureSite.HUMERUS, FractureSite.PELVIS, FractureSite.WRIST}
)


class Basis(StrEnum):
    """What a classification rests on (``classification.basis`` in the plan JSON)."""

    T_SCORE = "t_score"
    Z_SCORE = "z_score"
    FRACTURE = "fracture"  # a low-trauma fracture (AACE 2020, NBHA 2014, BHOF 2022)
    HISTORY = "history"  # osteoporosis diagnosed earlier stays the diagnosis (AACE 2020)


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
    Category.NORMAL: QT_TRANSLATE_NOOP("classification", "Normal bone density"),
    Category.LOW_BONE_MASS: QT_TRANSLATE_NOOP("classification", "Low bone mass (osteopenia)"),
    Category.OSTEOPOROSIS: QT_TRANSLATE_NOOP("classification", "Osteoporosis"),
    Category.SEVERE_OSTEOPOROSIS: QT_TRANSLATE_NOOP("classification", "Severe (established) osteoporosis"),
    Category.BELOW_EXPECTED_RANGE_FOR_AGE: QT_TRANSLATE_NOOP(
        "classification",
        "Below the expected range for age",
    ),
    Category.WITHIN_EXPECTED_RANGE_FOR_AGE: QT_TRANSLATE_NOOP(
        "classification",
        "Within the expected range for age",
    ),
    Category.UNKNOWN: QT_TRANSLATE_NOOP("classification", "Not classified"),
}


def category_label(category: Category) -> str:
    """The category's label as the user reads it (``CATEGORY_LABELS`` holds the English)."""
    return translate("classification", CATEGORY_LABELS[category])


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
    """How the person reads: ``site`` and the scores are the latest scan's deciding site.

    ``basis`` says what the category rests on; ``fracture`` is the fracture that decided it when
    the basis is a fracture; ``diagnosed_on`` the day osteoporosis was first established (by BMD or
    fracture) when the category carries an earlier diagnosis forward.
    """

    category: Category
    site: Site | None = None
    t_score: float | None = None
    z_score: float | None = None
    scan_date: dt.date | None = None
    basis: Basis | None = None
    fracture: Fracture | None = None
    diagnosed_on: dt.date | None = None


def t_score_from_bmd(site: Site, bmd: float) -> float | None:
    """T-score from BMD with the NHANES III reference, unrounded; ``None`` without a reference."""
    ref = REFERENCE_TABLE.get(site)
    if ref is None:
        return None
    return (bmd - ref.mean) / ref.sd


def effective_t_score(
    measurement: SiteMeasurement, device: Device | None = None
) -> tuple[float | None, bool]:
    """The T-score to use and whether it was computed here rather than read from the report.

    The report's T-score wins because it uses the scanner's own reference (and the spine has no
    universal one); a computed value is rounded to 1 decimal, as reports print them. BMD from a make
    other than Hologic is never put on the Hologic-scale NHANES III reference
    (:data:`REFERENCE_MAKES`): no T-score then, and the report's is needed.
    """
    if measurement.t_score is not None:
        return measurement.t_score, False
    if measurement.bmd is None or device not in REFERENCE_MAKES:
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

    Women before menopause and men under 50 (ISCD 2006). A recorded menopause year dates the
    change: a scan from before that year is premenopausal whatever the status recorded today.
    Women under 50 whose status is not recorded are treated as premenopausal (a product rule:
    the likelier case at that age). Perimenopausal women use T-scores (ISCD allows the WHO
    criteria in the transition).
    """
    under_limit = patient.age_on(on) < Z_SCORE_AGE_LIMIT
    if patient.sex is Sex.MALE:
        return under_limit
    if patient.menopause_year is not None and patient.menopause is not Menopause.PRE:
        return on.year < patient.menopause_year
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
        score = m.z_score if use_z else effective_t_score(m, scan.device)[0]
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
    main = DIAGNOSTIC_SITES + FALLBACK_SITES if radius_indicated(patient) else DIAGNOSTIC_SITES
    chosen = _lowest(_scored(scan, main, use_z), order) or _lowest(
        _scored(scan, FALLBACK_SITES, use_z), order
    )
    if chosen is None:
        return Classification(Category.UNKNOWN, scan_date=scan.date)
    site, score = chosen
    m = scan.measurement(site)
    assert m is not None  # chosen from this scan's measurements
    t_score = effective_t_score(m, scan.device)[0]
    if use_z:
        return Classification(category_for_z_score(score), site, t_score, score, scan.date, Basis.Z_SCORE)
    category = category_for_t_score(score)
    if category is Category.OSTEOPOROSIS and fragility_fracture:
        category = Category.SEVERE_OSTEOPOROSIS
    return Classification(category, site, score, m.z_score, scan.date, Basis.T_SCORE)


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


def diagnostic_fracture(record: PatientRecord, as_of: dt.date | None, low_bone_mass: bool) -> Fracture | None:
    """The earliest low-trauma fracture that establishes osteoporosis by itself: hip or vertebra
    whatever the BMD, or proximal humerus, pelvis or distal forearm with low bone mass (AACE 2020,
    NBHA 2014, BHOF 2022). Fractures after ``as_of`` do not count."""
    sites = FRACTURE_DIAGNOSTIC_SITES | (FRACTURE_WITH_LOW_MASS_SITES if low_bone_mass else frozenset())
    found = [
        f for f in record.fractures if f.low_trauma and f.site in sites and (as_of is None or f.date <= as_of)
    ]
    return min(found, key=lambda f: f.date) if found else None


def osteoporosis_diagnosed_on(record: PatientRecord, as_of: dt.date | None = None) -> dt.date | None:
    """The first day osteoporosis was established by a T-score of -2.5 or lower on a scan read with
    T-scores (on or before ``as_of``), or None."""
    for scan in sorted(record.scans, key=lambda s: s.date):
        if as_of is not None and scan.date > as_of:
            break
        if classify_scan(record.patient, scan, False).category in OSTEOPOROTIC:
            return scan.date
    return None


def classify(record: PatientRecord, as_of: dt.date | None = None) -> Classification:
    """Classify the person on ``as_of`` (ignoring anything dated later).

    The latest scan gives the scores. On the T-score reading (postmenopausal women, men from 50),
    osteoporosis is also established by a diagnostic low-trauma fracture (basis ``fracture``,
    even with no scan) and, once established by BMD, stays the diagnosis when later T-scores
    improve (basis ``history``; AACE/ACE 2020). A Z-score reading is never overridden: the
    fracture-based criteria are for postmenopausal women and men of 50 and over.
    """
    day = as_of
    scan = latest_scan(record.scans, as_of)
    fragile = has_fragility_fracture(record, as_of)
    patient = record.patient
    if scan is None:
        on = day or max((f.date for f in record.fractures), default=None)
        if on is None or uses_z_score(patient, on):
            return Classification(Category.UNKNOWN)
        fracture = diagnostic_fracture(record, as_of, low_bone_mass=False)
        if fracture is None:
            return Classification(Category.UNKNOWN)
        return Classification(
            Category.OSTEOPOROSIS, basis=Basis.FRACTURE, fracture=fracture, diagnosed_on=fracture.date
        )
    found = classify_scan(patient, scan, fragile)
    if found.basis is not Basis.T_SCORE:
        return found
    if found.category in OSTEOPOROTIC:
        return replace(found, diagnosed_on=osteoporosis_diagnosed_on(record, as_of))
    fracture = diagnostic_fracture(record, as_of, low_bone_mass=found.category is Category.LOW_BONE_MASS)
    if fracture is not None:
        return replace(
            found,
            category=Category.OSTEOPOROSIS,
            basis=Basis.FRACTURE,
            fracture=fracture,
            diagnosed_on=fracture.date,
        )
    earlier = osteoporosis_diagnosed_on(record, as_of)
    if earlier is not None:
        return replace(found, category=Category.OSTEOPOROSIS, basis=Basis.HISTORY, diagnosed_on=earlier)
    return found


FRACTURE_SITE_NAMES: Mapping[FractureSite, str] = {
    FractureSite.HIP: QT_TRANSLATE_NOOP("classification", "hip"),
    FractureSite.VERTEBRA: QT_TRANSLATE_NOOP("classification", "vertebral"),
    FractureSite.WRIST: QT_TRANSLATE_NOOP("classification", "wrist"),
    FractureSite.HUMERUS: QT_TRANSLATE_NOOP("classification", "upper arm (humerus)"),
    FractureSite.PELVIS: QT_TRANSLATE_NOOP("classification", "pelvis"),
    FractureSite.RIB: QT_TRANSLATE_NOOP("classification", "rib"),
    FractureSite.OTHER: QT_TRANSLATE_NOOP("classification", "other"),
}


def basis_text(c: Classification) -> str:
    """What a fracture- or history-based diagnosis rests on, in words (empty otherwise), e.g.
    "diagnosed osteoporosis in 2019; latest T -2.3" or "low-trauma hip fracture on 2024-03-02"."""
    latest = (
        translate("classification", "; latest T {t_score:+.1f}").format(t_score=c.t_score)
        if c.t_score is not None
        else ""
    )
    if c.basis is Basis.FRACTURE and c.fracture is not None:
        site = translate("classification", FRACTURE_SITE_NAMES[c.fracture.site])
        return translate("classification", "by a low-trauma {site} fracture on {date}{latest}").format(
            site=site, date=format_date(c.fracture.date), latest=latest
        )
    if c.basis is Basis.HISTORY and c.diagnosed_on is not None:
        return translate("classification", "diagnosed osteoporosis in {year}{latest}").format(
            year=c.diagnosed_on.year, latest=latest
        )
    return ""
