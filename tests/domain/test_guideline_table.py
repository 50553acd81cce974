"""The hard cases, one row per scenario, each with the publication that says what the plan must do.

Every row runs the whole plan (``build_plan`` then ``plan_as_dict``, as ``bonetracker plan --json``
does) and checks the category, what it rests on, and which recommendation ids fire and do not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bonetracker.domain.change import compare, cross_calibrated_pairs, summarize_scans
from bonetracker.domain.plan import build_plan, plan_as_dict
from bonetracker.domain.records import (
    Device,
    DrugClass,
    DxaScan,
    HipSide,
    Menopause,
    PatientRecord,
    Site,
)
from bonetracker.domain.records import FractureSite as FS
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
)

ISCD = "ISCD official positions: no quantitative comparison across machines without cross-calibration"
AACE = "AACE/ACE 2020; NBHA 2014; BHOF 2022: osteoporosis by fracture; the diagnosis persists"
BHOF = "BHOF 2022; NOGG 2022: treatment thresholds"
ACR = "ACR 2022 glucocorticoid-induced osteoporosis"
ASBMR = "ASBMR task force 2016: review oral bisphosphonates at 5 years, IV zoledronic acid at 3"
ECTS = "ECTS 2017; denosumab label: rebound after stopping without a follow-on"
LABEL = "romosozumab, teriparatide and abaloparatide product information"
ISCD_Z = "ISCD 2006: Z-scores before menopause"
DRI = "US DRIs (NIH ODS): vitamin D upper limit 4,000 IU/day"
ROS = "ROS 2022 'Strong, Steady and Straight'; Too Fit To Fracture 2014"
FRAX = "FRAX (Kanis 2008): alcohol 3 or more units a day"
GOOD = {"workouts": good_week(TODAY)}


def lunar(day: dt.date, bmd: float, t: float | None = None, **kw: object) -> DxaScan:
    return dataclasses.replace(scan(day, m(Site.LUMBAR_SPINE, bmd=bmd, t=t), device=Device.GE_LUNAR), **kw)


def hologic(day: dt.date, bmd: float, t: float | None = None, **kw: object) -> DxaScan:
    return dataclasses.replace(scan(day, m(Site.LUMBAR_SPINE, bmd=bmd, t=t), device=Device.HOLOGIC), **kw)


@dataclass(frozen=True)
class Case:
    name: str
    record: PatientRecord
    category: str
    basis: str | None
    present: set[str] = field(default_factory=set)
    absent: set[str] = field(default_factory=set)
    source: str = ""


CASES = [
    Case(
        "lunar then hologic: no significant loss, no prompt, no short interval",
        record(scans=[lunar(D(2021, 6, 1), 1.050, -1.2), hologic(D(2023, 6, 1), 0.940, -1.4)], **GOOD),
        "low_bone_mass",
        "t_score",
        {"device_changed"},
        {"significant_bone_loss", "discuss_medication"},
        ISCD,
    ),
    Case(
        "lunar, hologic, hologic: judged against the hologic visit, and the change of make flagged",
        record(
            scans=[
                lunar(D(2019, 6, 1), 1.100, -0.8),
                hologic(D(2021, 6, 1), 0.960, -1.3),
                hologic(D(2023, 6, 1), 0.955, -1.3),
            ],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"device_changed"},
        {"significant_bone_loss", "significant_bone_gain"},
        ISCD,
    ),
    Case(
        "same make, different machines, not cross-calibrated",
        record(
            scans=[
                hologic(D(2021, 6, 1), 0.960, -1.3, machine_id="Room 1"),
                hologic(D(2023, 6, 1), 0.900, -1.8, machine_id="Room 2"),
            ],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"device_changed"},
        {"significant_bone_loss"},
        ISCD,
    ),
    Case(
        "spine over different vertebrae",
        record(
            scans=[
                hologic(D(2021, 6, 1), 0.960, -1.3),
                hologic(D(2023, 6, 1), 0.900, -1.8, vertebrae="L1-L3"),
            ],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"device_changed"},
        {"significant_bone_loss"},
        ISCD,
    ),
    Case(
        "same machine, loss beyond the LSC is significant",
        record(
            scans=[
                hologic(D(2021, 6, 1), 0.960, -1.3, machine_id="Room 1"),
                hologic(D(2023, 6, 1), 0.900, -1.8, machine_id="room 1 "),
            ],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"significant_bone_loss", "discuss_medication"},
        {"device_changed"},
        ISCD,
    ),
    Case(
        "lunar BMD only: no T-score from the Hologic-scale reference",
        record(
            scans=[
                dataclasses.replace(
                    scan(D(2023, 6, 1), m(Site.FEMORAL_NECK, bmd=0.760)), device=Device.GE_LUNAR
                )
            ],
            **GOOD,
        ),
        "unknown",
        None,
        {"classification"},
        set(),
        "NHANES III is Hologic-scale (Looker 1998); ISCD",
    ),
    Case(
        "hip fragility fracture with T -1.5: osteoporosis, treatment discussed",
        record(scans=[t_scan(D(2023, 6, 1), -1.5)], fractures=[fracture(D(2022, 3, 1), FS.HIP)], **GOOD),
        "osteoporosis",
        "fracture",
        {"discuss_medication", "spine_safety", "impact_limited"},
        set(),
        AACE,
    ),
    Case(
        "vertebral fracture with no scan at all",
        record(fractures=[fracture(D(2022, 3, 1), FS.VERTEBRA)], **GOOD),
        "osteoporosis",
        "fracture",
        {"discuss_medication", "spine_safety", "impact_limited"},
        set(),
        AACE,
    ),
    Case(
        "wrist fracture with normal BMD is not osteoporosis",
        record(scans=[t_scan(D(2023, 6, 1), -0.5)], fractures=[fracture(D(2022, 3, 1), FS.WRIST)], **GOOD),
        "normal",
        "t_score",
        set(),
        {"discuss_medication", "spine_safety"},
        AACE,
    ),
    Case(
        "osteoporosis at -2.7 improving to -2.3 on alendronate stays osteoporosis",
        record(
            scans=[t_scan(D(2020, 6, 1), -2.7), t_scan(D(2023, 6, 1), -2.3)],
            medications=[course("alendronate", DrugClass.BISPHOSPHONATE, D(2020, 7, 1))],
            **GOOD,
        ),
        "osteoporosis",
        "history",
        {"discuss_medication", "spine_safety"},
        set(),
        AACE,
    ),
    Case(
        "low bone mass on glucocorticoids: discuss treatment",
        record(
            dataclasses.replace(patient(), glucocorticoids=True), scans=[t_scan(D(2023, 6, 1), -1.8)], **GOOD
        ),
        "low_bone_mass",
        "t_score",
        {"discuss_medication"},
        set(),
        ACR,
    ),
    Case(
        "low bone mass with a parent's hip fracture: discuss treatment",
        record(
            dataclasses.replace(patient(), parental_hip_fracture=True),
            scans=[t_scan(D(2023, 6, 1), -1.8)],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"discuss_medication"},
        set(),
        BHOF,
    ),
    Case(
        "low bone mass and no risk factor: no treatment prompt",
        record(scans=[t_scan(D(2023, 6, 1), -1.8)], **GOOD),
        "low_bone_mass",
        "t_score",
        set(),
        {"discuss_medication"},
        BHOF,
    ),
    Case(
        "denosumab stopped without a follow-on",
        record(
            scans=[t_scan(D(2023, 6, 1), -2.0)],
            medications=[course("denosumab", DrugClass.DENOSUMAB, D(2020, 1, 1), D(2024, 1, 1))],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"denosumab_stopped"},
        set(),
        ECTS,
    ),
    Case(
        "denosumab followed by zoledronic acid within 6 months",
        record(
            scans=[t_scan(D(2023, 6, 1), -2.0)],
            medications=[
                course("denosumab", DrugClass.DENOSUMAB, D(2020, 1, 1), D(2024, 1, 1)),
                course("zoledronic acid", DrugClass.BISPHOSPHONATE, D(2024, 3, 1)),
            ],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        set(),
        {"denosumab_stopped"},
        ECTS,
    ),
    Case(
        "zoledronic acid for over 3 years: review",
        record(
            scans=[t_scan(D(2023, 6, 1), -2.0)],
            medications=[course("zoledronic acid", DrugClass.BISPHOSPHONATE, D(2021, 1, 1))],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        {"medication_review"},
        set(),
        ASBMR,
    ),
    Case(
        "alendronate for 3.5 years: no review yet",
        record(
            scans=[t_scan(D(2023, 6, 1), -2.0)],
            medications=[course("alendronate", DrugClass.BISPHOSPHONATE, D(2021, 1, 1))],
            **GOOD,
        ),
        "low_bone_mass",
        "t_score",
        set(),
        {"medication_review"},
        ASBMR,
    ),
    Case(
        "romosozumab past 12 months",
        record(
            scans=[t_scan(D(2023, 6, 1), -3.0)],
            medications=[course("romosozumab", DrugClass.ANABOLIC, D(2023, 4, 1))],
            **GOOD,
        ),
        "osteoporosis",
        "t_score",
        {"anabolic_review"},
        set(),
        LABEL,
    ),
    Case(
        "teriparatide within its licence",
        record(
            scans=[t_scan(D(2023, 6, 1), -3.0)],
            medications=[course("teriparatide", DrugClass.ANABOLIC, D(2023, 6, 1))],
            **GOOD,
        ),
        "osteoporosis",
        "t_score",
        set(),
        {"anabolic_review"},
        LABEL,
    ),
    Case(
        "scan before the recorded menopause year reads with Z-scores",
        record(
            dataclasses.replace(patient(age=52, menopause=Menopause.POST), menopause_year=2024),
            scans=[scan(D(2023, 6, 1), m(Site.LUMBAR_SPINE, t=-2.8, z=-1.5))],
            **GOOD,
        ),
        "within_expected_range_for_age",
        "z_score",
        set(),
        {"discuss_medication"},
        ISCD_Z,
    ),
    Case(
        "vitamin D above 4,000 IU a day",
        record(
            scans=[t_scan(D(2023, 6, 1), -0.5)],
            meals=daily_meals(TODAY, 14, vitamin_d_iu=200),
            medications=[
                course("vitamin D supplement", DrugClass.SUPPLEMENT, D(2024, 1, 1), daily_amount=5000)
            ],
            **GOOD,
        ),
        "normal",
        "t_score",
        {"vitamin_d_above_upper_limit"},
        set(),
        DRI,
    ),
    Case(
        "95-year-old who fell last month: impact held back",
        record(patient(age=95), scans=[t_scan(D(2023, 6, 1), -1.5)], falls=[fall(D(2024, 5, 1))], **GOOD),
        "low_bone_mass",
        "t_score",
        {"impact_limited", "fall_prevention"},
        set(),
        ROS,
    ),
    Case(
        "78-year-old months after a hip fracture",
        record(
            patient(age=78),
            scans=[t_scan(D(2023, 6, 1), -2.0)],
            fractures=[fracture(D(2024, 1, 1), FS.HIP)],
            **GOOD,
        ),
        "osteoporosis",
        "fracture",
        {"impact_limited"},
        set(),
        ROS,
    ),
    Case(
        "four Saturdays of 4 units cannot be judged as a daily habit",
        record(
            scans=[t_scan(D(2023, 6, 1), -0.5)],
            lifestyle_entries=[
                lifestyle(TODAY - dt.timedelta(days=7 * k), alcohol_units=4) for k in range(4)
            ],
            **GOOD,
        ),
        "normal",
        "t_score",
        {"alcohol_not_judged"},
        {"alcohol_above_limit"},
        FRAX,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_guideline_case(case: Case) -> None:
    d = plan_as_dict(build_plan(case.record, TODAY))
    ids = {r["id"] for r in d["recommendations"]}
    assert d["classification"]["category"] == case.category, case.source
    assert d["classification"]["basis"] == case.basis, case.source
    assert case.present <= ids, (case.source, ids)
    assert not case.absent & ids, (case.source, ids)
    for r in d["recommendations"]:
        assert "BoneTracker" not in r["source"]  # publications, never internal names


def test_not_comparable_change_carries_its_reason_in_the_json() -> None:
    rec = CASES[0].record
    site = plan_as_dict(build_plan(rec, TODAY))["sites"][0]
    ch = site["change_from_previous"]
    assert ch["comparable"] is False and ch["significant"] is False
    assert ch["not_comparable_reason"] == "different scanner makes (GE Lunar then Hologic)"
    assert site["not_comparable"].startswith("2021-06-01 and 2023-06-01: different scanner makes")


def test_cross_calibrated_machines_are_compared() -> None:
    a = hologic(D(2021, 6, 1), 0.960, -1.3, machine_id="Room 1")
    b = lunar(D(2023, 6, 1), 0.900, -1.8, machine_id="Room 2")
    pairs = cross_calibrated_pairs([("room 2", "ROOM 1")])
    change = compare(Site.LUMBAR_SPINE, a, b, cross_calibrated=pairs)
    assert change is not None and change.comparable and change.significant


def test_hip_sides_must_match() -> None:
    left = dataclasses.replace(scan(D(2021, 6, 1), m(Site.TOTAL_HIP, bmd=0.800)), hip_side=HipSide.LEFT)
    right = dataclasses.replace(scan(D(2023, 6, 1), m(Site.TOTAL_HIP, bmd=0.700)), hip_side=HipSide.RIGHT)
    change = compare(Site.TOTAL_HIP, left, right)
    assert change is not None and not change.significant
    assert change.not_comparable_reason == "different hip sides (left then right)"


makes = st.sampled_from([Device.HOLOGIC, Device.GE_LUNAR, Device.OTHER])
bmds = st.floats(min_value=0.3, max_value=1.6)


@given(
    makes,
    makes,
    bmds,
    bmds,
    st.sampled_from(["", "A", "B"]),
    st.sampled_from(["", "A", "B"]),
    st.sampled_from(["L1-L4", "L1-L3"]),
    st.sampled_from(["L1-L4", "L2-L4"]),
)
def test_a_non_comparable_pair_never_makes_a_significant_change(
    make_a: Device, make_b: Device, bmd_a: float, bmd_b: float, id_a: str, id_b: str, v_a: str, v_b: str
) -> None:
    a = dataclasses.replace(
        scan(D(2021, 1, 1), m(Site.LUMBAR_SPINE, bmd=bmd_a)), device=make_a, machine_id=id_a, vertebrae=v_a
    )
    b = dataclasses.replace(
        scan(D(2023, 1, 1), m(Site.LUMBAR_SPINE, bmd=bmd_b)), device=make_b, machine_id=id_b, vertebrae=v_b
    )
    change = compare(Site.LUMBAR_SPINE, a, b)
    assert change is not None
    if make_a != make_b or (id_a and id_b and id_a != id_b) or v_a != v_b:
        assert not change.comparable and not change.significant and change.direction == "stable"
        summaries, _ = summarize_scans([a, b], [], TODAY)
        assert all(
            s.change_from_previous is None or not s.change_from_previous.significant for s in summaries
        )


def test_plan_text_says_not_comparable_and_what_the_diagnosis_rests_on() -> None:
    from bonetracker.domain.plan import plan_as_text

    text = plan_as_text(build_plan(CASES[0].record, TODAY))
    assert "not comparable: different scanner makes (GE Lunar then Hologic)" in text
    rec = record(scans=[t_scan(D(2023, 6, 1), -1.5)], fractures=[fracture(D(2022, 3, 1), FS.HIP)])
    assert "by a low-trauma hip fracture on 2022-03-01; latest T -1.5" in plan_as_text(build_plan(rec, TODAY))
    single = record(scans=[t_scan(D(2023, 6, 1), -0.5)])
    assert "since previous: -" in plan_as_text(build_plan(single, TODAY))


def test_classification_edges() -> None:
    from bonetracker.domain.bmd import Basis, basis_text, classify

    later = record(scans=[t_scan(D(2020, 1, 1), -2.0), t_scan(D(2025, 1, 1), -3.0)])
    c = classify(later, TODAY)
    assert (c.category, c.basis) == ("low_bone_mass", Basis.T_SCORE) and basis_text(c) == ""
    wrist_only = record(fractures=[fracture(D(2022, 3, 1), FS.WRIST)])
    assert classify(wrist_only).category == "unknown"  # no scan: a wrist fracture alone decides nothing
    assert classify(record()).category == "unknown"  # nothing at all
    spine = record(fractures=[fracture(D(2022, 3, 1), FS.VERTEBRA)])
    assert classify(spine).basis is Basis.FRACTURE  # without an as-of day: judged at the fracture


@pytest.mark.parametrize(
    ("who", "fires"),
    [
        (dataclasses.replace(patient(), secondary_osteoporosis=True), True),
        (patient(prior_fragility_fracture=True), False),  # the tick alone: osteoporosis? no, severe needs T
        (patient(), False),
    ],
)
def test_low_bone_mass_risk_factors(who: object, fires: bool) -> None:
    rec = record(who, scans=[t_scan(D(2023, 6, 1), -1.8)], **GOOD)  # type: ignore[arg-type]
    ids = {r["id"] for r in plan_as_dict(build_plan(rec, TODAY))["recommendations"]}
    reason = next(
        (
            r["reason"]
            for r in plan_as_dict(build_plan(rec, TODAY))["recommendations"]
            if r["id"] == "discuss_medication"
        ),
        "",
    )
    if who.prior_fragility_fracture:  # type: ignore[attr-defined]
        assert "low bone mass with a previous fragility fracture" in reason
    else:
        assert ("discuss_medication" in ids) is fires


@pytest.mark.parametrize(
    ("drug", "drug_class", "regimen"),
    [
        ("romosozumab", DrugClass.ANABOLIC, "romosozumab"),
        ("teriparatide", DrugClass.ANABOLIC, "anabolic"),
        ("denosumab", DrugClass.DENOSUMAB, "denosumab"),
        ("alendronate", DrugClass.BISPHOSPHONATE, "antiresorptive"),
    ],
)
def test_first_year_response_limits_by_drug(drug: str, drug_class: DrugClass, regimen: str) -> None:
    from bonetracker.domain.rate_limits import rate_limit, regimen_between

    found = regimen_between([course(drug, drug_class, D(2023, 1, 1))], D(2023, 1, 1), D(2024, 1, 1))
    assert found == regimen
    # a normal first-year response is not "implausible"
    assert (
        rate_limit(Site.LUMBAR_SPINE, found).percent_per_year
        >= {"romosozumab": 13, "anabolic": 9, "denosumab": 5.5, "antiresorptive": 2.9}[regimen]
    )


def test_a_spine_result_over_other_vertebrae_is_labelled_so() -> None:
    from bonetracker.domain.plan import plan_as_text

    rec = record(scans=[hologic(D(2023, 6, 1), 0.900, -1.8, vertebrae="L1-L3")])
    assert "Lumbar spine (L1-L3): 2023-06-01" in plan_as_text(build_plan(rec, TODAY))


@pytest.mark.parametrize(
    ("changes", "site"),
    [
        ({}, "total_hip"),  # the radius only when hip and spine cannot be used
        ({"hyperparathyroidism": True}, "forearm_33"),  # ISCD: indicated in hyperparathyroidism
        ({"weight_kg": 170.0}, "forearm_33"),  # ISCD: above the table's weight limit
    ],
)
def test_the_radius_decides_when_indicated(changes: dict[str, object], site: str) -> None:
    who = dataclasses.replace(patient(), **changes)  # type: ignore[arg-type]
    visit = scan(D(2023, 6, 1), m(Site.TOTAL_HIP, t=-1.2), m(Site.FOREARM_33, t=-2.7))
    d = plan_as_dict(build_plan(record(who, scans=[visit]), TODAY))
    assert d["classification"]["site"] == site


def test_a_gain_made_on_stopped_denosumab_is_not_keep_going() -> None:
    """ECTS 2017: the gain is lost after stopping denosumab without a follow-on."""
    rec = record(
        scans=[hologic(D(2021, 1, 1), 0.850, -2.6), hologic(D(2023, 6, 1), 0.920, -2.0)],
        medications=[course("denosumab", DrugClass.DENOSUMAB, D(2021, 2, 1), D(2023, 8, 1))],
        **GOOD,
    )
    recs = {r["id"]: r for r in plan_as_dict(build_plan(rec, TODAY))["recommendations"]}
    assert "Keep going" not in recs["significant_bone_gain"]["detail"]
    assert "lost within about a year" in recs["significant_bone_gain"]["detail"]
    assert "denosumab stopped on 2023-08-01" in recs["significant_bone_gain"]["reason"]
    assert recs["denosumab_stopped"]["priority"] == 1


def test_rheumatoid_arthritis_with_low_bone_mass_prompts_a_treatment_talk() -> None:
    who = dataclasses.replace(patient(), rheumatoid_arthritis=True)
    rec = record(who, scans=[t_scan(D(2023, 6, 1), -1.8)], **GOOD)
    recs = {r["id"]: r for r in plan_as_dict(build_plan(rec, TODAY))["recommendations"]}
    assert recs["discuss_medication"]["reason"] == "low bone mass with rheumatoid arthritis"


@pytest.mark.parametrize(
    ("start", "due", "interval"),
    [
        (D(2022, 1, 1), D(2024, 6, 1), "treatment"),  # on treatment at the scan: a year after it
        (D(2024, 3, 1), D(2025, 3, 1), "treatment_started"),  # begun since: a year after its start
    ],
)
def test_a_course_shortens_only_the_interval_of_scans_taken_while_it_ran(
    start: dt.date, due: dt.date, interval: str
) -> None:
    rec = record(
        scans=[t_scan(D(2023, 6, 1), -1.7)],
        medications=[course("alendronate", DrugClass.BISPHOSPHONATE, start)],
    )
    plan = build_plan(rec, TODAY)
    assert plan.next_scan is not None
    assert (plan.next_scan.due, str(plan.next_scan.interval)) == (due, interval)
    assert plan.next_scan_due == due
