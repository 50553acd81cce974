"""Progression proposals: when an item was done as prescribed without strain in its last two
sessions, the next step by the item's own rule. Never applied automatically: the
physiotherapist accepts (a new version) or dismisses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.programmes.model import (
    BALANCE_LEVELS,
    DoseKind,
    Programme,
    ProgrammeItem,
    Progression,
)
from bonetracker.domain.records import Workout

# Effort 6/10 or less (moderate on the modified Borg CR10 scale) in the last two sessions means
# there is room to progress (ACSM progression models in resistance training, 2009; Too Fit To
# Fracture 2014 "progress when the exercise feels easy").
EASY_EFFORT = 6
SESSIONS_TO_JUDGE = 2
REPS_STEP = 2
LOAD_STEP_FRACTION = 0.05  # add 5-10 % load once the rep ceiling is reached (ACSM 2009)
MIN_LOAD_STEP_KG = 0.5
MAX_SETS = 4
IMPACTS_STEP = 10
MAX_IMPACTS = 100  # ROS 2022: about 50 moderate impacts a day; twice that is the ceiling here
MINUTES_STEP = 5
MAX_MINUTES = 60


@dataclass(frozen=True)
class Proposal:
    """The next step for one item, the sessions that justify it, and a key to dismiss it by."""

    item: ProgrammeItem
    proposed: ProgrammeItem
    reason: str
    key: str


def done_as_prescribed(workout: Workout, item: ProgrammeItem) -> bool:
    """Whether ``workout`` met the item's dose (sets, reps and load; or minutes)."""
    if item.dose_kind is DoseKind.SETS_REPS:
        return (
            (workout.sets or 0) >= (item.sets or 0)
            and (workout.reps or 0) >= (item.reps or 0)
            and (workout.load_kg or 0.0) >= (item.load_kg or 0.0)
        )
    return workout.minutes >= (item.minutes or 0)


def _round_half(value: float) -> float:
    return round(value * 2) / 2


def next_step(item: ProgrammeItem) -> tuple[ProgrammeItem, str] | None:
    """The item one step on by its progression rule, with what changed; None at the top."""
    replace = dataclasses.replace
    rule = item.progression
    if rule is Progression.REPS_THEN_LOAD and item.reps is not None:
        if item.reps < item.rep_ceiling:
            reps = min(item.rep_ceiling, item.reps + REPS_STEP)
            return replace(item, id=None, reps=reps), translate("programmes", "reps {old} -> {new}").format(
                old=item.reps, new=reps)
        if item.load_kg:
            load = _round_half(item.load_kg + max(MIN_LOAD_STEP_KG, item.load_kg * LOAD_STEP_FRACTION))
            change = translate("programmes", "load {old:g} -> {new:g} kg, reps back to {reps}").format(
                old=item.load_kg, new=load, reps=item.rep_floor)
            return replace(item, id=None, load_kg=load, reps=item.rep_floor), change
        if item.sets is not None and item.sets < MAX_SETS:
            change = translate("programmes", "sets {old} -> {new}, reps back to {reps}").format(
                old=item.sets, new=item.sets + 1, reps=item.rep_floor)
            return replace(item, id=None, sets=item.sets + 1, reps=item.rep_floor), change
        return None
    if rule is Progression.ADD_IMPACTS and item.impacts is not None and item.impacts < MAX_IMPACTS:
        impacts = min(MAX_IMPACTS, item.impacts + IMPACTS_STEP)
        change = translate("programmes", "impacts {old} -> {new}").format(old=item.impacts, new=impacts)
        return replace(item, id=None, impacts=impacts), change
    if rule is Progression.BALANCE_BASE and item.balance_level is not None:
        if item.balance_level + 1 < len(BALANCE_LEVELS):
            level = item.balance_level + 1
            change = (f"{translate('programmes', BALANCE_LEVELS[item.balance_level])} -> "
                      f"{translate('programmes', BALANCE_LEVELS[level])}")
            return replace(item, id=None, balance_level=level), change
        return None
    if rule is Progression.ADD_MINUTES and item.minutes is not None and item.minutes < MAX_MINUTES:
        minutes = min(MAX_MINUTES, item.minutes + MINUTES_STEP)
        change = translate("programmes", "minutes {old} -> {new}").format(old=item.minutes, new=minutes)
        return replace(item, id=None, minutes=minutes), change
    return None


def proposals(
    programme: Programme, workouts: Sequence[Workout], dismissed: Collection[str] = ()
) -> list[Proposal]:
    """Proposals for the items of the current version whose last two sessions were done as
    prescribed with effort <= 6/10, except those whose key was dismissed."""
    current = programme.current
    if current is None:
        return []
    found: list[Proposal] = []
    for item in current.items:
        if item.id is None or item.progression is Progression.NONE:
            continue
        sessions = sorted(
            (w for w in workouts if w.programme_item_id == item.id), key=lambda w: (w.date, w.id or 0)
        )
        last = sessions[-SESSIONS_TO_JUDGE:]
        if len(last) < SESSIONS_TO_JUDGE:
            continue
        if not all(
            done_as_prescribed(w, item) and w.effort is not None and w.effort <= EASY_EFFORT for w in last
        ):
            continue
        step = next_step(item)
        if step is None:
            continue
        key = f"{item.id}:" + ",".join(str(w.id) for w in last)
        if key in dismissed:
            continue
        proposed, change = step
        effort = translate("programmes", "{effort}/10 on {date}")
        efforts = translate("guidance", " and ").join(
            effort.format(effort=w.effort, date=format_date(w.date)) for w in last)
        reason = translate(
            "programmes",
            "{activity}: the last {sessions} sessions were done as prescribed ({dose}) with effort "
            "{efforts}; next step: {change}",
        ).format(activity=item.activity, sessions=SESSIONS_TO_JUDGE, dose=item.dose_text(), efforts=efforts,
                 change=change)
        found.append(Proposal(item, proposed, reason, key))
    return found
