"""Your own foods and activities in export and import: ``foods.csv`` and ``activities.csv``.

Why: meals and workouts name a food or an activity, and a patient who logged one of their own
(``bonetracker foods add``, ``workouts add-activity``) could not be moved to another database,
where that food or activity does not exist. So:

- Export writes the custom foods a patient's meals use (``foods.csv``: description, group,
  nutrients per 100 g exactly as stored, one row per household measure) and the custom
  activities their workouts use (``activities.csv``), and only when there are some: a patient
  with none gets the same files as before.
- ``meals.csv`` names a custom food by its exact description, since its ``C<id>`` differs in
  another database; :func:`resolve_food_ref` finds the food of yours with exactly that
  description before anything else (a USDA food with the same text, an ID-looking text).
- Import reads them through the same validation as adding one by hand
  (``foods.parse_custom_food``/``food_errors``, ``activities.parse_custom_activity``/
  ``custom_activity_errors``) and the same all-or-nothing machinery as every kind. A food equal
  to a stored one of yours (description, group, nutrients and measures) or an activity equal
  to a listed one (name in any case, category, MET, flags) is skipped; the same description
  or name with other values is refused, since meals and workouts could not tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import NUTRIENT_FIELDS, Activity, Food, FoodPortion, PatientRecord
from bonetracker.services import activities as activity_svc
from bonetracker.services import foods as food_svc
from bonetracker.services.interchange.csv_formats import Merge, Parsed, ParseFn, RowError
from bonetracker.services.validation import raise_if, short_repr
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import activities as activity_repo
from bonetracker.storage.repositories import custom_foods
from bonetracker.storage.repositories import foods as food_store

Row = dict[str, object]


# -- export ----------------------------------------------------------------------------------
def used_foods(db: Database, record: PatientRecord, also: Iterable[int] = ()) -> list[Food]:
    """The custom foods the patient's meals use (and those in ``also``: the favourites), by
    description (then age)."""
    ids = {i.food_id for m in record.meals for i in m.items if i.food_id is not None} | set(also)
    if not ids:
        return []
    with db.read() as s:
        found = custom_foods.by_ids(s, ids)
    return sorted(found, key=lambda f: (f.description.casefold(), f.description, f.id or 0))


def used_activities(db: Database, record: PatientRecord) -> list[Activity]:
    """The custom activities the patient's workouts use, by name."""
    if not record.workouts:
        return []
    ids = {w.activity_id for w in record.workouts if w.activity_id is not None}
    names = {activity_svc.normalise_name(w.activity) for w in record.workouts}
    with db.read() as s:
        listed = activity_repo.list_all(s)
    own = [a for a in listed
           if a.custom and (a.id in ids or activity_svc.normalise_name(a.name) in names)]
    return sorted(own, key=lambda a: (activity_svc.normalise_name(a.name), a.name))


def food_refs(foods: Iterable[Food]) -> dict[int, str]:
    """Food id -> how ``meals.csv`` names it: the exact description (ids differ elsewhere)."""
    return {f.id: f.description for f in foods if f.id is not None}


def food_rows(foods: Iterable[Food]) -> list[Row]:
    """One ``foods.csv`` row per household measure (one with blank measure columns if none)."""
    rows: list[Row] = []
    for food in foods:
        base: Row = {"description": food.description, "food_group": food.food_group,
                     **{n: getattr(food.per_100g, n) for n in NUTRIENT_FIELDS}}
        portions: Sequence[FoodPortion | None] = food.portions or (None,)
        for p in portions:
            rows.append({**base, "portion_unit": p.unit if p else None,
                         "portion_amount": p.amount if p else None,
                         "portion_grams": p.grams if p else None})
    return rows


def activity_rows(activities: Iterable[Activity]) -> list[Row]:
    return [{"name": a.name, "category": a.category.value, "met": a.met,
             "spinal_flexion": a.spinal_flexion, "high_impact": a.high_impact}
            for a in activities]


# -- meals naming a food ---------------------------------------------------------------------
OwnFoods = Mapping[str, Sequence[int]]
"""Exact description -> the ids of your own foods with it (usually one)."""


def own_foods(db: Database) -> OwnFoods:
    """Your own foods by exact description, read once for a whole meals import."""
    with db.read() as s:
        pairs = custom_foods.descriptions(s)
    index: dict[str, list[int]] = {}
    for food_id, description in pairs:
        index.setdefault(description, []).append(food_id)
    return index


def resolve_food_ref(db: Database, ref: str, own: OwnFoods | None = None) -> Food:
    """The food a ``meals.csv`` row names: the one food of yours whose description is exactly
    ``ref`` (how export names them), else ``foods.resolve_food`` (an ID or a description,
    ambiguity reported as there). ``own``: :func:`own_foods`, when resolving many rows."""
    ids = (own_foods(db) if own is None else own).get((ref or "").strip(), ())
    if len(ids) == 1:
        return food_svc.get_food(db, ids[0])
    return food_svc.resolve_food(db, ref)


# -- importing foods -------------------------------------------------------------------------
def food_parser(db: Database) -> ParseFn:
    """Rows through ``parse_custom_food`` (amounts per 100 g as stored) and ``food_errors``."""
    food_svc.ready(db)  # the USDA foods first, as adding a food by hand does

    def parse(_pid: Any, raw: Any) -> Food:
        errors: list[FieldError] = []
        if str(raw.get("portion_amount") or "").strip() and not (
                str(raw.get("portion_unit") or "").strip() or str(raw.get("portion_grams") or "").strip()):
            errors.append(FieldError("portion_amount", "needs portion_unit and portion_grams "
                                                       "(a measure such as 2 tbsp = 30 g)"))
        try:
            food = food_svc.parse_custom_food(raw, as_stored=True)
        except ValidationError as exc:
            raise ValidationError([*errors, *exc.errors]) from exc
        raise_if(errors + food_svc.food_errors(food))
        return food

    return parse


def _values(food: Food) -> tuple[object, ...]:
    """What makes rows one food: description, group and nutrients (measures are its rows)."""
    return food.description, food.food_group, food.per_100g


def _measures(food: Food) -> tuple[tuple[float, str, float], ...]:
    return tuple((p.amount, p.unit, p.grams) for p in food.portions)


def _grouped(parsed: Sequence[Parsed]) -> dict[tuple[object, ...], list[Parsed]]:
    groups: dict[tuple[object, ...], list[Parsed]] = {}
    for p in parsed:
        groups.setdefault(_values(p.record), []).append(p)
    return groups


def _combined(rows: Sequence[Parsed]) -> Food:
    first: Food = rows[0].record
    portions = tuple(p for r in rows for p in r.record.portions)
    return Food(None, first.description, first.food_group, first.per_100g, "custom", None, portions)


def merge_foods(session: Session, parsed: Sequence[Parsed]) -> Merge:
    """Skip foods equal to a stored food of yours; refuse a description that would name two."""
    groups = _grouped(parsed)
    stored: dict[str, list[Food]] = {}
    for f in custom_foods.named(session, {rows[0].record.description for rows in groups.values()}):
        stored.setdefault(f.description, []).append(f)
    merge = Merge()
    first_line: dict[str, tuple[tuple[object, ...], int]] = {}
    for key, rows in groups.items():
        food = _combined(rows)
        line = rows[0].line
        other_key, other_line = first_line.setdefault(food.description, (key, line))
        if other_key != key:
            merge.errors.append(RowError(line, "description", (
                f"{short_repr(food.description)} is also on line {other_line} with other values; "
                "meals name your own foods by description, so give each food its own")))
            continue
        same_text = stored.get(food.description, [])
        if any(_values(s) == key and _measures(s) == _measures(food) for s in same_text):
            merge.skipped += len(rows)
        elif same_text:
            ids = ", ".join(food_svc.public_id(s) for s in same_text)
            merge.errors.append(RowError(line, "description", (
                f"{short_repr(food.description)} is already one of your foods ({ids}) with other "
                "values or measures; meals name your own foods by description, so give this "
                "one another")))
        else:
            merge.to_add += rows
    return merge


def write_foods(session: Session, rows: Sequence[Parsed]) -> None:
    """One food per group of rows, its measures in row order."""
    for group in _grouped(rows).values():
        food_store.add_food(session, _combined(group))


# -- importing activities --------------------------------------------------------------------
def activity_parser(db: Database) -> ParseFn:
    """Rows through ``parse_custom_activity`` and ``custom_activity_errors``."""
    activity_svc.ensure_catalogue(db)  # built-in names first, as adding one by hand does

    def parse(_pid: Any, raw: Any) -> Activity:
        activity = activity_svc.parse_custom_activity(raw)
        raise_if(activity_svc.custom_activity_errors(activity))
        return activity

    return parse


def _activity_values(a: Activity) -> tuple[object, ...]:
    return a.category, a.met, a.spinal_flexion, a.high_impact


def _described(a: Activity) -> str:
    yes_no = {True: "yes", False: "no"}
    return (f"category {a.category.value}, MET {a.met:g}, spinal flexion "
            f"{yes_no[a.spinal_flexion]}, high impact {yes_no[a.high_impact]}")


def merge_activities(session: Session, parsed: Sequence[Parsed]) -> Merge:
    """Skip activities equal to a listed one (name in any case); refuse a name with other
    values, since workouts name activities."""
    listed = {activity_svc.normalise_name(a.name): a for a in activity_repo.list_all(session)}
    seen: dict[str, Parsed] = {}
    merge = Merge()
    for p in parsed:
        activity: Activity = p.record
        key = activity_svc.normalise_name(activity.name)
        earlier = seen.setdefault(key, p)
        old = listed.get(key)
        if earlier is not p and _activity_values(earlier.record) != _activity_values(activity):
            merge.errors.append(RowError(p.line, "name", (
                f"{short_repr(activity.name)} is also on line {earlier.line} with other values; "
                "workouts name activities, so give each its own name")))
        elif earlier is not p or (old is not None and _activity_values(old) == _activity_values(activity)):
            merge.skipped += 1
        elif old is not None:
            whose = "one of your activities" if old.custom else "a built-in activity"
            merge.errors.append(RowError(p.line, "name", (
                f"{short_repr(old.name)} is already {whose} with other values ({_described(old)}); "
                "workouts name activities, so rename yours")))
        else:
            merge.to_add.append(p)
    return merge


def write_activities(session: Session, rows: Sequence[Parsed]) -> None:
    activity_repo.add_many(session, [p.record for p in rows])
