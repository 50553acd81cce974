"""``favourites.csv``: the foods a patient marked as favourites (the meal form lists them first).

One column, ``food``, naming the food as ``meals.csv`` does: the USDA NDB number ("01077"), or
for a food of your own its exact description (its id differs in another database; export writes
``foods.csv`` for such foods too). Re-importing skips favourites already marked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.errors import AmbiguousError, FieldError, NotFoundError, ValidationError
from bonetracker.domain.records import Food, FoodHit, PatientId
from bonetracker.services import foods as food_svc
from bonetracker.services.interchange.csv_formats import Merge, Parsed, ParseFn
from bonetracker.services.interchange.custom_items import own_foods, resolve_food_ref
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import foods as store


@dataclass(frozen=True)
class Favourite:
    patient_id: PatientId
    food_id: int
    description: str


def favourite_rows(hits: Sequence[FoodHit], own_refs: Mapping[int, str],
                   public: Mapping[int, str]) -> list[dict[str, object | None]]:
    """One row per favourite: your own foods by description, USDA foods by NDB number."""
    return [{"food": own_refs.get(h.id) or public.get(h.id) or h.description}
            for h in hits if h.id is not None]


def favourite_parser(db: Database) -> ParseFn:
    food_svc.ready(db)
    own = own_foods(db)
    found: dict[str, Food | ValidationError] = {}

    def parse(pid: PatientId, raw: Mapping[str, object | None]) -> Favourite:
        ref = str(raw.get("food") or "").strip()
        if not ref:
            raise ValidationError([FieldError("food", "is required (an NDB number or a food's description)")])
        if ref not in found:
            try:
                found[ref] = resolve_food_ref(db, ref, own)
            except (AmbiguousError, NotFoundError) as exc:
                found[ref] = ValidationError([FieldError("food", str(exc).removeprefix("food: "))])
            except ValidationError as exc:
                found[ref] = exc
        food = found[ref]
        if isinstance(food, ValidationError):
            raise food
        assert food.id is not None
        return Favourite(pid, int(food.id), food.description)

    return parse


class FavouriteStream:
    """The favourites' merge and write rules for one pass, a batch of parsed rows at a time
    (between batches: the foods marked, stored or in the rows before)."""

    def __init__(self, session: Session, patient_id: PatientId, _plan: object = None) -> None:
        self.patient_id = patient_id
        self.marked = {h.id for h in store.favourites(session, patient_id)}

    def plan(self) -> None:
        return None

    def finish(self, _session: Session) -> list[PatientId]:
        return []

    def merge(self, parsed: Sequence[Parsed]) -> Merge:
        """A favourite already marked, or listed twice, is skipped."""
        merge = Merge()
        for p in parsed:
            if p.record.food_id in self.marked:
                merge.skipped += 1
            else:
                self.marked.add(p.record.food_id)
                merge.to_add.append(p)
        return merge

    def write(self, session: Session, rows: Sequence[Parsed]) -> list[PatientId]:
        for p in rows:
            store.set_favourite(session, self.patient_id, p.record.food_id, True)
        return []


def merge_favourites(session: Session, patient_id: PatientId, parsed: Sequence[Parsed]) -> Merge:
    """A favourite already marked, or listed twice, is skipped."""
    return FavouriteStream(session, patient_id).merge(parsed)


def write_favourites(session: Session, patient_id: PatientId, rows: Sequence[Parsed]) -> None:
    FavouriteStream(session, patient_id).write(session, rows)
