"""``bonetracker meals add|list|delete|copy``: log what was eaten, one food per ``add``.

Items added to the same patient, date and meal kind join one meal. ``list`` prints each day's
honest totals (supplement courses included): "at least" where some food has no value.
"""

from __future__ import annotations

import argparse
import datetime as dt
from itertools import groupby
from typing import Any

from bonetracker.cli.common import add_command, database, patient_db, print_json
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.nutrition import NUTRIENTS, DailyTotals
from bonetracker.domain.records import NUTRIENT_FIELDS, Meal, MealId, MealKind
from bonetracker.services import foods as food_service
from bonetracker.services import meals as service
from bonetracker.services.validation import FieldReader

KINDS = "|".join(k.value for k in MealKind)
SHOWN = ("calcium_mg", "vitamin_d_iu", "protein_g", "magnesium_mg", "potassium_mg",
         "vitamin_k_mcg", "kcal")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("meals", help="log meals and see daily nutrient totals")
    commands = group.add_subparsers(dest="meals_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add,
                      "log one food; foods of the same date and meal form one meal")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--meal", required=True, help=KINDS)
    add.add_argument("--food", required=True, metavar="ID_OR_DESCRIPTION",
                     help="NDB number (01077), C<id> for your own foods, or a description")
    add.add_argument("--amount", metavar="X", help="how many units (with --unit)")
    add.add_argument("--unit", help="a household measure of the food (cup, slice...) or g")
    add.add_argument("--grams", metavar="G", help="weight in grams (instead of --amount/--unit)")

    listing = add_command(commands, "list", common, _list, "list meals with daily totals")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--date", metavar="YYYY-MM-DD", help="only this day")
    listing.add_argument("--json", action="store_true", help="print JSON")

    delete = add_command(commands, "delete", common, _delete, "delete a meal by its id")
    delete.add_argument("--meal", required=True, type=int, help="meal id (see meals list)")

    copy = add_command(commands, "copy", common, _copy, "log one day's meals again on another day")
    copy.add_argument("--patient", required=True, help="name or id")
    copy.add_argument("--from", dest="source", required=True, metavar="YYYY-MM-DD")
    copy.add_argument("--to", dest="target", required=True, metavar="YYYY-MM-DD")
    copy.add_argument("--meal", help=f"only this meal ({KINDS})")


def _add(args: argparse.Namespace) -> int:
    if args.grams is not None and (args.amount is not None or args.unit is not None):
        raise ValidationError([FieldError("grams", "give either --grams or --amount with --unit")])
    raw_meal = {"date": args.date, "meal": args.meal}
    with patient_db(args) as (db, patient, pid):
        errors: list[FieldError] = []
        try:
            food = food_service.resolve_food(db, args.food)
            item = service.parse_item(food, {"amount": args.amount, "unit": args.unit,
                                             "grams": args.grams})
        except ValidationError as exc:  # report food/amount errors with the date/meal ones
            errors.extend(exc.errors)
            item = None
        try:
            meal = service.parse_meal(pid, raw_meal, [item] if item else [])
        except ValidationError as exc:
            errors.extend(e for e in exc.errors if e.field != "items")
        if errors:
            raise ValidationError(errors)
        saved = service.log_meal(db, meal)
    assert item is not None
    calcium = item.nutrients.calcium_mg
    ca = "unknown calcium" if calcium is None else f"{calcium:.0f} mg calcium"
    print(f"Saved {item.grams:g} g of {item.food_description} ({ca}) to {patient.name}'s "
          f"{saved.kind.value} on {saved.date} (meal {saved.id}).")
    return 0


def _totals_dict(totals: DailyTotals) -> dict[str, object]:
    return {n: {"value": None if (t := totals.totals[n]).value is None else round(t.value, 1),
                "unknown_items": t.unknown_items, "total_items": t.total_items,
                "supplement": t.supplement, "text": t.describe()} for n in NUTRIENT_FIELDS}


def _meal_dict(meal: Meal) -> dict[str, object]:
    return {"id": meal.id, "date": meal.date.isoformat(), "meal": meal.kind.value,
            "items": [{"food": i.food_description, "food_id": i.food_id, "amount": i.amount,
                       "unit": i.unit, "grams": i.grams,
                       "nutrients": {n: getattr(i.nutrients, n) for n in NUTRIENT_FIELDS}}
                      for i in meal.items]}


def _list(args: argparse.Namespace) -> int:
    reader = FieldReader({"date": args.date})
    day = reader.date("date", required=False)
    reader.raise_if_errors()
    with patient_db(args) as (db, patient, pid):
        meals = service.list_meals(db, pid, day)
        days = sorted({m.date for m in meals} | ({day} if day else set()))
        totals = dict(zip(days, service.daily_summaries(db, pid, days), strict=True))
    by_day = {d: list(ms) for d, ms in groupby(meals, key=lambda m: m.date)}
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id, "days": [
            {"date": d.isoformat(), "meals": [_meal_dict(m) for m in by_day.get(d, [])],
             "totals": _totals_dict(totals[d])} for d in days]})
        return 0
    if not days:
        print(f"{patient.name} has no meals logged yet.")
    for d in days:
        _print_day(d, by_day.get(d, []), totals[d])
    return 0


def _print_day(day: dt.date, meals: list[Meal], totals: DailyTotals) -> None:
    print(f"{day.isoformat()}")
    for meal in meals:
        print(f"  {meal.kind.value} (meal {meal.id})")
        for i in meal.items:
            portion = f"{i.amount:g} {i.unit}, " if i.amount is not None and i.unit != "g" else ""
            print(f"    {i.food_description} ({portion}{i.grams:g} g)")
    for n in SHOWN:
        print(f"  {NUTRIENTS[n].label:<10} {totals.totals[n].describe()}")
    if totals.supplements:
        extra = ", ".join(f"{v:g} {NUTRIENTS[n].unit} {NUTRIENTS[n].label}"
                          for n, v in totals.supplements.items())
        print(f"  (includes supplements: {extra})")


def _delete(args: argparse.Namespace) -> int:
    with database(args) as db:
        removed = service.delete_meal(db, MealId(args.meal))
    print(f"Deleted meal {removed.id} ({removed.kind.value} of {removed.date}, "
          f"{len(removed.items)} items).")
    return 0


def _copy(args: argparse.Namespace) -> int:
    reader = FieldReader({"from": args.source, "to": args.target, "meal": args.meal})
    source = reader.date("from")
    target = reader.date("to")
    kind = reader.choice("meal", MealKind, required=False)
    reader.raise_if_errors()
    assert source is not None and target is not None
    with patient_db(args) as (db, patient, pid):
        copied = service.copy_meals(db, pid, source, target, kind)
    kinds = ", ".join(m.kind.value for m in copied)
    print(f"Copied {kinds} of {source} to {target} for {patient.name}.")
    return 0
