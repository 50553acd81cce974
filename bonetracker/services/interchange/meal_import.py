"""Importing meals: rows name a food by ID or description and join the day's meal of their kind.

Moved out of :mod:`.importing` (which re-exports these names). A row's food is found by
``custom_items_io.resolve_food_ref``: one of your own foods by its exact description first (how
export names them, since their ``C<id>`` differs in another database), else an ID or a
description as ``foods.resolve_food`` finds it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.errors import AmbiguousError, FieldError, NotFoundError, ValidationError
from bonetracker.domain.records import Food, Meal, MealItem, MealKind, Nutrients, PatientId
from bonetracker.services import meals as meal_svc
from bonetracker.services.interchange.csv_formats import Merge, Parsed, ParseFn, RowError
from bonetracker.services.interchange.custom_items import own_foods, resolve_food_ref
from bonetracker.services.interchange.grouped_import import held_tail
from bonetracker.services.validation import FieldReader, raise_if
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import meals as meal_repo
from bonetracker.storage.repositories.foods import mark_logged


@dataclass(frozen=True)
class MealLine:
    """One meals row: the meal it joins (date and kind, as ``log_meal`` joins them) and its item."""

    date: dt.date
    kind: MealKind
    item: MealItem


_NO_ITEM = MealItem("(placeholder)", 1.0, Nutrients())


def meal_parser(db: Database) -> ParseFn:
    """Rows through ``meals.parse_meal`` and ``parse_item``, the food found by
    :func:`resolve_food_ref` (your own food by exact description, else an ID or a description).

    ``grams`` given with ``amount`` and ``unit`` is kept as logged (the export writes all three),
    so nutrients re-computed from it equal the stored ones even if a measure was edited since.
    """
    foods: dict[str, Food | ValidationError] = {}
    own = own_foods(db)

    def food_for(ref: str) -> Food | ValidationError:
        if ref not in foods:
            try:
                foods[ref] = resolve_food_ref(db, ref, own)
            except ValidationError as exc:
                foods[ref] = exc
            except (AmbiguousError, NotFoundError) as exc:
                foods[ref] = ValidationError([FieldError("food", str(exc).removeprefix("food: "))])
        return foods[ref]

    def parse(pid: PatientId, raw: Mapping[str, object | None]) -> MealLine:
        errors: list[FieldError] = []
        item = None
        food = food_for(str(raw.get("food") or "").strip())
        if isinstance(food, ValidationError):
            errors += food.errors
        else:
            both = {k: raw.get(k) for k in ("amount", "unit") if raw.get(k)}
            try:
                item = meal_svc.parse_item(food, both or {"grams": raw.get("grams")})
                if both and raw.get("grams"):
                    r = FieldReader(raw)
                    grams = r.number("grams", meal_svc.ITEM_GRAMS)
                    r.raise_if_errors()
                    item = meal_svc.make_item(food, grams or item.grams, item.amount, item.unit)
            except ValidationError as exc:
                errors += exc.errors
        try:
            meal = meal_svc.parse_meal(pid, {"date": raw.get("date"), "meal": raw.get("meal")},
                                       [item or _NO_ITEM])
        except ValidationError as exc:
            errors += exc.errors
        raise_if(errors)
        assert item is not None
        return MealLine(meal.date, meal.kind, item)

    return parse


def _item_key(item: MealItem) -> MealItem:
    return dataclasses.replace(item, id=None)


class MealStream:
    """The meals' merge and write rules for one pass, fed a batch of parsed rows at a time:
    between batches it keeps only the stored items, an item count per meal and the meal each
    date and kind joins, never every row."""

    def __init__(self, session: Session, patient_id: PatientId, _plan: object = None) -> None:
        self.patient_id = patient_id
        meals = meal_repo.list_for_patient(session, patient_id)
        self.stock: Counter[tuple[dt.date, MealKind, MealItem]] = Counter(
            (m.date, m.kind, _item_key(i)) for m in meals for i in m.items)
        self.sizes = Counter((d, k) for d, k, _i in self.stock.elements())
        # The meal new items of a date and kind join: the first stored one (None: made by this
        # import, looked up when a later batch joins it).
        self.joins: dict[tuple[dt.date, MealKind], int | None] = {}
        for m in reversed(meals):
            self.joins[m.date, m.kind] = m.id or 0  # the first meal of that kind and day wins
        self.held: list[Parsed] = []  # a new meal's rows at the end of a batch (see write)

    def plan(self) -> None:
        return None

    def merge(self, parsed: Sequence[Parsed]) -> Merge:
        """An item equal to one of the stored meal of that date and kind is skipped; others join it."""
        stock, sizes = self.stock, self.sizes
        merge = Merge()
        for p in parsed:
            key = (p.record.date, p.record.kind, _item_key(p.record.item))
            if stock[key] > 0:
                stock[key] -= 1
                merge.skipped += 1
                continue
            sizes[key[:2]] += 1
            if sizes[key[:2]] > meal_svc.MAX_ITEMS:
                merge.errors.append(RowError(p.line, "food", f"the {p.record.kind} of {p.record.date} "
                                                             f"would have over {meal_svc.MAX_ITEMS} foods"))
            merge.to_add.append(p)
        return merge

    def write(self, session: Session, rows: Sequence[Parsed]) -> list[PatientId]:
        """Items join the day's meal of their kind (as ``log_meal`` does), else form a new meal.

        The rows of a new meal that end ``rows`` are held back until the next call (or
        :meth:`finish`), so a meal whose rows run on into the next batch is made once, whole."""
        rows = [*self.held, *rows]
        self.held = held_tail(rows, lambda p: (p.record.date, p.record.kind), self.joins)
        self._write(session, rows[:len(rows) - len(self.held)])
        return []

    def finish(self, session: Session) -> list[PatientId]:
        rows, self.held = self.held, []
        self._write(session, rows)
        return []

    def _write(self, session: Session, rows: Sequence[Parsed]) -> None:
        if not rows:
            return
        groups: dict[tuple[dt.date, MealKind], list[MealItem]] = {}
        for p in rows:
            groups.setdefault((p.record.date, p.record.kind), []).append(_item_key(p.record.item))
        fresh = []
        for (day, kind), items in groups.items():
            if (day, kind) in self.joins:
                meal_id = self.joins[day, kind]
                if meal_id is None:  # made from an earlier batch of this file
                    made = meal_repo.find_meal(session, self.patient_id, day, kind)
                    assert made is not None and made.id is not None
                    meal_id = self.joins[day, kind] = made.id
                meal_repo.add_items(session, meal_id, tuple(items))
            else:
                fresh.append(Meal(None, self.patient_id, day, kind, tuple(items)))
                self.joins[day, kind] = None
        meal_repo.add_many(session, fresh)  # one flush for thousands of meals
        mark_logged(session, {p.record.item.food_id for p in rows if p.record.item.food_id})


def merge_meals(session: Session, patient_id: PatientId, parsed: Sequence[Parsed]) -> Merge:
    """An item equal to one of the stored meal of that date and kind is skipped; others join it."""
    return MealStream(session, patient_id).merge(parsed)


def write_meals(session: Session, patient_id: PatientId, rows: Sequence[Parsed]) -> None:
    """Items join the day's meal of their kind (as ``log_meal`` does), else form a new meal."""
    stream = MealStream(session, patient_id)
    stream.write(session, rows)
    stream.finish(session)

