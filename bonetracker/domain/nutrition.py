"""Portion maths and honest nutrient totals: an unknown value is reported, never counted as zero.

SR28 leaves many cells blank (no vitamin K value for 40% of foods, no vitamin D for 37%), so a
day's "total" is really a lower bound whenever some item lacks a value. Every total here carries
how many items were unknown, and :meth:`NutrientTotal.describe` says so in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.intake import supplement_nutrient
from bonetracker.domain.measures import shown
from bonetracker.domain.records import (
    NUTRIENT_FIELDS,
    FoodPortion,
    Meal,
    MealItem,
    MedicationCourse,
    Nutrients,
)
from bonetracker.domain.targets import Targets

GRAM_UNITS = frozenset({"g", "gram", "grams"})


@dataclass(frozen=True)
class NutrientInfo:
    """How one nutrient is named and shown: label, unit and decimals."""

    field: str
    label: str
    unit: str
    digits: int = 0


NUTRIENTS: Mapping[str, NutrientInfo] = {
    "kcal": NutrientInfo("kcal", QT_TRANSLATE_NOOP("nutrition", "energy"), "kcal"),
    "protein_g": NutrientInfo("protein_g", QT_TRANSLATE_NOOP("nutrition", "protein"), "g", 1),
    "calcium_mg": NutrientInfo("calcium_mg", QT_TRANSLATE_NOOP("nutrition", "calcium"), "mg"),
    "vitamin_d_iu": NutrientInfo("vitamin_d_iu", QT_TRANSLATE_NOOP("nutrition", "vitamin D"), "IU"),
    "magnesium_mg": NutrientInfo("magnesium_mg", QT_TRANSLATE_NOOP("nutrition", "magnesium"), "mg"),
    "potassium_mg": NutrientInfo("potassium_mg", QT_TRANSLATE_NOOP("nutrition", "potassium"), "mg"),
    "vitamin_k_mcg": NutrientInfo("vitamin_k_mcg", QT_TRANSLATE_NOOP("nutrition", "vitamin K"), "µg"),
}

# Bars of the daily view, bone nutrients first; (nutrient, Targets field, upper-limit field).
BAR_ORDER: tuple[tuple[str, str | None, str | None], ...] = (
    ("calcium_mg", "calcium_mg", "calcium_upper_mg"),
    ("vitamin_d_iu", "vitamin_d_iu", "vitamin_d_upper_iu"),
    ("protein_g", "protein_g", None),
    ("magnesium_mg", "magnesium_mg", None),
    ("potassium_mg", "potassium_mg", None),
    ("vitamin_k_mcg", "vitamin_k_mcg", None),
    ("kcal", None, None),
)


def format_amount(value: float, nutrient: str) -> str:
    """``410 mg``, ``12.5 g``: the nutrient's unit and usual precision (vitamin D in µg to one
    decimal when the application chose µg)."""
    info = NUTRIENTS[nutrient]
    if nutrient == "vitamin_d_iu" and shown.chosen_unit(shown.VITAMIN_D) != "IU":
        unit = shown.chosen_unit(shown.VITAMIN_D)
        return f"{shown.to_shown(shown.VITAMIN_D, value, unit):,.1f} {unit}"
    return f"{value:,.{info.digits}f} {info.unit}"


# -- portion maths ---------------------------------------------------------------------------
def portion_grams(portion: FoodPortion, amount: float) -> float:
    """Weight of ``amount`` units of a household measure.

    SR28 defines some measures for a non-unit amount (``0.5 fillet = 198 g``), so the weight
    of one unit is ``grams / portion.amount``.
    """
    return portion.grams * amount / portion.amount


def scale(per_100g: Nutrients, grams: float) -> Nutrients:
    """Nutrients in ``grams`` of a food; an unknown (None) value stays unknown."""
    factor = grams / 100.0
    return Nutrients(
        **{name: None if (v := getattr(per_100g, name)) is None else v * factor for name in NUTRIENT_FIELDS}
    )


def per_100g_from_portion(per_portion: Nutrients, grams: float) -> Nutrients:
    """Convert amounts given for a ``grams``-heavy portion to per 100 g (custom food labels)."""
    return scale(per_portion, 10_000.0 / grams) if grams > 0 else Nutrients()


def matching_portions(portions: Sequence[FoodPortion], unit: str) -> list[FoodPortion]:
    """Portions the typed ``unit`` means: exact matches (case-insensitive) if any, else those
    whose unit starts with it as a word ("cup" finds "cup, chopped" and "cup (8 fl oz)").

    Several results with different units mean the unit is ambiguous; several with the same
    unit are SR28 duplicates (``0.5 cup`` and ``1 cup``) and :func:`choose_portion` picks one.
    """
    wanted = _norm(unit)
    exact = [p for p in portions if _norm(p.unit) == wanted]
    if exact or not wanted:
        return exact
    return [p for p in portions if _is_word_prefix(wanted, _norm(p.unit))]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _is_word_prefix(prefix: str, text: str) -> bool:
    return text.startswith(prefix) and len(text) > len(prefix) and not text[len(prefix)].isalnum()


def choose_portion(candidates: Sequence[FoodPortion], amount: float) -> FoodPortion:
    """Among same-unit duplicates, the one defined for exactly ``amount``, else for 1, else first."""
    for wanted in (amount, 1.0):
        for p in candidates:
            if abs(p.amount - wanted) < 1e-9:
                return p
    return candidates[0]


# -- honest totals ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NutrientTotal:
    """A sum that knows how many items had no value.

    ``value`` is the sum of the known amounts (supplements included), or None when nothing was
    known; with ``unknown_items > 0`` it is a lower bound ("at least").
    """

    value: float | None
    unknown_items: int
    total_items: int
    nutrient: str = "calcium_mg"
    supplement: float = 0.0

    @property
    def complete(self) -> bool:
        return self.unknown_items == 0

    def describe(self) -> str:
        """``410 mg``, ``at least 410 mg; 2 of 6 items have no vitamin K value`` or ``unknown; ...``."""
        info = NUTRIENTS[self.nutrient]
        if self.value is None:
            logged = bool(self.total_items)
            head = translate("nutrition", "unknown") if logged else translate("nutrition", "nothing logged")
        else:
            head = format_amount(self.value, self.nutrient)
            if self.unknown_items:
                head = translate("nutrition", "at least {amount}").format(amount=head)
        if not self.unknown_items:
            return head
        if self.total_items == 1:
            missing = translate("nutrition", "{head}; {unknown} of {total} item has no {nutrient} value")
        elif self.unknown_items == 1:
            missing = translate("nutrition", "{head}; {unknown} of {total} items has no {nutrient} value")
        else:
            missing = translate("nutrition", "{head}; {unknown} of {total} items have no {nutrient} value")
        return missing.format(head=head, unknown=self.unknown_items, total=self.total_items,
                              nutrient=translate("nutrition", info.label))


def total(items: Iterable[MealItem], nutrient: str, supplement: float = 0.0) -> NutrientTotal:
    """Sum one nutrient over ``items`` plus a known ``supplement`` amount."""
    known: float | None = supplement if supplement else None
    unknown = count = 0
    for item in items:
        count += 1
        amount = getattr(item.nutrients, nutrient)
        if amount is None:
            unknown += 1
        else:
            known = (known or 0.0) + amount
    return NutrientTotal(known, unknown, count, nutrient, supplement)


def totals(
    items: Iterable[MealItem], supplements: Mapping[str, float] | None = None
) -> dict[str, NutrientTotal]:
    """Every nutrient's honest total over ``items`` (iterated once per nutrient)."""
    listed = list(items)
    extra = supplements or {}
    return {n: total(listed, n, extra.get(n, 0.0)) for n in NUTRIENT_FIELDS}


def supplements_on(courses: Iterable[MedicationCourse], day: dt.date) -> dict[str, float]:
    """Daily amounts of supplement courses active on ``day``, by nutrient field.

    The name-to-nutrient rule is the plan engine's (:func:`intake.supplement_nutrient`), so the
    daily view and the plan always count the same supplements.
    """
    result: dict[str, float] = {}
    for course in courses:
        nutrient = supplement_nutrient(course)
        if nutrient and course.daily_amount is not None and course.active_on(day):
            result[nutrient] = result.get(nutrient, 0.0) + course.daily_amount
    return result


@dataclass(frozen=True)
class DailyTotals:
    """One day's meals plus active supplement courses."""

    day: dt.date
    totals: Mapping[str, NutrientTotal]
    supplements: Mapping[str, float] = field(default_factory=dict)
    meals: int = 0
    items: int = 0


def daily_totals(
    meals: Iterable[Meal], day: dt.date, courses: Iterable[MedicationCourse] = ()
) -> DailyTotals:
    """Totals for ``day``: every item of that day's meals, plus supplement courses."""
    todays = [m for m in meals if m.date == day]
    items = [i for m in todays for i in m.items]
    extra = supplements_on(courses, day)
    return DailyTotals(day, totals(items, extra), extra, len(todays), len(items))


@dataclass(frozen=True)
class TargetBar:
    """One bar of the daily view: the total against the target and, if any, the upper limit."""

    total: NutrientTotal
    target: float | None
    upper: float | None = None

    @property
    def nutrient(self) -> str:
        return self.total.nutrient

    @property
    def label(self) -> str:
        return NUTRIENTS[self.nutrient].label

    @property
    def fraction(self) -> float | None:
        """Share of the target reached (may exceed 1), None without a target or a value."""
        if not self.target or self.total.value is None:
            return None
        return self.total.value / self.target

    @property
    def over_upper(self) -> bool:
        return self.upper is not None and (self.total.value or 0.0) > self.upper

    def status(self) -> str:
        """``over_upper``, ``met``, ``below``, ``unknown`` (no value) or ``no_target``."""
        if self.over_upper:
            return "over_upper"
        if self.target is None:
            return "no_target"
        if self.total.value is None:
            return "unknown"
        return "met" if self.total.value >= self.target else "below"


def target_bars(daily: DailyTotals, targets: Targets | None) -> list[TargetBar]:
    """Bars in :data:`BAR_ORDER`; upper limits are shown for calcium and vitamin D only."""
    bars: list[TargetBar] = []
    for nutrient, target_field, upper_field in BAR_ORDER:
        target = getattr(targets, target_field) if targets and target_field else None
        upper = getattr(targets, upper_field) if targets and upper_field else None
        bars.append(TargetBar(daily.totals[nutrient], target, upper))
    return bars
