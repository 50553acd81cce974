"""The dose rules through the whole plan: an overdue denosumab injection is urgent
(``dose_overdue``), late tablets are a lower item, and calcium logged on an oral-bisphosphonate
morning draws the kind timing note (``bisphosphonate_timing``); the plan JSON carries each
course's adherence under ``medications``."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bonetracker.domain.doses import add_months
from bonetracker.domain.plan import Plan, build_plan, plan_as_dict, plan_as_text
from bonetracker.domain.records import (
    DoseEntry,
    DoseStatus,
    DrugClass,
    MealKind,
    MedicationCourse,
    MedicationId,
    PatientRecord,
    Schedule,
)
from tests.helpers.factories import PID, TODAY, D, items, meal, record

DMAB, ALN, IBN = MedicationId(1), MedicationId(2), MedicationId(3)


def dmab(start: dt.date) -> MedicationCourse:
    return MedicationCourse(DMAB, PID, "denosumab", DrugClass.DENOSUMAB, start, schedule=Schedule.SIX_MONTHLY)


def alendronate(start: dt.date) -> MedicationCourse:
    return MedicationCourse(ALN, PID, "alendronate", DrugClass.BISPHOSPHONATE, start,
                            schedule=Schedule.WEEKLY)


def dose(course: MedicationId, day: dt.date, status: DoseStatus = DoseStatus.TAKEN) -> DoseEntry:
    return DoseEntry(None, PID, course, day, status)


def with_doses(rec: PatientRecord, *doses: DoseEntry) -> PatientRecord:
    return dataclasses.replace(rec, doses=tuple(doses))


def ids(plan: Plan) -> dict[str, int]:
    return {r.id: r.priority for r in plan.recommendations}


def test_denosumab_seven_and_a_half_months_after_the_last_dose_is_urgent() -> None:
    last = add_months(TODAY, -7) - dt.timedelta(days=15)
    plan = build_plan(with_doses(record(medications=[dmab(D(2022, 1, 3))]), dose(DMAB, last)), TODAY)
    found = next(r for r in plan.recommendations if r.id == "dose_overdue")
    assert found.priority == 1 and plan.recommendations[0].id == "dose_overdue"
    assert "denosumab" in found.reason and last.isoformat() in found.reason
    assert "rebound" in found.detail and "Tsourdi" in found.source
    assert "contact your doctor" in found.title  # information and whom to ask, never a dose
    meds = plan_as_dict(plan)["medications"]
    assert [m["drug"] for m in meds] == ["denosumab"]
    assert meds[0]["last_dose"] == last.isoformat() and meds[0]["overdue_days"] > 0
    assert meds[0]["adherence"]["adherent_90"] is False and meds[0]["adherence"]["threshold"] == 0.8
    assert meds[0]["adherence"]["pdc_90"] < 0.8


def test_denosumab_within_six_months_and_four_weeks_is_not_an_item() -> None:
    last = add_months(TODAY, -6) - dt.timedelta(days=27)
    plan = build_plan(with_doses(record(medications=[dmab(D(2022, 1, 3))]), dose(DMAB, last)), TODAY)
    found = [r for r in plan.recommendations if r.id == "dose_overdue"]
    assert found and found[0].priority == 2, "late, not yet past the limit: an ordinary reminder"
    on_time = build_plan(with_doses(record(medications=[dmab(D(2022, 1, 3))]),
                                    dose(DMAB, add_months(TODAY, -5))), TODAY)
    assert "dose_overdue" not in ids(on_time)
    assert plan_as_dict(on_time)["medications"][0]["adherence"]["adherent_90"] is True


def test_a_denosumab_course_with_no_dose_logged_counts_from_its_start() -> None:
    plan = build_plan(record(medications=[dmab(add_months(TODAY, -8))]), TODAY)
    assert ids(plan).get("dose_overdue") == 1
    assert plan_as_dict(plan)["medications"][0]["last_dose_implied"] is True


def test_tablets_a_week_late_are_a_reminder_and_untracked_ones_are_not_judged() -> None:
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    start = monday - dt.timedelta(weeks=10)
    course = alendronate(start)
    late = with_doses(record(medications=[course]),
                      *(dose(ALN, start + dt.timedelta(weeks=k)) for k in range(8)))
    plan = build_plan(late, TODAY)
    assert ids(plan).get("dose_overdue") == 2
    assert "do not take two doses on one day" in next(
        r.detail for r in plan.recommendations if r.id == "dose_overdue")
    silent = build_plan(record(medications=[course]), TODAY)
    assert "dose_overdue" not in ids(silent)
    assert plan_as_dict(silent)["medications"][0]["tracked"] is False
    assert plan_as_dict(silent)["medications"][0]["adherence"]["pdc_90"] is None


def _timing_record(course: MedicationCourse, *meals_logged: object) -> PatientRecord:
    return with_doses(record(medications=[course], meals=meals_logged),  # type: ignore[arg-type]
                      dose(course.id, TODAY - dt.timedelta(days=2)))  # type: ignore[arg-type]


DOSE_DAY = TODAY - dt.timedelta(days=2)


@pytest.mark.parametrize(("logged", "fires", "quoted"), [
    (meal(DOSE_DAY, items(calcium_mg=500), kind=MealKind.SUPPLEMENT), True, "calcium supplement (500 mg)"),
    (meal(DOSE_DAY, items(calcium_mg=350), kind=MealKind.BREAKFAST), True, "breakfast with 350 mg"),
    (meal(DOSE_DAY, items(calcium_mg=250), kind=MealKind.BREAKFAST), False, ""),
    (meal(DOSE_DAY, items(calcium_mg=900), kind=MealKind.DINNER), False, ""),
    (meal(DOSE_DAY - dt.timedelta(days=1), items(calcium_mg=500), kind=MealKind.SUPPLEMENT), False, ""),
], ids=["supplement", "rich-breakfast", "light-breakfast", "dinner", "other-day"])
def test_calcium_on_a_bisphosphonate_morning_draws_the_timing_note(
        logged: object, fires: bool, quoted: str) -> None:
    plan = build_plan(_timing_record(alendronate(D(2024, 1, 1)), logged), TODAY)
    found = [r for r in plan.recommendations if r.id == "bisphosphonate_timing"]
    assert bool(found) is fires
    if fires:
        rec = found[0]
        assert quoted in rec.reason and DOSE_DAY.isoformat() in rec.reason
        assert "30 minutes" in rec.detail and "all is well" in rec.detail  # kindly
        assert "product information" in rec.source and rec.priority == 3


def test_the_timing_note_says_60_minutes_for_ibandronate_and_nothing_for_injections() -> None:
    tablet = MedicationCourse(IBN, PID, "ibandronate", DrugClass.BISPHOSPHONATE, D(2024, 1, 1),
                              schedule=Schedule.MONTHLY)
    supplement = meal(DOSE_DAY, items(calcium_mg=500), kind=MealKind.SUPPLEMENT)
    plan = build_plan(_timing_record(tablet, supplement), TODAY)
    assert "60 minutes" in next(r.detail for r in plan.recommendations if r.id == "bisphosphonate_timing")
    iv = dataclasses.replace(tablet, schedule=Schedule.THREE_MONTHLY)
    assert "bisphosphonate_timing" not in ids(build_plan(_timing_record(iv, supplement), TODAY))


def test_plan_text_lists_running_courses_with_adherence() -> None:
    plan = build_plan(with_doses(record(medications=[dmab(D(2024, 1, 10))]), dose(DMAB, D(2024, 1, 10))),
                      TODAY)
    text = plan_as_text(plan)
    assert "Medications:" in text and "denosumab (every 6 months)" in text
    assert "next due 2024-07-10" in text and "80 % or more counts as adherent" in text


def test_tablets_only_marked_missed_are_overdue_with_no_dose_taken() -> None:
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    start = monday - dt.timedelta(weeks=4)
    rec = with_doses(record(medications=[alendronate(start)]), dose(ALN, start, DoseStatus.MISSED))
    found = next(r for r in build_plan(rec, TODAY).recommendations if r.id == "dose_overdue")
    assert "alendronate: no dose logged" in found.reason


def test_many_calcium_mornings_are_summed_up() -> None:
    course = MedicationCourse(ALN, PID, "alendronate", DrugClass.BISPHOSPHONATE, D(2024, 1, 1),
                              schedule=Schedule.DAILY)
    days = [TODAY - dt.timedelta(days=k) for k in range(5)]
    rec = with_doses(record(medications=[course],
                            meals=[meal(d, items(calcium_mg=400), kind=MealKind.SUPPLEMENT) for d in days]),
                     *(dose(ALN, d) for d in days))
    found = next(r for r in build_plan(rec, TODAY).recommendations if r.id == "bisphosphonate_timing")
    assert found.reason.endswith("and 2 more days") and found.reason.count("calcium supplement") == 3
