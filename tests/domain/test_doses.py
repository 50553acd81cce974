"""Dose schedules: the catalogue, every schedule's days, next due dates, lateness, PDC at its
boundaries, the denosumab limit and the calendar recurrence."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from dateutil.rrule import rrulestr

from bonetracker.domain import doses as D
from bonetracker.domain.drugs import Route, catalogue, course_route, course_schedule, how_to_take
from bonetracker.domain.records import (
    DoseEntry,
    DoseStatus,
    DrugClass,
    MedicationCourse,
    MedicationId,
    PatientId,
    Schedule,
)

PID = PatientId(1)
CID = MedicationId(7)
DAY = dt.date


def course(drug: str, start: dt.date, schedule: Schedule | None = None, *, end: dt.date | None = None,
           weekday: int | None = None, cls: DrugClass | None = None) -> MedicationCourse:
    found = catalogue().get(drug)
    drug_class = cls or (found.drug_class if found else DrugClass.OTHER)
    return MedicationCourse(CID, PID, drug, drug_class, start, end, schedule=schedule, weekday=weekday)


def taken(*days: dt.date) -> list[DoseEntry]:
    return [DoseEntry(None, PID, CID, d) for d in days]


def missed(day: dt.date) -> DoseEntry:
    return DoseEntry(None, PID, CID, day, DoseStatus.MISSED)


# -- the catalogue ---------------------------------------------------------------------------
@pytest.mark.parametrize(("drug", "schedules", "route"), [
    ("alendronate", ("weekly", "daily"), "oral"),
    ("risedronate", ("weekly", "daily", "monthly"), "oral"),
    ("ibandronate", ("monthly", "3-monthly"), "oral"),
    ("zoledronic acid", ("yearly",), "intravenous"),
    ("denosumab", ("6-monthly",), "subcutaneous"),
    ("teriparatide", ("daily",), "subcutaneous"),
    ("abaloparatide", ("daily",), "subcutaneous"),
    ("romosozumab", ("monthly",), "subcutaneous"),
    ("raloxifene", ("daily",), "oral"),
    ("HRT", ("daily",), "oral"),
    ("calcium supplement", ("daily",), "oral"),
    ("vitamin D supplement", ("daily",), "oral"),
])
def test_catalogue_gives_each_drug_its_schedules_default_first(drug: str, schedules: tuple[str, ...],
                                                               route: str) -> None:
    d = catalogue()[drug]
    assert tuple(s.value for s in d.schedules) == schedules
    assert d.route(None) == Route(route) and d.source  # every row cites where it comes from


def test_ibandronate_every_3_months_is_an_injection_and_monthly_a_tablet() -> None:
    monthly = course("ibandronate", DAY(2025, 1, 10), Schedule.MONTHLY)
    iv = course("ibandronate", DAY(2025, 1, 10), Schedule.THREE_MONTHLY)
    assert course_route(monthly) is Route.ORAL and course_route(iv) is Route.INTRAVENOUS
    assert "60 minutes" in how_to_take(monthly).text  # type: ignore[union-attr]
    assert "injection into a vein" in how_to_take(iv).text  # type: ignore[union-attr]


def test_courses_recorded_before_schedules_follow_their_drugs_default() -> None:
    assert course_schedule(course("denosumab", DAY(2024, 1, 1))) is Schedule.SIX_MONTHLY
    assert course_schedule(course("alendronate", DAY(2024, 1, 1))) is Schedule.WEEKLY
    assert course_schedule(course("other", DAY(2024, 1, 1))) is None


def test_licensed_lengths() -> None:
    assert catalogue()["romosozumab"].limit_doses == 12
    assert catalogue()["teriparatide"].limit_months == 24


# -- every schedule's days ---------------------------------------------------------------------
@pytest.mark.parametrize(("c", "expected"), [
    (course("raloxifene", DAY(2025, 2, 27)), [DAY(2025, 2, 27), DAY(2025, 2, 28), DAY(2025, 3, 1)]),
    (course("alendronate", DAY(2025, 1, 6), Schedule.WEEKLY),  # a Monday
     [DAY(2025, 1, 6), DAY(2025, 1, 13), DAY(2025, 1, 20)]),
    (course("alendronate", DAY(2025, 1, 8), Schedule.WEEKLY, weekday=0),  # Wednesday start, Mondays
     [DAY(2025, 1, 13), DAY(2025, 1, 20), DAY(2025, 1, 27)]),
    (course("risedronate", DAY(2025, 1, 31), Schedule.MONTHLY),  # the month's end, no drift
     [DAY(2025, 1, 31), DAY(2025, 2, 28), DAY(2025, 3, 31)]),
    (course("other", DAY(2024, 11, 30), Schedule.THREE_MONTHLY),
     [DAY(2024, 11, 30), DAY(2025, 2, 28), DAY(2025, 5, 30)]),
    (course("other", DAY(2024, 8, 31), Schedule.SIX_MONTHLY),
     [DAY(2024, 8, 31), DAY(2025, 2, 28), DAY(2025, 8, 31)]),
    (course("other", DAY(2024, 2, 29), Schedule.YEARLY),
     [DAY(2024, 2, 29), DAY(2025, 2, 28), DAY(2026, 2, 28)]),
], ids=["daily", "weekly", "weekly-chosen-day", "monthly-31st", "3-monthly", "6-monthly", "yearly-29-feb"])
def test_calendar_schedules_keep_their_days(c: MedicationCourse, expected: list[dt.date]) -> None:
    assert [D.occurrence(c, k) for k in range(3)] == expected
    assert D.occurrences_between(c, expected[0], expected[-1]) == expected


# -- next due ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("c", "last", "expected"), [
    (course("raloxifene", DAY(2025, 1, 1)), DAY(2025, 3, 1), DAY(2025, 3, 2)),
    (course("alendronate", DAY(2025, 1, 6), Schedule.WEEKLY), DAY(2025, 3, 3), DAY(2025, 3, 10)),
    (course("risedronate", DAY(2025, 1, 31), Schedule.MONTHLY), DAY(2025, 2, 28), DAY(2025, 3, 31)),
    (course("ibandronate", DAY(2025, 1, 15), Schedule.THREE_MONTHLY), DAY(2025, 4, 20), DAY(2025, 7, 20)),
    (course("denosumab", DAY(2024, 3, 1)), DAY(2024, 9, 10), DAY(2025, 3, 10)),
    (course("zoledronic acid", DAY(2023, 5, 2)), DAY(2024, 5, 20), DAY(2025, 5, 20)),
], ids=["daily", "weekly", "monthly", "3-monthly-from-last", "6-monthly-from-last", "yearly-from-last"])
def test_next_due_for_every_schedule(c: MedicationCourse, last: dt.date, expected: dt.date) -> None:
    status = D.due(c, D.history_of(taken(last)), last)
    assert status.next_due == expected and status.overdue_days == 0 and status.tracked


def test_a_late_tablet_keeps_the_chosen_day_and_a_missed_one_moves_on() -> None:
    weekly = course("alendronate", DAY(2025, 1, 6), Schedule.WEEKLY)  # Mondays
    late = D.due(weekly, D.history_of(taken(DAY(2025, 1, 6), DAY(2025, 1, 14))), DAY(2025, 1, 15))
    assert late.next_due == DAY(2025, 1, 20), "Tuesday's late dose served Monday's"
    skipped = D.due(weekly, D.history_of([*taken(DAY(2025, 1, 6)), missed(DAY(2025, 1, 13))]),
                    DAY(2025, 1, 15))
    assert skipped.next_due == DAY(2025, 1, 20) and skipped.overdue_days == 0
    forgot = D.due(weekly, D.history_of(taken(DAY(2025, 1, 6))), DAY(2025, 1, 16))
    assert forgot.next_due == DAY(2025, 1, 13) and forgot.overdue_days == 3


def test_an_injection_marked_missed_is_still_owed_and_counts_from_the_last_given() -> None:
    dmab = course("denosumab", DAY(2024, 1, 10))
    status = D.due(dmab, D.history_of([*taken(DAY(2024, 1, 10)), missed(DAY(2024, 7, 10))]),
                   DAY(2024, 8, 1))
    assert status.next_due == DAY(2024, 7, 10) and status.overdue_days == 22


def test_an_injection_course_starts_with_its_first_injection() -> None:
    status = D.due(course("denosumab", DAY(2024, 1, 10)), D.DoseHistory(), DAY(2024, 3, 1))
    assert status.last_dose == DAY(2024, 1, 10) and status.last_dose_implied
    assert status.next_due == DAY(2024, 7, 10) and status.tracked


def test_tablets_never_logged_are_not_judged() -> None:
    status = D.due(course("alendronate", DAY(2024, 1, 1), Schedule.WEEKLY), D.DoseHistory(),
                   DAY(2025, 6, 4))
    assert not status.tracked and status.overdue_days == 0
    assert status.next_due == DAY(2025, 6, 9)  # the next Monday, for a reminder


def test_romosozumab_is_complete_after_twelve_doses_and_ended_courses_are_not_due() -> None:
    romo = course("romosozumab", DAY(2024, 1, 5))
    doses = taken(*(D.add_months(DAY(2024, 1, 5), k) for k in range(12)))
    status = D.due(romo, D.history_of(doses), DAY(2025, 1, 20))
    assert status.complete and status.next_due is None and status.overdue_days == 0
    ended = course("raloxifene", DAY(2024, 1, 1), end=DAY(2024, 6, 30))
    assert D.due(ended, D.history_of(taken(DAY(2024, 6, 1))), DAY(2024, 8, 1)).next_due is None


@pytest.mark.parametrize(("as_of", "late"), [
    (DAY(2025, 2, 7), None),      # 6 months + 4 weeks to the day: still inside the limit
    (DAY(2025, 2, 8), 1),         # a day past it
    (DAY(2025, 3, 25), 46),       # 7.5 months
])
def test_denosumab_is_late_after_six_months_and_four_weeks(as_of: dt.date, late: int | None) -> None:
    status = D.due(course("denosumab", DAY(2024, 1, 10)), D.history_of(taken(DAY(2024, 7, 10))), as_of)
    assert D.denosumab_late(status) == late


# -- PDC ------------------------------------------------------------------------------------
def _daily(start: dt.date, n: int) -> list[DoseEntry]:
    return taken(*(start + dt.timedelta(days=k) for k in range(n)))


AS_OF = DAY(2025, 4, 1)
WINDOW_START = AS_OF - dt.timedelta(days=90)


@pytest.mark.parametrize(("days_taken", "pdc", "adherent"), [
    (90, 1.0, True), (72, 0.8, True), (71, 71 / 90, False), (0, 0.0, False),
])
def test_pdc_over_90_days_at_the_80_percent_boundary(days_taken: int, pdc: float, adherent: bool) -> None:
    c = course("raloxifene", DAY(2024, 1, 1))
    value = D.pdc(c, _daily(WINDOW_START, days_taken), AS_OF, 90)
    assert value == pytest.approx(pdc) and D.adherent(value) is adherent


def test_pdc_counts_only_days_the_course_ran_and_each_day_once() -> None:
    c = course("raloxifene", AS_OF - dt.timedelta(days=10))
    assert D.pdc(c, _daily(AS_OF - dt.timedelta(days=10), 5), AS_OF, 90) == pytest.approx(0.5)
    weekly = course("alendronate", DAY(2024, 1, 1), Schedule.WEEKLY)  # Mondays
    twice = taken(DAY(2025, 3, 3), DAY(2025, 3, 4), DAY(2025, 3, 10))  # an extra dose adds no days
    assert D.pdc(weekly, twice, DAY(2025, 3, 17), 14) == pytest.approx(1.0)
    assert D.pdc(course("raloxifene", AS_OF), [], AS_OF, 90) is None  # started today: no full day


def test_pdc_of_an_injection_given_before_the_window_reaches_into_it() -> None:
    dmab = course("denosumab", DAY(2023, 1, 10))
    doses = taken(DAY(2024, 1, 10), DAY(2024, 7, 10))
    assert D.pdc(dmab, doses, DAY(2024, 10, 1), 90) == pytest.approx(1.0)
    late = D.pdc(dmab, doses, DAY(2025, 2, 24), 90)  # due 2025-01-10, 45 days uncovered
    assert late == pytest.approx(45 / 90)
    assert D.pdc(dmab, doses, DAY(2025, 2, 24), 365) == pytest.approx((365 - 45) / 365)


def test_course_status_reads_only_its_own_doses() -> None:
    c = course("raloxifene", DAY(2025, 1, 1))
    other = DoseEntry(None, PID, MedicationId(99), DAY(2025, 3, 1))
    st = D.course_status(c, [*_daily(DAY(2025, 3, 1), 3), other], DAY(2025, 3, 4))
    assert len(st.doses) == 3 and st.due.next_due == DAY(2025, 3, 4)


# -- calendar recurrence -------------------------------------------------------------------------
def _expand(rec: D.Recurrence, n: int) -> list[dt.date]:
    parts = ";".join(f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}"
                     for k, v in rec.rule().items() if k not in ("UNTIL", "COUNT"))
    rule = rrulestr(f"RRULE:{parts}", dtstart=dt.datetime.combine(rec.start, dt.time(8)))
    return [d.date() for d in itertools.islice(rule, n)]


@pytest.mark.parametrize("c", [
    course("raloxifene", DAY(2025, 1, 1)),
    course("alendronate", DAY(2025, 1, 6), Schedule.WEEKLY),
    course("alendronate", DAY(2025, 1, 8), Schedule.WEEKLY, weekday=3),
    course("risedronate", DAY(2025, 1, 31), Schedule.MONTHLY),
    course("other", DAY(2024, 11, 30), Schedule.THREE_MONTHLY),
    course("other", DAY(2024, 2, 29), Schedule.YEARLY),
], ids=["daily", "weekly", "weekly-thursday", "monthly-31st", "3-monthly-30th", "yearly-29-feb"])
def test_recurrence_expands_to_the_scheduled_days(c: MedicationCourse) -> None:
    status = D.due(c, D.history_of(taken(D.first_occurrence(c))), D.first_occurrence(c))
    rec = D.recurrence(status)
    assert rec is not None
    expected = [D.occurrence(c, k) for k in range(1, 9)]
    assert _expand(rec, 8) == expected


def test_weekly_alendronate_started_on_a_monday_recurs_weekly_on_mondays() -> None:
    c = course("alendronate", DAY(2025, 1, 6), Schedule.WEEKLY)
    rec = D.recurrence(D.due(c, D.DoseHistory(), DAY(2025, 1, 8)))
    assert rec is not None and rec.rule() == {"FREQ": "WEEKLY", "BYDAY": "MO"}
    assert rec.start == DAY(2025, 1, 13)


def test_injection_reminders_count_from_the_last_dose_or_from_today_when_late() -> None:
    dmab = course("denosumab", DAY(2024, 1, 31))
    on_time = D.recurrence(D.due(dmab, D.history_of(taken(DAY(2024, 7, 31))), DAY(2024, 9, 1)))
    assert on_time is not None and on_time.start == DAY(2025, 1, 31)
    assert on_time.rule() == {"FREQ": "MONTHLY", "INTERVAL": 6, "BYMONTHDAY": [28, 29, 30, 31],
                              "BYSETPOS": -1}
    late = D.recurrence(D.due(dmab, D.history_of(taken(DAY(2024, 7, 31))), DAY(2025, 3, 5)))
    assert late is not None and late.start == DAY(2025, 3, 5) and late.by_month_day == (5,)
    romo = course("romosozumab", DAY(2025, 1, 5))
    rec = D.recurrence(D.due(romo, D.history_of(taken(DAY(2025, 1, 5), DAY(2025, 2, 5))), DAY(2025, 2, 6)))
    assert rec is not None and rec.count == 10  # 12 doses, 2 given


# -- edges ------------------------------------------------------------------------------------
def test_a_monthly_tablet_taken_early_or_late_serves_the_nearest_day() -> None:
    monthly = course("risedronate", DAY(2025, 1, 20), Schedule.MONTHLY)
    assert D.occurrence_index(monthly, DAY(2025, 3, 10)) == 2, "before the 20th: back a month"
    assert D.occurrence_index(monthly, DAY(2025, 3, 2)) == 1, "nearer February's"
    assert D.occurrence_index(monthly, DAY(2025, 3, 31)) == 2
    status = D.due(monthly, D.history_of(taken(DAY(2025, 3, 14))), DAY(2025, 3, 15))
    assert status.next_due == DAY(2025, 4, 20)


def test_due_today_and_a_next_dose_after_the_courses_end() -> None:
    daily = course("raloxifene", DAY(2025, 1, 1), end=DAY(2025, 3, 10))
    status = D.due(daily, D.history_of(taken(DAY(2025, 3, 8))), DAY(2025, 3, 9))
    assert status.due_today and status.next_due == DAY(2025, 3, 9)
    last = D.due(daily, D.history_of(taken(DAY(2025, 3, 10))), DAY(2025, 3, 10))
    assert last.next_due is None and not last.due_today, "the course ends with this dose"


def test_a_dose_before_a_weekly_courses_first_chosen_day_covers_until_the_one_after() -> None:
    weekly = course("alendronate", DAY(2025, 1, 8), Schedule.WEEKLY, weekday=0)  # starts Wednesday
    assert D.covered_until(weekly, DAY(2025, 1, 8)) == DAY(2025, 1, 20)


def test_pdc_without_a_schedule_and_after_the_course_ended() -> None:
    assert D.pdc(course("other", DAY(2025, 1, 1)), taken(DAY(2025, 2, 1)), DAY(2025, 3, 1), 90) is None
    ended = course("raloxifene", DAY(2025, 1, 1), end=DAY(2025, 1, 10))
    assert D.pdc(ended, _daily(DAY(2025, 1, 1), 5), DAY(2025, 3, 1), 90) == pytest.approx(0.5)


def test_denosumab_limit_is_not_judged_for_an_ended_course_and_nothing_recurs_without_a_schedule() -> None:
    stopped = course("denosumab", DAY(2023, 1, 10), end=DAY(2023, 6, 1))
    assert D.denosumab_late(D.due(stopped, D.DoseHistory(), DAY(2025, 1, 1))) is None
    assert D.recurrence(D.due(course("other", DAY(2025, 1, 1)), D.DoseHistory(), DAY(2025, 2, 1))) is None
    rule = D.Recurrence(DAY(2025, 1, 1), "DAILY", until=DAY(2025, 2, 1), count=3).rule()
    assert rule == {"FREQ": "DAILY", "UNTIL": DAY(2025, 2, 1), "COUNT": 3}


@pytest.mark.parametrize(("text", "message"), [
    ("name,class,schedules,limit_doses,limit_months,advice,report,source\n"
     "x,other,,,,calcium,,s\n", "x: no schedule"),
    ("name,class,schedules,limit_doses,limit_months,advice,report,source\n"
     "y,other,daily:oral,,,calcium,tingling,s\n", "y: unknown text key(s) tingling"),
])
def test_a_broken_catalogue_row_is_refused(text: str, message: str) -> None:
    from bonetracker.domain.drugs import parse_catalogue

    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_catalogue(text.splitlines(keepends=True))
