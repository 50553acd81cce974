"""Whole-patient vignettes: the classification and which recommendations must and must not appear."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from bonetracker.domain.plan import build_plan, plan_as_dict
from bonetracker.domain.records import (
    Device,
    DrugClass,
    FractureSite,
    Menopause,
    PatientRecord,
    Sex,
    Site,
    Smoking,
)
from tests.helpers.factories import (
    TODAY,
    D,
    course,
    daily_meals,
    fall,
    fracture,
    good_week,
    lifestyle,
    m,
    patient,
    record,
    scan,
    t_scan,
)

GOOD_FOOD = daily_meals(
    TODAY,
    14,
    calcium_mg=1300,
    vitamin_d_iu=900,
    protein_g=90,
    magnesium_mg=450,
    potassium_mg=3500,
    vitamin_k_mcg=130,
)
LOW_CALCIUM = daily_meals(
    TODAY,
    10,
    calcium_mg=700,
    vitamin_d_iu=900,
    protein_g=90,
    magnesium_mg=450,
    potassium_mg=3500,
    vitamin_k_mcg=130,
)
ACTIVE = good_week(TODAY)
EXERCISE_IDS = {"strength_below_target", "balance_below_target", "weight_bearing_below_target"}
RECENT = D(2023, 9, 1)  # a scan recent enough that no repeat is due yet


@dataclass(frozen=True)
class Vignette:
    name: str
    record: PatientRecord
    category: str
    present: frozenset[str]
    absent: frozenset[str]
    as_of: dt.date = TODAY


def v(name: str, rec: PatientRecord, category: str, present: set[str], absent: set[str]) -> Vignette:
    return Vignette(name, rec, category, frozenset(present), frozenset(absent))


VIGNETTES = [
    v(
        "healthy_postmenopausal",
        record(patient(age=55), scans=[t_scan(RECENT, -0.5)], workouts=ACTIVE, meals=GOOD_FOOD),
        "normal",
        {"classification", "realistic_goals"},
        {"discuss_medication", "spine_safety", "fall_prevention", "log_meals", "scan_due"} | EXERCISE_IDS,
    ),
    v(
        "osteopenia_sedentary_low_calcium",
        record(patient(age=62), scans=[t_scan(RECENT, -1.8)], meals=LOW_CALCIUM),
        "low_bone_mass",
        {"calcium_below_target"} | EXERCISE_IDS,
        {"discuss_medication", "spine_safety", "log_meals", "fall_prevention", "vitamin_d_below_target"},
    ),
    v(
        "osteoporosis_at_hip_no_fracture",
        record(
            patient(age=70),
            scans=[scan(RECENT, m(Site.TOTAL_HIP, t=-2.9), m(Site.LUMBAR_SPINE, t=-1.9))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "osteoporosis",
        {"spine_safety", "fall_prevention", "discuss_medication"},
        {"impact_limited", "medication_review"} | EXERCISE_IDS,
    ),
    v(
        "severe_with_vertebral_fracture",
        record(
            patient(age=68),
            scans=[t_scan(RECENT, -2.7)],
            fractures=[fracture(D(2022, 2, 1), FractureSite.VERTEBRA)],
            meals=GOOD_FOOD,
        ),
        "severe_osteoporosis",
        {"spine_safety", "impact_limited", "fall_prevention", "discuss_medication"},
        {"log_meals", "calcium_below_target"},
    ),
    v(
        "premenopausal_low_z",
        record(
            patient(age=35, menopause=Menopause.PRE),
            scans=[scan(RECENT, m(Site.LUMBAR_SPINE, t=-2.8, z=-2.3), m(Site.TOTAL_HIP, t=-1.0, z=-0.6))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "below_expected_range_for_age",
        {"classification", "realistic_goals"},
        {"discuss_medication", "spine_safety", "fall_prevention"},
    ),
    v(
        "young_man_within_range_despite_low_t",
        record(
            patient(sex=Sex.MALE, age=40),
            scans=[scan(RECENT, m(Site.LUMBAR_SPINE, t=-2.6, z=-1.0))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "within_expected_range_for_age",
        {"classification"},
        {"discuss_medication", "spine_safety", "fall_prevention", "impact_limited"},
    ),
    v(
        "older_man_smoking_and_drinking",
        record(
            patient(sex=Sex.MALE, age=72, smoking=Smoking.CURRENT),
            scans=[t_scan(RECENT, -1.2)],
            lifestyle_entries=[lifestyle(TODAY - dt.timedelta(days=k), alcohol_units=4) for k in range(10)],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "low_bone_mass",
        {"smoking", "alcohol_above_limit", "fall_prevention"},
        {"discuss_medication", "spine_safety", "calcium_below_target"},
    ),
    v(
        "long_term_bisphosphonate",
        record(
            patient(age=66),
            scans=[t_scan(D(2022, 8, 1), -2.3), t_scan(D(2023, 8, 1), -2.2)],
            medications=[course("alendronate", DrugClass.BISPHOSPHONATE, D(2018, 1, 1))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "low_bone_mass",
        {"medication_review", "scan_due", "fall_prevention"},
        {"discuss_medication", "spine_safety", "significant_bone_loss"},
    ),
    v(
        "significant_hip_loss",
        record(
            patient(age=60),
            scans=[
                scan(D(2021, 5, 1), m(Site.TOTAL_HIP, bmd=0.780), m(Site.LUMBAR_SPINE, t=-1.4)),
                scan(D(2023, 5, 1), m(Site.TOTAL_HIP, bmd=0.740), m(Site.LUMBAR_SPINE, t=-1.5)),
            ],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "low_bone_mass",
        {"significant_bone_loss", "discuss_medication", "scan_due"},
        {"significant_bone_gain", "spine_safety", "device_changed"},
    ),
    v(
        "gain_with_exercise",
        record(
            patient(age=58),
            scans=[
                scan(D(2021, 9, 1), m(Site.LUMBAR_SPINE, bmd=0.850, t=-1.9)),
                scan(RECENT, m(Site.LUMBAR_SPINE, bmd=0.885, t=-1.6)),
            ],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "low_bone_mass",
        {"significant_bone_gain", "realistic_goals"},
        {"significant_bone_loss", "discuss_medication", "scan_due"},
    ),
    v(
        "scanner_changed",
        record(
            patient(age=57),
            scans=[
                scan(D(2021, 9, 1), m(Site.TOTAL_HIP, bmd=0.800), device=Device.HOLOGIC),
                scan(RECENT, m(Site.TOTAL_HIP, bmd=0.790, t=-1.2), device=Device.GE_LUNAR),
            ],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "low_bone_mass",
        {"device_changed"},
        {"significant_bone_loss", "significant_bone_gain"},
    ),
    v(
        "calcium_supplement_overdose",
        record(
            patient(age=60),
            scans=[t_scan(RECENT, -1.5)],
            medications=[course("Calcium carbonate", DrugClass.SUPPLEMENT, D(2023, 1, 1), daily_amount=1500)],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "low_bone_mass",
        {"calcium_above_upper_limit"},
        {"calcium_below_target", "log_meals"},
    ),
    v(
        "sparse_food_log",
        record(
            patient(age=60),
            scans=[t_scan(RECENT, -1.5)],
            meals=daily_meals(TODAY, 4, calcium_mg=200, vitamin_d_iu=50, protein_g=10),
            workouts=ACTIVE,
        ),
        "low_bone_mass",
        {"log_meals"},
        {"calcium_below_target", "vitamin_d_below_target", "protein_below_target"},
    ),
    v(
        "new_user_without_scan",
        record(patient(age=50), workouts=ACTIVE, meals=GOOD_FOOD),
        "unknown",
        {"classification"},
        {"realistic_goals", "scan_due", "discuss_medication", "spine_safety"},
    ),
    v(
        "premenopausal_without_z_score",
        record(
            patient(age=42, menopause=Menopause.PRE),
            scans=[t_scan(RECENT, -2.8)],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "unknown",
        {"classification", "realistic_goals"},
        {"discuss_medication", "spine_safety"},
    ),
    v(
        "recent_fall_normal_density",
        record(
            patient(age=52),
            scans=[t_scan(RECENT, -0.8)],
            falls=[fall(D(2024, 2, 10))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "normal",
        {"fall_prevention"},
        {"spine_safety", "discuss_medication"},
    ),
    v(
        "forearm_only_scan",
        record(
            patient(age=64),
            scans=[scan(RECENT, m(Site.FOREARM_33, t=-2.6), m(Site.TOTAL_BODY, t=-0.4))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "osteoporosis",
        {"spine_safety", "discuss_medication", "fall_prevention"},
        {"impact_limited"},
    ),
    v(
        "two_wrist_and_rib_fragility_fractures",
        record(
            patient(age=61),
            scans=[t_scan(RECENT, -1.5)],
            fractures=[
                fracture(D(2019, 1, 1), FractureSite.WRIST),
                fracture(D(2022, 1, 1), FractureSite.RIB),
            ],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "osteoporosis",  # the wrist fracture with low bone mass (AACE 2020)
        {"impact_limited", "spine_safety", "discuss_medication"},
        set(),
    ),
    v(
        "perimenopausal_uses_t_scores",
        record(
            patient(age=48, menopause=Menopause.PERI),
            scans=[scan(RECENT, m(Site.LUMBAR_SPINE, t=-2.5, z=-1.8))],
            workouts=ACTIVE,
            meals=GOOD_FOOD,
        ),
        "osteoporosis",
        {"discuss_medication", "spine_safety"},
        {"impact_limited"},
    ),
    v(
        "computed_t_from_neck_bmd",
        record(
            patient(age=66, weight_kg=55),
            scans=[scan(RECENT, m(Site.FEMORAL_NECK, bmd=0.545))],
            workouts=ACTIVE,
            meals=daily_meals(TODAY, 14, calcium_mg=1300, vitamin_d_iu=900, protein_g=40),
        ),
        "osteoporosis",
        {"protein_below_target", "discuss_medication"},
        {"calcium_below_target", "vitamin_d_below_target", "log_meals"},
    ),
]


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[x.name for x in VIGNETTES])
def test_vignette(vignette: Vignette) -> None:
    plan = build_plan(vignette.record, vignette.as_of)
    ids = {r.id for r in plan.recommendations}
    assert plan.classification.category == vignette.category
    assert vignette.present <= ids, f"missing: {sorted(vignette.present - ids)}"
    assert not (vignette.absent & ids), f"unexpected: {sorted(vignette.absent & ids)}"
    # The JSON agrees with the dataclass view, and every rule quotes something.
    d = plan_as_dict(plan)
    assert d["classification"]["category"] == vignette.category
    assert {r["id"] for r in d["recommendations"]} == ids
    assert all(r.reason for r in plan.recommendations)


def test_there_are_at_least_15_vignettes_with_distinct_names() -> None:
    assert len({x.name for x in VIGNETTES}) == len(VIGNETTES) >= 15
