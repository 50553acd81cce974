"""Least significant change, trends, projections, next scan date and chart series."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bonetracker.domain.change import (
    ASSUMED_LSC_SITES,
    DEFAULT_LSC,
    Direction,
    add_years,
    all_site_series,
    compare,
    fit_trend,
    lsc_for,
    next_scan_due,
    on_treatment,
    projected_t_score,
    projection_caution,
    site_series,
    summarize_scans,
    summarize_site,
)
from bonetracker.domain.rate_limits import RATE_LIMITS, Regimen, rate_limit, regimen_between
from bonetracker.domain.records import Device, DrugClass, DxaScan, Site
from tests.helpers.factories import D, course, m, scan

A, B = D(2020, 1, 1), D(2022, 1, 1)


def pair(site: Site, before: float, after: float) -> tuple[DxaScan, DxaScan]:
    return scan(A, m(site, bmd=before)), scan(B, m(site, bmd=after))


@pytest.mark.parametrize(
    ("site", "before", "after", "significant", "direction"),
    [
        # LSC exactly reached, including pairs whose float difference falls just short
        (Site.LUMBAR_SPINE, 0.688, 0.658, True, Direction.LOSS),
        (Site.LUMBAR_SPINE, 0.658, 0.688, True, Direction.GAIN),
        (Site.TOTAL_HIP, 0.688, 0.663, True, Direction.LOSS),
        (Site.FEMORAL_NECK, 0.688, 0.653, True, Direction.LOSS),
        (Site.FEMORAL_NECK, 0.653, 0.688, True, Direction.GAIN),
        # just missed by 0.001 g/cm²
        (Site.LUMBAR_SPINE, 0.688, 0.659, False, Direction.STABLE),
        (Site.TOTAL_HIP, 0.688, 0.664, False, Direction.STABLE),
        (Site.FEMORAL_NECK, 0.688, 0.654, False, Direction.STABLE),
        (Site.FEMORAL_NECK, 0.654, 0.688, False, Direction.STABLE),
        # clearly beyond
        (Site.TOTAL_HIP, 0.900, 0.850, True, Direction.LOSS),
        (Site.FOREARM_33, 0.700, 0.730, True, Direction.GAIN),
        (Site.TOTAL_BODY, 1.000, 1.000, False, Direction.STABLE),
    ],
)
def test_lsc_edges(site: Site, before: float, after: float, significant: bool, direction: Direction) -> None:
    a, b = pair(site, before, after)
    change = compare(site, a, b)
    assert change is not None
    assert change.significant is significant
    assert change.direction is direction
    assert change.bmd_delta == pytest.approx(after - before)
    assert change.percent == pytest.approx((after - before) / before * 100)
    assert change.lsc == DEFAULT_LSC[site]


def test_default_lsc_values_and_assumptions() -> None:
    assert DEFAULT_LSC[Site.LUMBAR_SPINE] == 0.030
    assert DEFAULT_LSC[Site.TOTAL_HIP] == 0.025
    assert DEFAULT_LSC[Site.FEMORAL_NECK] == 0.035
    assert set(DEFAULT_LSC) == set(Site)
    assert {Site.TOTAL_BODY, Site.FOREARM_33} == ASSUMED_LSC_SITES


def test_lsc_override() -> None:
    a, b = pair(Site.FEMORAL_NECK, 0.800, 0.770)
    plain = compare(Site.FEMORAL_NECK, a, b)
    assert plain is not None and plain.significant is False
    overridden = compare(Site.FEMORAL_NECK, a, b, {Site.FEMORAL_NECK: 0.0288})
    assert overridden is not None and overridden.significant and overridden.lsc == 0.0288
    assert lsc_for(Site.TOTAL_HIP, {Site.FEMORAL_NECK: 0.02}) == 0.025


@pytest.mark.parametrize(
    ("before", "after", "changed"),
    [
        (Device.HOLOGIC, Device.GE_LUNAR, True),
        (Device.HOLOGIC, Device.HOLOGIC, False),
        (None, Device.HOLOGIC, False),
        (Device.GE_LUNAR, None, False),
    ],
)
def test_device_changed(before: Device | None, after: Device | None, changed: bool) -> None:
    a = scan(A, m(Site.TOTAL_HIP, bmd=0.8), device=before)
    b = scan(B, m(Site.TOTAL_HIP, bmd=0.8), device=after)
    change = compare(Site.TOTAL_HIP, a, b)
    assert change is not None and change.device_changed is changed


def test_no_change_without_bmd_on_both() -> None:
    a = scan(A, m(Site.LUMBAR_SPINE, t=-2.0))
    b = scan(B, m(Site.LUMBAR_SPINE, bmd=0.8, t=-2.2))
    assert compare(Site.LUMBAR_SPINE, a, b) is None
    assert compare(Site.TOTAL_HIP, a, b) is None


def test_fit_trend_recovers_exact_line() -> None:
    days = [0, 365, 731, 1096]
    pts = [(A + dt.timedelta(days=d), 1.0 - 0.02 * d / 365.25) for d in days]
    trend = fit_trend(pts)
    assert trend is not None
    assert trend.slope_per_year == pytest.approx(-0.02)
    assert trend.intercept == pytest.approx(1.0)
    assert trend.percent_per_year == pytest.approx(-2.0)


def test_fit_trend_needs_two_distinct_dates() -> None:
    assert fit_trend([]) is None
    assert fit_trend([(A, 1.0)]) is None
    assert fit_trend([(A, 1.0), (A, 0.9)]) is None


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 4000), st.floats(0.4, 1.4)),
        min_size=2,
        max_size=8,
        unique_by=lambda p: p[0],
    )
)
def test_fit_trend_matches_numpy(points: list[tuple[int, float]]) -> None:
    pts = [(A + dt.timedelta(days=d), v) for d, v in points]
    trend = fit_trend(pts)
    assert trend is not None
    first = min(d for d, _ in points)
    xs = np.array([(d - first) / 365.25 for d, _ in points])
    slope, intercept = np.polyfit(xs, np.array([v for _, v in points]), 1)
    assert trend.slope_per_year == pytest.approx(slope, abs=1e-9)
    assert trend.intercept == pytest.approx(intercept, abs=1e-9)


def test_percent_is_relative_to_fitted_first_value() -> None:
    """Noisy first scan: the rate uses the fitted start (0.95), not the measured 1.0."""
    pts = [(A, 1.0), (add_years(A, 1), 0.9), (add_years(A, 2), 0.9)]
    trend = fit_trend(pts)
    assert trend is not None
    assert trend.intercept == pytest.approx(0.9833, abs=1e-3)
    assert trend.percent_per_year == pytest.approx(trend.slope_per_year / trend.intercept * 100)


def spine_scans(*values: tuple[dt.date, float, float]) -> list[DxaScan]:
    return [scan(d, m(Site.LUMBAR_SPINE, bmd=b, t=t)) for d, b, t in values]


def test_summarize_site_changes_and_projection() -> None:
    scans = spine_scans(
        (D(2018, 1, 1), 0.900, -1.8),
        (D(2020, 1, 1), 0.880, -2.0),
        (D(2022, 1, 1), 0.850, -2.2),
    )
    s = summarize_site(scans, Site.LUMBAR_SPINE, projection_date=D(2024, 1, 1))
    assert s is not None
    assert s.latest.date == D(2022, 1, 1) and s.latest.bmd == 0.850
    prev, first = s.change_from_previous, s.change_from_first
    assert prev is not None and first is not None
    assert prev.bmd_delta == pytest.approx(-0.030) and prev.direction is Direction.LOSS
    assert first.bmd_delta == pytest.approx(-0.050) and first.from_date == D(2018, 1, 1)
    assert s.trend_per_year_percent == pytest.approx(-1.40, abs=0.05)
    # T falls ~0.1 a year; two years after the last scan: about -2.4
    assert s.projected_t_score == -2.4
    assert s.projection_caution is False


def test_single_scan_has_no_change_or_trend() -> None:
    s = summarize_site(spine_scans((A, 0.9, -1.5)), Site.LUMBAR_SPINE, projection_date=B)
    assert s is not None
    assert s.change_from_previous is None and s.change_from_first is None
    assert s.trend_per_year_percent is None and s.projected_t_score is None


def test_projection_uses_computed_t_scores_when_not_reported() -> None:
    scans = [
        scan(D(2020, 1, 1), m(Site.FEMORAL_NECK, bmd=0.738)),  # T -1.0
        scan(D(2022, 1, 1), m(Site.FEMORAL_NECK, bmd=0.714)),  # T -1.2
    ]
    s = summarize_site(scans, Site.FEMORAL_NECK, projection_date=D(2024, 1, 1))
    assert s is not None and s.projected_t_score == -1.4
    assert s.latest.t_score_computed is True


@pytest.mark.parametrize(
    ("site", "rate", "regimen", "days_ahead", "caution"),
    [
        (Site.LUMBAR_SPINE, -3.0, Regimen.NONE, 365, False),
        (Site.LUMBAR_SPINE, -3.01, Regimen.NONE, 365, True),
        (Site.FEMORAL_NECK, -2.0, Regimen.NONE, 365, False),
        (Site.FEMORAL_NECK, 2.5, Regimen.NONE, 365, True),
        (Site.TOTAL_HIP, 2.5, Regimen.ANTIRESORPTIVE, 365, False),
        (Site.LUMBAR_SPINE, 3.9, Regimen.ANTIRESORPTIVE, 365, False),
        (Site.LUMBAR_SPINE, 4.5, Regimen.ANTIRESORPTIVE, 365, True),
        (Site.LUMBAR_SPINE, 4.5, Regimen.ANABOLIC, 365, False),
        (Site.LUMBAR_SPINE, None, Regimen.NONE, 365, False),
        (Site.LUMBAR_SPINE, -1.0, Regimen.NONE, 1095, False),  # exactly 3 years ahead
        (Site.LUMBAR_SPINE, -1.0, Regimen.NONE, 1096, True),  # more than 3 years ahead
    ],
)
def test_projection_caution(
    site: Site, rate: float | None, regimen: Regimen, days_ahead: int, caution: bool
) -> None:
    last = D(2021, 1, 1)
    assert projection_caution(site, rate, regimen, last, last + dt.timedelta(days_ahead)) is caution


def test_rate_limits_cover_every_site_and_regimen_with_a_source() -> None:
    for site in Site:
        for regimen in Regimen:
            assert rate_limit(site, regimen).source
    assert len(RATE_LIMITS) == len(Site) * len(Regimen)


def test_regimen_between() -> None:
    bis = course("alendronate", DrugClass.BISPHOSPHONATE, D(2019, 1, 1), D(2020, 1, 1))
    ana = course("teriparatide", DrugClass.ANABOLIC, D(2023, 1, 1))
    assert regimen_between([bis, ana], D(2018, 1, 1), D(2022, 1, 1)) is Regimen.ANTIRESORPTIVE
    assert regimen_between([bis, ana], D(2018, 1, 1), D(2024, 1, 1)) is Regimen.ANABOLIC
    assert regimen_between([bis], D(2021, 1, 1), D(2022, 1, 1)) is Regimen.NONE


@pytest.mark.parametrize(
    ("treated", "loss", "expected"),
    [
        (False, False, D(2024, 3, 15)),
        (True, False, D(2023, 3, 15)),
        (False, True, D(2023, 3, 15)),
        (True, True, D(2023, 3, 15)),
    ],
)
def test_next_scan_due(treated: bool, loss: bool, expected: dt.date) -> None:
    assert next_scan_due(D(2022, 3, 15), treated, loss) == expected


def test_next_scan_due_leap_day_and_none() -> None:
    assert next_scan_due(D(2024, 2, 29), False, False) == D(2026, 2, 28)
    assert next_scan_due(None, True, True) is None


@pytest.mark.parametrize(
    ("drug_class", "end", "expected"),
    [
        (DrugClass.BISPHOSPHONATE, None, True),
        (DrugClass.DENOSUMAB, None, True),
        (DrugClass.ANABOLIC, None, True),
        (DrugClass.HRT, None, True),
        (DrugClass.SERM, None, True),
        (DrugClass.SUPPLEMENT, None, False),
        (DrugClass.OTHER, None, False),
        (DrugClass.BISPHOSPHONATE, D(2023, 12, 31), False),
        (DrugClass.BISPHOSPHONATE, D(2024, 1, 1), True),
    ],
)
def test_on_treatment(drug_class: DrugClass, end: dt.date | None, expected: bool) -> None:
    assert on_treatment([course("x", drug_class, D(2020, 1, 1), end)], D(2024, 1, 1)) is expected


def test_summarize_scans_due_date_follows_latest_loss() -> None:
    scans = spine_scans((D(2020, 1, 1), 0.900, -1.8), (D(2022, 1, 1), 0.860, -2.1))
    summaries, due = summarize_scans(scans, [], D(2022, 6, 1))
    assert due == D(2023, 1, 1)  # significant loss -> 1 year
    assert summaries[0].projection_date == D(2023, 1, 1)
    stable = spine_scans((D(2020, 1, 1), 0.900, -1.8), (D(2022, 1, 1), 0.890, -1.9))
    _, due = summarize_scans(stable, [], D(2022, 6, 1))
    assert due == D(2024, 1, 1)


def test_summarize_scans_projects_to_as_of_when_overdue() -> None:
    scans = spine_scans((D(2015, 1, 1), 0.900, -1.8), (D(2017, 1, 1), 0.890, -1.9))
    summaries, due = summarize_scans(scans, [], D(2022, 1, 1))
    assert due == D(2019, 1, 1)
    s = summaries[0]
    assert s.projection_date == D(2022, 1, 1)
    assert s.projected_t_score == pytest.approx(-2.15, abs=0.051)
    assert s.projection_caution is True  # 5 years past the last scan


def test_summarize_scans_ignores_future_scans_and_orders_sites() -> None:
    scans = [
        scan(D(2020, 1, 1), m(Site.TOTAL_HIP, bmd=0.8), m(Site.LUMBAR_SPINE, t=-1.0)),
        scan(D(2030, 1, 1), m(Site.FOREARM_33, bmd=0.6)),
    ]
    summaries, due = summarize_scans(scans, [], D(2021, 1, 1))
    assert [s.site for s in summaries] == [Site.LUMBAR_SPINE, Site.TOTAL_HIP]
    assert due == D(2022, 1, 1)
    assert summarize_scans([], [], D(2021, 1, 1)) == ([], None)


def test_site_series() -> None:
    scans = [
        scan(D(2022, 1, 1), m(Site.FEMORAL_NECK, bmd=0.700), m(Site.LUMBAR_SPINE, t=-1.0)),
        scan(D(2018, 1, 1), m(Site.FEMORAL_NECK, bmd=0.760)),
        scan(D(2020, 1, 1), m(Site.FEMORAL_NECK, bmd=0.740, t=-1.2)),
    ]
    s = site_series(scans, Site.FEMORAL_NECK)
    assert s.dates == [D(2018, 1, 1), D(2020, 1, 1), D(2022, 1, 1)]
    assert s.bmd == [0.760, 0.740, 0.700]
    assert s.t_scores == [-0.8, -1.2, -1.3]
    assert s.computed == [True, False, True]
    assert s.significant == [None, False, True]
    assert s.directions == [None, Direction.STABLE, Direction.LOSS]
    spine = site_series(scans, Site.LUMBAR_SPINE)
    assert spine.significant == [None] and spine.t_scores == [-1.0]
    assert list(all_site_series(scans)) == [Site.LUMBAR_SPINE, Site.FEMORAL_NECK]
    assert site_series(scans, Site.TOTAL_BODY).dates == []


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (D(2020, 2, 29), 1, D(2021, 2, 28)),
        (D(2020, 2, 29), 4, D(2024, 2, 29)),
        (D(2021, 3, 1), -1, D(2020, 3, 1)),
    ],
)
def test_add_years(day: dt.date, years: int, expected: dt.date) -> None:
    assert add_years(day, years) == expected


def test_projected_t_score_helper() -> None:
    scans = spine_scans((D(2020, 1, 1), 0.9, -2.0), (D(2022, 1, 1), 0.88, -2.2))
    assert projected_t_score(scans, Site.LUMBAR_SPINE, D(2024, 1, 1)) == -2.4
    assert projected_t_score(scans[:1], Site.LUMBAR_SPINE, D(2024, 1, 1)) is None
    assert projected_t_score(scans, Site.TOTAL_HIP, D(2024, 1, 1)) is None
