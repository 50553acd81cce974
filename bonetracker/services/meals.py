"""Meal use cases: validate an item against its food, log (joining the day's meal of that kind),
delete and undo, copy a day's meals, and the day's honest totals against the patient's targets.

An item's nutrients are computed once, here, when it is logged, and stored with it: editing or
re-importing the food database later never rewrites what someone ate.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.bmd import classify
from bonetracker.domain.errors import FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import translate
from bonetracker.domain.nutrition import (
    GRAM_UNITS,
    DailyTotals,
    TargetBar,
    choose_portion,
    daily_totals,
    matching_portions,
    portion_grams,
    scale,
    target_bars,
)
from bonetracker.domain.records import (
    NUTRIENT_FIELDS,
    Food,
    Meal,
    MealId,
    MealItem,
    MealItemId,
    MealKind,
    PatientId,
)
from bonetracker.domain.targets import Targets, targets_for
from bonetracker.services import foods as food_service
from bonetracker.services.patients import not_before_birth
from bonetracker.services.records import load_record
from bonetracker.services.validation import (
    FieldReader,
    Range,
    check_choice,
    check_date,
    check_number,
    check_text,
    raise_if,
    short_repr,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import meals as repo
from bonetracker.storage.repositories.foods import mark_logged

MAX_ITEM_GRAMS = 5000.0
ITEM_GRAMS = Range(0, MAX_ITEM_GRAMS, "g")
AMOUNT = Range(0, 100_000)
MAX_ITEMS = 100


def unit_choices(food: Food) -> list[str]:
    """The units an item of ``food`` may be logged in: its household measures, then grams."""
    seen: list[str] = []
    for p in food.portions:
        if p.unit not in seen:
            seen.append(p.unit)
    return [*seen, "g"]


def parse_item(food: Food, raw: Mapping[str, object | None]) -> MealItem:
    """An item from text: ``amount`` + ``unit`` (a household measure of the food, or g), or
    ``grams`` alone. Errors name ``amount``, ``unit`` or ``grams``; the weight must be > 0 and
    at most 5 kg.
    """
    r = FieldReader(raw)
    if r.has("grams") and not r.has("unit") and not r.has("amount"):
        grams = _positive_number(r, "grams", ITEM_GRAMS)
        r.raise_if_errors()
        assert grams is not None
        return make_item(food, grams, grams, "g")
    amount = _positive_number(r, "amount", AMOUNT)
    unit = r.text("unit", max_len=200)
    if not unit:
        r.add("unit", translate(
            "services",
            "is required: one of {listing}",
        ).format(listing=_listing(unit_choices(food))))
    r.raise_if_errors()
    assert amount is not None
    if unit.lower() in GRAM_UNITS:
        grams, unit = amount, "g"
    else:
        candidates = matching_portions(food.portions, unit)
        units = sorted({p.unit for p in candidates})
        if not candidates:
            raise ValidationError([FieldError("unit", translate(
                "services",
                "{unit!r} is not a measure of {description}; use {listing}",
            ).format(unit=unit, description=food.description, listing=_listing(unit_choices(food))))])
        if len(units) > 1:
            raise ValidationError([FieldError("unit", translate(
                "services",
                "{unit!r} could mean {listing}; give the whole unit",
            ).format(unit=unit, listing=_listing(units)))])
        portion = choose_portion(candidates, amount)
        grams, unit = portion_grams(portion, amount), portion.unit
    if grams > MAX_ITEM_GRAMS:
        raise ValidationError([FieldError(
            "amount", translate(
                "services",
                "{amount:g} {unit} weighs {grams:,.0f} g; one item can be at most {limit:,.0f} g "
                "(5 kg)",
            ).format(amount=amount, unit=unit, grams=grams, limit=MAX_ITEM_GRAMS))])
    return make_item(food, grams, amount, unit)


def _positive_number(r: FieldReader, field: str, rng: Range) -> float | None:
    """A required number above 0: zero and negatives get "must be more than 0", not a range."""
    try:
        if float(str(r.raw.get(field)).strip().replace(",", ".")) <= 0:
            r.add(field, translate(
                "services",
                "must be more than 0 (got {value})",
            ).format(value=short_repr(str(r.raw.get(field)).strip())))
            return None
    except ValueError:
        pass
    return r.number(field, rng, required=True)


def _listing(units: Sequence[str]) -> str:
    shown = [f"'{u}'" for u in units[:12]]
    more = f" and {len(units) - 12} more" if len(units) > 12 else ""
    return ", ".join(shown) + more


def make_item(food: Food, grams: float, amount: float | None = None, unit: str | None = None
              ) -> MealItem:
    """An item of ``grams`` of ``food`` with its nutrients computed now (None stays None)."""
    return MealItem(food_description=food.description, grams=grams,
                    nutrients=scale(food.per_100g, grams), amount=amount, unit=unit,
                    food_id=food.id)


def meal_errors(meal: Meal) -> list[FieldError]:
    """Every problem with a typed meal (callers that did not come through parse_meal)."""
    errors: list[FieldError] = []
    check_date(errors, "date", meal.date)
    check_choice(errors, "meal", meal.kind, MealKind)
    if not meal.items:
        errors.append(FieldError("items", translate("services", "add at least one food")))
    if len(meal.items) > MAX_ITEMS:
        errors.append(FieldError("items", translate(
            "services",
            "at most {limit} foods per meal",
        ).format(limit=MAX_ITEMS)))
    for n, item in enumerate(meal.items, 1):
        check_text(errors, f"items.{n}.food", item.food_description, max_len=300, required=True)
        grams = check_number(errors, f"items.{n}.grams", item.grams, ITEM_GRAMS, required=True)
        if grams == 0:
            errors.append(FieldError(f"items.{n}.grams", translate("services", "must be more than 0")))
        check_number(errors, f"items.{n}.amount", item.amount, AMOUNT)
        if item.unit is not None:
            check_text(errors, f"items.{n}.unit", item.unit, max_len=200)
        for name in NUTRIENT_FIELDS:
            check_number(errors, f"items.{n}.{name}", getattr(item.nutrients, name),
                         Range(0, 1e7))
    return errors


def parse_meal(patient_id: PatientId, raw: Mapping[str, object | None],
               items: Iterable[MealItem]) -> Meal:
    """A meal from form/CLI text (``date``, ``meal``) and already parsed items."""
    r = FieldReader(raw)
    date = r.date("date")
    kind = r.choice("meal", MealKind)
    listed = tuple(items)
    if not listed:
        r.add("items", translate("services", "add at least one food"))
    r.raise_if_errors()
    assert date is not None and kind is not None
    meal = Meal(id=None, patient_id=patient_id, date=date, kind=kind, items=listed)
    raise_if(meal_errors(meal))
    return meal


def log_meal(db: Database, meal: Meal) -> Meal:
    """Save a meal; items join the patient's meal of the same kind that day if there is one."""
    raise_if(meal_errors(meal))
    items = tuple(dataclasses.replace(i, id=None) for i in meal.items)
    with db.write() as s:
        not_before_birth(s, meal.patient_id, [("date", meal.date)])
        existing = repo.find_meal(s, meal.patient_id, meal.date, meal.kind)
        if existing is None:
            saved = repo.add(s, dataclasses.replace(meal, id=None, items=items))
        else:
            saved = repo.add_items(s, existing.id or 0, items)
        mark_logged(s, [i.food_id for i in items if i.food_id is not None])
        return saved


def delete_meal(db: Database, meal_id: MealId, version: int | None = None) -> Meal:
    """Delete a meal; the returned record is what :func:`restore_meal` needs to undo it."""
    with db.write() as s:
        return repo.delete(s, meal_id, version)


def restore_meal(db: Database, meal: Meal) -> Meal:
    """Undo a delete: the meal and its items come back with the same ids."""
    with db.write() as s:
        return repo.add(s, meal)


def copy_meals(db: Database, patient_id: PatientId, source: dt.date, target: dt.date,
               kind: MealKind | None = None) -> list[Meal]:
    """Log ``source``'s meals (or only one kind) again on ``target`` ("same as yesterday").

    The copies keep the nutrient amounts stored with the originals: it is the same food eaten
    again, and an item whose food was since removed can still be copied.
    """
    errors: list[FieldError] = []
    check_date(errors, "date", target)
    raise_if(errors)
    originals = [m for m in list_meals(db, patient_id, source)
                 if kind is None or m.kind is kind]
    if not originals:
        what = f"no {kind.value}" if kind else "no meals"
        raise ValidationError([FieldError("from", translate(
            "services",
            "{what} logged on {date}",
        ).format(what=what, date=source.isoformat()))])
    return [log_meal(db, dataclasses.replace(m, id=None, date=target)) for m in originals]


def foods_already_on(db: Database, patient_id: PatientId, source: dt.date, target: dt.date) -> list[str]:
    """Foods of ``source``'s meals that ``target`` already holds in a meal of the same kind (a
    second "copy yesterday" would count them twice)."""
    there = {(m.kind, i.food_description) for m in list_meals(db, patient_id, target) for i in m.items}
    found = [i.food_description for m in list_meals(db, patient_id, source) for i in m.items
             if (m.kind, i.food_description) in there]
    return list(dict.fromkeys(found))


def replace_day(db: Database, patient_id: PatientId, day: dt.date, meals: Sequence[Meal]) -> list[Meal]:
    """Put ``day``'s meals back exactly as ``meals`` (same ids): the undo of a copy."""
    with db.write() as s:
        for m in repo.list_for_patient(s, patient_id, since=day, until=day):
            repo.delete(s, m.id or 0)
        return [repo.add(s, m) for m in meals]


def remove_food(db: Database, meal_id: MealId, item_id: MealItemId) -> tuple[Meal, Meal | None]:
    """Remove one food from a saved meal: (the meal before, the meal after or None when that
    was its last food). Undo with :func:`put_back_meal`."""
    with db.write() as s:
        before = repo.get(s, meal_id)
        return before, repo.remove_item(s, meal_id, item_id)


def put_back_meal(db: Database, before: Meal) -> Meal:
    """Restore a meal exactly as ``before`` (same ids), whatever it holds now."""
    with db.write() as s:
        with contextlib.suppress(NotFoundError):  # it was the meal's last food: nothing left
            repo.delete(s, before.id or 0)
        return repo.add(s, before)


def list_meals(db: Database, patient_id: PatientId, day: dt.date | None = None,
               since: dt.date | None = None, until: dt.date | None = None) -> list[Meal]:
    with db.read() as s:
        return repo.list_for_patient(s, patient_id, since=day or since, until=day or until)


def recent_items(db: Database, patient_id: PatientId, limit: int = 10) -> list[MealItem]:
    """The last way each recently eaten food was logged, for quick add."""
    with db.read() as s:
        return repo.recent_items(s, patient_id, limit)


def quick_item(db: Database, previous: MealItem) -> MealItem:
    """Log ``previous`` again with nutrients computed from today's food data."""
    if previous.food_id is None:
        return dataclasses.replace(previous, id=None)
    food = food_service.get_food(db, previous.food_id)
    return make_item(food, previous.grams, previous.amount, previous.unit)


@dataclass(frozen=True)
class DaySummary:
    """One day for the daily view: its meals, honest totals and bars against targets."""

    day: dt.date
    meals: tuple[Meal, ...]
    totals: DailyTotals
    bars: tuple[TargetBar, ...]
    targets: Targets | None


def day_summary(db: Database, patient_id: PatientId, day: dt.date) -> DaySummary:
    """The day's meals and supplement courses against the plan engine's targets."""
    # Daily logs of that day only: scans, courses and fractures load whole anyway, and ten
    # years of meals would cost seconds on every patient switch and date change.
    record = load_record(db, patient_id, since=day, until=day)
    targets = targets_for(record.patient, day, classify(record, day).category, record.fractures, record.falls)
    meals = tuple(m for m in record.meals if m.date == day)
    totals = daily_totals(meals, day, record.medications)
    return DaySummary(day, meals, totals, tuple(target_bars(totals, targets)), targets)


def daily_summaries(db: Database, patient_id: PatientId, days: Iterable[dt.date]
                    ) -> list[DailyTotals]:
    """Totals (with supplements) for several days from one record load (CLI listings)."""
    wanted = list(days)
    if not wanted:
        return []
    record = load_record(db, patient_id, since=min(wanted), until=max(wanted))
    return [daily_totals(record.meals, d, record.medications) for d in wanted]
