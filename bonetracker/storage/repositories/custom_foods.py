"""Reading the user's own foods (``source = 'custom'``) for export and import.

Two lookups: the custom foods among some food ids (the ones a patient's meals use) and the
custom foods with given descriptions, compared exactly (case and all, the same on SQLite and
PostgreSQL), which is how an exported meal names one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bonetracker.domain.records import Food
from bonetracker.storage.models import FoodRow
from bonetracker.storage.repositories.foods import to_domain

CUSTOM = "custom"
_CHUNK = 500  # bound parameters per IN list, far below every backend's limit


def _chunks(values: Iterable[object]) -> list[list[object]]:
    items = sorted(set(values), key=repr)
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def by_ids(session: Session, food_ids: Iterable[int]) -> list[Food]:
    """The custom foods among ``food_ids``, with their portions, in id order."""
    return _custom_where(session, FoodRow.id, food_ids)


def named(session: Session, descriptions: Iterable[str]) -> list[Food]:
    """The custom foods whose description is exactly one of ``descriptions``, in id order."""
    return _custom_where(session, FoodRow.description, descriptions)


def _custom_where(session: Session, column: Any, values: Iterable[object]) -> list[Food]:
    found: list[Food] = []
    for chunk in _chunks(values):
        query = (select(FoodRow).options(selectinload(FoodRow.portions))
                 .where(FoodRow.source == CUSTOM, column.in_(chunk)))
        found += [to_domain(r) for r in session.scalars(query)]
    return sorted(found, key=lambda f: f.id or 0)


def descriptions(session: Session) -> list[tuple[int, str]]:
    """Every custom food's id and description, in id order (one query for a whole import)."""
    query = select(FoodRow.id, FoodRow.description).where(FoodRow.source == CUSTOM)
    return [(int(i), d) for i, d in session.execute(query.order_by(FoodRow.id))]
