"""Each guidance rule at its threshold, the reasons it quotes, and the ordering contract."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence

import pytest

from bonetracker.domain.bmd import classify
from bonetracker.domain.change import summarize_scans
from bonetracker.domain.guidance import (
    RULE_ORDER,
    RecCategory,
    Recommendation,
    build_recommendations,
)
from bonetracker.domain.intake import IntakeSummary, exercise_totals, intake_summary
from bonetracker.domain.records import (
    ActivityCategory,
    Device,
    DrugClass,
    FractureSite,
    PatientRecord,
    Sex,
    Site,
    Smoking,
)
from bonetracker.domain.targets import Targets, targets_for
from tests.helpers.factories import (
    TODAY,
    D,
    course,
    daily_meals,
    fall,
    fracture,
    good_week,
    lifestyle,
    m,
    patient,
    record,
    scan,
    t_scan,
    workout,
)

FULL_MEALS = daily_meals(
    TODAY,
    14,
    calcium_mg=1300,
    vitamin_d_iu=900,
    protein_g=80,
    magnesium_mg=400,
    potassium_mg=3500,
    vitamin_k_mcg=130,
)


def recommend(
    rec: PatientRecord,
    as_of: dt.date = TODAY,
    *,
    intake: IntakeSummary | None = None,
    targets: Targets | None = None,
    foods: Mapping[str, Sequence[str]] | None = None,
    activities: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Recommendation]:
    classification = classify(rec, as_of)
    summaries, _ = summarize_scans(rec.scans, rec.medications, as_of)
    recs = build_recommendations(
        rec,
        as_of,
        targets or targets_for(rec.patient, as_of, classification.category, rec.fractures),
        intake or intake_summary(rec.meals, as_of, rec.medications),
        exercise_totals(rec.workouts, as_of, 7),
        classification,
        summaries,
        exercise_28d=exercise_totals(rec.workouts, as_of, 28),
        food_suggestions=foods,
        activity_suggestions=activities,
    )
    ids = [r.id for r in recs]
    assert len(ids) == len(set(ids)), "a rule fired twice"
    return {r.id: r for r in recs}


def healthy(**changes: object) -> PatientRecord:
    """A 55-year-old who does everything right and has a normal scan: only status items fire."""
    base = record(
        patient(age=55),
        scans=[t_scan(D(2023, 6, 1), -0.5)],
        workouts=good_week(TODAY),
        meals=FULL_MEALS,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_healthy_baseline_only_status() -> None:
    assert set(recommend(healthy())) == {"classification", "realistic_goals"}


def test_no_scans() -> None:
    recs = recommend(healthy(scans=()))
    assert set(recs) == {"classification"}
    assert recs["classification"].title == "Add your DXA result"


def test_sorted_by_priority_then_rule_order() -> None:
    rec = record(
        patient(age=72, smoking=Smoking.CURRENT),
        scans=[t_scan(D(2020, 1, 1), -2.8)],
        lifestyle_entries=[lifestyle(TODAY, alcohol_units=4)],
    )
    classification = classify(rec, TODAY)
    summaries, _ = summarize_scans(rec.scans, rec.medications, TODAY)
    recs = build_recommendations(
        rec,
        TODAY,
        targets_for(rec.patient, TODAY, classification.category),
        intake_summary(rec.meals, TODAY),
        exercise_totals(rec.workouts, TODAY),
        classification,
        summaries,
    )
    keys = [(r.priority, RULE_ORDER.index(r.id)) for r in recs]
    assert keys == sorted(keys)
    assert len(recs) > 8
    assert all(1 <= r.priority <= 3 and r.source and r.reason for r in recs)
    assert {r.category for r in recs} <= set(RecCategory)


def test_rule_order_lists_every_id_once() -> None:
    assert len(RULE_ORDER) == len(set(RULE_ORDER)) == 40


@pytest.mark.parametrize(
    ("days", "fires_log", "fires_calcium"),
    [(6, True, False), (7, False, True), (14, False, True), (0, True, False)],
)
def test_log_meals_gates_below_target_rules(days: int, fires_log: bool, fires_calcium: bool) -> None:
    recs = recommend(healthy(meals=daily_meals(TODAY, days, calcium_mg=300)))
    assert ("log_meals" in recs) is fires_log
    assert ("calcium_below_target" in recs) is fires_calcium


def test_calcium_reason_quotes_own_numbers() -> None:
    meals = daily_meals(TODAY, 12, calcium_mg=640, vitamin_d_iu=900, protein_g=80)
    recs = recommend(healthy(meals=meals))
    assert recs["calcium_below_target"].reason == (
        "calcium averaged 640 mg/day over 12 logged days; your target is 1200 mg"
    )


@pytest.mark.parametrize(
    ("calcium", "below", "above"),
    [(1199.0, True, False), (1200.0, False, False), (2000.0, False, False), (2001.0, False, True)],
)
def test_calcium_edges(calcium: float, below: bool, above: bool) -> None:
    recs = recommend(healthy(meals=daily_meals(TODAY, 10, calcium_mg=calcium)))
    assert ("calcium_below_target" in recs) is below
    assert ("calcium_above_upper_limit" in recs) is above


def test_calcium_above_upper_even_with_few_days_and_names_supplement() -> None:
    supplement = course("Calcium carbonate", DrugClass.SUPPLEMENT, D(2020, 1, 1), daily_amount=1500)
    rec = healthy(meals=daily_meals(TODAY, 2, calcium_mg=800), medications=(supplement,))
    recs = recommend(rec)
    assert "log_meals" in recs
    reason = recs["calcium_above_upper_limit"].reason
    assert "2300 mg/day over 2 logged days, of which 1500 mg from supplements" in reason
    assert "2000 mg" in reason


@pytest.mark.parametrize(
    ("rule_id", "nutrients"),
    [
        ("vitamin_d_below_target", {"vitamin_d_iu": 300}),
        ("protein_below_target", {"protein_g": 40}),
        ("magnesium_below_target", {"magnesium_mg": 200}),
        ("potassium_below_target", {"potassium_mg": 2000}),
        ("vitamin_k_below_target", {"vitamin_k_mcg": 50}),
    ],
)
def test_each_nutrient_rule(rule_id: str, nutrients: dict[str, float]) -> None:
    base = {
        "calcium_mg": 1300,
        "vitamin_d_iu": 900,
        "protein_g": 80,
        "magnesium_mg": 400,
        "potassium_mg": 3500,
        "vitamin_k_mcg": 130,
    }
    recs = recommend(healthy(meals=daily_meals(TODAY, 14, **(base | nutrients))))
    fired = {k for k in recs if k.endswith("_below_target")}
    assert fired == {rule_id}
    assert "over 14 logged days" in recs[rule_id].reason


def test_unknown_nutrient_never_fires() -> None:
    recs = recommend(healthy(meals=daily_meals(TODAY, 14, calcium_mg=1300)))
    assert not any(k.endswith("_below_target") and "strength" not in k for k in recs)


def test_protein_needs_weight() -> None:
    rec = dataclasses.replace(healthy(), patient=patient(age=55, weight_kg=None))
    rec = dataclasses.replace(rec, meals=daily_meals(TODAY, 14, protein_g=5))
    assert "protein_below_target" not in recommend(rec)


def test_food_suggestions_named_or_generic() -> None:
    rec = healthy(meals=daily_meals(TODAY, 14, calcium_mg=300))
    named = recommend(rec, foods={"calcium_mg": ["Kefir", "Almonds"]})
    assert "Kefir and Almonds" in named["calcium_below_target"].detail
    generic = recommend(rec)
    assert "yogurt" in generic["calcium_below_target"].detail


@pytest.mark.parametrize(
    ("workouts", "expected"),
    [
        ([], {"strength_below_target", "balance_below_target", "weight_bearing_below_target"}),
        (
            [workout(TODAY, ActivityCategory.RESISTANCE)] * 2
            + [workout(TODAY, ActivityCategory.BALANCE, 120)]
            + [workout(TODAY, ActivityCategory.WEIGHT_BEARING, 150)],
            set(),
        ),
        (
            [
                workout(TODAY, ActivityCategory.RESISTANCE),
                workout(TODAY, ActivityCategory.BALANCE, 119),
                workout(TODAY, ActivityCategory.IMPACT, 149),
            ],
            {"strength_below_target", "balance_below_target", "weight_bearing_below_target"},
        ),
        (
            [workout(TODAY, ActivityCategory.RESISTANCE)] * 2
            + [workout(TODAY, ActivityCategory.BALANCE, 120)]
            + [workout(TODAY, ActivityCategory.IMPACT, 50)]
            + [workout(TODAY, ActivityCategory.WEIGHT_BEARING, 100)],
            set(),
        ),
    ],
)
def test_exercise_thresholds(workouts: list[object], expected: set[str]) -> None:
    recs = recommend(healthy(workouts=tuple(workouts)))
    assert {k for k in recs if recs[k].category is RecCategory.EXERCISE} == expected


def test_exercise_reason_and_activity_suggestions() -> None:
    rec = healthy(workouts=(workout(TODAY, ActivityCategory.RESISTANCE),))
    recs = recommend(rec, activities={"resistance": ["Goblet squat"], "impact": ["Hopping"]})
    strength = recs["strength_below_target"]
    assert "Goblet squat" in strength.detail
    assert strength.reason.startswith("1 strength session in the last 7 days")
    assert "(last 4 weeks: 0.2 a week)" in strength.reason
    assert "Hopping" in recs["weight_bearing_below_target"].detail


def test_weight_bearing_detail_when_impact_limited() -> None:
    rec = healthy(workouts=(), fractures=(fracture(D(2021, 1, 1), FractureSite.VERTEBRA),))
    recs = recommend(rec, activities={"impact": ["Hopping"]})
    detail = recs["weight_bearing_below_target"].detail
    assert "no higher than brisk walking" in detail and "Hopping" not in detail
    assert "impact_limited" in recs and "spine_safety" in recs


@pytest.mark.parametrize(
    ("t", "fractures", "present", "absent"),
    [
        (-2.5, (), {"spine_safety", "fall_prevention", "discuss_medication"}, {"impact_limited"}),
        (-2.4, (), set(), {"spine_safety", "fall_prevention", "discuss_medication"}),
        (
            -1.5,
            ((FractureSite.VERTEBRA, False),),
            {"spine_safety", "impact_limited"},
            {"discuss_medication"},
        ),
        (
            -1.5,  # a wrist fragility fracture with low bone mass: osteoporosis (AACE 2020)
            ((FractureSite.WRIST, True), (FractureSite.RIB, True)),
            {"impact_limited", "spine_safety", "discuss_medication"},
            set(),
        ),
    ],
)
def test_safety_and_medical_rules(
    t: float,
    fractures: tuple[tuple[FractureSite, bool], ...],
    present: set[str],
    absent: set[str],
) -> None:
    rec = healthy(
        scans=(t_scan(D(2023, 6, 1), t),),
        fractures=tuple(fracture(D(2020, 1, 1), s, low) for s, low in fractures),
    )
    recs = recommend(rec)
    assert present <= set(recs)
    assert not absent & set(recs)


@pytest.mark.parametrize(
    ("age", "fall_days_ago", "fires", "priority"),
    [
        (64, None, False, None),
        (65, None, True, 2),
        (55, 300, True, 1),
        (55, 364, True, 1),
        (55, 366, False, None),
    ],
)
def test_fall_prevention(age: int, fall_days_ago: int | None, fires: bool, priority: int | None) -> None:
    falls = () if fall_days_ago is None else (fall(TODAY - dt.timedelta(days=fall_days_ago)),)
    rec = healthy(patient=patient(age=age), falls=falls)
    recs = recommend(rec)
    assert ("fall_prevention" in recs) is fires
    if priority is not None:
        assert recs["fall_prevention"].priority == priority


@pytest.mark.parametrize(
    ("smoking", "entries", "fires"),
    [
        (Smoking.CURRENT, (), True),
        (Smoking.FORMER, (), False),
        (Smoking.NEVER, ((27, 5),), True),
        (Smoking.NEVER, ((28, 5),), False),
        (Smoking.FORMER, ((3, 0),), False),
    ],
)
def test_smoking(smoking: Smoking, entries: tuple[tuple[int, int], ...], fires: bool) -> None:
    logged = tuple(lifestyle(TODAY - dt.timedelta(days=k), cigarettes=n) for k, n in entries)
    rec = healthy(patient=patient(age=55, smoking=smoking), lifestyle=logged)
    assert ("smoking" in recommend(rec)) is fires


def test_smoking_reason_counts_cigarettes() -> None:
    logged = (lifestyle(TODAY, cigarettes=10), lifestyle(TODAY - dt.timedelta(days=2), 5))
    reason = recommend(healthy(lifestyle=logged))["smoking"].reason
    assert reason == "you logged 15 cigarettes on 2 days in the last 28 days"


@pytest.mark.parametrize(
    ("units", "fires"),
    [
        ([3.0] * 7, True),
        ([2.9] + [3.0] * 6, False),
        ([6.0, 0.0] * 4, True),
        ([6.0, None] * 7, True),  # a day without an alcohol figure is not a day of zero
        ([5.9, 0.0] * 4, False),
    ],
)
def test_alcohol_limit(units: list[float | None], fires: bool) -> None:
    logged = tuple(lifestyle(TODAY - dt.timedelta(days=k), alcohol_units=u) for k, u in enumerate(units))
    recs = recommend(healthy(lifestyle=logged))
    assert ("alcohol_above_limit" in recs) is fires
    assert "alcohol_not_judged" not in recs


def test_alcohol_on_four_saturdays_cannot_be_judged() -> None:
    """Four Saturday entries of 4 units are not "4 units a day": too few logged days to judge."""
    logged = tuple(lifestyle(TODAY - dt.timedelta(days=7 * k), alcohol_units=4) for k in range(4))
    recs = recommend(healthy(lifestyle=logged))
    assert "alcohol_above_limit" not in recs
    assert "4 days of the last 28 (16 units in all)" in recs["alcohol_not_judged"].reason


def test_alcohol_reason_gives_units_a_week_and_a_day() -> None:
    logged = tuple(lifestyle(TODAY - dt.timedelta(days=k), alcohol_units=4) for k in range(7))
    reason = recommend(healthy(lifestyle=logged))["alcohol_above_limit"].reason
    assert "4.0 units a day (28 units a week) over 7 logged days" in reason


def test_alcohol_outside_window_ignored() -> None:
    logged = (lifestyle(TODAY - dt.timedelta(days=28), alcohol_units=10),)
    assert "alcohol_above_limit" not in recommend(healthy(lifestyle=logged))


@pytest.mark.parametrize(
    ("start", "end", "fires"),
    [
        (D(2019, 6, 1), None, False),  # exactly 5 years
        (D(2019, 5, 1), None, True),
        (D(2017, 1, 1), D(2023, 1, 1), False),  # long course, but already stopped
    ],
)
def test_medication_review(start: dt.date, end: dt.date | None, fires: bool) -> None:
    bis = course("alendronate", DrugClass.BISPHOSPHONATE, start, end)
    recs = recommend(healthy(medications=(bis,)))
    assert ("medication_review" in recs) is fires


def test_medication_review_merges_consecutive_courses() -> None:
    first = course("alendronate", DrugClass.BISPHOSPHONATE, D(2018, 1, 1), D(2021, 1, 1))
    second = course("risedronate", DrugClass.BISPHOSPHONATE, D(2020, 6, 1), None)
    recs = recommend(healthy(medications=(first, second)))
    assert "6.4 years since 2018-01-01" in recs["medication_review"].reason


def test_significant_loss_gain_device_and_due() -> None:
    scans = (
        scan(
            D(2021, 6, 1),
            m(Site.LUMBAR_SPINE, bmd=0.900, t=-1.5),
            m(Site.TOTAL_HIP, bmd=0.800),
            device=Device.HOLOGIC,
        ),
        scan(
            D(2023, 6, 1),
            m(Site.LUMBAR_SPINE, bmd=0.940, t=-1.2),
            m(Site.TOTAL_HIP, bmd=0.770),
            device=Device.GE_LUNAR,
        ),
    )
    recs = recommend(healthy(scans=scans))
    # ISCD: no quantitative comparison across makes without cross-calibration
    assert "significant_bone_loss" not in recs and "significant_bone_gain" not in recs
    assert "(Hologic then GE Lunar)" in recs["device_changed"].reason
    assert "discuss_medication" not in recs
    # the not-comparable "loss" does not shorten the interval
    assert "scan_due" not in recs or "2024-06-01" not in recs["scan_due"].reason


def test_significant_loss_and_gain_on_one_make() -> None:
    scans = (
        scan(D(2021, 6, 1), m(Site.LUMBAR_SPINE, bmd=0.900, t=-1.5), m(Site.TOTAL_HIP, bmd=0.800)),
        scan(D(2023, 6, 1), m(Site.LUMBAR_SPINE, bmd=0.940, t=-1.2), m(Site.TOTAL_HIP, bmd=0.770)),
    )
    recs = recommend(healthy(scans=scans))
    assert "total hip BMD -0.030 g/cm² (-3.8 %)" in recs["significant_bone_loss"].reason
    assert "lumbar spine" in recs["significant_bone_gain"].title
    assert "device_changed" not in recs
    assert "discuss_medication" in recs
    # significant loss at the latest scan: due one year after it, i.e. overdue today
    due = recs["scan_due"]
    assert due.priority == 2 and "2024-06-01" in due.reason


def test_slow_cumulative_loss_counts_from_baseline() -> None:
    scans = tuple(scan(D(2019 + 2 * k, 1, 1), m(Site.TOTAL_HIP, bmd=0.800 - 0.015 * k)) for k in range(3))
    recs = recommend(healthy(scans=scans))
    assert "from 2019-01-01 to 2023-01-01" in recs["significant_bone_loss"].reason


@pytest.mark.parametrize(
    ("scan_day", "fires", "priority"),
    [
        (D(2022, 6, 1), True, 2),  # due today
        (D(2022, 8, 30), True, 3),  # due in 90 days
        (D(2022, 9, 1), False, None),  # due in 92 days
    ],
)
def test_scan_due_window(scan_day: dt.date, fires: bool, priority: int | None) -> None:
    man = patient(age=55, sex=Sex.MALE)  # men: the usual 2 years (Gourlay 2012 studied women)
    recs = recommend(healthy(patient=man, scans=(t_scan(scan_day, -0.5),)))
    assert ("scan_due" in recs) is fires
    if priority is not None:
        assert recs["scan_due"].priority == priority


@pytest.mark.parametrize(
    ("t", "years"),
    [(-0.5, 15), (-1.4, 15), (-1.5, 5), (-1.9, 5), (-2.0, 1), (-2.4, 1), (-2.5, 2)],
)
def test_untreated_women_rescan_by_t_score(t: float, years: int) -> None:
    """Gourlay et al., NEJM 2012: 15, 5 or 1 years by the lowest T; osteoporosis keeps 2 years."""
    from bonetracker.domain.plan import build_plan

    scanned = D(2023, 6, 1)
    plan = build_plan(healthy(scans=(t_scan(scanned, t),)), TODAY)
    assert plan.next_scan is not None and plan.next_scan.years == years
    assert plan.next_scan_due == D(2023 + years, 6, 1)


def test_scan_due_on_treatment_is_one_year() -> None:
    hrt = course("estradiol", DrugClass.HRT, D(2022, 1, 1))
    recs = recommend(healthy(scans=(t_scan(D(2023, 6, 1), -0.5),), medications=(hrt,)))
    assert "2024-06-01" in recs["scan_due"].reason and "treatment" in recs["scan_due"].reason


DRUG_WORDS = re.compile(
    r"alendron|risedron|ibandron|zoledron|denosumab|teriparatide|abaloparatide|romosozumab|"
    r"raloxifene|estradiol|\b\d+\s*(mg|iu|µg|mcg)\b",
    re.IGNORECASE,
)


def test_medical_items_never_name_a_drug_or_dose() -> None:
    rec = record(
        patient(age=70, sex=Sex.MALE),
        scans=[t_scan(D(2020, 1, 1), -3.1)],
        medications=[course("alendronate 70 mg", DrugClass.BISPHOSPHONATE, D(2015, 1, 1))],
        fractures=[fracture(D(2019, 1, 1), FractureSite.HIP)],
    )
    recs = recommend(rec)
    medical = [r for r in recs.values() if r.category is RecCategory.MEDICAL]
    assert {r.id for r in medical} == {"discuss_medication", "medication_review"}
    for r in medical:
        assert "doctor" in r.detail
        assert not DRUG_WORDS.search(r.title + r.detail + r.reason)


def test_future_records_are_ignored_by_rules() -> None:
    later = TODAY + dt.timedelta(days=1)
    rec = healthy(
        lifestyle=(lifestyle(later, cigarettes=20, alcohol_units=9),),
        falls=(fall(later),),
        fractures=(fracture(later, FractureSite.VERTEBRA),),
    )
    assert set(recommend(rec)) == {"classification", "realistic_goals"}
