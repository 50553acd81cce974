"""The activity catalogue's rows (shipped and the user's own) as domain activities."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.records import Activity, ActivityCategory, ActivityId
from bonetracker.storage.database import Database
from bonetracker.storage.models import ActivityRow


def to_domain(row: ActivityRow) -> Activity:
    return Activity(
        id=ActivityId(row.id),
        name=row.name,
        category=ActivityCategory(row.category),
        met=row.met,
        spinal_flexion=bool(row.spinal_flexion),
        high_impact=bool(row.high_impact),
        custom=bool(row.custom),
    )


def _row(activity: Activity) -> ActivityRow:
    return ActivityRow(name=activity.name, category=activity.category.value, met=activity.met,
                       spinal_flexion=activity.spinal_flexion, high_impact=activity.high_impact,
                       custom=activity.custom)


def list_all(session: Session, category: ActivityCategory | None = None) -> list[Activity]:
    """Every activity by name, optionally of one category."""
    query = select(ActivityRow).order_by(ActivityRow.name)
    if category is not None:
        query = query.where(ActivityRow.category == category.value)
    return [to_domain(r) for r in session.scalars(query)]


def in_stored_order(session: Session) -> list[Activity]:
    """Every activity, oldest first (the order seeding matches names in)."""
    return [to_domain(r) for r in session.scalars(select(ActivityRow).order_by(ActivityRow.id))]


def names(session: Session) -> list[str]:
    """Every activity's name as stored."""
    return [r.name for r in session.scalars(select(ActivityRow))]


def add(session: Session, activity: Activity) -> Activity:
    """Insert one activity (its ``custom`` flag as given) and return it with its id.

    Names are unique: one added meanwhile on another workstation under the same name is refused
    as a field error (the unit of work is rolled back), not a database traceback."""
    row = _row(activity)
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise ValidationError([FieldError("name", f"{activity.name!r} was just added to the activity "
                                                  "list on another workstation; choose it from the "
                                                  "list")]) from exc
    return to_domain(row)


def add_many(session: Session, activities: Iterable[Activity]) -> None:
    """Insert activities in one flush at commit (seeding the shipped catalogue)."""
    session.add_all(_row(a) for a in activities)


def correct(session: Session, activity_id: int, shipped: Activity) -> None:
    """Give a stored shipped activity the catalogue's category, MET and flags (not its name)."""
    row = session.get(ActivityRow, activity_id)
    if row is None:
        return
    row.category, row.met = shipped.category.value, shipped.met
    row.spinal_flexion, row.high_impact = shipped.spinal_flexion, shipped.high_impact


@contextlib.contextmanager
def seeding(db: Database) -> Iterator[Session]:
    """A unit of work for seeding shipped rows that may race another workstation doing the same.

    Losing the race (IntegrityError: the other one inserted the same names first) rolls this
    one back and is not an error: the rows are there either way.
    """
    with contextlib.suppress(IntegrityError), db.write() as session:
        yield session
