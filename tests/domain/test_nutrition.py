"""Portion maths against hand-computed SR28 values, honest totals, supplements and target bars."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from bonetracker.domain.nutrition import (
    NutrientTotal,
    choose_portion,
    daily_totals,
    matching_portions,
    per_100g_from_portion,
    portion_grams,
    scale,
    target_bars,
    total,
    totals,
)
from bonetracker.domain.records import DrugClass, FoodPortion, MealItem, MealKind, Nutrients, Sex
from bonetracker.domain.targets import compute_targets
from bonetracker.resources import resource_path
from tests.helpers.factories import D, course, meal

USDA = resource_path("usda-sr28")


def _csv_food(ndb: str) -> tuple[Nutrients, tuple[FoodPortion, ...]]:
    """The food's row and portions straight from the shipped CSVs (blank = None)."""
    with (USDA / "foods_compact.csv").open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["fdc_or_ndb_id"] == ndb)
    fields = ("kcal", "protein_g", "calcium_mg", "vitamin_d_iu", "magnesium_mg", "potassium_mg",
              "vitamin_k_mcg")
    per_100g = Nutrients(**{f: float(row[f]) if row[f] else None for f in fields})
    with (USDA / "portions_compact.csv").open(encoding="utf-8") as fh:
        portions = tuple(FoodPortion(float(r["amount"]), r["unit_description"], float(r["grams"]))
                         for r in csv.DictReader(fh) if r["id"] == ndb)
    return per_100g, portions


# (NDB, unit typed, amount, grams by hand, calcium mg by hand) — hand-computed from the CSV rows:
# 01077 milk: Ca 113 mg/100 g, 1 cup = 244 g.    15076 salmon: Ca 12, "0.5 fillet = 198 g".
# 15088 sardines: Ca 382, "2 sardines = 24 g", "1 can (3.75 oz) = 92 g".
# 16426 tofu: Ca 683, "0.25 block = 81 g".       12061 almonds: Ca 269, "1 oz (23 whole kernels) = 28.35 g".
# 01036 ricotta lists "0.5 cup = 124 g" and "1 cup = 246 g".
PORTION_CASES = [
    ("01077", "cup", 1, 244.0, 275.72),
    ("01077", "cup", 2, 488.0, 551.44),
    ("01077", "CUP", 0.5, 122.0, 137.86),
    ("15076", "fillet", 1, 396.0, 47.52),
    ("15076", "fillet", 0.5, 198.0, 23.76),
    ("15088", "sardines", 1, 12.0, 45.84),
    ("15088", "can", 1, 92.0, 351.44),
    ("16426", "block", 1, 324.0, 2212.92),
    ("12061", "oz", 1, 28.35, 76.2615),
    ("01036", "cup", 1, 246.0, 509.22),
    ("01036", "cup", 0.5, 124.0, 256.68),
]


@pytest.mark.parametrize(("ndb", "unit", "amount", "grams", "calcium"), PORTION_CASES)
def test_portion_maths_matches_hand_computed_values(
    ndb: str, unit: str, amount: float, grams: float, calcium: float
) -> None:
    per_100g, portions = _csv_food(ndb)
    candidates = matching_portions(portions, unit)
    assert len({p.unit for p in candidates}) == 1
    portion = choose_portion(candidates, amount)
    assert portion_grams(portion, amount) == pytest.approx(grams)
    assert scale(per_100g, grams).calcium_mg == pytest.approx(calcium)


def test_unknown_values_stay_unknown_after_scaling() -> None:
    per_100g, _ = _csv_food("15076")  # salmon: no vitamin D or vitamin K value in SR28
    scaled = scale(per_100g, 396)
    assert scaled.vitamin_d_iu is None and scaled.vitamin_k_mcg is None
    assert scaled.kcal == pytest.approx(142 * 3.96)


PORTIONS = (FoodPortion(1, "cup, whole", 143), FoodPortion(1, "cup, sliced", 92),
            FoodPortion(1, "oz (23 whole kernels)", 28.35), FoodPortion(1, "cupcake", 60))


@pytest.mark.parametrize(("typed", "units"), [
    ("cup, whole", {"cup, whole"}),
    ("Cup,  Whole", {"cup, whole"}),
    ("cup", {"cup, whole", "cup, sliced"}),   # ambiguous: the caller lists both
    ("oz", {"oz (23 whole kernels)"}),          # a word prefix finds the qualified unit
    ("cupcake", {"cupcake"}),
    ("cu", set()),                             # not a whole word
    ("bowl", set()),
    ("", set()),
])
def test_matching_portions(typed: str, units: set[str]) -> None:
    assert {p.unit for p in matching_portions(PORTIONS, typed)} == units


def test_choose_portion_prefers_same_amount_then_one() -> None:
    half, whole = FoodPortion(0.5, "cup", 124), FoodPortion(1, "cup", 246)
    assert choose_portion([half, whole], 0.5) is half
    assert choose_portion([half, whole], 3) is whole
    assert choose_portion([half], 3) is half


def test_per_portion_label_converts_to_per_100g() -> None:
    per_100g = per_100g_from_portion(Nutrients(calcium_mg=500, vitamin_d_iu=None), 5)
    assert per_100g.calcium_mg == pytest.approx(10_000) and per_100g.vitamin_d_iu is None


def _item(**values: float | None) -> MealItem:
    return MealItem(food_description="food", grams=100, nutrients=Nutrients(**values))


@pytest.mark.parametrize(("value", "unknown", "count", "nutrient", "text"), [
    (410.0, 2, 6, "calcium_mg", "at least 410 mg; 2 of 6 items have no calcium value"),
    (410.0, 2, 6, "vitamin_k_mcg", "at least 410 µg; 2 of 6 items have no vitamin K value"),
    (410.4, 0, 6, "calcium_mg", "410 mg"),
    (12.345, 1, 3, "protein_g", "at least 12.3 g; 1 of 3 items has no protein value"),
    (None, 2, 2, "vitamin_d_iu", "unknown; 2 of 2 items have no vitamin D value"),
    (None, 1, 1, "vitamin_d_iu", "unknown; 1 of 1 item has no vitamin D value"),
    (None, 0, 0, "calcium_mg", "nothing logged"),
    (1250.0, 0, 1, "potassium_mg", "1,250 mg"),
])
def test_describe(value: float | None, unknown: int, count: int, nutrient: str, text: str) -> None:
    assert NutrientTotal(value, unknown, count, nutrient).describe() == text


def test_totals_never_count_unknown_as_zero() -> None:
    items = [_item(calcium_mg=300, vitamin_k_mcg=None), _item(calcium_mg=110, vitamin_k_mcg=5),
             _item(calcium_mg=None, vitamin_k_mcg=None)]
    result = totals(items)
    assert result["calcium_mg"] == NutrientTotal(410.0, 1, 3, "calcium_mg")
    assert result["vitamin_k_mcg"].describe() == "at least 5 µg; 2 of 3 items have no vitamin K value"
    assert total([], "calcium_mg").value is None


def test_daily_totals_count_active_supplement_courses() -> None:
    day = D(2024, 6, 1)
    meals = [meal(day, _item(calcium_mg=400, vitamin_d_iu=None), kind=MealKind.BREAKFAST),
             meal(day - dt.timedelta(days=1), _item(calcium_mg=999))]
    courses = [
        course("Calcium carbonate", DrugClass.SUPPLEMENT, D(2024, 1, 1), daily_amount=500),
        course("Vitamin D3", DrugClass.SUPPLEMENT, D(2024, 5, 1), daily_amount=1000),
        course("Vitamin D3", DrugClass.SUPPLEMENT, D(2023, 1, 1), D(2023, 12, 31), daily_amount=800),
        course("Alendronate", DrugClass.BISPHOSPHONATE, D(2024, 1, 1), daily_amount=70),
    ]
    daily = daily_totals(meals, day, courses)
    assert daily.items == 1 and daily.meals == 1
    assert daily.supplements == {"calcium_mg": 500, "vitamin_d_iu": 1000}
    assert daily.totals["calcium_mg"].value == 900
    vitamin_d = daily.totals["vitamin_d_iu"]
    assert vitamin_d.value == 1000 and vitamin_d.unknown_items == 1
    assert vitamin_d.describe() == "at least 1,000 IU; 1 of 1 item has no vitamin D value"


def test_target_bars_show_upper_limits_for_calcium_and_vitamin_d_only() -> None:
    targets = compute_targets(60, Sex.FEMALE, 60)
    day = D(2024, 6, 1)
    daily = daily_totals([meal(day, _item(calcium_mg=2300, vitamin_d_iu=100, kcal=500))], day)
    bars = {b.nutrient: b for b in target_bars(daily, targets)}
    assert bars["calcium_mg"].upper == targets.calcium_upper_mg == 2000
    assert bars["vitamin_d_iu"].upper == targets.vitamin_d_upper_iu
    assert all(b.upper is None for n, b in bars.items() if n not in ("calcium_mg", "vitamin_d_iu"))
    assert bars["calcium_mg"].status() == "over_upper"
    assert bars["vitamin_d_iu"].status() == "below"
    assert bars["vitamin_d_iu"].fraction == pytest.approx(100 / targets.vitamin_d_iu)
    assert bars["magnesium_mg"].status() == "unknown"
    assert bars["kcal"].status() == "no_target" and bars["kcal"].fraction is None
    assert target_bars(daily, None)[0].target is None
