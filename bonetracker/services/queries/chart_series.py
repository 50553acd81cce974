"""Plain numpy series for the chart view, the exported chart and the PDF report (no Qt here).

Every judgement (T-score, WHO band, significance against the LSC, trend, projection, caution,
targets) comes from ``bonetracker.domain``; this module only turns it into arrays of seconds
since the epoch and values, so widgets draw what the domain decides and never touch SQL.
The lower panel's weekly series come from :mod:`bonetracker.services.queries.weekly_activity`, whose
names the chart widgets use are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum

import numpy as np
import numpy.typing as npt

from bonetracker.domain.bmd import WHO_BANDS, WhoBand, classify
from bonetracker.domain.change import (
    NONE_CALIBRATED,
    CrossCalibrated,
    Direction,
    SiteSummary,
    Trend,
    bmd_trend,
    compare,
    lsc_for,
    not_comparable_reason,
    previous_comparable,
    site_points,
    site_series,
    summarize_scans,
    t_score_trend,
)
from bonetracker.domain.formatting import number
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.plan import record_as_of
from bonetracker.domain.programmes.adherence import weekly_adherence
from bonetracker.domain.records import SITE_LABELS, DoseStatus, DrugClass, PatientId, PatientRecord, Site
from bonetracker.domain.targets import targets_for
from bonetracker.services.doses import list_doses
from bonetracker.services.fractures import SITE_LABELS as FRACTURE_SITES
from bonetracker.services.programmes import current_programme
from bonetracker.services.queries.measure_series import MeasureSeries, measure_series
from bonetracker.services.queries.weekly_activity import (
    ACTIVITY_KEYS,
    ACTIVITY_SERIES,
    SECONDS_PER_DAY,
    ActivitySeries,
    BoolArray,
    DailyLogs,
    FloatArray,
    IntArray,
    WeeklyActivity,
    _ordinals,
    daily_logs_from_db,
    daily_logs_from_record,
    ordinals_to_seconds,
    to_seconds,
    weekly_activity,
)
from bonetracker.services.records import load_record
from bonetracker.services.settings import cross_calibrated, get_lsc
from bonetracker.services.validation import today
from bonetracker.services.workouts import list_workouts
from bonetracker.storage.database import Database

__all__ = [  # with the weekly series' names that chart widgets and tests import from here
    "ACTIVITY_KEYS",
    "ACTIVITY_SERIES",
    "SECONDS_PER_DAY",
    "ActivitySeries",
    "BoolArray",
    "ChartData",
    "ChartEvent",
    "DailyLogs",
    "FloatArray",
    "IntArray",
    "Mark",
    "MedicationPeriod",
    "Metric",
    "Projection",
    "Segment",
    "SiteChart",
    "WeeklyActivity",
    "_ordinals",
    "build_chart_data",
    "chart_data",
    "daily_logs_from_db",
    "daily_logs_from_record",
    "load_chart_data",
    "ordinals_to_seconds",
    "to_seconds",
    "weekly_activity",
]


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


@dataclass(frozen=True, eq=False)
class DoseMarks:
    """Doses of the shaded courses as x positions (seconds): taken and marked missed."""

    taken: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    missed: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))

    def __len__(self) -> int:
        return len(self.taken) + len(self.missed)


def dose_marks(record: PatientRecord) -> DoseMarks:
    """The record's doses of non-supplement courses, taken and missed apart."""
    shaded = {m.id for m in record.medications if m.drug_class is not DrugClass.SUPPLEMENT}
    mine = [d for d in record.doses if d.course_id in shaded]
    return DoseMarks(
        np.array([to_seconds(d.date) for d in mine if d.status is DoseStatus.TAKEN], np.float64),
        np.array([to_seconds(d.date) for d in mine if d.status is DoseStatus.MISSED], np.float64))


@dataclass(frozen=True)
class ChartEvent:
    """A fracture or fall drawn as a vertical marker."""

    kind: str  # "fracture" or "fall"
    x: float
    label: str


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
    doses: DoseMarks = field(default_factory=DoseMarks)
    measures: tuple[MeasureSeries, ...] = ()  # tests, labs and FRAX, one lower-panel choice each

    @property
    def is_empty(self) -> bool:
        return not self.sites

    def site(self, site: Site) -> SiteChart:
        return next(s for s in self.sites if s.site == site)


def _segment(trend: Trend | None, start: dt.date, end: dt.date) -> Segment | None:
    if trend is None:
        return None
    return Segment(to_seconds(start), trend.at(start), to_seconds(end), trend.at(end))


def _num(value: float | None, digits: int, signed: bool = False) -> str:
    return number(None if value is None else float(value), digits, signed=signed)


def _site_chart(
    record: PatientRecord, site: Site, summary: SiteSummary | None,
    lsc: Mapping[Site, float] | None, cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
) -> SiteChart:
    series = site_series(record.scans, site, lsc, cross_calibrated)
    points = site_points(record.scans, site)
    n = len(points)
    bmd = np.array([np.nan if v is None else v for v in series.bmd], np.float64)
    t = np.array([np.nan if v is None else v for v in series.t_scores], np.float64)
    delta, pct = np.full(n, np.nan), np.full(n, np.nan)
    marks = np.zeros(n, np.int8)
    tips: list[str] = []
    label = SITE_LABELS[site]
    for i, p in enumerate(points):
        before = previous_comparable(site, points, i, cross_calibrated) if i else None
        change = compare(site, before.scan, p.scan, lsc, cross_calibrated) if before else None
        skipped = not_comparable_reason(site, points[i - 1].scan, p.scan, cross_calibrated) if i else None
        t_text = translate("chart", "T-score {t}").format(t=_num(p.t_score, 1))
        if p.t_score_computed:
            t_text += translate("chart", " (computed from BMD)")
        lines = [f"{format_date(p.date)} · {translate('records', label)}",
                 translate("chart", "BMD {bmd} g/cm²").format(bmd=_num(p.bmd, 3)), t_text]
        if skipped:
            lines.append(translate("chart", "Not comparable with {date}: {reason}").format(
                date=format_date(points[i - 1].date), reason=skipped))
        if change is None:
            lines.append(translate("chart", "First scan at this site") if i == 0 else
                         translate("chart", "Change: no earlier comparable scan") if skipped
                         else translate("chart", "Change: no BMD to compare"))
        else:
            delta[i], pct[i] = change.bmd_delta, change.percent
            direction = series.directions[i]
            if series.significant[i] and direction is not Direction.STABLE:
                marks[i] = Mark.UP if direction is Direction.GAIN else Mark.DOWN
            if not change.significant:
                verdict = translate("chart", "within LSC ±{lsc}").format(lsc=f"{change.lsc:.3f}")
            elif change.direction is Direction.GAIN:
                verdict = translate("chart", "significant gain")
            elif change.direction is Direction.LOSS:
                verdict = translate("chart", "significant loss")
            else:
                verdict = f"significant {change.direction.value}"
            lines.append(translate(
                "chart", "Change since {date}: {delta} g/cm² ({percent} %), {verdict}").format(
                date=format_date(change.from_date), delta=f"{change.bmd_delta:+.3f}",
                percent=f"{change.percent:+.1f}", verdict=verdict))
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
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
) -> ChartData:
    """Assemble the chart from a record already cut at ``as_of`` and its per-day log totals;
    a mark compares a scan only with the latest earlier comparable one (ISCD)."""
    summaries, due = summarize_scans(record.scans, record.medications, as_of, lsc, cross_calibrated)
    by_site = {s.site: s for s in summaries}
    measured = [site for site in Site if any(s.measurement(site) for s in record.scans)]
    sites = tuple(_site_chart(record, site, by_site.get(site), lsc, cross_calibrated) for site in measured)
    end_x = to_seconds(as_of)
    meds = tuple(
        MedicationPeriod(m.drug, m.drug_class, to_seconds(m.start),
                         to_seconds(m.end) if m.end else end_x, m.end is None or m.end > as_of)
        for m in sorted(record.medications, key=lambda m: m.start)
        if m.drug_class is not DrugClass.SUPPLEMENT  # supplements show in the intake lines
    )
    # Event labels in the user's language once the window installs a translator (English otherwise).
    events = [ChartEvent("fracture", to_seconds(f.date), (
        translate("chart_series", "Fracture: {site} (low trauma)") if f.low_trauma
        else translate("chart_series", "Fracture: {site}")).format(
            site=translate("fractures", FRACTURE_SITES[f.site]).lower()))
              for f in record.fractures]
    events += [ChartEvent("fall", to_seconds(f.date), translate("chart_series", "Fall (injury)") if f.injury
                          else translate("chart_series", "Fall"))
               for f in record.falls]
    activity = weekly_activity(daily, record.medications, as_of)
    tg = targets_for(record.patient, as_of, classify(record, as_of).category, record.fractures, record.falls)
    targets = {"strength_sessions": float(tg.strength_sessions_per_week),
               "balance_minutes": float(tg.balance_minutes_per_week),
               "weight_bearing_minutes": float(tg.weight_bearing_minutes_per_week),
               "calcium_mg": float(tg.calcium_mg), "vitamin_d_iu": float(tg.vitamin_d_iu)}
    xs = [end_x, *(s.x[0] for s in sites), *(m.x0 for m in meds), *(e.x for e in events)]
    xs += [p.segment.x1 for s in sites for p in (s.projection_t, s.projection_bmd) if p]
    xs += [to_seconds(day) for day in (*(e.date for e in record.measures), *(e.date for e in record.labs),
                                       *(e.date for e in record.frax))]
    if len(activity.week_x):
        xs.append(float(activity.week_x[0]))
    return ChartData(
        patient_name=record.patient.name, as_of=as_of, sites=sites, bands=WHO_BANDS,
        medications=meds, events=tuple(sorted(events, key=lambda e: e.x)), activity=activity,
        targets=targets, next_scan_due=due, x_min=min(xs), x_max=max(xs), doses=dose_marks(record),
        measures=measure_series(record),
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
    record = load_record(db, patient_id, since=as_of + dt.timedelta(days=1), until=as_of, with_doses=False)
    record = replace(record, doses=tuple(list_doses(db, patient_id)))  # every dose, for the marks
    data = build_chart_data(record_as_of(record, as_of), daily_logs_from_db(db, patient_id, as_of),
                            as_of, get_lsc(db) if lsc is None else lsc, cross_calibrated(db))
    return with_programme(db, patient_id, data)


def with_programme(db: Database, patient_id: PatientId, data: ChartData) -> ChartData:
    """``data`` with the prescribed programme's weekly adherence (% of exercises done) aligned to
    its weeks, when the patient has a programme; unchanged otherwise."""
    programme = current_programme(db, patient_id)
    weeks = data.activity.week_x
    if programme is None or not programme.versions or not len(weeks):
        return data
    # Only the programme's own weeks are read: a ten-year workout log must not slow the chart.
    first = max(dt.datetime.fromtimestamp(float(weeks[0]), dt.UTC).date(),
                min(v.start for v in programme.versions))
    workouts = list_workouts(db, patient_id, since=first, until=data.as_of)
    weekly = weekly_adherence(programme, workouts, first, data.as_of)
    done = {to_seconds(w.week_start): w.percent for w in weekly}
    percent = np.array([done.get(float(x), np.nan) for x in weeks], dtype=np.float64)
    activity = replace(data.activity, programme_percent=percent)
    return replace(data, activity=activity, targets={**data.targets, "programme_percent": 100.0})
