"""Drug-specific course rules: when a course is due a review, and when stopping one is dangerous.

Each threshold carries its source here and in ``docs/clinical-sources.md``. The rules name the
facts (which course, since when) and only ever say "talk to your doctor": never a drug choice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bonetracker.domain.change import add_years
from bonetracker.domain.doses import add_months
from bonetracker.domain.drugs import Route, course_route
from bonetracker.domain.guidance.context import BISPHOSPHONATE_REVIEW_YEARS, RuleContext, Rules, rec
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.records import DrugClass, MedicationCourse

# ASBMR task force 2016 (Adler et al., J Bone Miner Res 2016;31:16-35): review after 5 years of an
# oral bisphosphonate and after 3 years of intravenous zoledronic acid.
ORAL_BISPHOSPHONATE_REVIEW_YEARS = BISPHOSPHONATE_REVIEW_YEARS  # the one figure, in guidance.context
IV_BISPHOSPHONATE_REVIEW_YEARS = 3
# ECTS 2017 (Tsourdi et al., Bone 2017;105:11-17) and the label: after denosumab, an antiresorptive
# should follow, started when the next injection would have been due (6 months after the last).
DENOSUMAB_FOLLOW_ON_MONTHS = 6
# Rebound loss and multiple vertebral fractures cluster in the first 1-2 years off denosumab
# (Cummings et al., FREEDOM extension, J Bone Miner Res 2018;33:190-198): urgent within 2 years.
DENOSUMAB_URGENT_YEARS = 2
# Licensed lengths (product information): romosozumab 12 monthly doses; teriparatide and
# abaloparatide about 2 years in a lifetime; each followed by an antiresorptive to keep the gain.
ANABOLIC_LIMIT_MONTHS: dict[str, int] = {"romosozumab": 12, "teriparatide": 24, "abaloparatide": 24}
ANTIRESORPTIVE: frozenset[DrugClass] = frozenset({DrugClass.BISPHOSPHONATE, DrugClass.DENOSUMAB})


def _started(c: RuleContext) -> list[MedicationCourse]:
    return sorted((m for m in c.record.medications if m.start <= c.as_of), key=lambda m: m.start)


def _time_on(courses: Sequence[MedicationCourse], as_of: dt.date) -> tuple[int, dt.date] | None:
    """Days on ``courses`` (overlaps merged, elapsed ``stop - start``) and the first start, if one
    is running on ``as_of``."""
    if not any(m.active_on(as_of) for m in courses):
        return None
    days, cursor = 0, courses[0].start
    for m in courses:
        stop, start = min(m.end or as_of, as_of), max(m.start, cursor)
        if stop > start:
            days += (stop - start).days
            cursor = stop
    return days, courses[0].start


def _intravenous(m: MedicationCourse) -> bool:
    return course_route(m) is Route.INTRAVENOUS


@dataclass(frozen=True)
class Stopped:
    """A course that ended without the follow-on it needs."""

    course: MedicationCourse
    end: dt.date


def _follow_on(c: RuleContext, course: MedicationCourse, end: dt.date) -> MedicationCourse | None:
    """An antiresorptive course (another one) started by 6 months after ``end``."""
    limit = add_months(end, DENOSUMAB_FOLLOW_ON_MONTHS)
    return next(
        (
            m
            for m in _started(c)
            if m is not course
            and m.drug_class in ANTIRESORPTIVE
            and course.start <= m.start <= limit
            and (m.end is None or m.end >= end)
        ),
        None,
    )


def denosumab_stopped(c: RuleContext) -> Stopped | None:
    """The latest denosumab course that ended with no antiresorptive following it, if any."""
    ended = [
        m
        for m in _started(c)
        if m.drug_class is DrugClass.DENOSUMAB and m.end is not None and m.end <= c.as_of
    ]
    for m in reversed(ended):
        assert m.end is not None
        if _follow_on(c, m, m.end) is None:
            return Stopped(m, m.end)
    return None


def rule_course_reviews(c: RuleContext) -> Rules:
    recs: Rules = []
    bisphosphonates = [m for m in _started(c) if m.drug_class is DrugClass.BISPHOSPHONATE]
    for courses, years, oral in (
        ([m for m in bisphosphonates if not _intravenous(m)], ORAL_BISPHOSPHONATE_REVIEW_YEARS, True),
        ([m for m in bisphosphonates if _intravenous(m)], IV_BISPHOSPHONATE_REVIEW_YEARS, False),
    ):
        taken = _time_on(courses, c.as_of) if courses else None
        if taken is None:
            continue
        days, first = taken
        # "Longer than N years" on the calendar: the merged time laid end to end from the first
        # start must pass the Nth anniversary, so leap days cannot tip it over early.
        if first + dt.timedelta(days=days) > add_years(first, years):
            if oral:
                template = translate(
                    "guidance",
                    "you have taken an oral bisphosphonate for {taken:.1f} years since {date}; review is "
                    "advised after {years} years",
                )
            else:
                template = translate(
                    "guidance",
                    "you have taken an intravenous bisphosphonate for {taken:.1f} years since {date}; review "
                    "is advised after {years} years",
                )
            reason = template.format(taken=days / 365.25, date=format_date(first), years=years)
            kind = translate("guidance", "oral") if oral else translate("guidance", "intravenous")
            recs.append(rec("medication_review", reason, kind=kind, years=years))
    for m in _started(c):
        months = ANABOLIC_LIMIT_MONTHS.get(m.drug.casefold())
        if months is None:
            continue
        limit = add_months(m.start, months)
        running_past = m.active_on(c.as_of) and c.as_of >= limit
        ended = m.end is not None and m.end <= c.as_of and c.as_of < add_years(m.end, 1)
        if running_past or (ended and m.end is not None and _follow_on(c, m, m.end) is None):
            if running_past:
                reason = translate(
                    "guidance", "{drug}: started {start}, past its licensed {months} months on {limit}"
                ).format(drug=m.drug, start=format_date(m.start), months=months, limit=format_date(limit))
            else:
                reason = translate(
                    "guidance", "{drug}: ended {end} with no antiresorptive course after it"
                ).format(drug=m.drug, end=format_date(m.end) if m.end else "")
            recs.append(rec("anabolic_review", reason, drug=m.drug.capitalize(), months=months))
    stopped = denosumab_stopped(c)
    if stopped is not None:
        urgent = c.as_of < add_years(stopped.end, DENOSUMAB_URGENT_YEARS)
        reason = translate(
            "guidance",
            "the denosumab course that started {start} ended on {end} and no other bone medicine (a "
            "bisphosphonate or denosumab) was started within {months} months",
        ).format(
            start=format_date(stopped.course.start), end=format_date(stopped.end),
            months=DENOSUMAB_FOLLOW_ON_MONTHS,
        )
        recs.append(rec("denosumab_stopped", reason, None if urgent else 2))
    return recs
