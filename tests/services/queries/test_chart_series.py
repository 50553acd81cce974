"""Chart series: every array agrees with the domain, and the numpy weekly totals with intake.py.

The two demo records (osteopenia improving on exercise; osteoporosis losing bone, then on a
bisphosphonate) are shared with the GUI and CLI chart tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import numpy as np
import pytest

from bonetracker.domain.bmd import NORMAL_LOWER, OSTEOPOROSIS_UPPER, WHO_BANDS
from bonetracker.domain.change import (
    DEFAULT_LSC,
    Direction,
    bmd_trend,
    site_points,
    site_series,
    summarize_scans,
)
from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.intake import weekly_exercise, weekly_intake
from bonetracker.domain.records import (
    ActivityCategory,
    Device,
    DrugClass,
    DxaScan,
    Fall,
    Fracture,
    FractureSite,
    Meal,
    MealItem,
    MealKind,
    MedicationCourse,
    Menopause,
    Nutrients,
    Patient,
    PatientId,
    PatientRecord,
    Sex,
    Site,
    SiteMeasurement,
    Workout,
)
from bonetracker.services.queries.chart_series import (
    ACTIVITY_KEYS,
    Mark,
    Metric,
    chart_data,
    load_chart_data,
    to_seconds,
)
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import entries, meals, patients, scans

D = dt.date
PID = PatientId(1)
AS_OF = D(2025, 1, 15)
OSTEOPENIA_LOGS_FROM, OSTEOPOROSIS_LOGS_FROM = D(2017, 1, 1), D(2016, 1, 1)


# -- demo records (shared with tests/ui/pages/test_chart.py and tests/cli/test_cli_chart.py) ------


def _m(site: Site, bmd: float | None = None, t: float | None = None) -> SiteMeasurement:
    return SiteMeasurement(site=site, bmd=bmd, t_score=t)


def _scan(day: dt.date, *ms: SiteMeasurement) -> DxaScan:
    return DxaScan(id=None, patient_id=PID, date=day, measurements=ms, device=Device.HOLOGIC)


def daily_logs(start: dt.date, end: dt.date, seed: int, active_from: dt.date,
               calcium: float) -> tuple[tuple[Workout, ...], tuple[Meal, ...]]:
    """Plausible daily logs: more exercise from ``active_from``; calcium around ``calcium``."""
    rng = np.random.default_rng(seed)
    workouts: list[Workout] = []
    meal_list: list[Meal] = []
    for k in range((end - start).days + 1):
        day = start + dt.timedelta(days=k)
        active = day >= active_from
        if active and day.weekday() in (0, 3):
            workouts.append(Workout(None, PID, day, "Weights", ActivityCategory.RESISTANCE, 40))
        if rng.random() < (0.8 if active else 0.25):
            workouts.append(Workout(None, PID, day, "Balance", ActivityCategory.BALANCE,
                                    int(rng.integers(10, 25))))
        if rng.random() < (0.7 if active else 0.4):
            workouts.append(Workout(None, PID, day, "Brisk walk", ActivityCategory.WEIGHT_BEARING,
                                    int(rng.integers(20, 45))))
        if rng.random() < 0.85:
            ca = calcium * rng.uniform(0.7, 1.2)
            items = (MealItem("Yoghurt", 150, Nutrients(calcium_mg=ca * 0.4,
                                                        vitamin_d_iu=rng.uniform(50, 250))),
                     MealItem("Cheese", 30, Nutrients(calcium_mg=ca * 0.6,
                                                      vitamin_d_iu=rng.uniform(50, 300))))
            meal_list.append(Meal(None, PID, day, MealKind.LUNCH, items))
    return tuple(workouts), tuple(meal_list)


def osteopenia_improving(logs_from: dt.date = OSTEOPENIA_LOGS_FROM) -> PatientRecord:
    """Low bone mass, strength training from April 2018, spine gaining significantly."""
    who = Patient(PID, "Anna Example", Sex.FEMALE, D(1962, 4, 12), 165, 62, Menopause.POST)
    visits = (
        _scan(D(2016, 3, 1), _m(Site.LUMBAR_SPINE, 0.880, -1.8), _m(Site.FEMORAL_NECK, 0.700),
              _m(Site.TOTAL_HIP, 0.800, -1.2)),
        _scan(D(2018, 3, 6), _m(Site.LUMBAR_SPINE, 0.865, -1.9), _m(Site.FEMORAL_NECK, 0.690),
              _m(Site.TOTAL_HIP, 0.792, -1.3)),
        _scan(D(2020, 3, 10), _m(Site.LUMBAR_SPINE, 0.900, -1.6), _m(Site.FEMORAL_NECK, 0.702),
              _m(Site.TOTAL_HIP, 0.805, -1.2)),
        _scan(D(2022, 3, 15), _m(Site.LUMBAR_SPINE, 0.935, -1.3), _m(Site.FEMORAL_NECK, 0.712),
              _m(Site.TOTAL_HIP, 0.815, -1.1)),
        _scan(D(2024, 3, 12), _m(Site.LUMBAR_SPINE, 0.950, -1.2), _m(Site.FEMORAL_NECK, 0.735),
              _m(Site.TOTAL_HIP, 0.822, -1.0)),
    )
    w, m = daily_logs(logs_from, D(2024, 12, 31), 1, D(2018, 4, 1), 1050)
    return PatientRecord(who, visits, w, m, falls=(Fall(None, PID, D(2019, 1, 20)),))


def osteoporosis_treated(logs_from: dt.date = OSTEOPOROSIS_LOGS_FROM) -> PatientRecord:
    """Osteoporosis losing bone until alendronate starts in July 2019, then gaining."""
    who = Patient(PID, "Berit Example", Sex.FEMALE, D(1952, 9, 3), 160, 55, Menopause.POST)
    visits = (
        _scan(D(2015, 5, 4), _m(Site.LUMBAR_SPINE, 0.780, -2.6), _m(Site.FEMORAL_NECK, 0.600),
              _m(Site.TOTAL_HIP, 0.700)),
        _scan(D(2017, 5, 9), _m(Site.LUMBAR_SPINE, 0.745, -2.9), _m(Site.FEMORAL_NECK, 0.575),
              _m(Site.TOTAL_HIP, 0.672)),
        _scan(D(2019, 5, 14), _m(Site.LUMBAR_SPINE, 0.712, -3.2), _m(Site.FEMORAL_NECK, 0.552),
              _m(Site.TOTAL_HIP, 0.650)),
        _scan(D(2021, 5, 18), _m(Site.LUMBAR_SPINE, 0.755, -2.8), _m(Site.FEMORAL_NECK, 0.566),
              _m(Site.TOTAL_HIP, 0.668)),
        _scan(D(2023, 5, 23), _m(Site.LUMBAR_SPINE, 0.790, -2.5), _m(Site.FEMORAL_NECK, 0.581),
              _m(Site.TOTAL_HIP, 0.680)),
    )
    meds = (
        MedicationCourse(None, PID, "Alendronate 70 mg weekly", DrugClass.BISPHOSPHONATE,
                         D(2019, 7, 1)),
        MedicationCourse(None, PID, "Calcium carbonate", DrugClass.SUPPLEMENT, D(2019, 7, 1),
                         daily_amount=500),
    )
    fractures = (Fracture(None, PID, D(2018, 11, 2), FractureSite.WRIST),)
    falls = (Fall(None, PID, D(2018, 11, 2), injury=True), Fall(None, PID, D(2022, 2, 14)))
    w, m = daily_logs(logs_from, D(2024, 12, 31), 2, D(2019, 9, 1), 700)
    return PatientRecord(who, visits, w, m, medications=meds, fractures=fractures, falls=falls)


def store_record(db: Database, record: PatientRecord) -> PatientId:
    """Write a whole record through the repositories; returns the new patient id."""
    with db.write() as s:
        pid = patients.add(s, dataclasses.replace(record.patient, id=None)).id
        assert pid is not None
        for scan in record.scans:
            scans.add(s, dataclasses.replace(scan, id=None, patient_id=pid))
        for mapper, rows in ((entries.workouts, record.workouts),
                             (entries.medications, record.medications),
                             (entries.fractures, record.fractures), (entries.falls, record.falls)):
            for row in rows:
                mapper.add(s, dataclasses.replace(row, id=None, patient_id=pid))
        for meal in record.meals:
            meals.add(s, dataclasses.replace(meal, id=None, patient_id=pid))
    return PatientId(pid)


# -- scan series ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def treated() -> PatientRecord:
    return osteoporosis_treated(logs_from=D(2024, 1, 1))


def test_one_point_per_scan_and_site_at_midnight_utc(treated: PatientRecord) -> None:
    data = chart_data(treated, AS_OF)
    assert [s.site for s in data.sites] == [Site.LUMBAR_SPINE, Site.FEMORAL_NECK, Site.TOTAL_HIP]
    for site in data.sites:
        series = site_series(treated.scans, site.site)
        assert len(site.x) == len(series.dates) == 5
        assert site.x.dtype == np.float64
        assert [dt.datetime.fromtimestamp(x, dt.UTC).date() for x in site.x] == series.dates
        assert np.allclose(site.x % 86_400, 0)
        assert list(site.bmd) == series.bmd
        assert list(site.t_score) == pytest.approx([t for t in series.t_scores])


def test_computed_t_scores_are_flagged(treated: PatientRecord) -> None:
    data = chart_data(treated, AS_OF)
    assert not data.site(Site.LUMBAR_SPINE).computed.any()  # the report gave them
    assert data.site(Site.FEMORAL_NECK).computed.all()  # BMD only: NHANES III reference
    assert data.site(Site.FEMORAL_NECK).t_score[0] == pytest.approx(round((0.600 - 0.858) / 0.120, 1))


@pytest.mark.parametrize("make", [osteopenia_improving, osteoporosis_treated])
def test_marks_exactly_where_the_domain_finds_a_significant_change(make: object) -> None:
    record = make(logs_from=D(2024, 10, 1))  # type: ignore[operator]
    data = chart_data(record, AS_OF)
    assert any((s.marks != Mark.NONE).any() for s in data.sites)
    for site in data.sites:
        series = site_series(record.scans, site.site)
        expected = [Mark.UP if d is Direction.GAIN else Mark.DOWN if d is Direction.LOSS
                    else Mark.NONE for d in series.directions]
        assert list(site.marks) == expected
        assert [bool(m) for m in site.marks] == [bool(s) for s in series.significant]


def test_changes_and_lsc_come_from_the_domain(treated: PatientRecord) -> None:
    spine = chart_data(treated, AS_OF).site(Site.LUMBAR_SPINE)
    assert math.isnan(spine.bmd_change[0])
    assert spine.bmd_change[1] == pytest.approx(0.745 - 0.780)
    assert spine.percent_change[1] == pytest.approx((0.745 - 0.780) / 0.780 * 100)
    assert spine.lsc == DEFAULT_LSC[Site.LUMBAR_SPINE]
    assert chart_data(treated, AS_OF, lsc={Site.LUMBAR_SPINE: 0.05}).site(
        Site.LUMBAR_SPINE).marks.tolist() == [0, 0, 0, 0, 0]


def test_tooltips_name_date_site_values_and_change(treated: PatientRecord) -> None:
    spine = chart_data(treated, AS_OF).site(Site.LUMBAR_SPINE)
    assert "First scan" in spine.tooltips[0]
    tip = spine.tooltips[1]
    for text in ("2017-05-09", "Lumbar spine", "BMD 0.745", "T-score -2.9",
                 "-0.035 g/cm²", "significant loss"):
        assert text in tip
    assert "computed from BMD" in chart_data(treated, AS_OF).site(Site.FEMORAL_NECK).tooltips[0]


def test_bands_are_the_who_bands(treated: PatientRecord) -> None:
    data = chart_data(treated, AS_OF)
    assert data.bands == WHO_BANDS
    limits = {v for b in data.bands for v in (b.lower, b.upper) if v is not None}
    assert limits == {NORMAL_LOWER, OSTEOPOROSIS_UPPER} == {-1.0, -2.5}


def test_trend_rate_and_projection_match_summaries(treated: PatientRecord) -> None:
    data = chart_data(treated, AS_OF)
    summaries, due = summarize_scans(treated.scans, treated.medications, AS_OF)
    assert data.next_scan_due == due
    for summary in summaries:
        site = data.site(summary.site)
        trend = bmd_trend(site_points(treated.scans, summary.site))
        assert trend is not None and site.trend_bmd is not None
        assert site.trend_bmd.y0 == pytest.approx(trend.at(site.dates[0]))
        assert site.trend_bmd.y1 == pytest.approx(trend.at(site.dates[-1]))
        assert site.annual_percent == summary.trend_per_year_percent
        assert site.projection_t is not None and site.projection_bmd is not None
        assert site.projection_t.date == summary.projection_date
        assert site.projection_t.segment.x1 == to_seconds(summary.projection_date)
        assert site.projection_t.segment.y1 == summary.projected_t_score
        assert site.projection_t.caution is summary.projection_caution


def test_projection_caution_for_a_rate_beyond_published_ranges() -> None:
    who = Patient(PID, "Fast Loss", Sex.FEMALE, D(1950, 1, 1), 160, 55, Menopause.POST)
    visits = (_scan(D(2021, 1, 5), _m(Site.FEMORAL_NECK, 0.700)),
              _scan(D(2023, 1, 10), _m(Site.FEMORAL_NECK, 0.630)))  # -5 %/yr
    neck = chart_data(PatientRecord(who, visits), D(2023, 6, 1)).site(Site.FEMORAL_NECK)
    assert neck.annual_percent is not None and neck.annual_percent < -4
    assert neck.projection_t is not None and neck.projection_t.caution
    assert neck.projection(Metric.BMD) is neck.projection_bmd


def test_single_scan_has_no_trend_or_projection() -> None:
    record = PatientRecord(osteopenia_improving(D(2024, 12, 1)).patient,
                           (_scan(D(2020, 1, 1), _m(Site.TOTAL_HIP, 0.8)),))
    hip = chart_data(record, AS_OF).site(Site.TOTAL_HIP)
    assert hip.trend_t is None and hip.projection_t is None and hip.annual_percent is None


def test_medication_periods_and_events(treated: PatientRecord) -> None:
    stopped = dataclasses.replace(treated.medications[0], end=D(2024, 7, 1))
    record = dataclasses.replace(treated, medications=(stopped, *treated.medications[1:]))
    for rec, x1, ongoing in ((treated, to_seconds(AS_OF), True),
                             (record, to_seconds(D(2024, 7, 1)), False)):
        data = chart_data(rec, AS_OF)
        assert len(data.medications) == 1  # the calcium supplement shows in the intake line
        med = data.medications[0]
        assert (med.drug, med.x0, med.x1, med.ongoing) == (
            "Alendronate 70 mg weekly", to_seconds(D(2019, 7, 1)), x1, ongoing)
    data = chart_data(treated, AS_OF)
    assert [(e.kind, e.x) for e in data.events] == [
        ("fracture", to_seconds(D(2018, 11, 2))), ("fall", to_seconds(D(2018, 11, 2))),
        ("fall", to_seconds(D(2022, 2, 14)))]
    assert "wrist" in data.events[0].label


def test_as_of_drops_later_entries(treated: PatientRecord) -> None:
    data = chart_data(treated, D(2020, 1, 1))
    assert all(len(s.x) == 3 for s in data.sites)
    assert data.events[-1].x == to_seconds(D(2018, 11, 2))
    assert data.x_min <= to_seconds(D(2015, 5, 4))


def test_no_scans_is_empty_but_keeps_activity() -> None:
    record = dataclasses.replace(osteopenia_improving(D(2024, 11, 1)), scans=())
    data = chart_data(record, AS_OF)
    assert data.is_empty and data.sites == ()
    assert len(data.activity.week_x) > 0


# -- weekly activity --------------------------------------------------------------------------


def _random_record(seed: int) -> PatientRecord:
    """Irregular logs with gaps, unknown nutrients, empty meals and supplement courses."""
    rng = np.random.default_rng(seed)
    start = D(2024, 1, 3)
    workouts, meal_list = [], []
    cats = list(ActivityCategory)
    for _ in range(160):
        day = start + dt.timedelta(days=int(rng.integers(0, 200)))
        workouts.append(Workout(None, PID, day, "x", cats[int(rng.integers(len(cats)))],
                                int(rng.integers(5, 60))))
    for _ in range(140):
        day = start + dt.timedelta(days=int(rng.integers(0, 200)))
        items = tuple(
            MealItem("f", 100, Nutrients(
                calcium_mg=None if rng.random() < 0.2 else float(rng.uniform(0, 600)),
                vitamin_d_iu=None if rng.random() < 0.5 else float(rng.uniform(0, 400))))
            for _ in range(int(rng.integers(0, 4))))
        meal_list.append(Meal(None, PID, day, MealKind.SNACK, items))
    meds = (MedicationCourse(None, PID, "Vitamin D3", DrugClass.SUPPLEMENT, D(2024, 3, 1),
                             D(2024, 5, 1), daily_amount=800),
            MedicationCourse(None, PID, "Calcium citrate", DrugClass.SUPPLEMENT, D(2024, 4, 10),
                             daily_amount=300))
    return PatientRecord(osteopenia_improving(D(2024, 12, 1)).patient, (), tuple(workouts),
                         tuple(meal_list), medications=meds)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_weekly_activity_equals_domain_weekly_totals(seed: int) -> None:
    record = _random_record(seed)
    as_of = D(2024, 6, 30)
    activity = chart_data(record, as_of).activity
    first = min(min(w.date for w in record.workouts), min(m.date for m in record.meals))
    exercise = weekly_exercise(record.workouts, first, as_of)
    kept = [m for m in record.meals if m.date <= as_of]
    intake = weekly_intake(kept, first, as_of, record.medications)
    assert [to_seconds(w.week_start) for w in exercise] == activity.week_x.tolist()
    assert activity.strength_sessions.tolist() == [w.strength_sessions for w in exercise]
    assert activity.balance_minutes.tolist() == [w.balance_minutes for w in exercise]
    assert activity.weight_bearing_minutes.tolist() == [w.weight_bearing_minutes for w in exercise]
    for key in ("calcium_mg", "vitamin_d_iu"):
        expected = [np.nan if w.summary.value(key) is None else w.summary.value(key) for w in intake]
        assert activity.series(key) == pytest.approx(np.array(expected), nan_ok=True)
    assert activity.days_logged.tolist() == [w.summary.days_logged for w in intake]


def test_targets_come_from_the_domain(treated: PatientRecord) -> None:
    targets = chart_data(treated, AS_OF).targets
    assert set(targets) == set(ACTIVITY_KEYS) - {"programme_percent"}  # no programme
    assert targets["calcium_mg"] == 1200 and targets["vitamin_d_iu"] == 800  # woman over 70
    assert targets["strength_sessions"] == 2 and targets["balance_minutes"] == 120


# -- the database path ------------------------------------------------------------------------


def test_database_path_equals_record_path(db: Database) -> None:
    record = dataclasses.replace(_random_record(4), scans=osteoporosis_treated(D(2024, 12, 1)).scans,
                                 fractures=osteoporosis_treated(D(2024, 12, 1)).fractures)
    pid = store_record(db, record)
    from_db = load_chart_data(db, pid, as_of=D(2024, 6, 30))
    in_memory = chart_data(record, D(2024, 6, 30))
    for name in ("week_x", "strength_sessions", "balance_minutes", "weight_bearing_minutes",
                 "calcium_mg", "vitamin_d_iu", "days_logged"):
        assert getattr(from_db.activity, name) == pytest.approx(getattr(in_memory.activity, name),
                                                                nan_ok=True)
    assert [s.tooltips for s in from_db.sites] == [s.tooltips for s in in_memory.sites]
    assert from_db.events == in_memory.events and from_db.targets == in_memory.targets


def test_unknown_patient_raises_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        load_chart_data(db, PatientId(999), as_of=AS_OF)


def test_day_numbers_from_text_or_dates_agree() -> None:
    from bonetracker.services.queries.chart_series import _ordinals

    days = [D(2024, 2, 29), D(1999, 12, 31), D(2025, 1, 15)]
    expected = [d.toordinal() for d in days]
    assert _ordinals([d.isoformat() for d in days]).tolist() == expected  # SQLite: ISO text
    assert _ordinals(days).tolist() == expected  # PostgreSQL drivers return dates
    assert _ordinals([]).tolist() == []


def test_database_path_uses_the_facility_lsc(db: Database) -> None:
    from bonetracker.services.settings import set_lsc

    pid = store_record(db, osteoporosis_treated(D(2024, 12, 1)))
    assert load_chart_data(db, pid, AS_OF).site(Site.LUMBAR_SPINE).marks.tolist() == [0, -1, -1, 1, 1]
    set_lsc(db, {Site.LUMBAR_SPINE: 0.040})  # the plan would now call the +0.035 gain stable
    spine = load_chart_data(db, pid, AS_OF).site(Site.LUMBAR_SPINE)
    assert spine.lsc == 0.040 and spine.marks.tolist() == [0, 0, 0, 1, 0]
