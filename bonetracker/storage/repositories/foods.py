"""The food database's foods, portions and favourites as domain records, and "high in" queries.

Seeding lives in :mod:`bonetracker.storage.repositories.food_seed` and search in
:mod:`bonetracker.storage.repositories.food_search`; their public names are re-exported here, so callers
can keep using ``storage.foods`` as the one food store.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.records import NUTRIENT_FIELDS, Food, FoodId, FoodPortion, Nutrients
from bonetracker.storage.models import FavouriteFoodRow, FoodPortionRow, FoodRow, MealItemRow
from bonetracker.storage.repositories.food_search import (
    FoodHit,
    _search_like,
    fts_query,
    mark_logged,
    public_food_id,
    row_hit,
    search,
    tokens,
)
from bonetracker.storage.repositories.food_seed import (
    SETTINGS_KEY,
    SeedReport,
    apply_common_priors,
    ensure_food_database,
    ensure_search_index,
    has_foods,
    insert_foods,
    insert_portions,
    is_seeded,
    read_common,
    read_foods,
    read_portions,
    read_short_names,
    seed_usda,
    usda_dir,
)
from bonetracker.storage.repositories.rows import get_row

__all__ = [  # this module's own names, and seeding and search re-exported for callers
    "SETTINGS_KEY",
    "FoodHit",
    "SeedReport",
    "_search_like",
    "add_food",
    "apply_common_priors",
    "ensure_food_database",
    "ensure_search_index",
    "favourites",
    "find_by_description",
    "find_by_source_id",
    "fts_query",
    "get_food",
    "has_foods",
    "hit",
    "insert_foods",
    "insert_portions",
    "is_seeded",
    "mark_logged",
    "public_food_id",
    "public_ids",
    "read_common",
    "read_foods",
    "read_portions",
    "read_short_names",
    "search",
    "seed_usda",
    "set_favourite",
    "to_domain",
    "tokens",
    "usda_dir",
    "usual_portion_rows",
]


def to_domain(row: FoodRow) -> Food:
    portions = tuple(FoodPortion(p.amount, p.unit, p.grams, p.id)
                     for p in sorted(row.portions, key=lambda p: p.id))
    return Food(FoodId(row.id), row.description, row.food_group,
                Nutrients(**{n: getattr(row, n) for n in NUTRIENT_FIELDS}), row.source,
                row.source_id, portions)


def hit(food: Food) -> FoodHit:
    assert food.id is not None
    return FoodHit(food.id, public_food_id(food.source, food.source_id, food.id),
                   food.description, food.food_group, food.source)


def get_food(session: Session, food_id: int) -> Food:
    row = get_row(session, FoodRow, food_id, options=[selectinload(FoodRow.portions)])
    if row is None:
        raise NotFoundError(f"No food with id {food_id}.")
    return to_domain(row)


def find_by_source_id(session: Session, source_id: str) -> Food | None:
    row = session.scalars(select(FoodRow).where(FoodRow.source_id == source_id)).first()
    return None if row is None else to_domain(row)


def find_by_description(session: Session, text: str) -> list[Food]:
    """Foods whose description equals ``text`` ignoring case (usually one)."""
    query = select(FoodRow).where(func.lower(FoodRow.description) == text.strip().lower())
    return [to_domain(r) for r in session.scalars(query.order_by(FoodRow.id).limit(20))]


def add_food(session: Session, food: Food) -> Food:
    """Insert a (custom) food with its portions; the FTS trigger indexes it."""
    row = FoodRow(source=food.source, source_id=food.source_id, description=food.description,
                  food_group=food.food_group,
                  **{n: getattr(food.per_100g, n) for n in NUTRIENT_FIELDS})
    row.portions = [FoodPortionRow(amount=p.amount, unit=p.unit, grams=p.grams)
                    for p in food.portions]
    session.add(row)
    session.flush()
    return to_domain(row)


def set_favourite(session: Session, patient_id: int, food_id: int, on: bool) -> None:
    row = session.get(FavouriteFoodRow, (patient_id, food_id))
    if on and row is None:
        session.add(FavouriteFoodRow(patient_id=patient_id, food_id=food_id))
    elif not on and row is not None:
        session.delete(row)
    session.flush()


def favourites(session: Session, patient_id: int) -> list[FoodHit]:
    query = (select(FoodRow).join(FavouriteFoodRow, FavouriteFoodRow.food_id == FoodRow.id)
             .where(FavouriteFoodRow.patient_id == patient_id).order_by(FoodRow.description))
    return [row_hit(r) for r in session.scalars(query)]


def usual_portion_rows(session: Session, nutrient: str | None, min_g: float, max_g: float,
                       max_kcal: float, excluded_units: Iterable[str], preferred: Iterable[str],
                       limit: int | None, everyday_only: bool = False
                       ) -> list[tuple[Food, FoodPortion]]:
    """Foods with the most ``nutrient`` in their usual portion, richest first.

    The usual portion is a household measure weighing ``min_g``..``max_g`` g and giving at
    most ``max_kcal``, whose unit matches none of ``excluded_units`` (LIKE patterns); among
    those, the one matching the earliest ``preferred`` pattern, then the first listed.
    ``everyday_only`` keeps the curated everyday foods, custom foods and foods ever logged.
    ``nutrient=None`` returns every such food with a usual portion, in id order, so a caller
    can rank the few hundred everyday foods for all nutrients from one query.

    Columns, not ORM entities: loading 800 ``FoodRow`` objects with all their portions cost
    ~60 ms per nutrient at start-up, for lists that need one portion each. The returned
    :class:`Food` therefore carries only its usual portion in ``portions``.
    """
    if nutrient is not None and nutrient not in NUTRIENT_FIELDS:
        raise ValueError(f"unknown nutrient {nutrient!r}")
    unit = func.lower(FoodPortionRow.unit)
    order = list(preferred)
    rank = case(*[(unit.like(pattern), i) for i, pattern in enumerate(order)], else_=len(order))
    usual = (select(FoodPortionRow.id)
             .where(FoodPortionRow.food_id == FoodRow.id, FoodPortionRow.grams.between(min_g, max_g),
                    func.coalesce(FoodRow.kcal, 0) * FoodPortionRow.grams <= max_kcal * 100,
                    *[unit.not_like(pattern) for pattern in excluded_units])
             .order_by(rank, FoodPortionRow.id).limit(1).correlate(FoodRow).scalar_subquery())
    nutrient_columns = [getattr(FoodRow, n) for n in NUTRIENT_FIELDS]
    query = (select(FoodRow.id, FoodRow.description, FoodRow.food_group, FoodRow.source,
                    FoodRow.source_id, *nutrient_columns, FoodPortionRow.amount,
                    FoodPortionRow.unit, FoodPortionRow.grams, FoodPortionRow.id)
             .join(FoodPortionRow, FoodPortionRow.id == usual))
    if nutrient is None:
        query = query.order_by(FoodRow.id)
    else:
        amount = getattr(FoodRow, nutrient) * FoodPortionRow.grams  # the measure as SR28 defines it
        query = (query.where(getattr(FoodRow, nutrient) > 0)
                 .order_by(amount.desc(), FoodRow.id))  # ids break ties the same everywhere
    if limit is not None:
        query = query.limit(limit)
    if everyday_only:
        query = query.where(or_(FoodRow.source_id.in_(list(read_common(usda_dir()))),
                                FoodRow.source == "custom",
                                FoodRow.id.in_(select(MealItemRow.food_id))))
    width = len(NUTRIENT_FIELDS)
    result = []
    for row in session.execute(query):
        fid, description, group, source, source_id = row[:5]
        amount_, unit_, grams, portion_id = row[5 + width:]
        portion = FoodPortion(amount_, unit_, grams, portion_id)
        nutrients = Nutrients(**dict(zip(NUTRIENT_FIELDS, row[5:5 + width], strict=True)))
        result.append((Food(FoodId(fid), description, group, nutrients, source, source_id,
                            (portion,)), portion))
    return result


def public_ids(session: Session, food_ids: Iterable[int]) -> dict[int, str]:
    """Food id -> the id users type (:func:`public_food_id`) for each of ``food_ids`` that exists."""
    rows = session.execute(select(FoodRow.id, FoodRow.source, FoodRow.source_id)
                           .where(FoodRow.id.in_(set(food_ids))))
    return {fid: public_food_id(src, sid, fid) for fid, src, sid in rows}


def ranking_inputs(session: Session) -> tuple[int, int, int]:
    """What the high-in lists depend on in the database: how many foods there are, the newest
    food's id, and the newest logged meal item's id (a stand-in for "which foods were ever
    logged" that an index answers at once, however many meals are stored; it also changes when
    nothing relevant did, which only costs one recomputation). None of them changing means the
    lists cannot have."""
    count, newest = session.execute(select(func.count(FoodRow.id), func.max(FoodRow.id))).one()
    logged = session.scalar(select(func.max(MealItemRow.id)))
    return int(count or 0), int(newest or 0), int(logged or 0)
