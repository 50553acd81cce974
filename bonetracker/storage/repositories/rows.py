"""Looking a row up by an id that may have been typed: ids beyond the INTEGER range exist nowhere.

PostgreSQL's INTEGER key columns refuse a larger number outright ("integer out of range"), where
SQLite just finds nothing; ``bonetracker meals delete --meal 99999999999`` must say "no meal"
on both.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")
MAX_ID = 2**31 - 1  # PostgreSQL INTEGER; SQLite's 64-bit rowids never get that far in practice


def storable_id(value: object) -> bool:
    """True for an int that an INTEGER key column can hold."""
    return isinstance(value, int) and not isinstance(value, bool) and -MAX_ID - 1 <= value <= MAX_ID


def get_row(session: Session, model: type[T], row_id: object, **options: Any) -> T | None:
    """``session.get`` that answers None for an id no INTEGER column can hold."""
    if isinstance(row_id, tuple):
        if not all(storable_id(part) for part in row_id):
            return None
    elif not storable_id(row_id):
        return None
    return session.get(model, row_id, **options)
