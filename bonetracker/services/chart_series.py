"""Plain numpy series for the chart view, the exported chart and the PDF report (no Qt here).

Every judgement (T-score, WHO band, significance against the LSC, trend, projection, caution,
targets) comes from ``bonetracker.domain``; this module only turns it into arrays of seconds
since the epoch and values, so widgets draw what the domain decides and never touch SQL.
Weekly activity is aggregated with numpy (``bincount``) over per-day totals, which
``load_chart_data`` gets from SQL ``GROUP BY`` queries: ten years of daily logs never become
tens of thousands of Python objects just to draw a few hundred weekly bars.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import String, cast, func, select

from bonetracker.domain.bmd import WHO_BANDS, WhoBand, classify
from bonetracker.domain.change import (
    Direction,
    SiteSummary,
    Trend,
    bmd_trend,
    compare,
    lsc_for,
    site_points,
    site_series,
    summarize_scans,
    t_score_trend,
)
from bonetracker.domain.intake import supplement_nutrient
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.records import (
    SITE_LABELS,
    ActivityCategory,
    DrugClass,
    MedicationCourse,
    PatientId,
    PatientRecord,
    Site,
)
from bonetracker.domain.targets import targets_for
from bonetracker.services.records import load_record
from bonetracker.services.settings import get_lsc
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.storage.models import MealItemRow, MealRow, WorkoutRow

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

SECONDS_PER_DAY = 86_400.0
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()

# Category codes for the vectorised weekly totals; the rules mirror domain.intake._totals
# (impact work is weight-bearing too), and tests compare both on the same records.
_RESISTANCE, _BALANCE, _WEIGHT_BEARING, _IMPACT, _OTHER = range(5)
_CATEGORY_CODE: Mapping[str, int] = {
    ActivityCategory.RESISTANCE: _RESISTANCE,
    ActivityCategory.BALANCE: _BALANCE,
    ActivityCategory.WEIGHT_BEARING: _WEIGHT_BEARING,
    ActivityCategory.IMPACT: _IMPACT,
}


class Metric(StrEnum):
    """What the main plot's y axis shows."""

    T_SCORE = "t_score"
    BMD = "bmd"


class Mark(IntEnum):
    """Marker for a point's change from the previous scan: only significant changes get one."""

    DOWN = -1
    NONE = 0
    UP = 1


@dataclass(frozen=True)
class ActivitySeries:
    """One series the lower panel can show; ``target`` is the key into ``ChartData.targets``."""

    key: str
    label: str
    unit: str
    kind: str  # "bar" or "line"


ACTIVITY_SERIES: tuple[ActivitySeries, ...] = (
    ActivitySeries("strength_sessions", "Strength", "sessions/wk", "bar"),
    ActivitySeries("balance_minutes", "Balance", "min/wk", "bar"),
    ActivitySeries("weight_bearing_minutes", "Weight-bearing", "min/wk", "bar"),
    ActivitySeries("calcium_mg", "Calcium", "mg/day", "line"),
    ActivitySeries("vitamin_d_iu", "Vitamin D", "IU/day", "line"),
)
ACTIVITY_KEYS: tuple[str, ...] = tuple(s.key for s in ACTIVITY_SERIES)


@dataclass(frozen=True)
class Segment:
    """A straight line from (x0, y0) to (x1, y1); x in seconds since the epoch."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Projection:
    """Trend carried on to ``date`` (the next scan due, or today if that has passed)."""

    segment: Segment
    date: dt.date
    caution: bool


@dataclass(frozen=True, eq=False)
class SiteChart:
    """One site's scans as parallel arrays (NaN where a value is missing), oldest first."""

    site: Site
    label: str
    dates: tuple[dt.date, ...]
    x: FloatArray
    bmd: FloatArray
    t_score: FloatArray
    computed: BoolArray
    marks: npt.NDArray[np.int8]
    bmd_change: FloatArray
    percent_change: FloatArray
    lsc: float
    annual_percent: float | None
    trend_t: Segment | None
    trend_bmd: Segment | None
    projection_t: Projection | None
    projection_bmd: Projection | None
    tooltips: tuple[str, ...]

    def values(self, metric: Metric) -> FloatArray:
        return self.t_score if metric is Metric.T_SCORE else self.bmd

    def trend(self, metric: Metric) -> Segment | None:
        return self.trend_t if metric is Metric.T_SCORE else self.trend_bmd

    def projection(self, metric: Metric) -> Projection | None:
        return self.projection_t if metric is Metric.T_SCORE else self.projection_bmd


@dataclass(frozen=True)
class MedicationPeriod:
    drug: str
    drug_class: DrugClass
    x0: float
    x1: float
    ongoing: bool


@dataclass(frozen=True)
class ChartEvent:
    """A fracture or fall drawn as a vertical marker."""

    kind: str  # "fracture" or "fall"
    x: float
    label: str


@dataclass(frozen=True, eq=False)
class WeeklyActivity:
    """ISO-week totals; nutrients are mean per logged day (NaN when nothing is known)."""

    week_x: FloatArray  # Monday 00:00 UTC of each week
    strength_sessions: FloatArray
    balance_minutes: FloatArray
    weight_bearing_minutes: FloatArray
    calcium_mg: FloatArray
    vitamin_d_iu: FloatArray
    days_logged: IntArray

    def series(self, key: str) -> FloatArray:
        if key not in ACTIVITY_KEYS:
            raise KeyError(key)
        values: FloatArray = getattr(self, key)
        return values


@dataclass(frozen=True, eq=False)
class ChartData:
    """Everything one chart draws; ``sites`` is empty when the patient has no scans."""

    patient_name: str
    as_of: dt.date
    sites: tuple[SiteChart, ...]
    bands: tuple[WhoBand, ...]
    medications: tuple[MedicationPeriod, ...]
    events: tuple[ChartEvent, ...]
    activity: WeeklyActivity
    targets: Mapping[str, float]
    next_scan_due: dt.date | None
    x_min: float
    x_max: float

    @property
    def is_empty(self) -> bool:
        return not self.sites

    def site(self, site: Site) -> SiteChart:
        return next(s for s in self.sites if s.site == site)


@dataclass(frozen=True, eq=False)
class DailyLogs:
    """Per-day totals of workouts (per category) and meals, the input of the weekly series.

    Workout arrays may repeat a day (one row per day and category); meal arrays have one entry
    per day with at least one meal, because only such days count as logged (domain.intake).
    """

    workout_day: IntArray
    workout_category: IntArray
    workout_sessions: FloatArray
    workout_minutes: FloatArray
    meal_day: IntArray
    calcium_sum: FloatArray
    calcium_known: FloatArray
    vitamin_d_sum: FloatArray
    vitamin_d_known: FloatArray


def to_seconds(day: dt.date) -> float:
    """Midnight UTC of ``day`` in seconds since the epoch (the chart's x unit)."""
    return (day.toordinal() - _EPOCH_ORDINAL) * SECONDS_PER_DAY


def ordinals_to_seconds(ordinals: IntArray) -> FloatArray:
    return (ordinals - _EPOCH_ORDINAL).astype(np.float64) * SECONDS_PER_DAY


def _daily_from_columns(
    w_day: IntArray, w_cat: IntArray, w_sessions: FloatArray, w_minutes: FloatArray,
    meal_days: IntArray, item_day: IntArray, calcium: FloatArray, vitamin_d: FloatArray,
) -> DailyLogs:
    """Sum item nutrients per logged day; NaN items are unknown and counted as not known."""
    days = np.unique(meal_days)
    idx = np.searchsorted(days, item_day)
    n = len(days)

    def per_day(values: FloatArray) -> tuple[FloatArray, FloatArray]:
        known = ~np.isnan(values)
        total = np.bincount(idx, weights=np.where(known, values, 0.0), minlength=n)
        count = np.bincount(idx, weights=known, minlength=n)
        return total.astype(np.float64), count.astype(np.float64)

    ca_sum, ca_known = per_day(calcium)
    vd_sum, vd_known = per_day(vitamin_d)
    return DailyLogs(w_day, w_cat, w_sessions, w_minutes, days.astype(np.int64),
                     ca_sum, ca_known, vd_sum, vd_known)


def daily_logs_from_record(record: PatientRecord) -> DailyLogs:
    """Per-day totals from in-memory records (tests, imports); the database path uses SQL."""
    workouts, meals = record.workouts, record.meals
    n = len(workouts)
    items = [(m.date.toordinal(), i.nutrients) for m in meals for i in m.items]
    nan = float("nan")
    return _daily_from_columns(
        np.fromiter((w.date.toordinal() for w in workouts), np.int64, n),
        np.fromiter((_CATEGORY_CODE.get(w.category, _OTHER) for w in workouts), np.int64, n),
        np.ones(n, np.float64),
        np.fromiter((w.minutes for w in workouts), np.float64, n),
        np.fromiter((m.date.toordinal() for m in meals), np.int64, len(meals)),
        np.fromiter((d for d, _ in items), np.int64, len(items)),
        np.fromiter((nan if x.calcium_mg is None else x.calcium_mg for _, x in items),
                    np.float64, len(items)),
        np.fromiter((nan if x.vitamin_d_iu is None else x.vitamin_d_iu for _, x in items),
                    np.float64, len(items)),
    )


def _day_column(column: Any, sqlite: bool) -> Any:
    # On SQLite, dates are ISO text that SQLAlchemy parses row by row in Python, which cost
    # more than the aggregation itself (benchmarks/chart_bench.py); fetching the text and
    # parsing it with numpy in one go is ~3x faster. Other drivers return dates natively.
    return cast(column, String(10)) if sqlite else column


def _ordinals(values: Sequence[str | dt.date]) -> IntArray:
    if values and isinstance(values[0], dt.date):
        return np.fromiter((v.toordinal() for v in values), np.int64, len(values))  # type: ignore[union-attr]
    days = np.array(values, dtype="datetime64[D]").astype(np.int64)
    return days + _EPOCH_ORDINAL


def daily_logs_from_db(db: Database, patient_id: PatientId, as_of: dt.date) -> DailyLogs:
    """Per-day totals straight from SQL ``GROUP BY`` (portable across SQLite and PostgreSQL)."""
    sqlite = db.is_sqlite
    workout_q = (
        select(_day_column(WorkoutRow.date, sqlite), WorkoutRow.category, func.count(),
               func.sum(WorkoutRow.minutes))
        .where(WorkoutRow.patient_id == patient_id, WorkoutRow.date <= as_of)
        .group_by(WorkoutRow.date, WorkoutRow.category)
    )
    meal_q = (
        select(_day_column(MealRow.date, sqlite), func.sum(MealItemRow.calcium_mg),
               func.count(MealItemRow.calcium_mg), func.sum(MealItemRow.vitamin_d_iu),
               func.count(MealItemRow.vitamin_d_iu))
        .select_from(MealRow)
        .outerjoin(MealItemRow, MealItemRow.meal_id == MealRow.id)
        .where(MealRow.patient_id == patient_id, MealRow.date <= as_of)
        .group_by(MealRow.date)
    )
    with db.read() as s:
        w_rows = s.execute(workout_q).all()
        m_rows = s.execute(meal_q).all()
    w_cols = list(zip(*w_rows, strict=True)) if w_rows else [(), (), (), ()]
    m_cols = list(zip(*m_rows, strict=True)) if m_rows else [(), (), (), (), ()]

    def floats(values: Sequence[float | None]) -> FloatArray:
        return np.array(values, dtype=np.float64)  # None (SUM over no items) becomes NaN

    return DailyLogs(
        workout_day=_ordinals(w_cols[0]),
        workout_category=np.fromiter((_CATEGORY_CODE.get(c, _OTHER) for c in w_cols[1]),
                                     np.int64, len(w_rows)),
        workout_sessions=floats(w_cols[2]),
        workout_minutes=floats(w_cols[3]),
        meal_day=_ordinals(m_cols[0]),
        calcium_sum=np.nan_to_num(floats(m_cols[1])),
        calcium_known=floats(m_cols[2]),
        vitamin_d_sum=np.nan_to_num(floats(m_cols[3])),
        vitamin_d_known=floats(m_cols[4]),
    )


def weekly_activity(
    daily: DailyLogs, medications: Sequence[MedicationCourse], as_of: dt.date
) -> WeeklyActivity:
    """ISO-week series from the first logged day to the week of ``as_of``, the numpy twin of
    ``domain.intake.weekly_exercise``/``weekly_intake`` (supplements count on logged days)."""
    end = as_of.toordinal()
    w_keep = daily.workout_day <= end
    m_keep = daily.meal_day <= end
    w_day, cat = daily.workout_day[w_keep], daily.workout_category[w_keep]
    m_day = daily.meal_day[m_keep]
    starts = [a.min() for a in (w_day, m_day) if len(a)]
    if not starts:
        e = np.zeros(0, np.float64)
        return WeeklyActivity(e, e, e, e, e, e, np.zeros(0, np.int64))
    wk0, wk1 = (int(min(starts)) - 1) // 7, (end - 1) // 7
    n = wk1 - wk0 + 1
    w_idx = (w_day - 1) // 7 - wk0

    def wsum(mask: BoolArray, weights: FloatArray) -> FloatArray:
        return np.bincount(w_idx[mask], weights=weights[w_keep][mask], minlength=n).astype(np.float64)

    strength = wsum(cat == _RESISTANCE, daily.workout_sessions)
    balance = wsum(cat == _BALANCE, daily.workout_minutes)
    weight_bearing = wsum((cat == _WEIGHT_BEARING) | (cat == _IMPACT), daily.workout_minutes)

    m_idx = (m_day - 1) // 7 - wk0
    logged = np.bincount(m_idx, minlength=n)
    nutrient_sums = {"calcium_mg": (daily.calcium_sum, daily.calcium_known),
                     "vitamin_d_iu": (daily.vitamin_d_sum, daily.vitamin_d_known)}
    means: dict[str, FloatArray] = {}
    for key, (total, known) in nutrient_sums.items():
        day_total, day_known = total[m_keep].copy(), known[m_keep].copy()
        for course in medications:
            if supplement_nutrient(course) != key or course.daily_amount is None:
                continue
            stop = course.end.toordinal() if course.end else end
            active = (m_day >= course.start.toordinal()) & (m_day <= stop)
            day_total += np.where(active, course.daily_amount, 0.0)
            day_known += active
        week_total = np.bincount(m_idx, weights=day_total, minlength=n)
        week_known = np.bincount(m_idx, weights=day_known, minlength=n)
        ok = (logged > 0) & (week_known > 0)
        means[key] = np.where(ok, week_total / np.maximum(logged, 1), np.nan)
    week_x = ordinals_to_seconds(np.arange(wk0, wk1 + 1, dtype=np.int64) * 7 + 1)
    return WeeklyActivity(week_x, strength, balance, weight_bearing, means["calcium_mg"],
                          means["vitamin_d_iu"], logged.astype(np.int64))


def _segment(trend: Trend | None, start: dt.date, end: dt.date) -> Segment | None:
    if trend is None:
        return None
    return Segment(to_seconds(start), trend.at(start), to_seconds(end), trend.at(end))


def _num(value: float | None, digits: int, signed: bool = False) -> str:
    if value is None or np.isnan(value):
        return "–"
    return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"


def _site_chart(
    record: PatientRecord, site: Site, summary: SiteSummary | None,
    lsc: Mapping[Site, float] | None,
) -> SiteChart:
    series = site_series(record.scans, site, lsc)
    points = site_points(record.scans, site)
    n = len(points)
    bmd = np.array([np.nan if v is None else v for v in series.bmd], np.float64)
    t = np.array([np.nan if v is None else v for v in series.t_scores], np.float64)
    delta, pct = np.full(n, np.nan), np.full(n, np.nan)
    marks = np.zeros(n, np.int8)
    tips: list[str] = []
    label = SITE_LABELS[site]
    for i, p in enumerate(points):
        change = compare(site, points[i - 1].scan, p.scan, lsc) if i else None
        lines = [f"{p.date.isoformat()} · {label}",
                 f"BMD {_num(p.bmd, 3)} g/cm²",
                 f"T-score {_num(p.t_score, 1)}" + (" (computed from BMD)" if p.t_score_computed
                                                     else "")]
        if change is None:
            lines.append("First scan at this site" if i == 0 else "Change: no BMD to compare")
        else:
            delta[i], pct[i] = change.bmd_delta, change.percent
            direction = series.directions[i]
            if series.significant[i] and direction is not Direction.STABLE:
                marks[i] = Mark.UP if direction is Direction.GAIN else Mark.DOWN
            verdict = (f"significant {change.direction.value}" if change.significant
                       else f"within LSC ±{change.lsc:.3f}")
            lines.append(f"Change since {change.from_date.isoformat()}: "
                         f"{change.bmd_delta:+.3f} g/cm² ({change.percent:+.1f} %), {verdict}")
            if change.device_changed:
                lines.append("Scanner make changed: compare with care")
        tips.append("\n".join(lines))
    first, last = points[0].date, points[-1].date
    bmd_fit, t_fit = bmd_trend(points), t_score_trend(points)
    proj_t = proj_bmd = None
    if summary is not None and summary.projection_date is not None:
        when = summary.projection_date
        if t_fit is not None and summary.projected_t_score is not None:
            seg = Segment(to_seconds(last), t_fit.at(last), to_seconds(when),
                          summary.projected_t_score)
            proj_t = Projection(seg, when, summary.projection_caution)
        if bmd_fit is not None:
            seg = Segment(to_seconds(last), bmd_fit.at(last), to_seconds(when), bmd_fit.at(when))
            proj_bmd = Projection(seg, when, summary.projection_caution)
    return SiteChart(
        site=site, label=label, dates=tuple(p.date for p in points),
        x=np.array([to_seconds(p.date) for p in points], np.float64),
        bmd=bmd, t_score=t, computed=np.array(series.computed, np.bool_), marks=marks,
        bmd_change=delta, percent_change=pct, lsc=lsc_for(site, lsc),
        annual_percent=summary.trend_per_year_percent if summary else None,
        trend_t=_segment(t_fit, first, last), trend_bmd=_segment(bmd_fit, first, last),
        projection_t=proj_t, projection_bmd=proj_bmd, tooltips=tuple(tips),
    )


def build_chart_data(
    record: PatientRecord, daily: DailyLogs, as_of: dt.date,
    lsc: Mapping[Site, float] | None = None,
) -> ChartData:
    """Assemble the chart from a record already cut at ``as_of`` and its per-day log totals."""
    summaries, due = summarize_scans(record.scans, record.medications, as_of, lsc)
    by_site = {s.site: s for s in summaries}
    measured = [site for site in Site if any(s.measurement(site) for s in record.scans)]
    sites = tuple(_site_chart(record, site, by_site.get(site), lsc) for site in measured)
    end_x = to_seconds(as_of)
    meds = tuple(
        MedicationPeriod(m.drug, m.drug_class, to_seconds(m.start),
                         to_seconds(m.end) if m.end else end_x, m.end is None or m.end > as_of)
        for m in sorted(record.medications, key=lambda m: m.start)
        if m.drug_class is not DrugClass.SUPPLEMENT  # supplements show in the intake lines
    )
    events = [ChartEvent("fracture", to_seconds(f.date),
                         f"Fracture: {f.site.value}" + (" (low trauma)" if f.low_trauma else ""))
              for f in record.fractures]
    events += [ChartEvent("fall", to_seconds(f.date), "Fall" + (" (injury)" if f.injury else ""))
               for f in record.falls]
    activity = weekly_activity(daily, record.medications, as_of)
    tg = targets_for(record.patient, as_of, classify(record, as_of).category, record.fractures)
    targets = {"strength_sessions": float(tg.strength_sessions_per_week),
               "balance_minutes": float(tg.balance_minutes_per_week),
               "weight_bearing_minutes": float(tg.weight_bearing_minutes_per_week),
               "calcium_mg": float(tg.calcium_mg), "vitamin_d_iu": float(tg.vitamin_d_iu)}
    xs = [end_x, *(s.x[0] for s in sites), *(m.x0 for m in meds), *(e.x for e in events)]
    xs += [p.segment.x1 for s in sites for p in (s.projection_t, s.projection_bmd) if p]
    if len(activity.week_x):
        xs.append(float(activity.week_x[0]))
    return ChartData(
        patient_name=record.patient.name, as_of=as_of, sites=sites, bands=WHO_BANDS,
        medications=meds, events=tuple(sorted(events, key=lambda e: e.x)), activity=activity,
        targets=targets, next_scan_due=due, x_min=min(xs), x_max=max(xs),
    )


def chart_data(
    record: PatientRecord, as_of: dt.date | None = None, lsc: Mapping[Site, float] | None = None
) -> ChartData:
    """Chart series for an in-memory record as it stood on ``as_of`` (default: today)."""
    as_of = as_of or today()
    rec = record_as_of(record, as_of)
    return build_chart_data(rec, daily_logs_from_record(rec), as_of, lsc)


def load_chart_data(
    db: Database, patient_id: PatientId, as_of: dt.date | None = None,
    lsc: Mapping[Site, float] | None = None,
) -> ChartData:
    """Chart series for a stored patient; raises NotFoundError for an unknown id.

    ``lsc`` defaults to the facility's values (``services.settings``), so the chart marks the
    same changes as significant as the plan does. The record is loaded with an empty log window
    (scans, courses and events only) because the daily logs arrive pre-aggregated from SQL,
    which keeps a ten-year history fast.
    """
    as_of = as_of or today()
    record = load_record(db, patient_id, since=as_of + dt.timedelta(days=1), until=as_of)
    return build_chart_data(record_as_of(record, as_of), daily_logs_from_db(db, patient_id, as_of),
                            as_of, get_lsc(db) if lsc is None else lsc)
