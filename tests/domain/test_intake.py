"""Mean daily intake over logged days, supplements, exercise windows and weekly series."""

from __future__ import annotations

import datetime as dt

import pytest

from bonetracker.domain.intake import (
    exercise_totals,
    intake_summary,
    summarize_intake,
    supplement_nutrient,
    week_start,
    weekly_exercise,
    weekly_intake,
)
from bonetracker.domain.records import ActivityCategory, DrugClass, MealKind
from tests.helpers.factories import D, course, items, meal, workout

AS_OF = D(2024, 6, 14)  # a Friday


def day(k: int) -> dt.date:
    """``k`` days before AS_OF."""
    return AS_OF - dt.timedelta(days=k)


def test_means_over_logged_days_only() -> None:
    meals = [
        meal(day(0), items(calcium_mg=300), items(calcium_mg=200)),
        meal(day(0), items(calcium_mg=100), kind=MealKind.DINNER),
        meal(day(5), items(calcium_mg=400)),
    ]
    s = intake_summary(meals, AS_OF)
    assert s.days_logged == 2
    assert s.calcium_mg == pytest.approx(500.0)  # (600 + 400) / 2, not / 14


@pytest.mark.parametrize(
    ("k", "inside"),
    [(0, True), (13, True), (14, False), (-1, False)],
)
def test_window_is_14_days_inclusive(k: int, inside: bool) -> None:
    s = intake_summary([meal(day(k), items(calcium_mg=800))], AS_OF)
    assert s.days_logged == (1 if inside else 0)
    assert s.calcium_mg == (800.0 if inside else None)


def test_unknown_values_are_counted_not_zeroed_into_none() -> None:
    meals = [
        meal(day(0), items(calcium_mg=300, protein_g=None), items(calcium_mg=None, protein_g=10)),
        meal(day(1), items(calcium_mg=None)),
    ]
    s = intake_summary(meals, AS_OF)
    assert s.days_logged == 2
    assert s.calcium_mg == pytest.approx(150.0)
    assert s.protein_g == pytest.approx(5.0)
    assert s.vitamin_k_mcg is None  # never known
    assert s.unknown_items["calcium_mg"] == 2
    assert s.unknown_items["protein_g"] == 2
    assert s.unknown_items["vitamin_k_mcg"] == 3


def test_nothing_logged_gives_none_everywhere() -> None:
    supplement = course("Calcium carbonate", DrugClass.SUPPLEMENT, D(2020, 1, 1), daily_amount=500)
    s = intake_summary([], AS_OF, [supplement])
    assert s.days_logged == 0
    assert s.calcium_mg is None and s.protein_g is None


def test_supplements_add_to_each_logged_day_while_active() -> None:
    calcium = course("Calcium citrate", DrugClass.SUPPLEMENT, D(2020, 1, 1), daily_amount=500)
    vit_d = course("Vitamin D3", DrugClass.SUPPLEMENT, day(1), daily_amount=1000)
    meals = [
        meal(day(0), items(calcium_mg=400)),
        meal(day(3), items(calcium_mg=600)),
    ]
    s = intake_summary(meals, AS_OF, [calcium, vit_d])
    assert s.calcium_mg == pytest.approx(1000.0)  # (900 + 1100) / 2
    assert s.vitamin_d_iu == pytest.approx(500.0)  # 1000 on one of two logged days
    assert s.supplement_daily["calcium_mg"] == pytest.approx(500.0)


@pytest.mark.parametrize(
    ("drug", "drug_class", "amount", "nutrient"),
    [
        ("Calcium carbonate", DrugClass.SUPPLEMENT, 500.0, "calcium_mg"),
        ("VITAMIN D3", DrugClass.SUPPLEMENT, 800.0, "vitamin_d_iu"),
        ("vitamin-d drops", DrugClass.SUPPLEMENT, 400.0, "vitamin_d_iu"),
        ("Calcium + Vitamin D", DrugClass.SUPPLEMENT, 600.0, "calcium_mg"),
        ("Magnesium", DrugClass.SUPPLEMENT, 200.0, None),
        ("Calcium carbonate", DrugClass.SUPPLEMENT, None, None),
        ("Calcium something", DrugClass.OTHER, 500.0, None),
    ],
)
def test_supplement_matching(
    drug: str, drug_class: DrugClass, amount: float | None, nutrient: str | None
) -> None:
    assert supplement_nutrient(course(drug, drug_class, D(2020, 1, 1), None, amount)) == nutrient


def test_exercise_totals_7_and_28_days() -> None:
    workouts = [
        workout(day(0), ActivityCategory.RESISTANCE, 45),
        workout(day(6), ActivityCategory.RESISTANCE, 30),
        workout(day(7), ActivityCategory.RESISTANCE, 30),
        workout(day(1), ActivityCategory.BALANCE, 20),
        workout(day(2), ActivityCategory.WEIGHT_BEARING, 40),
        workout(day(3), ActivityCategory.IMPACT, 15),
        workout(day(4), ActivityCategory.FLEXIBILITY, 60),
        workout(day(5), ActivityCategory.NON_WEIGHT_BEARING, 60),
        workout(day(27), ActivityCategory.BALANCE, 10),
        workout(day(28), ActivityCategory.BALANCE, 99),
        workout(day(-1), ActivityCategory.RESISTANCE, 30),  # after as_of
    ]
    week = exercise_totals(workouts, AS_OF, 7)
    assert (
        week.strength_sessions,
        week.balance_minutes,
        week.weight_bearing_minutes,
        week.impact_sessions,
    ) == (2, 20, 55, 1)
    month = exercise_totals(workouts, AS_OF, 28)
    assert (month.strength_sessions, month.balance_minutes) == (3, 30)
    assert month.start == D(2024, 5, 18) and month.weeks == 4


def test_week_start_is_monday() -> None:
    assert week_start(D(2024, 6, 10)) == D(2024, 6, 10)  # Monday
    assert week_start(D(2024, 6, 16)) == D(2024, 6, 10)  # Sunday
    assert week_start(D(2024, 1, 1)) == D(2024, 1, 1)


def test_weekly_exercise_buckets_by_iso_week() -> None:
    workouts = [
        workout(D(2024, 6, 2), ActivityCategory.RESISTANCE),  # Sunday before: outside
        workout(D(2024, 6, 5), ActivityCategory.RESISTANCE),  # Wed, week of 3 June
        workout(D(2024, 6, 9), ActivityCategory.BALANCE, 25),  # Sunday, week of 3 June
        workout(D(2024, 6, 10), ActivityCategory.IMPACT, 10),  # Monday, week of 10 June
        workout(D(2024, 6, 20), ActivityCategory.BALANCE, 5),  # after end: outside
    ]
    weeks = weekly_exercise(workouts, D(2024, 6, 4), D(2024, 6, 19))
    assert [w.week_start for w in weeks] == [D(2024, 6, 3), D(2024, 6, 10), D(2024, 6, 17)]
    assert [w.strength_sessions for w in weeks] == [1, 0, 0]
    assert [w.balance_minutes for w in weeks] == [25, 0, 0]
    assert [(w.weight_bearing_minutes, w.impact_sessions) for w in weeks] == [
        (0, 0),
        (10, 1),
        (0, 0),
    ]
    assert weekly_exercise(workouts, D(2024, 6, 10), D(2024, 6, 9)) == []


def test_weekly_intake() -> None:
    meals = [
        meal(D(2024, 6, 3), items(calcium_mg=1000)),
        meal(D(2024, 6, 4), items(calcium_mg=500)),
        meal(D(2024, 6, 12), items(vitamin_d_iu=200)),
    ]
    weeks = weekly_intake(meals, D(2024, 6, 3), D(2024, 6, 16))
    assert [w.week_start for w in weeks] == [D(2024, 6, 3), D(2024, 6, 10)]
    assert weeks[0].summary.days_logged == 2
    assert weeks[0].summary.calcium_mg == pytest.approx(750.0)
    assert weeks[1].summary.calcium_mg is None
    assert weeks[1].summary.vitamin_d_iu == pytest.approx(200.0)


def test_summarize_intake_range() -> None:
    meals = [meal(D(2024, 1, k), items(potassium_mg=1000 * k)) for k in range(1, 6)]
    s = summarize_intake(meals, D(2024, 1, 2), D(2024, 1, 4))
    assert s.days_logged == 3
    assert s.potassium_mg == pytest.approx(3000.0)
