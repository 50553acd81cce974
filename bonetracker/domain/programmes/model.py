"""The shapes of a prescribed programme: a programme has versions, a version has items.

A change to the prescription makes a new version from a date; workouts logged against an item
keep pointing at the item of the version they were done under, so history never moves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.measures import shown
from bonetracker.domain.records import ActivityCategory, PatientId
from bonetracker.domain.records import ProgrammeItemId as ProgrammeItemId  # re-exported with the records

ProgrammeId = NewType("ProgrammeId", int)
ProgrammeVersionId = NewType("ProgrammeVersionId", int)


class DoseKind(StrEnum):
    """How an item's dose is written: sets x reps (at a load), minutes, or impacts."""

    SETS_REPS = "sets_reps"
    MINUTES = "minutes"
    IMPACTS = "impacts"


class Progression(StrEnum):
    """How an item moves on once it is done as prescribed without strain.

    reps_then_load: add reps up to the ceiling, then add 5 % load and go back to the floor reps
    (progressive resistance as in Too Fit To Fracture 2014 and the LIFTMOR trial's model);
    add_impacts: more impacts per session; balance_base: a narrower base of support;
    add_minutes: a few more minutes; none: the physiotherapist progresses it by hand.
    """

    REPS_THEN_LOAD = "reps_then_load"
    ADD_IMPACTS = "add_impacts"
    BALANCE_BASE = "balance_base"
    ADD_MINUTES = "add_minutes"
    NONE = "none"


# Bases of support from widest to narrowest (Too Fit To Fracture 2014 balance progressions).
BALANCE_LEVELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("programmes", "feet apart, holding support"),
    QT_TRANSLATE_NOOP("programmes", "feet together"),
    QT_TRANSLATE_NOOP("programmes", "semi-tandem stance"),
    QT_TRANSLATE_NOOP("programmes", "tandem stance (heel to toe)"),
    QT_TRANSLATE_NOOP("programmes", "single-leg stance"),
    QT_TRANSLATE_NOOP("programmes", "single-leg stance, eyes closed"),
)


@dataclass(frozen=True)
class ProgrammeItem:
    """One prescribed exercise with its dose, frequency, progression rule and coaching cues."""

    activity: str
    category: ActivityCategory
    dose_kind: DoseKind
    per_week: int
    sets: int | None = None
    reps: int | None = None
    load_kg: float | None = None
    minutes: int | None = None
    impacts: int | None = None
    balance_level: int | None = None
    progression: Progression = Progression.NONE
    rep_floor: int = 8
    rep_ceiling: int = 12
    cues: str = ""
    supervised: bool = False
    cleared: bool = False
    id: ProgrammeItemId | None = None

    def dose_text(self) -> str:
        """The dose as a person reads it: "2 x 10 at 4 kg", "20 min", "50 impacts"."""
        if self.dose_kind is DoseKind.SETS_REPS:
            text = f"{self.sets} x {self.reps}"
            if self.load_kg:
                unit = shown.chosen_unit(shown.WEIGHT)  # kg unless the application chose lb
                load = f"{self.load_kg:g} kg" if unit == "kg" else \
                    shown.quantity_text(shown.WEIGHT, self.load_kg, unit)
                text += translate("programmes", " at {load}").format(load=load)
        elif self.dose_kind is DoseKind.MINUTES:
            text = f"{self.minutes} min"
        else:
            text = translate("programmes", "{n} impacts").format(n=self.impacts)
        if self.balance_level is not None:
            text += f", {translate('programmes', BALANCE_LEVELS[self.balance_level])}"
        return text


@dataclass(frozen=True)
class ProgrammeVersion:
    """The prescription in force from ``start`` until the next version starts."""

    number: int
    start: dt.date
    items: tuple[ProgrammeItem, ...]
    note: str = ""
    id: ProgrammeVersionId | None = None

    @property
    def sessions_per_week(self) -> int:
        """Sessions prescribed a week: the most frequent item sets the rhythm."""
        return max((i.per_week for i in self.items), default=0)


@dataclass(frozen=True)
class Programme:
    """A named programme for one patient, with every version it has had."""

    patient_id: PatientId
    name: str
    created: dt.date
    template: str = ""
    versions: tuple[ProgrammeVersion, ...] = field(default=())
    id: ProgrammeId | None = None

    @property
    def current(self) -> ProgrammeVersion | None:
        return max(self.versions, key=lambda v: v.number, default=None)

    def version_on(self, day: dt.date) -> ProgrammeVersion | None:
        """The version in force on ``day``: the latest that had started by then."""
        started = [v for v in self.versions if v.start <= day]
        return max(started, key=lambda v: (v.start, v.number), default=None)

    def item(self, item_id: ProgrammeItemId) -> tuple[ProgrammeVersion, ProgrammeItem] | None:
        for version in self.versions:
            for item in version.items:
                if item.id == item_id:
                    return version, item
        return None
