"""Meals and their items (with nutrients frozen at logging time) as domain records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.records import (
    NUTRIENT_FIELDS,
    FoodId,
    Meal,
    MealId,
    MealItem,
    MealItemId,
    MealKind,
    Nutrients,
    PatientId,
)
from bonetracker.storage.models import MealItemRow, MealRow
from bonetracker.storage.repositories.entries import check_version
from bonetracker.storage.repositories.rows import get_row


def item_to_domain(row: MealItemRow) -> MealItem:
    return MealItem(
        id=MealItemId(row.id),
        food_id=FoodId(row.food_id) if row.food_id is not None else None,
        food_description=row.food_description,
        amount=row.amount,
        unit=row.unit,
        grams=row.grams,
        nutrients=Nutrients(**{name: getattr(row, name) for name in NUTRIENT_FIELDS}),
    )


def to_domain(row: MealRow) -> Meal:
    return Meal(
        id=MealId(row.id),
        patient_id=PatientId(row.patient_id),
        date=row.date,
        kind=MealKind(row.kind),
        version=row.version,
        items=tuple(item_to_domain(i) for i in row.items),
    )


def item_row(item: MealItem) -> MealItemRow:
    row = MealItemRow(
        food_id=item.food_id,
        food_description=item.food_description,
        amount=item.amount,
        unit=item.unit,
        grams=item.grams,
        **{name: getattr(item.nutrients, name) for name in NUTRIENT_FIELDS},
    )
    if item.id is not None:
        row.id = item.id
    return row


def list_for_patient(
    session: Session, patient_id: int, since: dt.date | None = None, until: dt.date | None = None
) -> list[Meal]:
    query = (
        select(MealRow)
        .where(MealRow.patient_id == patient_id)
        .options(selectinload(MealRow.items))
        .order_by(MealRow.date, MealRow.id)
    )
    if since is not None:
        query = query.where(MealRow.date >= since)
    if until is not None:
        query = query.where(MealRow.date <= until)
    return [to_domain(r) for r in session.scalars(query)]


def add(session: Session, meal: Meal) -> Meal:
    """Insert a meal with its items; ids given (an undo) are kept, with the version."""
    row = MealRow(patient_id=meal.patient_id, date=meal.date, kind=meal.kind.value,
                  items=[item_row(i) for i in meal.items])
    if meal.id is not None:
        row.id, row.version = meal.id, meal.version
    session.add(row)
    session.flush()
    return to_domain(row)


def add_many(session: Session, meals: Sequence[Meal]) -> None:
    """Insert new meals with their items in one flush (thousands of imported meals)."""
    session.add_all([MealRow(patient_id=m.patient_id, date=m.date, kind=m.kind.value,
                             items=[item_row(i) for i in m.items]) for m in meals])
    session.flush()


def get(session: Session, meal_id: int) -> Meal:
    row = get_row(session, MealRow, meal_id)
    if row is None:
        raise NotFoundError(f"No meal with id {meal_id}.")
    return to_domain(row)


def delete(session: Session, meal_id: int, version: int | None = None) -> Meal:
    row = get_row(session, MealRow, meal_id)
    if row is None:
        raise NotFoundError(f"No meal with id {meal_id}.")
    check_version(session, row, version)
    removed = to_domain(row)
    session.delete(row)
    session.flush()
    return removed


def find_meal(session: Session, patient_id: int, date: dt.date, kind: MealKind) -> Meal | None:
    """The patient's meal of one kind on one day (the first, if several were imported)."""
    row = session.scalars(
        select(MealRow)
        .where(MealRow.patient_id == patient_id, MealRow.date == date, MealRow.kind == kind.value)
        .order_by(MealRow.id)
        .limit(1)
    ).first()
    return None if row is None else to_domain(row)


def add_items(session: Session, meal_id: int, items: tuple[MealItem, ...]) -> Meal:
    """Append items to an existing meal (a second "lunch" entry joins the first)."""
    row = get_row(session, MealRow, meal_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFoundError(f"No meal with id {meal_id}.")
    row.items.extend(item_row(i) for i in items)
    row.version += 1
    session.flush()
    return to_domain(row)


def recent_items(session: Session, patient_id: int, limit: int = 10) -> list[MealItem]:
    """The latest logged item of each food the patient ate, most recent first (quick add)."""
    latest = (
        select(MealItemRow.food_id, func.max(MealItemRow.id).label("item_id"))
        .join(MealRow, MealRow.id == MealItemRow.meal_id)
        .where(MealRow.patient_id == patient_id, MealItemRow.food_id.is_not(None))
        .group_by(MealItemRow.food_id)
        .subquery()
    )
    query = (
        select(MealItemRow)
        .join(latest, latest.c.item_id == MealItemRow.id)
        .join(MealRow, MealRow.id == MealItemRow.meal_id)
        .order_by(MealRow.date.desc(), MealItemRow.id.desc())
        .limit(limit)
    )
    return [item_to_domain(r) for r in session.scalars(query)]


def remove_item(session: Session, meal_id: int, item_id: int) -> Meal | None:
    """Remove one food from a saved meal; the meal goes when it was its last food (None)."""
    row = get_row(session, MealRow, meal_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFoundError(f"No meal with id {meal_id}.")
    kept = [i for i in row.items if i.id != item_id]
    if len(kept) == len(row.items):
        raise NotFoundError(f"No food with id {item_id} in this meal.")
    if not kept:
        session.delete(row)
        session.flush()
        return None
    row.items = kept
    row.version += 1
    session.flush()
    return to_domain(row)
