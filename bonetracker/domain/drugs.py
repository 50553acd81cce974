"""The drug catalogue (``resources/drugs.csv``): class, route and schedules of each drug, with the
how-to-take texts and the rare effects to report, each with its source.

The catalogue says how often a drug is given, never how much: choosing a drug or a dose is a
clinician's decision. Courses pick one of their drug's schedules; the first listed is the
default (a new course without ``--schedule``, and courses recorded before schedules existed).
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.records import DrugClass, MedicationCourse, Schedule
from bonetracker.resources import resource_path

CATALOGUE_FILE = "drugs.csv"
OTHER = "other"


class Route(StrEnum):
    ORAL = "oral"
    SUBCUTANEOUS = "subcutaneous"
    INTRAVENOUS = "intravenous"
    TRANSDERMAL = "transdermal"


ROUTE_LABELS: Mapping[Route, str] = {
    Route.ORAL: QT_TRANSLATE_NOOP("drugs", "by mouth"),
    Route.SUBCUTANEOUS: QT_TRANSLATE_NOOP("drugs", "injection under the skin"),
    Route.INTRAVENOUS: QT_TRANSLATE_NOOP("drugs", "into a vein"),
    Route.TRANSDERMAL: QT_TRANSLATE_NOOP("drugs", "through the skin"),
}

LABELS = "product information (SmPC 4.2 and package leaflet)"
ORAL_BISPHOSPHONATE_SOURCE = f"Alendronate, risedronate and ibandronate {LABELS}"


@dataclass(frozen=True)
class Text:
    """A piece of wording with the publication that says it."""

    text: str
    source: str


HOW_TO_TAKE: Mapping[str, Text] = {
    "oral_bisphosphonate": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Take it first thing after getting up, on an empty stomach, with a full glass of plain water "
            "(not mineral water, tea, coffee, juice or milk). Swallow it whole sitting or standing, and "
            "stay upright. Wait at least 30 minutes before your first food, drink or other medicines of the "
            "day. Take calcium supplements at another time of day.",
        ),
        ORAL_BISPHOSPHONATE_SOURCE),
    "oral_ibandronate": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Take it first thing after getting up, on an empty stomach, with a full glass of plain water "
            "(not mineral water, tea, coffee, juice or milk). Swallow it whole sitting or standing, and "
            "stay upright. Wait at least 60 minutes before your first food, drink or other medicines of the "
            "day. Take calcium supplements at another time of day.",
        ),
        f"Ibandronate {LABELS}"),
    "ibandronate_injection": Text(
        QT_TRANSLATE_NOOP("drugs", "An injection into a vein every 3 months, given by a doctor or nurse."),
        f"Ibandronate {LABELS}"),
    "zoledronic_acid": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "An infusion (drip) into a vein once a year at the clinic. Drink enough water beforehand, as "
            "the clinic advises.",
        ), f"Zoledronic acid {LABELS}"),
    "denosumab": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "An injection under the skin every 6 months, usually given by a nurse or doctor. Book the next "
            "one when you have this one: a late or missed injection lets bone loss come back quickly.",
        ), f"Denosumab {LABELS}; ECTS 2017 position (Tsourdi et al., Bone 2017;105:11-17)"),
    "daily_injection": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "An injection under the skin once a day with your pen, as your nurse or pharmacist showed you. "
            "The course has a licensed maximum length; your doctor plans what follows it.",
        ),
        f"Teriparatide and abaloparatide {LABELS}"),
    "romosozumab": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Injections under the skin once a month for 12 months, given by a health professional. Your "
            "doctor plans what follows the course.",
        ), f"Romosozumab {LABELS}"),
    "raloxifene": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "One tablet a day, at any time of day, with or without food.",
        ), f"Raloxifene {LABELS}"),
    "hrt": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "As prescribed (tablets, gel or patches), at about the same time each day.",
        ),
        f"Hormone replacement therapy {LABELS}"),
    "calcium": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Take it at another time of day from a bisphosphonate tablet, for example with lunch or dinner. "
            "Calcium carbonate is absorbed best with food.",
        ),
        f"{ORAL_BISPHOSPHONATE_SOURCE}; NIH Office of Dietary Supplements calcium fact sheet"),
    "vitamin_d": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Once a day, at any time of day.",
        ), "NIH Office of Dietary Supplements vitamin D fact sheet"),
}
"""How to take each drug, shown on the day a dose is due and in the handout (never a dose)."""

RARE_EFFECTS: Mapping[str, Text] = {
    "thigh_pain": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Tell your doctor about any new pain in the thigh, hip or groin: rarely, these medicines cause "
            "an unusual break of the thigh bone that can start this way.",
        ),
        "Shane et al., ASBMR task force on atypical femoral fractures, J Bone Miner Res "
        "2014;29:1-23; product information (SmPC 4.4)"),
    "jaw": Text(
        QT_TRANSLATE_NOOP(
            "drugs",
            "Tell your dentist that you take this medicine and keep up check-ups. Tell your doctor or "
            "dentist about jaw pain, swelling, a loose tooth or a sore in the mouth that does not heal, and "
            "before planned dental work such as an extraction: rarely, the jaw bone is affected "
            "(osteonecrosis of the jaw).",
        ),
        "Khan et al., International Task Force on Osteonecrosis of the Jaw, J Bone Miner Res "
        "2015;30:3-23; product information (SmPC 4.4)"),
}
"""Rare effects to report, prompted for the drugs whose catalogue row lists them."""


@dataclass(frozen=True)
class Drug:
    """One catalogue row; ``routes`` maps each schedule the drug is given on to its route."""

    name: str
    drug_class: DrugClass
    routes: Mapping[Schedule, Route]
    limit_doses: int | None = None
    limit_months: int | None = None
    advice: Mapping[Route, str] | None = None
    report: tuple[str, ...] = ()
    source: str = ""

    @property
    def schedules(self) -> tuple[Schedule, ...]:
        return tuple(self.routes)

    @property
    def default_schedule(self) -> Schedule:
        return next(iter(self.routes))

    def how_to_take(self, schedule: Schedule | None) -> Text | None:
        route = self.route(schedule)
        key = (self.advice or {}).get(route) if route else None
        return HOW_TO_TAKE.get(key) if key else None

    def route(self, schedule: Schedule | None) -> Route | None:
        return self.routes.get(schedule or self.default_schedule)


def _advice(text: str, routes: Iterable[Route]) -> dict[Route, str]:
    keys = text.split()
    if len(keys) == 1 and ":" not in keys[0]:
        return dict.fromkeys(routes, keys[0])
    return {Route(route): key for route, key in (k.split(":", 1) for k in keys)}


def parse_catalogue(lines: Iterable[str]) -> list[Drug]:
    """Read catalogue CSV text; lines starting with ``#`` are comments (sources, column help).

    Raises:
        ValueError: an unknown class, schedule, route, advice or report key.
    """
    drugs: list[Drug] = []
    for row in csv.DictReader(line for line in lines if not line.lstrip().startswith("#")):
        routes = {Schedule(s): Route(r) for s, r in (pair.split(":", 1)
                                                      for pair in row["schedules"].split())}
        if not routes:
            raise ValueError(f"{row['name']}: no schedule")
        advice = _advice(row["advice"], set(routes.values()))
        report = tuple(row["report"].split())
        unknown = [k for k in (*advice.values(), *report) if k not in {*HOW_TO_TAKE, *RARE_EFFECTS}]
        if unknown:
            raise ValueError(f"{row['name']}: unknown text key(s) {', '.join(unknown)}")
        drugs.append(Drug(
            name=row["name"].strip(), drug_class=DrugClass(row["class"].strip()), routes=routes,
            limit_doses=int(row["limit_doses"]) if row["limit_doses"].strip() else None,
            limit_months=int(row["limit_months"]) if row["limit_months"].strip() else None,
            advice=advice, report=report, source=row["source"].strip()))
    return drugs


@functools.cache
def catalogue() -> Mapping[str, Drug]:
    """The shipped catalogue by drug name, in file order (the order forms list drugs)."""
    with resource_path(CATALOGUE_FILE).open(encoding="utf-8") as fh:
        return {d.name: d for d in parse_catalogue(fh)}


def drug(name: str) -> Drug | None:
    """The catalogue row of ``name`` (exact built-in name), None for "other" or unknown."""
    return catalogue().get(name)


def allowed_schedules(name: str) -> tuple[Schedule, ...]:
    """The schedules a course of ``name`` may follow: its drug's, or any for "other"."""
    d = drug(name)
    return d.schedules if d is not None else tuple(Schedule)


def course_schedule(course: MedicationCourse) -> Schedule | None:
    """The course's schedule, or its drug's default (None for an "other" drug without one)."""
    if course.schedule is not None:
        return course.schedule
    d = drug(course.drug)
    return d.default_schedule if d is not None else None


def course_route(course: MedicationCourse) -> Route | None:
    """How the course's doses are given (None when the catalogue does not say)."""
    d = drug(course.drug)
    return d.route(course_schedule(course)) if d is not None else None


def how_to_take(course: MedicationCourse) -> Text | None:
    d = drug(course.drug)
    return d.how_to_take(course_schedule(course)) if d is not None else None


def rare_effects(course: MedicationCourse) -> tuple[Text, ...]:
    d = drug(course.drug)
    return tuple(RARE_EFFECTS[k] for k in d.report) if d is not None else ()


def is_oral_bisphosphonate(course: MedicationCourse) -> bool:
    return course.drug_class is DrugClass.BISPHOSPHONATE and course_route(course) is Route.ORAL
