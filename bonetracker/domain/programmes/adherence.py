"""Adherence to a programme, week by week: sessions done against sessions prescribed, and items
done against items prescribed.

A week is an ISO week (Monday to Sunday). The version in force is the one in force on the
week's Monday (or, in the week a programme starts, on its Sunday). An item counts at most as
often as it is prescribed a week, so doing one exercise six times cannot hide skipping another.
Workouts are matched to items by activity name across versions, so a progression accepted in
mid-week does not lose the sessions logged under the previous version.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bonetracker.domain.intake import week_start
from bonetracker.domain.programmes.model import Programme, ProgrammeVersion
from bonetracker.domain.records import Workout

# Below 60 % of prescribed exercises over 4 weeks, the plan raises it (a product threshold:
# home-programme non-adherence runs at 50-65 %, Peek et al., Physiotherapy 2016).
ADHERENCE_ALERT_PERCENT = 60
ADHERENCE_WINDOW_WEEKS = 4
ADHERENCE_MIN_WEEKS = 2  # judge only once the programme has run two complete weeks


@dataclass(frozen=True)
class WeekAdherence:
    """One ISO week of a programme: what was prescribed and what was done."""

    week_start: dt.date
    version: int
    sessions_done: int
    sessions_prescribed: int
    items_done: int
    items_prescribed: int

    @property
    def percent(self) -> float:
        """Items done as a share of items prescribed (0-100)."""
        return 100.0 * self.items_done / self.items_prescribed if self.items_prescribed else 0.0


def _version_for_week(programme: Programme, monday: dt.date) -> ProgrammeVersion | None:
    return programme.version_on(monday) or programme.version_on(monday + dt.timedelta(days=6))


def programme_workouts(programme: Programme, workouts: Iterable[Workout]) -> list[Workout]:
    """The workouts logged against any item of any version of ``programme``."""
    ids = {item.id for version in programme.versions for item in version.items if item.id is not None}
    return [w for w in workouts if w.programme_item_id is not None and w.programme_item_id in ids]


def weekly_adherence(
    programme: Programme, workouts: Sequence[Workout], start: dt.date, end: dt.date
) -> list[WeekAdherence]:
    """Adherence for every ISO week from the one holding ``start`` to the one holding ``end``,
    skipping weeks before the programme's first version.

    The week holding ``end`` counts only the days up to ``end`` as done, but all of its
    prescription: callers that judge adherence use complete weeks (:func:`complete_weeks`).
    """
    names = {
        item.id: item.activity
        for version in programme.versions
        for item in version.items
        if item.id is not None
    }
    by_week: dict[dt.date, list[Workout]] = defaultdict(list)
    for w in programme_workouts(programme, workouts):
        if start <= w.date <= end or week_start(w.date) == week_start(end):
            by_week[week_start(w.date)].append(w)
    weeks: list[WeekAdherence] = []
    monday = week_start(start)
    while monday <= end:
        version = _version_for_week(programme, monday)
        if version is not None:
            done = [w for w in by_week.get(monday, []) if w.date <= end]
            counts = Counter(names[w.programme_item_id] for w in done if w.programme_item_id in names)
            items_done = sum(min(counts[item.activity], item.per_week) for item in version.items)
            sessions = len({w.date for w in done})
            weeks.append(
                WeekAdherence(
                    week_start=monday,
                    version=version.number,
                    sessions_done=min(sessions, version.sessions_per_week),
                    sessions_prescribed=version.sessions_per_week,
                    items_done=items_done,
                    items_prescribed=sum(item.per_week for item in version.items),
                )
            )
        monday += dt.timedelta(days=7)
    return weeks


def complete_weeks(
    programme: Programme, workouts: Sequence[Workout], as_of: dt.date, weeks: int = ADHERENCE_WINDOW_WEEKS
) -> list[WeekAdherence]:
    """The last ``weeks`` complete ISO weeks before the one holding ``as_of`` (fewer if the
    programme is younger)."""
    last_sunday = week_start(as_of) - dt.timedelta(days=1)
    first_monday = week_start(as_of) - dt.timedelta(days=7 * weeks)
    return weekly_adherence(programme, workouts, first_monday, last_sunday)


@dataclass(frozen=True)
class AdherenceSummary:
    """Adherence over a window of complete weeks, as the plan quotes it."""

    first_week: dt.date
    last_week: dt.date
    weeks: int
    items_done: int
    items_prescribed: int
    sessions_done: int
    sessions_prescribed: int

    @property
    def percent(self) -> float:
        return 100.0 * self.items_done / self.items_prescribed if self.items_prescribed else 0.0


def summarize(weeks: Sequence[WeekAdherence]) -> AdherenceSummary | None:
    """The totals of ``weeks``, or None when there is no prescribed week to judge."""
    if not weeks:
        return None
    return AdherenceSummary(
        first_week=weeks[0].week_start,
        last_week=weeks[-1].week_start,
        weeks=len(weeks),
        items_done=sum(w.items_done for w in weeks),
        items_prescribed=sum(w.items_prescribed for w in weeks),
        sessions_done=sum(w.sessions_done for w in weeks),
        sessions_prescribed=sum(w.sessions_prescribed for w in weeks),
    )
