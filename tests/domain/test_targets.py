"""Nutrient and exercise targets at every age boundary, for each sex."""

from __future__ import annotations

import pytest

from bonetracker.domain.bmd import Category
from bonetracker.domain.records import FractureSite, Sex
from bonetracker.domain.targets import (
    Impact,
    Targets,
    compute_targets,
    impact_level,
    targets_for,
)
from tests.helpers.factories import TODAY, D, fracture, patient

F, M = Sex.FEMALE, Sex.MALE


@pytest.mark.parametrize(
    ("sex", "age", "calcium", "upper", "vitamin_d", "magnesium"),
    [
        (F, 19, 1000, 2500, 600, 310),
        (F, 30, 1000, 2500, 600, 310),
        (F, 31, 1000, 2500, 600, 320),
        (F, 50, 1000, 2500, 600, 320),
        (F, 51, 1200, 2000, 600, 320),
        (F, 70, 1200, 2000, 600, 320),
        (F, 71, 1200, 2000, 800, 320),
        (M, 19, 1000, 2500, 600, 400),
        (M, 30, 1000, 2500, 600, 400),
        (M, 31, 1000, 2500, 600, 420),
        (M, 50, 1000, 2500, 600, 420),
        (M, 51, 1000, 2000, 600, 420),
        (M, 70, 1000, 2000, 600, 420),
        (M, 71, 1200, 2000, 800, 420),
        (M, 90, 1200, 2000, 800, 420),
    ],
)
def test_dri_age_boundaries(
    sex: Sex, age: int, calcium: int, upper: int, vitamin_d: int, magnesium: int
) -> None:
    t = compute_targets(age, sex, 70.0)
    assert (t.calcium_mg, t.calcium_upper_mg, t.vitamin_d_iu, t.magnesium_mg) == (
        calcium,
        upper,
        vitamin_d,
        magnesium,
    )
    assert t.vitamin_d_upper_iu == 4000


@pytest.mark.parametrize(("sex", "potassium", "vitamin_k"), [(F, 2600, 90), (M, 3400, 120)])
def test_adequate_intakes_by_sex(sex: Sex, potassium: int, vitamin_k: int) -> None:
    for age in (25, 60, 80):
        t = compute_targets(age, sex, None)
        assert (t.potassium_mg, t.vitamin_k_mcg) == (potassium, vitamin_k)


@pytest.mark.parametrize(
    ("age", "weight", "low_bone_mass", "protein"),
    [
        (64, 60.0, False, 48.0),
        (65, 60.0, False, 60.0),
        (40, 70.0, True, 70.0),
        (40, 70.0, False, 56.0),
        (80, 55.5, True, 55.5),
        (50, None, True, None),
        (50, 0.0, True, None),
    ],
)
def test_protein(age: int, weight: float | None, low_bone_mass: bool, protein: float | None) -> None:
    assert compute_targets(age, F, weight, low_bone_mass=low_bone_mass).protein_g == protein


@pytest.mark.parametrize(
    ("category", "protein"),
    [
        (Category.NORMAL, 48.0),
        (Category.LOW_BONE_MASS, 60.0),
        (Category.OSTEOPOROSIS, 60.0),
        (Category.SEVERE_OSTEOPOROSIS, 60.0),
        ("osteoporosis", 60.0),
        (Category.WITHIN_EXPECTED_RANGE_FOR_AGE, 48.0),
        (Category.UNKNOWN, 48.0),
        (None, 48.0),
    ],
)
def test_protein_follows_classification(category: Category | str | None, protein: float) -> None:
    who = patient(age=55, weight_kg=60.0)
    assert targets_for(who, TODAY, category).protein_g == protein


def test_exercise_targets() -> None:
    t = compute_targets(60, F, 60.0)
    assert (
        t.strength_sessions_per_week,
        t.balance_minutes_per_week,
        t.weight_bearing_minutes_per_week,
        t.impact,
    ) == (2, 120, 150, Impact.ALLOWED)


@pytest.mark.parametrize(
    ("fractures", "prior_flag", "expected"),
    [
        ([], False, Impact.ALLOWED),
        ([], True, Impact.ALLOWED),
        ([(FractureSite.WRIST, True)], False, Impact.ALLOWED),
        ([(FractureSite.WRIST, True)], True, Impact.ALLOWED),
        ([(FractureSite.VERTEBRA, False)], False, Impact.LIMITED),
        ([(FractureSite.VERTEBRA, True)], False, Impact.LIMITED),
        ([(FractureSite.WRIST, True), (FractureSite.HIP, True)], False, Impact.LIMITED),
        ([(FractureSite.WRIST, True), (FractureSite.HIP, False)], False, Impact.ALLOWED),
        ([(FractureSite.WRIST, False), (FractureSite.RIB, False)], True, Impact.ALLOWED),
    ],
)
def test_impact_level(fractures: list[tuple[FractureSite, bool]], prior_flag: bool, expected: Impact) -> None:
    fs = [fracture(D(2020, 1, 1), site, low) for site, low in fractures]
    assert impact_level(fs, prior_flag) is expected


def test_targets_for_uses_age_on_as_of_and_ignores_later_fractures() -> None:
    who = patient(age=50, on=D(2024, 6, 1), weight_kg=None)
    later = [fracture(D(2024, 7, 1), FractureSite.VERTEBRA)]
    before_birthday = targets_for(who, D(2025, 5, 31), None, later)
    on_birthday = targets_for(who, D(2025, 6, 1), None, later)
    assert before_birthday.calcium_mg == 1000 and before_birthday.impact is Impact.LIMITED
    assert on_birthday.calcium_mg == 1200
    assert targets_for(who, D(2024, 6, 30), None, later).impact is Impact.ALLOWED


def test_targets_field_names_are_the_contract() -> None:
    assert list(Targets.__dataclass_fields__) == [
        "calcium_mg",
        "calcium_upper_mg",
        "vitamin_d_iu",
        "vitamin_d_upper_iu",
        "magnesium_mg",
        "potassium_mg",
        "vitamin_k_mcg",
        "protein_g",
        "strength_sessions_per_week",
        "balance_minutes_per_week",
        "weight_bearing_minutes_per_week",
        "impact",
    ]
