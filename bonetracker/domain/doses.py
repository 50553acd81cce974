"""Dose schedules: when a course's next dose is due, how late it is, and on-time adherence (PDC).

Two kinds of schedule, as the product information says what to do after a late dose:

- **Calendar** schedules (tablets, by mouth): doses fall on fixed days counted from the course
  start (a weekly course on its weekday, a monthly one on the start's day of the month). A late
  dose serves the scheduled day nearest to it and the next is due on the next scheduled day
  ("return to your chosen day"); a dose marked missed is skipped, so the next is due after it.
  Such a course is *tracked* once any dose is logged: without a log BoneTracker cannot tell.
- **From the last dose** (injections and infusions): the next dose is due one interval after the
  last one given ("thereafter every 6 months from the date of the last injection"). The course
  start counts as the first dose, so these courses are always tracked; a dose marked missed is
  still owed.

Adherence is the proportion of days covered (PDC) over the last 90 and 365 full days of the
course: each dose taken covers the days until the next is due; >= 80 % counts as adherent.
Everything here is pure arithmetic on records: storage and services gather the doses.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bonetracker.domain.drugs import Route, course_route, course_schedule, drug
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.records import (
    DoseEntry,
    DoseStatus,
    DrugClass,
    MedicationCourse,
    MedicationId,
    Schedule,
)

# Proportion of days covered >= 80 % is the usual adherence cut-off (bone_facts.md "Courses";
# Siris et al., Mayo Clin Proc 2006;81:1013-22 used 80 % for bisphosphonates and fractures).
ADHERENT_PDC = 0.80
PDC_WINDOWS_DAYS: tuple[int, ...] = (90, 365)
# Denosumab every 6 months; a delay beyond 7 months (6 months + 4 weeks) risks rebound bone loss
# and multiple vertebral fractures (ECTS 2017 position, Tsourdi et al., Bone 2017;105:11-17; label).
DENOSUMAB_INTERVAL_MONTHS = 6
DENOSUMAB_GRACE_DAYS = 28
# A dose overdue this many days makes a plan item (product rule; the Today panel shows any delay).
OVERDUE_NOTICE_DAYS = 7

MONTHS: dict[Schedule, int] = {
    Schedule.MONTHLY: 1,
    Schedule.THREE_MONTHLY: 3,
    Schedule.SIX_MONTHLY: 6,
    Schedule.YEARLY: 12,
}
DAYS: dict[Schedule, int] = {Schedule.DAILY: 1, Schedule.WEEKLY: 7}

SCHEDULE_LABELS: dict[Schedule, str] = {
    Schedule.DAILY: QT_TRANSLATE_NOOP("doses", "every day"),
    Schedule.WEEKLY: QT_TRANSLATE_NOOP("doses", "once a week"),
    Schedule.MONTHLY: QT_TRANSLATE_NOOP("doses", "once a month"),
    Schedule.THREE_MONTHLY: QT_TRANSLATE_NOOP("doses", "every 3 months"),
    Schedule.SIX_MONTHLY: QT_TRANSLATE_NOOP("doses", "every 6 months"),
    Schedule.YEARLY: QT_TRANSLATE_NOOP("doses", "once a year"),
}
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("doses", "Monday"),
    QT_TRANSLATE_NOOP("doses", "Tuesday"),
    QT_TRANSLATE_NOOP("doses", "Wednesday"),
    QT_TRANSLATE_NOOP("doses", "Thursday"),
    QT_TRANSLATE_NOOP("doses", "Friday"),
    QT_TRANSLATE_NOOP("doses", "Saturday"),
    QT_TRANSLATE_NOOP("doses", "Sunday"),
)


def add_months(day: dt.date, months: int, anchor_day: int | None = None) -> dt.date:
    """``day`` moved by whole months on day ``anchor_day`` (default ``day.day``), clamped to the
    month's last day: 31 January + 1 month is 28 (or 29) February."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(anchor_day or day.day, last))


def step(day: dt.date, schedule: Schedule, n: int = 1, anchor_day: int | None = None) -> dt.date:
    """``n`` intervals of ``schedule`` after ``day`` (months keep ``anchor_day``)."""
    if schedule in DAYS:
        return day + dt.timedelta(days=DAYS[schedule] * n)
    return add_months(day, MONTHS[schedule] * n, anchor_day)


def from_last_dose(course: MedicationCourse) -> bool:
    """Whether the next dose counts from the last one (injections, infusions) rather than from
    fixed days on the calendar (tablets and anything the catalogue does not place)."""
    route = course_route(course)
    return route is not None and route is not Route.ORAL and course_schedule(course) is not Schedule.DAILY


def first_occurrence(course: MedicationCourse) -> dt.date:
    """The first scheduled day: the start, or for a weekly course the first chosen weekday."""
    if course_schedule(course) is Schedule.WEEKLY and course.weekday is not None:
        return course.start + dt.timedelta(days=(course.weekday - course.start.weekday()) % 7)
    return course.start


def occurrence(course: MedicationCourse, k: int) -> dt.date:
    """The ``k``-th scheduled day of a calendar schedule (0 is the first), counted from the first
    so that months never drift (31 Jan, 28 Feb, 31 Mar)."""
    schedule = course_schedule(course) or Schedule.DAILY
    first = first_occurrence(course)
    return step(first, schedule, k, first.day)


def occurrence_index(course: MedicationCourse, day: dt.date) -> int:
    """The index of the scheduled day nearest ``day`` (the earlier one on a tie), at least 0."""
    schedule = course_schedule(course) or Schedule.DAILY
    first = first_occurrence(course)
    if day <= first:
        return 0
    if schedule in DAYS:
        k, rest = divmod((day - first).days, DAYS[schedule])
        return k + (1 if rest * 2 > DAYS[schedule] else 0)
    months = MONTHS[schedule]
    # The scheduled day in the same (or the last scheduled) month, one earlier when ``day`` is
    # before the anchor day: the one after it always falls in a later month.
    k = ((day.year - first.year) * 12 + day.month - first.month) // months
    if occurrence(course, k) > day:
        k -= 1
    before, after = occurrence(course, k), occurrence(course, k + 1)
    return k + 1 if (after - day).days < (day - before).days else k


def occurrences_between(course: MedicationCourse, start: dt.date, end: dt.date) -> list[dt.date]:
    """Scheduled days of a calendar schedule within ``start``..``end`` (inclusive)."""
    k = max(0, occurrence_index(course, start) - 1)
    days: list[dt.date] = []
    while (day := occurrence(course, k)) <= end:
        if day >= start:
            days.append(day)
        k += 1
    return days


@dataclass(frozen=True)
class DoseHistory:
    """What the next due date needs from a course's dose log (all of it, or a summary)."""

    last_taken: dt.date | None = None
    last_entry: dt.date | None = None  # taken or missed
    taken_count: int = 0


def history_of(doses: Iterable[DoseEntry], as_of: dt.date | None = None) -> DoseHistory:
    """The summary of one course's doses up to ``as_of`` (default: all)."""
    taken = [d.date for d in doses if (as_of is None or d.date <= as_of) and d.status is DoseStatus.TAKEN]
    entries = [d.date for d in doses if as_of is None or d.date <= as_of]
    return DoseHistory(max(taken, default=None), max(entries, default=None), len(taken))


@dataclass(frozen=True)
class Due:
    """Where a course stands on ``as_of``.

    Attributes:
        schedule: the course's schedule (None: it follows none, nothing is due).
        tracked: whether BoneTracker can judge doses (see the module docstring).
        last_dose: the last dose taken or given (the start for injection courses without one).
        last_dose_implied: ``last_dose`` is the course start, not a logged dose.
        next_due: the next dose's day; None when the course follows no schedule, has ended, or
            has had its licensed number of doses.
        overdue_days: days ``next_due`` is past (0 when not yet due or not tracked).
        complete: the licensed number of doses has been given.
        doses_given: doses taken (an injection course's start counts as one).
    """

    course: MedicationCourse
    as_of: dt.date
    schedule: Schedule | None
    tracked: bool
    last_dose: dt.date | None
    last_dose_implied: bool
    next_due: dt.date | None
    overdue_days: int
    complete: bool = False
    doses_given: int = 0  # taken, counting an injection course's start

    @property
    def due_today(self) -> bool:
        return self.next_due == self.as_of


def due(course: MedicationCourse, history: DoseHistory, as_of: dt.date) -> Due:
    """The next due day and lateness of ``course`` on ``as_of`` from its dose ``history``."""
    schedule = course_schedule(course)
    relative = from_last_dose(course)
    last, implied = history.last_taken, False
    if relative and (last is None or last < course.start):
        last, implied = course.start, True
    catalogued = drug(course.drug)
    limit = catalogued.limit_doses if catalogued is not None else None
    given = history.taken_count + int(implied)
    complete = limit is not None and given >= limit
    tracked = schedule is not None and (relative or history.last_entry is not None)
    ended = course.end is not None and course.end < as_of
    if schedule is None or ended or complete:
        return Due(course, as_of, schedule, tracked, last, implied, None, 0, complete, given)
    if relative:
        assert last is not None
        next_day = step(last, schedule, anchor_day=last.day)
    elif history.last_entry is not None:
        next_day = occurrence(course, occurrence_index(course, history.last_entry) + 1)
    else:  # untracked: the next scheduled day from today, for the reminder only
        k = occurrence_index(course, as_of)
        next_day = occurrence(course, k if occurrence(course, k) >= as_of else k + 1)
    if course.end is not None and next_day > course.end:
        return Due(course, as_of, schedule, tracked, last, implied, None, 0, complete, given)
    overdue = max(0, (as_of - next_day).days) if tracked else 0
    return Due(course, as_of, schedule, tracked, last, implied, next_day, overdue, complete, given)


def covered_until(course: MedicationCourse, day: dt.date) -> dt.date:
    """The first day a dose taken on ``day`` no longer covers (the next dose's day)."""
    schedule = course_schedule(course) or Schedule.DAILY
    if from_last_dose(course):
        return step(day, schedule, anchor_day=day.day)
    if schedule is Schedule.DAILY:
        return day + dt.timedelta(days=1)
    if day < first_occurrence(course):
        return occurrence(course, 1)
    return occurrence(course, occurrence_index(course, day) + 1)


def pdc(course: MedicationCourse, doses: Iterable[DoseEntry], as_of: dt.date, days: int) -> float | None:
    """Proportion of days covered over the ``days`` full days before ``as_of`` that the course ran.

    Each dose taken covers the days from its date until the next dose's day; days are counted once
    however many doses cover them. None when the window holds no day of the course (or the course
    follows no schedule).
    """
    if course_schedule(course) is None:
        return None
    start = max(as_of - dt.timedelta(days=days), course.start)
    end = as_of - dt.timedelta(days=1)
    if course.end is not None:
        end = min(end, course.end)
    if end < start:
        return None
    taken = sorted({d.date for d in doses if d.status is DoseStatus.TAKEN and d.date <= end})
    if from_last_dose(course) and course.start not in taken:
        taken.insert(0, course.start)  # the course begins with its first injection
        taken.sort()
    covered = 0
    cursor = start  # the first day not yet counted
    for day in taken:
        lo = max(day, cursor)
        hi = min(covered_until(course, day), end + dt.timedelta(days=1))
        if hi > lo:
            covered += (hi - lo).days
            cursor = hi
    return covered / ((end - start).days + 1)


def adherent(value: float | None) -> bool | None:
    """PDC >= 80 % (exactly 80 % counts); None when there is nothing to judge."""
    return None if value is None else value >= ADHERENT_PDC - 1e-12


@dataclass(frozen=True)
class CourseStatus:
    """A course with its due date and adherence, as the plan, the pages and the report show it."""

    due: Due
    pdc: dict[int, float | None]
    doses: tuple[DoseEntry, ...]

    @property
    def course(self) -> MedicationCourse:
        return self.due.course

    def adherent(self, days: int) -> bool | None:
        return adherent(self.pdc.get(days))


def course_status(course: MedicationCourse, doses: Sequence[DoseEntry], as_of: dt.date) -> CourseStatus:
    """Due date and PDC of ``course`` from ``doses`` (any patient's doses; others are ignored)."""
    mine = tuple(sorted((d for d in doses if d.course_id == course.id and d.date <= as_of),
                        key=lambda d: d.date))
    history = history_of(mine)
    tracked_pdc = from_last_dose(course) or history.last_entry is not None
    values = {n: pdc(course, mine, as_of, n) if tracked_pdc else None for n in PDC_WINDOWS_DAYS}
    return CourseStatus(due(course, history, as_of), values, mine)


def course_statuses(courses: Iterable[MedicationCourse], doses: Sequence[DoseEntry],
                    as_of: dt.date) -> list[CourseStatus]:
    """The status of every course running on ``as_of`` that follows a schedule, by start."""
    by_course: dict[MedicationId | None, list[DoseEntry]] = {}
    for d in doses:
        by_course.setdefault(d.course_id, []).append(d)
    return [course_status(c, by_course.get(c.id, []), as_of)
            for c in sorted(courses, key=lambda c: (c.start, c.drug))
            if c.active_on(as_of) and course_schedule(c) is not None]


def denosumab_late(status: Due) -> int | None:
    """Days past 6 months + 4 weeks since the last denosumab dose, if that long (else None)."""
    if status.course.drug_class is not DrugClass.DENOSUMAB or status.last_dose is None:
        return None
    if status.complete or not status.course.active_on(status.as_of):
        return None
    limit = add_months(status.last_dose, DENOSUMAB_INTERVAL_MONTHS) + dt.timedelta(days=DENOSUMAB_GRACE_DAYS)
    late = (status.as_of - limit).days
    return late if late > 0 else None


def describe_schedule(course: MedicationCourse) -> str:
    """"once a week on Monday", "every 6 months", "" when the course follows no schedule."""
    schedule = course_schedule(course)
    if schedule is None:
        return ""
    text = translate("doses", SCHEDULE_LABELS[schedule])
    if schedule is Schedule.WEEKLY and not from_last_dose(course):
        day = translate("doses", WEEKDAY_NAMES[first_occurrence(course).weekday()])
        text += translate("doses", " on {day}").format(day=day)
    return text


@dataclass(frozen=True)
class Recurrence:
    """A schedule as an RFC 5545 recurrence from ``start`` (the next dose due): ``freq`` is
    DAILY, WEEKLY, MONTHLY or YEARLY; ``by_month_day`` with ``by_set_pos`` -1 picks the
    anchor day or the month's last day before it (31 January, 28 February, 31 March)."""

    start: dt.date
    freq: str
    interval: int = 1
    by_day: str | None = None
    by_month: int | None = None
    by_month_day: tuple[int, ...] = ()
    by_set_pos: int | None = None
    until: dt.date | None = None
    count: int | None = None

    def rule(self) -> dict[str, object]:
        """The RRULE parts, as the icalendar library takes them."""
        parts: dict[str, object] = {"FREQ": self.freq}
        if self.interval != 1:
            parts["INTERVAL"] = self.interval
        if self.by_day:
            parts["BYDAY"] = self.by_day
        if self.by_month is not None:
            parts["BYMONTH"] = self.by_month
        if self.by_month_day:
            parts["BYMONTHDAY"] = list(self.by_month_day)
        if self.by_set_pos is not None:
            parts["BYSETPOS"] = self.by_set_pos
        if self.until is not None:
            parts["UNTIL"] = self.until
        if self.count is not None:
            parts["COUNT"] = self.count
        return parts


_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def recurrence(status: Due) -> Recurrence | None:
    """The recurrence of a course's reminders from its next due dose; None when nothing is due
    (no schedule, ended, complete). Calendar schedules keep their days; schedules counted from
    the last dose start at the next due one (a later export moves them when a dose is logged)."""
    course, schedule, start = status.course, status.schedule, status.next_due
    if schedule is None or start is None:
        return None
    catalogued = drug(course.drug)
    limit = catalogued.limit_doses if catalogued is not None else None
    count = None if limit is None else max(1, limit - status.doses_given)
    anchor = first_occurrence(course).day
    if from_last_dose(course):
        if start < status.as_of:  # overdue: remind from today, then on from there
            start = status.as_of
            anchor = start.day
        elif status.last_dose is not None:
            anchor = status.last_dose.day
    elif start < status.as_of:  # late: the reminders go on from the next scheduled day
        k = occurrence_index(course, status.as_of)
        start = occurrence(course, k if occurrence(course, k) >= status.as_of else k + 1)
    common = {"start": start, "until": course.end, "count": count}
    if schedule is Schedule.DAILY:
        return Recurrence(freq="DAILY", **common)  # type: ignore[arg-type]
    if schedule is Schedule.WEEKLY:
        return Recurrence(freq="WEEKLY", by_day=_BYDAY[start.weekday()], **common)  # type: ignore[arg-type]
    days = (anchor,) if anchor <= 28 else tuple(range(28, anchor + 1))
    set_pos = -1 if anchor > 28 else None
    if schedule is Schedule.YEARLY:
        return Recurrence(freq="YEARLY", by_month=start.month, by_month_day=days, by_set_pos=set_pos,
                          **common)  # type: ignore[arg-type]
    return Recurrence(freq="MONTHLY", interval=MONTHS[schedule], by_month_day=days, by_set_pos=set_pos,
                      **common)  # type: ignore[arg-type]
