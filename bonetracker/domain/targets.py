"""Daily nutrient and weekly exercise targets by age, sex, weight and bone status.

Nutrients follow the US Dietary Reference Intakes as tabled by NIH ODS; exercise follows the Royal
Osteoporosis Society (2022) and Osteoporosis Canada (2014). Every figure is in
``docs/clinical-sources.md``. Values are for adults: under 19 the 19-30 row is used, because
children's needs are outside this app's scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.bmd import LOW_OR_OSTEOPOROTIC, Category
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.records import Fall, Fracture, FractureSite, Patient, Sex

DRI_SOURCE = "US Dietary Reference Intakes (NIH Office of Dietary Supplements fact sheets)"
EXERCISE_SOURCE = (
    "Royal Osteoporosis Society 2022 'Strong, Steady and Straight'; "
    "Osteoporosis Canada 'Too Fit To Fracture' 2014"
)

# Calcium (NIH ODS): 1000 mg at 19-50 and for men 51-70; 1200 mg for women 51+ and everyone 71+.
# Upper limit 2500 mg at 19-50, 2000 mg from 51.
CALCIUM_MG_ADULT = 1000
CALCIUM_MG_OLDER = 1200
CALCIUM_UPPER_MG_19_50 = 2500
CALCIUM_UPPER_MG_51_PLUS = 2000
CALCIUM_OLDER_WOMEN_FROM_AGE = 51
CALCIUM_OLDER_EVERYONE_FROM_AGE = 71
CALCIUM_UPPER_LOWER_FROM_AGE = 51

# Vitamin D (NIH ODS): 600 IU (15 µg) to age 70, 800 IU (20 µg) over 70; upper 4000 IU (100 µg).
VITAMIN_D_IU_TO_70 = 600
VITAMIN_D_IU_OVER_70 = 800
VITAMIN_D_OVER_70_FROM_AGE = 71
VITAMIN_D_UPPER_IU = 4000

# Magnesium RDA (NIH ODS): men 400 mg at 19-30, 420 mg at 31+; women 310 mg, then 320 mg.
MAGNESIUM_MG: dict[Sex, tuple[int, int]] = {Sex.MALE: (400, 420), Sex.FEMALE: (310, 320)}
MAGNESIUM_OLDER_FROM_AGE = 31

# Potassium AI (NASEM 2019): men 3400 mg, women 2600 mg. Vitamin K AI: men 120 µg, women 90 µg.
POTASSIUM_MG: dict[Sex, int] = {Sex.MALE: 3400, Sex.FEMALE: 2600}
VITAMIN_K_MCG: dict[Sex, int] = {Sex.MALE: 120, Sex.FEMALE: 90}

# Protein: RDA 0.8 g/kg/day; 1.0-1.2 g/kg for older adults (ESPEN 2014; PROT-AGE). We target the
# lower end, 1.0 g/kg, from 65 or with low bone mass/osteoporosis; 1.2 g/kg is the range's top.
PROTEIN_G_PER_KG_RDA = 0.8
PROTEIN_G_PER_KG_OLDER = 1.0
PROTEIN_G_PER_KG_OLDER_UPPER = 1.2
PROTEIN_OLDER_FROM_AGE = 65

# Exercise (ROS 2022; Osteoporosis Canada 2014): strength >= 2 days/week, balance ~15-20 min/day
# (~120 min/week), weight-bearing/aerobic >= 150 min/week.
STRENGTH_SESSIONS_PER_WEEK = 2
BALANCE_MINUTES_PER_WEEK = 120
WEIGHT_BEARING_MINUTES_PER_WEEK = 150
# After a vertebral fracture or several low-trauma fractures, impact no higher than brisk walking
# (ROS 2022; Osteoporosis Canada 2014). "Several" read as 2 or more is a product rule.
LIMITED_IMPACT_LOW_TRAUMA_FRACTURES = 2
# Also held back after a hip fracture, with a fall in the last 12 months (World Falls Guidelines
# 2022 ask about falls "in the past 12 months"), and from 80 unless a physiotherapist has cleared
# it: ROS 2022 "Strong, Steady and Straight" (Brooke-Wavell et al., BJSM 2022) and "Too Fit To
# Fracture" (Giangregorio et al., Osteoporos Int 2014) put strength and balance first and build
# impact up only under guidance for these people.
IMPACT_FALL_WINDOW_DAYS = 365
IMPACT_CLEARANCE_AGE = 80


class Impact(StrEnum):
    ALLOWED = "allowed"
    LIMITED = "limited"


@dataclass(frozen=True)
class Targets:
    """Daily nutrient targets (mg, IU, µg, g) and weekly exercise targets for one person."""

    calcium_mg: int
    calcium_upper_mg: int
    vitamin_d_iu: int
    vitamin_d_upper_iu: int
    magnesium_mg: int
    potassium_mg: int
    vitamin_k_mcg: int
    protein_g: float | None
    strength_sessions_per_week: int
    balance_minutes_per_week: int
    weight_bearing_minutes_per_week: int
    impact: Impact


def calcium_target_mg(age: int, sex: Sex) -> int:
    """1200 mg for women from 51 and everyone from 71, else 1000 mg."""
    older_woman = sex is Sex.FEMALE and age >= CALCIUM_OLDER_WOMEN_FROM_AGE
    if older_woman or age >= CALCIUM_OLDER_EVERYONE_FROM_AGE:
        return CALCIUM_MG_OLDER
    return CALCIUM_MG_ADULT


def calcium_upper_mg(age: int) -> int:
    return CALCIUM_UPPER_MG_51_PLUS if age >= CALCIUM_UPPER_LOWER_FROM_AGE else CALCIUM_UPPER_MG_19_50


def vitamin_d_target_iu(age: int) -> int:
    return VITAMIN_D_IU_OVER_70 if age >= VITAMIN_D_OVER_70_FROM_AGE else VITAMIN_D_IU_TO_70


def magnesium_target_mg(age: int, sex: Sex) -> int:
    younger, older = MAGNESIUM_MG[sex]
    return older if age >= MAGNESIUM_OLDER_FROM_AGE else younger


def protein_g_per_kg(age: int, low_bone_mass: bool) -> float:
    """1.0 g/kg from 65 or with low bone mass/osteoporosis (older-adult range), else the RDA."""
    if age >= PROTEIN_OLDER_FROM_AGE or low_bone_mass:
        return PROTEIN_G_PER_KG_OLDER
    return PROTEIN_G_PER_KG_RDA


def impact_level(fractures: Iterable[Fracture], prior_fragility_fracture: bool = False) -> Impact:
    """Limited after any vertebral fracture or two or more low-trauma fractures.

    The patient's "prior fragility fracture" tick counts as one low-trauma fracture only when
    none is logged, since it usually describes a fracture that is also in the list.
    """
    fractures = list(fractures)
    if any(f.site is FractureSite.VERTEBRA for f in fractures):
        return Impact.LIMITED
    low_trauma = sum(1 for f in fractures if f.low_trauma)
    if prior_fragility_fracture:
        low_trauma = max(low_trauma, 1)
    if low_trauma >= LIMITED_IMPACT_LOW_TRAUMA_FRACTURES:
        return Impact.LIMITED
    return Impact.ALLOWED


def impact_limits(
    patient: Patient, as_of: dt.date, fractures: Iterable[Fracture] = (), falls: Iterable[Fall] = ()
) -> list[str]:
    """Why moderate/high impact is held back for this person on ``as_of``, in words (empty when
    it is not): a vertebral or hip fracture, two or more low-trauma fractures, a fall in the last
    12 months, or age 80 and over without a physiotherapist's clearance."""
    known = [f for f in fractures if f.date <= as_of]
    reasons: list[str] = []
    vertebral = [f.date for f in known if f.site is FractureSite.VERTEBRA]
    hip = [f.date for f in known if f.site is FractureSite.HIP and f.low_trauma]
    if vertebral:
        reasons.append(
            translate("guidance", "a vertebral fracture is on record ({date})").format(
                date=format_date(max(vertebral))
            )
        )
    if hip:
        reasons.append(
            translate("guidance", "a hip fracture is on record ({date})").format(date=format_date(max(hip)))
        )
    if not vertebral and impact_level(known, patient.prior_fragility_fracture) is Impact.LIMITED:
        low = max(sum(1 for f in known if f.low_trauma), int(patient.prior_fragility_fracture))
        reasons.append(translate("guidance", "{n} low-trauma fractures are on record").format(n=low))
    since = as_of - dt.timedelta(days=IMPACT_FALL_WINDOW_DAYS)
    recent = [f.date for f in falls if since < f.date <= as_of]
    if recent:
        reasons.append(
            translate("guidance", "a fall in the last 12 months ({date})").format(
                date=format_date(max(recent))
            )
        )
    age = patient.age_on(as_of)
    if age >= IMPACT_CLEARANCE_AGE and not patient.impact_cleared:
        reasons.append(
            translate("guidance", "you are {age} and no physiotherapist has cleared impact exercise").format(
                age=age
            )
        )
    return reasons


def compute_targets(
    age: int,
    sex: Sex,
    weight_kg: float | None,
    *,
    low_bone_mass: bool = False,
    impact: Impact = Impact.ALLOWED,
) -> Targets:
    """Targets from plain inputs; ``protein_g`` is ``None`` without a body weight."""
    protein = (
        round(weight_kg * protein_g_per_kg(age, low_bone_mass), 1)
        if weight_kg is not None and weight_kg > 0
        else None
    )
    return Targets(
        calcium_mg=calcium_target_mg(age, sex),
        calcium_upper_mg=calcium_upper_mg(age),
        vitamin_d_iu=vitamin_d_target_iu(age),
        vitamin_d_upper_iu=VITAMIN_D_UPPER_IU,
        magnesium_mg=magnesium_target_mg(age, sex),
        potassium_mg=POTASSIUM_MG[sex],
        vitamin_k_mcg=VITAMIN_K_MCG[sex],
        protein_g=protein,
        strength_sessions_per_week=STRENGTH_SESSIONS_PER_WEEK,
        balance_minutes_per_week=BALANCE_MINUTES_PER_WEEK,
        weight_bearing_minutes_per_week=WEIGHT_BEARING_MINUTES_PER_WEEK,
        impact=impact,
    )


def targets_for(
    patient: Patient,
    as_of: dt.date,
    category: Category | str | None = None,
    fractures: Iterable[Fracture] = (),
    falls: Iterable[Fall] = (),
) -> Targets:
    """Targets for ``patient`` on ``as_of`` given their classification, fractures and falls.

    Entries dated after ``as_of`` are ignored so a plan for a past date is reproducible.
    """
    low = category is not None and Category(category) in LOW_OR_OSTEOPOROTIC
    limited = impact_limits(patient, as_of, fractures, falls)
    return compute_targets(
        patient.age_on(as_of),
        patient.sex,
        patient.weight_kg,
        low_bone_mass=low,
        impact=Impact.LIMITED if limited else Impact.ALLOWED,
    )
