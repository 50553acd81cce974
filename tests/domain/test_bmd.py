"""T-scores from BMD, WHO bands at their exact edges, and the ISCD Z-score reading."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bonetracker.domain.bmd import (
    NORMAL_LOWER,
    OSTEOPOROSIS_UPPER,
    REFERENCE_TABLE,
    WHO_BANDS,
    Basis,
    Category,
    Classification,
    category_for_t_score,
    category_for_z_score,
    classify,
    classify_scan,
    effective_t_score,
    latest_scan,
    t_score_from_bmd,
    uses_z_score,
)
from bonetracker.domain.records import Fracture, FractureSite, Menopause, Sex, Site
from tests.helpers.factories import D, fracture, m, patient, record, scan

DAY = D(2024, 6, 1)


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (0.5, Category.NORMAL),
        (-1.0, Category.NORMAL),
        (-0.99, Category.NORMAL),
        (-1.01, Category.LOW_BONE_MASS),
        (-2.49, Category.LOW_BONE_MASS),
        (-2.5, Category.OSTEOPOROSIS),
        (-2.51, Category.OSTEOPOROSIS),
        (-4.0, Category.OSTEOPOROSIS),
        # float noise from arithmetic must not move a value across an edge
        (-1.0000000000000002, Category.NORMAL),
        (-2.4999999999999996, Category.OSTEOPOROSIS),
    ],
)
def test_who_band_edges(t: float, expected: Category) -> None:
    assert category_for_t_score(t) is expected


@pytest.mark.parametrize(
    ("z", "expected"),
    [
        (-2.0, Category.BELOW_EXPECTED_RANGE_FOR_AGE),
        (-2.01, Category.BELOW_EXPECTED_RANGE_FOR_AGE),
        (-1.99, Category.WITHIN_EXPECTED_RANGE_FOR_AGE),
        (0.0, Category.WITHIN_EXPECTED_RANGE_FOR_AGE),
    ],
)
def test_z_score_edges(z: float, expected: Category) -> None:
    assert category_for_z_score(z) is expected


SEVERITY = [Category.NORMAL, Category.LOW_BONE_MASS, Category.OSTEOPOROSIS]


@given(
    st.floats(min_value=-6, max_value=4, allow_nan=False),
    st.floats(min_value=-6, max_value=4, allow_nan=False),
)
def test_classification_is_monotone_in_t(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert SEVERITY.index(category_for_t_score(low)) >= SEVERITY.index(category_for_t_score(high))


@given(st.floats(min_value=-6, max_value=4, allow_nan=False))
def test_bands_table_agrees_with_classifier(t: float) -> None:
    """Charts draw WHO_BANDS; the band containing t must be the category we report."""
    assume(min(abs(t - NORMAL_LOWER), abs(t - OSTEOPOROSIS_UPPER)) > 1e-6)  # edges tested above
    containing = [
        b.name for b in WHO_BANDS if (b.lower is None or t >= b.lower) and (b.upper is None or t <= b.upper)
    ]
    assert category_for_t_score(t) in containing


def test_band_constants() -> None:
    assert (NORMAL_LOWER, OSTEOPOROSIS_UPPER) == (-1.0, -2.5)
    assert [b.name for b in WHO_BANDS] == SEVERITY


@pytest.mark.parametrize(
    ("site", "bmd", "expected"),
    [
        (Site.FEMORAL_NECK, 0.858, 0.0),
        (Site.FEMORAL_NECK, 0.738, -1.0),
        (Site.FEMORAL_NECK, 0.558, -2.5),
        (Site.TOTAL_HIP, 0.942, 0.0),
        (Site.TOTAL_HIP, 0.637, -2.5),
        (Site.TOTAL_HIP, 1.064, 1.0),
    ],
)
def test_t_score_from_bmd(site: Site, bmd: float, expected: float) -> None:
    assert t_score_from_bmd(site, bmd) == pytest.approx(expected)


@pytest.mark.parametrize("site", [Site.LUMBAR_SPINE, Site.TOTAL_BODY, Site.FOREARM_33])
def test_no_reference_no_t_score(site: Site) -> None:
    assert t_score_from_bmd(site, 0.9) is None
    assert effective_t_score(m(site, bmd=0.9)) == (None, False)


def test_reference_table_is_looker_1998() -> None:
    assert REFERENCE_TABLE[Site.FEMORAL_NECK].mean == 0.858
    assert REFERENCE_TABLE[Site.FEMORAL_NECK].sd == 0.120
    assert REFERENCE_TABLE[Site.TOTAL_HIP].mean == 0.942
    assert REFERENCE_TABLE[Site.TOTAL_HIP].sd == 0.122
    assert all("Looker" in r.source for r in REFERENCE_TABLE.values())


def test_measured_t_score_wins() -> None:
    assert effective_t_score(m(Site.FEMORAL_NECK, bmd=0.558, t=-1.7)) == (-1.7, False)


def test_computed_t_score_is_rounded_and_flagged() -> None:
    # (0.700 - 0.858) / 0.120 = -1.3166...
    assert effective_t_score(m(Site.FEMORAL_NECK, bmd=0.700)) == (-1.3, True)


def test_computed_edge_lands_in_osteoporosis() -> None:
    """0.558 g/cm² is exactly -2.5 on paper; float division must not make it low bone mass."""
    s = scan(DAY, m(Site.FEMORAL_NECK, bmd=0.558))
    c = classify_scan(patient(), s, fragility_fracture=False)
    assert c == Classification(Category.OSTEOPOROSIS, Site.FEMORAL_NECK, -2.5, None, DAY, Basis.T_SCORE)


@pytest.mark.parametrize(
    ("sex", "age", "menopause", "expected"),
    [
        (Sex.FEMALE, 35, Menopause.PRE, True),
        (Sex.FEMALE, 52, Menopause.PRE, True),
        (Sex.FEMALE, 49, None, True),
        (Sex.FEMALE, 50, None, False),
        (Sex.FEMALE, 48, Menopause.PERI, False),
        (Sex.FEMALE, 45, Menopause.POST, False),
        (Sex.MALE, 49, None, True),
        (Sex.MALE, 50, None, False),
        (Sex.MALE, 70, None, False),
    ],
)
def test_who_uses_z_scores(sex: Sex, age: int, menopause: Menopause | None, expected: bool) -> None:
    assert uses_z_score(patient(sex=sex, age=age, menopause=menopause, on=DAY), DAY) is expected


def test_age_is_taken_at_the_scan_date() -> None:
    """A man who is 49 at his scan is read by Z even if he is 51 when the plan is made."""
    man = patient(sex=Sex.MALE, age=51, on=D(2024, 6, 1))
    s = scan(D(2022, 5, 1), m(Site.LUMBAR_SPINE, t=-2.8, z=-1.5))
    c = classify(record(man, scans=[s]), D(2024, 6, 1))
    assert c.category is Category.WITHIN_EXPECTED_RANGE_FOR_AGE
    assert c.z_score == -1.5
    assert c.t_score == -2.8


def test_lowest_of_spine_hip_neck_decides() -> None:
    s = scan(
        DAY,
        m(Site.LUMBAR_SPINE, t=-1.2),
        m(Site.TOTAL_HIP, t=-2.6),
        m(Site.FEMORAL_NECK, t=-2.1),
        m(Site.FOREARM_33, t=-3.5),
        m(Site.TOTAL_BODY, t=-4.0),
    )
    c = classify_scan(patient(), s, False)
    assert (c.category, c.site, c.t_score) == (Category.OSTEOPOROSIS, Site.TOTAL_HIP, -2.6)


def test_forearm_only_when_no_central_site() -> None:
    s = scan(DAY, m(Site.FOREARM_33, t=-2.7), m(Site.TOTAL_BODY, t=-0.5))
    c = classify_scan(patient(), s, False)
    assert (c.category, c.site) == (Category.OSTEOPOROSIS, Site.FOREARM_33)


def test_spine_bmd_without_t_is_not_usable() -> None:
    """No universal spine reference: BMD alone cannot classify the spine, so the hip decides."""
    s = scan(DAY, m(Site.LUMBAR_SPINE, bmd=0.6), m(Site.TOTAL_HIP, bmd=0.942))
    c = classify_scan(patient(), s, False)
    assert (c.category, c.site, c.t_score) == (Category.NORMAL, Site.TOTAL_HIP, 0.0)


def test_tie_goes_to_first_site_in_iscd_order() -> None:
    s = scan(DAY, m(Site.FEMORAL_NECK, t=-2.0), m(Site.LUMBAR_SPINE, t=-2.0))
    assert classify_scan(patient(), s, False).site is Site.LUMBAR_SPINE


def test_latest_scan_gives_the_scores_and_an_earlier_diagnosis_persists() -> None:
    """AACE/ACE 2020: osteoporosis diagnosed by an earlier T of -3.0 stays the diagnosis."""
    old = scan(D(2020, 1, 1), m(Site.LUMBAR_SPINE, t=-3.0))
    new = scan(D(2023, 1, 1), m(Site.LUMBAR_SPINE, t=-2.0))
    c = classify(record(scans=[new, old]), DAY)
    assert (c.category, c.scan_date, c.t_score) == (Category.OSTEOPOROSIS, D(2023, 1, 1), -2.0)
    assert (c.basis, c.diagnosed_on) == (Basis.HISTORY, D(2020, 1, 1))
    low = scan(D(2020, 1, 1), m(Site.LUMBAR_SPINE, t=-2.2))
    c = classify(record(scans=[new, low]), DAY)
    assert (c.category, c.basis) == (Category.LOW_BONE_MASS, Basis.T_SCORE)


def test_scans_after_as_of_are_ignored() -> None:
    old = scan(D(2020, 1, 1), m(Site.LUMBAR_SPINE, t=-3.0))
    new = scan(D(2023, 1, 1), m(Site.LUMBAR_SPINE, t=-2.0))
    assert classify(record(scans=[old, new]), D(2021, 1, 1)).category is Category.OSTEOPOROSIS
    assert latest_scan([old, new], D(2019, 1, 1)) is None


def test_unknown_without_scans() -> None:
    assert classify(record(), DAY) == Classification(Category.UNKNOWN)


def test_z_reader_without_z_score_is_unknown_not_t_classified() -> None:
    young = patient(age=35, menopause=Menopause.PRE)
    s = scan(DAY, m(Site.LUMBAR_SPINE, t=-3.0))
    c = classify(record(young, scans=[s]), DAY)
    assert c == Classification(Category.UNKNOWN, scan_date=DAY)


def test_z_reading_uses_lowest_z() -> None:
    young = patient(age=40, menopause=Menopause.PRE)
    s = scan(DAY, m(Site.LUMBAR_SPINE, t=-1.0, z=-1.0), m(Site.FEMORAL_NECK, t=-2.6, z=-2.0))
    c = classify(record(young, scans=[s]), DAY)
    assert c == Classification(
        Category.BELOW_EXPECTED_RANGE_FOR_AGE, Site.FEMORAL_NECK, -2.6, -2.0, DAY, Basis.Z_SCORE
    )


@pytest.mark.parametrize(
    ("fractures", "prior_flag", "t", "expected"),
    [
        ([], False, -2.5, Category.OSTEOPOROSIS),
        ([], True, -2.5, Category.SEVERE_OSTEOPOROSIS),
        ([fracture(D(2020, 1, 1), FractureSite.WRIST)], False, -2.6, Category.SEVERE_OSTEOPOROSIS),
        # a high-trauma fracture does not make osteoporosis severe
        ([fracture(D(2020, 1, 1), FractureSite.HIP, False)], False, -2.6, Category.OSTEOPOROSIS),
        # a fracture after as_of is not yet known
        ([fracture(D(2025, 1, 1), FractureSite.WRIST)], False, -2.6, Category.OSTEOPOROSIS),
        # a distal forearm fragility fracture with low bone mass is osteoporosis (AACE 2020)
        ([fracture(D(2020, 1, 1), FractureSite.WRIST)], True, -2.4, Category.OSTEOPOROSIS),
        # a rib is not one of the diagnostic fracture sites
        ([fracture(D(2020, 1, 1), FractureSite.RIB)], True, -2.4, Category.LOW_BONE_MASS),
    ],
)
def test_severe_osteoporosis(
    fractures: list[Fracture], prior_flag: bool, t: float, expected: Category
) -> None:
    who = patient(prior_fragility_fracture=prior_flag)
    rec = record(who, scans=[scan(DAY, m(Site.TOTAL_HIP, t=t))], fractures=fractures)
    assert classify(rec, DAY).category is expected


def test_category_values_are_the_json_strings() -> None:
    assert {str(c) for c in Category} == {
        "normal",
        "low_bone_mass",
        "osteoporosis",
        "severe_osteoporosis",
        "below_expected_range_for_age",
        "within_expected_range_for_age",
        "unknown",
    }


def test_scan_date_dataclass_field_is_date() -> None:
    c = classify(record(scans=[scan(DAY, m(Site.LUMBAR_SPINE, t=0.1))]), DAY)
    assert isinstance(c.scan_date, dt.date)
    assert c.category == "normal"
