"""The plan contract: exact JSON shape, as_of filtering, overrides and the text rendering."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bonetracker.domain.plan import build_plan, plan_as_dict, plan_as_text
from bonetracker.domain.records import (
    ActivityCategory,
    Device,
    DrugClass,
    FractureSite,
    PatientRecord,
    Site,
)
from tests.helpers.factories import (
    TODAY,
    D,
    course,
    daily_meals,
    fracture,
    m,
    patient,
    record,
    scan,
    workout,
)

TOP_KEYS = {
    "patient",
    "as_of",
    "classification",
    "sites",
    "targets",
    "intake_14d",
    "medications",
    "exercise_7d",
    "next_scan_due",
    "recommendations",
    "programme",
    "measurements",
    "height",
    "labs",
    "frax",
}
CHANGE_KEYS = {
    "bmd_delta",
    "percent",
    "significant",
    "direction",
    "from_date",
    "comparable",
    "not_comparable_reason",
}


def example_record() -> PatientRecord:
    return record(
        patient(age=63, name="Ann Example"),
        scans=[
            scan(
                D(2020, 3, 1),
                m(Site.LUMBAR_SPINE, bmd=0.85, t=-2.1),
                m(Site.FEMORAL_NECK, bmd=0.62),
                device=Device.HOLOGIC,
            ),
            scan(
                D(2022, 3, 1),
                m(Site.LUMBAR_SPINE, bmd=0.83, t=-2.3),
                m(Site.FEMORAL_NECK, bmd=0.60),
                device=Device.HOLOGIC,
            ),
            scan(
                D(2024, 3, 1),
                m(Site.LUMBAR_SPINE, bmd=0.80, t=-2.6),
                m(Site.FEMORAL_NECK, bmd=0.585),
                device=Device.HOLOGIC,
            ),
        ],
        meals=daily_meals(TODAY, 12, calcium_mg=640, vitamin_d_iu=300, protein_g=50),
        workouts=(workout(TODAY, ActivityCategory.RESISTANCE),),
        medications=[course("Vitamin D3", DrugClass.SUPPLEMENT, D(2024, 1, 1), daily_amount=400)],
        fractures=[fracture(D(2021, 5, 1), FractureSite.WRIST)],
    )


@pytest.fixture
def plan_dict() -> dict[str, Any]:
    return plan_as_dict(build_plan(example_record(), TODAY))


def test_exact_shape(plan_dict: dict[str, Any]) -> None:
    d = plan_dict
    assert set(d) == TOP_KEYS
    assert d["patient"] == "Ann Example"
    assert d["as_of"] == "2024-06-01"
    assert d["classification"] == {
        "category": "severe_osteoporosis",
        "site": "lumbar_spine",
        "t_score": -2.6,
        "z_score": None,
        "scan_date": "2024-03-01",
        "basis": "t_score",
        "diagnosed_on": "2024-03-01",
    }
    sites = d["sites"]
    assert isinstance(sites, list)
    assert [s["site"] for s in sites] == ["lumbar_spine", "femoral_neck"]
    for s in sites:
        assert set(s) == {
            "site",
            "latest",
            "change_from_previous",
            "change_from_first",
            "trend_per_year_percent",
            "projected_t_score",
            "projection_caution",
            "not_comparable",
        }
        assert set(s["latest"]) == {"date", "bmd", "t_score", "t_score_computed"}
        assert set(s["change_from_previous"]) == CHANGE_KEYS
        assert set(s["change_from_first"]) == CHANGE_KEYS
    neck = sites[1]
    assert neck["latest"] == {"date": "2024-03-01", "bmd": 0.585, "t_score": -2.3, "t_score_computed": True}
    assert neck["change_from_previous"] == {
        "bmd_delta": -0.015,
        "percent": -2.5,
        "significant": False,
        "direction": "stable",
        "from_date": "2022-03-01",
        "comparable": True,
        "not_comparable_reason": None,
    }
    assert neck["change_from_first"]["direction"] == "loss"
    assert set(d["targets"]) == {
        "calcium_mg",
        "calcium_upper_mg",
        "vitamin_d_iu",
        "vitamin_d_upper_iu",
        "magnesium_mg",
        "potassium_mg",
        "vitamin_k_mcg",
        "protein_g",
        "strength_sessions_per_week",
        "balance_minutes_per_week",
        "weight_bearing_minutes_per_week",
        "impact",
    }
    assert d["targets"]["impact"] == "allowed"
    assert d["intake_14d"] == {
        "days_logged": 12,
        "calcium_mg": 640.0,
        "vitamin_d_iu": 700.0,
        "magnesium_mg": None,
        "potassium_mg": None,
        "vitamin_k_mcg": None,
        "protein_g": 50.0,
    }
    assert d["exercise_7d"] == {
        "strength_sessions": 1,
        "balance_minutes": 0,
        "weight_bearing_minutes": 0,
        "impact_sessions": 0,
    }
    assert d["next_scan_due"] == "2025-03-01"  # significant spine loss at the latest scan
    recs = d["recommendations"]
    assert isinstance(recs, list)
    for r in recs:
        assert set(r) == {"id", "priority", "category", "title", "detail", "reason", "source"}
    assert recs[0]["id"] == "classification"


def test_json_round_trip_is_plain_types(plan_dict: dict[str, Any]) -> None:
    text = json.dumps(plan_dict)
    assert json.loads(text) == plan_dict


def test_records_after_as_of_are_ignored() -> None:
    rec = example_record()
    earlier = build_plan(rec, D(2022, 6, 1))
    d = plan_as_dict(earlier)
    assert d["classification"]["scan_date"] == "2022-03-01"
    # T -2.3 with a wrist fragility fracture in 2021: osteoporosis by fracture (AACE 2020)
    assert d["classification"]["category"] == "osteoporosis"
    assert d["classification"]["basis"] == "fracture"
    assert d["intake_14d"]["days_logged"] == 0
    assert earlier.record.meals == ()
    assert all(s.latest.date <= D(2022, 6, 1) for s in earlier.sites)
    assert [s["site"] for s in d["sites"]] == ["lumbar_spine", "femoral_neck"]
    # the wrist fracture of 2021 is known in 2022; the supplement of 2024 is not
    assert not any(m.start > D(2022, 6, 1) for m in earlier.record.medications)


def test_lsc_override_changes_significance() -> None:
    rec = example_record()
    strict = build_plan(rec, TODAY, lsc={Site.FEMORAL_NECK: 0.010})
    neck = next(s for s in strict.sites if s.site is Site.FEMORAL_NECK)
    assert neck.change_from_previous is not None and neck.change_from_previous.significant


def test_suggestions_reach_the_detail_text() -> None:
    plan = build_plan(
        example_record(),
        TODAY,
        food_suggestions={"calcium_mg": ["Sardines, canned"]},
        activity_suggestions={"balance": ["Tai chi (Yang style)"]},
    )
    details = {r.id: r.detail for r in plan.recommendations}
    assert "Sardines, canned" in details["calcium_below_target"]
    assert "Tai chi (Yang style)" in details["balance_below_target"]


def test_empty_record_plan() -> None:
    d = plan_as_dict(build_plan(record(patient(name="New")), TODAY))
    assert d["classification"] == {
        "category": "unknown",
        "site": None,
        "t_score": None,
        "z_score": None,
        "scan_date": None,
        "basis": None,
        "diagnosed_on": None,
    }
    assert d["sites"] == [] and d["next_scan_due"] is None
    assert [r["id"] for r in d["recommendations"]] == [
        "classification",
        "log_meals",
        "strength_below_target",
        "balance_below_target",
        "weight_bearing_below_target",
    ]


def test_single_scan_site_has_null_changes() -> None:
    rec = record(scans=[scan(D(2024, 1, 1), m(Site.TOTAL_HIP, bmd=0.8))])
    site = plan_as_dict(build_plan(rec, TODAY))["sites"][0]
    assert site["change_from_previous"] is None and site["change_from_first"] is None
    assert site["trend_per_year_percent"] is None and site["projected_t_score"] is None


def test_plan_as_text() -> None:
    text = plan_as_text(build_plan(example_record(), TODAY))
    assert text.startswith("Bone-health plan for Ann Example on 2024-06-01\n")
    assert "Classification: Severe (established) osteoporosis (Lumbar spine (L1-L4), T -2.6" in text
    assert "T -2.3 (computed)" in text
    assert "Next scan due: 2025-03-01" in text
    assert "calcium 640 / 1200 mg (upper 2000)" in text
    assert "(calcium_below_target)" in text
    assert "Why: calcium averaged 640 mg/day over 12 logged days; your target is 1200 mg" in text


def test_plan_is_deterministic() -> None:
    rec = example_record()
    as_of = TODAY + dt.timedelta(days=3)
    assert plan_as_dict(build_plan(rec, as_of)) == plan_as_dict(build_plan(rec, as_of))


def test_a_date_formatter_changes_the_wording_but_never_the_json_dates() -> None:
    from bonetracker.domain import i18n

    plan = build_plan(example_record(), TODAY)
    iso = plan_as_dict(plan)
    i18n.set_date_formatter(lambda d: f"{d.day}/{d.month}/{d.year}")
    try:
        shown = plan_as_dict(plan)
        text = plan_as_text(plan)
    finally:
        i18n.set_date_formatter(None)
    assert text.startswith("Bone-health plan for Ann Example on 1/6/2024\n")
    assert shown["as_of"] == iso["as_of"] == "2024-06-01"
    assert shown["classification"]["scan_date"] == iso["classification"]["scan_date"]
    assert set(shown) == set(iso)
    assert [s["latest"]["date"] for s in shown["sites"]] == [s["latest"]["date"] for s in iso["sites"]]
