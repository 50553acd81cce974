"""The activity catalogue: shipped activities from ``resources/activities.csv`` plus the user's own.

Shipped rows are copied into the ``activities`` table (``custom`` False) so workouts can refer to
them by id; the user's own activities are rows with ``custom`` True. The CSV stays the source of
truth for shipped rows: :func:`ensure_catalogue` adds new ones and corrects changed ones, and never
touches custom rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bonetracker.domain.bmd import OSTEOPOROTIC, classify
from bonetracker.domain.errors import FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import translate
from bonetracker.domain.records import (
    Activity,
    ActivityCategory,
    FractureSite,
    PatientRecord,
)
from bonetracker.domain.targets import Impact, targets_for
from bonetracker.resources import resource_path
from bonetracker.services.validation import FieldReader, Range, check_choice, check_number, check_text
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import activities as repo

CATALOGUE_FILE = "activities.csv"
COMPENDIUM_SOURCE = (
    "Ainsworth et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 2011;43:1575-81"
)
MET_RANGE = Range(1, 20, "MET")
MAX_ACTIVITY_NAME = 100
_YES = {"yes", "true", "1", "y"}


@dataclass(frozen=True)
class CatalogueEntry:
    """One shipped activity with where its MET value comes from and a line of advice."""

    activity: Activity
    compendium_code: str
    notes: str


@dataclass(frozen=True)
class Restrictions:
    """What a person's plan rules out; built from the plan engine's impact level and status.

    Attributes:
        impact_limited: impact no higher than brisk walking (vertebral or several low-trauma
            fractures; ROS 2022).
        avoid_spinal_flexion: no loaded or repeated spinal flexion (osteoporosis or a vertebral
            fracture; ROS 2022, Too Fit To Fracture 2014).
    """

    impact_limited: bool = False
    avoid_spinal_flexion: bool = False


@functools.lru_cache(maxsize=4096)  # a CSV import looks up the same few names 100,000 times
def normalise_name(name: str) -> str:
    """Case- and blank-insensitive key, so "  brisk  WALKING" finds "Brisk walking"."""
    return " ".join(name.split()).casefold()


def parse_catalogue(lines: Iterable[str]) -> list[CatalogueEntry]:
    """Read catalogue CSV text; lines starting with ``#`` are comments (sources, column help)."""
    rows = csv.DictReader(line for line in lines if not line.lstrip().startswith("#"))
    entries: list[CatalogueEntry] = []
    for row in rows:
        activity = Activity(
            id=None,
            name=row["name"].strip(),
            category=ActivityCategory(row["category"].strip()),
            met=float(row["met"]),
            spinal_flexion=row["spinal_flexion"].strip().lower() in _YES,
            high_impact=row["high_impact"].strip().lower() in _YES,
        )
        entries.append(CatalogueEntry(activity, row["compendium_code"].strip(), row["notes"].strip()))
    return entries


@functools.cache
def load_catalogue(path: Path | None = None) -> tuple[CatalogueEntry, ...]:
    """The shipped catalogue, read once per process."""
    with (path or resource_path(CATALOGUE_FILE)).open(encoding="utf-8", newline="") as fh:
        return tuple(parse_catalogue(fh))


def activity_notes(name: str) -> str:
    """The catalogue's advice line for a shipped activity ("" for custom ones)."""
    key = normalise_name(name)
    return next((e.notes for e in load_catalogue() if normalise_name(e.activity.name) == key), "")


def _same(stored: Activity, a: Activity) -> bool:
    return (stored.category, stored.met, stored.spinal_flexion, stored.high_impact) == (
        a.category, a.met, a.spinal_flexion, a.high_impact)


def ensure_catalogue(db: Database) -> None:
    """Seed or refresh the shipped activities; one small read when nothing changed.

    Safe to call before every workout operation and from every page. A custom activity that
    already uses a shipped name keeps it (the user's row wins).
    """
    shipped = {normalise_name(e.activity.name): e.activity for e in load_catalogue()}
    with db.read() as s:
        stored = {normalise_name(a.name): a for a in repo.in_stored_order(s)}
    if all(k in stored and (stored[k].custom or _same(stored[k], a)) for k, a in shipped.items()):
        return
    _seed(db, shipped)


def _seed(db: Database, shipped: Mapping[str, Activity]) -> None:
    # repo.seeding: another workstation may seed the same rows at the same moment.
    with repo.seeding(db) as s:
        stored = {normalise_name(a.name): a for a in repo.in_stored_order(s)}
        missing: list[Activity] = []
        for key, a in shipped.items():
            old = stored.get(key)
            if old is None:
                missing.append(a)
            elif not old.custom and not _same(old, a) and old.id is not None:
                repo.correct(s, old.id, a)
        repo.add_many(s, missing)


def list_activities(db: Database, category: ActivityCategory | None = None) -> list[Activity]:
    """Every activity (shipped and custom) by name, optionally of one category."""
    ensure_catalogue(db)
    with db.read() as s:
        return repo.list_all(s, category)


def close_matches(name: str, names: Sequence[str], limit: int = 3) -> list[str]:
    """Names containing the text, then spelling neighbours, for "did you mean" messages."""
    key = normalise_name(name)
    by_key = {normalise_name(n): n for n in names}
    found = [n for k, n in by_key.items() if key and key in k]
    found += [by_key[k] for k in difflib.get_close_matches(key, list(by_key), n=limit, cutoff=0.6)]
    return list(dict.fromkeys(found))[:limit]


def lookup_activity(activities: Sequence[Activity], name: str) -> Activity | None:
    key = normalise_name(name)
    return next((a for a in activities if normalise_name(a.name) == key), None)


def not_found_message(name: str, activities: Sequence[Activity]) -> str:
    hints = close_matches(name, [a.name for a in activities])
    hint = f"; did you mean {', '.join(hints)}?" if hints else "; add it as your own activity first"
    return f"{name.strip()!r} is not in the activity list{hint}"


def find_activity(db: Database, name: str) -> Activity:
    """The activity called ``name`` (case-insensitive); NotFoundError suggests close names."""
    activities = list_activities(db)
    found = lookup_activity(activities, name)
    if found is None:
        raise NotFoundError(not_found_message(name, activities))
    return found


def custom_activity_errors(a: Activity) -> list[FieldError]:
    errors: list[FieldError] = []
    check_text(errors, "name", a.name, max_len=MAX_ACTIVITY_NAME, required=True)
    check_choice(errors, "category", a.category, ActivityCategory)
    check_number(errors, "met", a.met, MET_RANGE, required=True)
    for flag in ("spinal_flexion", "high_impact"):
        if not isinstance(getattr(a, flag), bool):  # the boolean column refuses anything else
            errors.append(FieldError(flag, translate("services", "must be yes or no")))
    return errors


def parse_custom_activity(raw: Mapping[str, object | None]) -> Activity:
    """A user's activity from form or CLI text: name, category, met, spinal_flexion, high_impact."""
    r = FieldReader(raw)
    name = " ".join(r.text("name", max_len=MAX_ACTIVITY_NAME, required=True).split())
    category = r.choice("category", ActivityCategory)
    met = r.number("met", MET_RANGE, required=True)
    flexion = r.flag("spinal_flexion")
    impact = r.flag("high_impact")
    r.raise_if_errors()
    assert category is not None and met is not None
    return Activity(None, name, category, met, spinal_flexion=flexion, high_impact=impact,
                    custom=True)


def add_custom_activity(db: Database, activity: Activity) -> Activity:
    """Save the user's own activity; a name already in the list is refused (any case)."""
    errors = custom_activity_errors(activity)
    if errors:
        raise ValidationError(errors)
    ensure_catalogue(db)
    name = " ".join(activity.name.split())
    with db.write() as s:
        existing = repo.names(s)
        if any(normalise_name(n) == normalise_name(name) for n in existing):
            raise ValidationError([FieldError("name", translate(
                "services",
                "{name!r} is already in the activity list",
            ).format(name=name))])
        return repo.add(s, Activity(None, name, activity.category, activity.met,
                                    spinal_flexion=activity.spinal_flexion,
                                    high_impact=activity.high_impact, custom=True))


def restrictions_for(record: PatientRecord, as_of: dt.date) -> Restrictions:
    """A person's restrictions on ``as_of`` from the same domain rules the plan uses."""
    fractures = [f for f in record.fractures if f.date <= as_of]
    classification = classify(record, as_of)
    targets = targets_for(record.patient, as_of, classification.category, fractures, record.falls)
    vertebral = any(f.site is FractureSite.VERTEBRA for f in fractures)
    return Restrictions(
        impact_limited=targets.impact is Impact.LIMITED,
        avoid_spinal_flexion=vertebral or classification.category in OSTEOPOROTIC,
    )


def fits(activity: Activity, restrictions: Restrictions) -> bool:
    """Whether an activity is allowed under a person's restrictions."""
    if restrictions.impact_limited and activity.high_impact:
        return False
    return not (restrictions.avoid_spinal_flexion and activity.spinal_flexion)


def suggest_activities(
    category: ActivityCategory | str,
    restrictions: Restrictions = Restrictions(),
    activities: Sequence[Activity] | None = None,
) -> list[str]:
    """Shipped activity names of one category that fit the restrictions, in catalogue order.

    Pure (reads the shipped CSV, not the database) so the plan engine can call it anywhere;
    pass ``activities`` to choose from another list, e.g. including the user's own.
    """
    wanted = ActivityCategory(category)
    pool = activities if activities is not None else [e.activity for e in load_catalogue()]
    return [a.name for a in pool if a.category is wanted and fits(a, restrictions)]


def activity_suggestions(
    restrictions: Restrictions = Restrictions(), limit: int = 4
) -> dict[str, list[str]]:
    """category -> up to ``limit`` names, the shape ``domain.plan.build_plan`` takes."""
    return {c.value: suggest_activities(c, restrictions)[:limit] for c in ActivityCategory}
