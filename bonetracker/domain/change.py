"""Serial BMD change: least significant change, trends, projections and the next scan date.

How fast bone can plausibly change (the limits behind a projection's caution) is in
:mod:`bonetracker.domain.rate_limits`.

A change counts only when it reaches the least significant change (ISCD), because smaller
differences are within the scanner's precision error. Figures are in ``docs/clinical-sources.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.bmd import FLOAT_TOLERANCE, Basis, Category, Classification, effective_t_score
from bonetracker.domain.i18n import format_date, translate
from bonetracker.domain.rate_limits import Regimen, rate_limit, regimen_between
from bonetracker.domain.records import DEVICE_LABELS, DrugClass, DxaScan, MedicationCourse, Sex, Site

# Machines a clinic has declared cross-calibrated: pairs of machine identifiers, compared
# case-insensitively (a clinic setting; ISCD: cross-calibration makes serial comparison valid).
CrossCalibrated = frozenset[frozenset[str]]
NONE_CALIBRATED: CrossCalibrated = frozenset()

# Sites whose result depends on which hip was measured.
HIP_SITES: frozenset[Site] = frozenset({Site.TOTAL_HIP, Site.FEMORAL_NECK})

# Least significant change defaults, g/cm² (bone_facts.md "Serial change", ISCD: LSC = 2.77 x
# precision; configurable per facility). Spine/hip/neck are the documented defaults; total body
# and forearm have no default in our sources and are ASSUMPTIONS, to be replaced by the facility.
DEFAULT_LSC: Mapping[Site, float] = {
    Site.LUMBAR_SPINE: 0.030,
    Site.TOTAL_HIP: 0.025,
    Site.FEMORAL_NECK: 0.035,
    Site.TOTAL_BODY: 0.030,  # assumption: no published default in bone_facts.md
    Site.FOREARM_33: 0.030,  # assumption: no published default in bone_facts.md
}
ASSUMED_LSC_SITES: frozenset[Site] = frozenset({Site.TOTAL_BODY, Site.FOREARM_33})

# Repeat-scan intervals (bone_facts.md: usually >= 2 years; 1-2 years on treatment or fast loss).
ROUTINE_SCAN_INTERVAL_YEARS = 2
SHORT_SCAN_INTERVAL_YEARS = 1

# Follow-up DXA in untreated postmenopausal women by the lowest T-score (Gourlay et al., NEJM
# 2012;366:225-33: estimated time for 10 % to progress to osteoporosis): T >= -1.49 about 15 years,
# -1.50 to -1.99 about 5 years, -2.00 to -2.49 about 1 year. (lowest T of the band, years); T-scores
# are read to 1 decimal, so -1.4 and above is the first band.
GOURLAY_INTERVALS: tuple[tuple[float, int], ...] = ((-1.45, 15), (-1.95, 5), (-2.45, 1))

# Projections further than this past the last scan deserve a caution (bone_facts.md "beyond the
# next 2-3 years").
PROJECTION_HORIZON_YEARS = 3

DAYS_PER_YEAR = 365.25

# Courses that shorten the scan interval: any bone-active treatment.
TREATMENT_CLASSES: frozenset[DrugClass] = frozenset(
    {DrugClass.BISPHOSPHONATE, DrugClass.DENOSUMAB, DrugClass.ANABOLIC, DrugClass.HRT, DrugClass.SERM}
)


class Direction(StrEnum):
    GAIN = "gain"
    LOSS = "loss"
    STABLE = "stable"


@dataclass(frozen=True)
class SiteChange:
    """BMD change at one site between two scans; ``direction`` is stable unless significant."""

    site: Site
    from_date: dt.date
    to_date: dt.date
    bmd_delta: float
    percent: float
    lsc: float
    significant: bool
    direction: Direction
    device_changed: bool
    # ISCD: a change is judged against the LSC only between comparable measurements (same make,
    # same machine where identifiers are given, same vertebrae, same hip side).
    comparable: bool = True
    not_comparable_reason: str | None = None


@dataclass(frozen=True)
class SitePoint:
    """One scan's values at one site, in date order."""

    date: dt.date
    bmd: float | None
    t_score: float | None
    t_score_computed: bool
    scan: DxaScan


@dataclass(frozen=True)
class Trend:
    """Least-squares line ``value = intercept + slope * years since first_date``."""

    first_date: dt.date
    intercept: float
    slope_per_year: float

    def at(self, day: dt.date) -> float:
        return self.intercept + self.slope_per_year * _years_between(self.first_date, day)

    @property
    def percent_per_year(self) -> float | None:
        """Slope as % of the fitted value at the first scan; ``None`` if that value is not > 0."""
        if self.intercept <= 0:
            return None
        return self.slope_per_year / self.intercept * 100.0


@dataclass(frozen=True)
class SiteSummary:
    """Everything the plan shows for one site: latest values, changes, trend and projection."""

    site: Site
    latest: SitePoint
    change_from_previous: SiteChange | None
    change_from_first: SiteChange | None
    trend_per_year_percent: float | None
    projected_t_score: float | None
    projection_date: dt.date | None
    projection_caution: bool
    # Why the projection deserves caution, in words (None when it does not).
    projection_caution_reason: str | None = None
    # Why the latest visit cannot be judged against the visit before it (or the first), if so;
    # the changes above then fall back to the latest earlier comparable visit.
    not_comparable: str | None = None


@dataclass(frozen=True)
class SiteSeries:
    """Parallel lists for charts; ``significant[i]`` compares point i with point i-1."""

    site: Site
    dates: list[dt.date]
    bmd: list[float | None]
    t_scores: list[float | None]
    computed: list[bool]
    significant: list[bool | None]
    directions: list[Direction | None]


def lsc_for(site: Site, overrides: Mapping[Site, float] | None = None) -> float:
    """The facility's LSC for ``site`` if given, else our default."""
    if overrides is not None and site in overrides:
        return overrides[site]
    return DEFAULT_LSC[site]


def add_years(day: dt.date, years: int) -> dt.date:
    """Same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _years_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / DAYS_PER_YEAR


def _key(machine_id: str) -> str:
    return machine_id.strip().casefold()


def cross_calibrated_pairs(pairs: Iterable[tuple[str, str]]) -> CrossCalibrated:
    """The clinic's declared pairs in the form :func:`not_comparable_reason` reads."""
    return frozenset(frozenset({_key(a), _key(b)}) for a, b in pairs)


def not_comparable_reason(
    site: Site, earlier: DxaScan, later: DxaScan, cross_calibrated: CrossCalibrated = NONE_CALIBRATED
) -> str | None:
    """Why ``later`` cannot be judged against ``earlier`` at ``site``, or None when it can.

    ISCD: quantitative comparison needs the same machine, or machines cross-calibrated; across
    makes it is not valid without it (Lunar spine BMD runs about 10-12 % above Hologic). The spine
    must cover the same vertebrae and the hip the same side. What is not recorded is not held
    against a pair (older visits carry only the make).
    """
    a, b = _key(earlier.machine_id), _key(later.machine_id)
    calibrated = bool(a and b and a != b and frozenset({a, b}) in cross_calibrated)
    if not calibrated:
        if earlier.device is not None and later.device is not None and earlier.device != later.device:
            return translate("change", "different scanner makes ({first} then {then})").format(
                first=translate("records", DEVICE_LABELS[earlier.device]),
                then=translate("records", DEVICE_LABELS[later.device]),
            )
        if a and b and a != b:
            return translate("change", "different machines ({first} then {then})").format(
                first=earlier.machine_id.strip(), then=later.machine_id.strip()
            )
    if site is Site.LUMBAR_SPINE and earlier.vertebrae != later.vertebrae:
        return translate("change", "different vertebrae ({first} then {then})").format(
            first=earlier.vertebrae, then=later.vertebrae
        )
    if site in HIP_SITES and earlier.hip_side and later.hip_side and earlier.hip_side != later.hip_side:
        return translate("change", "different hip sides ({first} then {then})").format(
            first=earlier.hip_side, then=later.hip_side
        )
    return None


def compare(
    site: Site,
    earlier: DxaScan,
    later: DxaScan,
    lsc: Mapping[Site, float] | None = None,
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
) -> SiteChange | None:
    """Change at ``site`` from ``earlier`` to ``later``; ``None`` unless both have a BMD.

    Only BMD is compared: LSC is defined in g/cm², and report T-scores may use other references.
    A change exactly equal to the LSC counts as significant (tolerance for float subtraction).
    Between visits that are not comparable (:func:`not_comparable_reason`) the difference is
    shown but never significant.
    """
    a, b = earlier.measurement(site), later.measurement(site)
    if a is None or b is None or a.bmd is None or b.bmd is None or a.bmd <= 0:
        return None
    delta = b.bmd - a.bmd
    limit = lsc_for(site, lsc)
    reason = not_comparable_reason(site, earlier, later, cross_calibrated)
    significant = reason is None and abs(delta) >= limit - FLOAT_TOLERANCE
    direction = Direction.STABLE
    if significant:
        direction = Direction.GAIN if delta > 0 else Direction.LOSS
    device_changed = (
        earlier.device is not None and later.device is not None and earlier.device != later.device
    )
    return SiteChange(
        site=site,
        from_date=earlier.date,
        to_date=later.date,
        bmd_delta=delta,
        percent=delta / a.bmd * 100.0,
        lsc=limit,
        significant=significant,
        direction=direction,
        device_changed=device_changed,
        comparable=reason is None,
        not_comparable_reason=reason,
    )


def site_points(scans: Iterable[DxaScan], site: Site) -> list[SitePoint]:
    """Scans that measured ``site``, oldest first (stable for scans on the same day)."""
    points: list[SitePoint] = []
    for scan in sorted(scans, key=lambda s: s.date):
        m = scan.measurement(site)
        if m is None:
            continue
        t, computed = effective_t_score(m, scan.device)
        points.append(SitePoint(scan.date, m.bmd, t, computed, scan))
    return points


def fit_trend(points: Sequence[tuple[dt.date, float]]) -> Trend | None:
    """Ordinary least squares over (date, value); ``None`` with fewer than two distinct dates.

    Plain Python on purpose: a site has a handful of scans, and the domain stays numpy-free.
    """
    if len({d for d, _ in points}) < 2:
        return None
    first = min(d for d, _ in points)
    xs = [_years_between(first, d) for d, _ in points]
    ys = [v for _, v in points]
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    return Trend(first_date=first, intercept=mean_y - slope * mean_x, slope_per_year=slope)


def bmd_trend(points: Sequence[SitePoint]) -> Trend | None:
    return fit_trend([(p.date, p.bmd) for p in points if p.bmd is not None])


def t_score_trend(points: Sequence[SitePoint]) -> Trend | None:
    """Trend fitted on T-scores directly, so a report's own reference carries through."""
    return fit_trend([(p.date, p.t_score) for p in points if p.t_score is not None])


def projected_t_score(scans: Sequence[DxaScan], site: Site, on: dt.date) -> float | None:
    """T-score at ``site`` on ``on`` from the least-squares trend of its T-scores (1 decimal).

    ``None`` with fewer than two dated T-scores. Check `projection_caution` before showing it.
    """
    trend = t_score_trend(site_points(scans, site))
    return None if trend is None else round(trend.at(on), 1)


def projection_caution(
    site: Site,
    rate_percent: float | None,
    regimen: Regimen,
    last_scan: dt.date,
    projection_date: dt.date,
) -> bool:
    """True when the rate is beyond published ranges or the projection reaches too far ahead."""
    return projection_caution_reason(site, rate_percent, regimen, last_scan, projection_date) is not None


def projection_caution_reason(
    site: Site,
    rate_percent: float | None,
    regimen: Regimen,
    last_scan: dt.date,
    projection_date: dt.date,
) -> str | None:
    """Why a projection deserves caution, in words, or None (see :func:`projection_caution`)."""
    reasons: list[str] = []
    limit = rate_limit(site, regimen).percent_per_year
    if rate_percent is not None and abs(rate_percent) > limit + FLOAT_TOLERANCE:
        treatment = translate("change", "no treatment") if regimen is Regimen.NONE else regimen.value
        reasons.append(
            translate(
                "change",
                "the trend ({rate:+.1f} %/year) is faster than published rates ({treatment}: up to "
                "{limit:.1f} %/year)",
            ).format(rate=rate_percent, treatment=treatment, limit=limit)
        )
    if projection_date > add_years(last_scan, PROJECTION_HORIZON_YEARS):
        reasons.append(
            translate("change", "it reaches more than {years} years past the last scan").format(
                years=PROJECTION_HORIZON_YEARS
            )
        )
    return "; ".join(reasons) or None


def summarize_site(
    scans: Sequence[DxaScan],
    site: Site,
    *,
    lsc: Mapping[Site, float] | None = None,
    medications: Sequence[MedicationCourse] = (),
    projection_date: dt.date | None = None,
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
) -> SiteSummary | None:
    """Latest values, changes from previous and first scan, trend and projection at one site.

    Args:
        scans: the person's scans (any order); only those measuring ``site`` are used.
        site: the site to summarise.
        lsc: facility LSC overrides, g/cm².
        medications: courses, used to pick the plausible-rate limit for the caution flag.
        projection_date: when to project the T-score to (the plan uses the next scan date);
            ``None`` for no projection.
        cross_calibrated: machine pairs the clinic declared cross-calibrated.

    Returns:
        ``None`` when no scan measured the site.
    """
    points = site_points(scans, site)
    if not points:
        return None
    latest = points[-1]
    earlier = points[:-1]

    def reason(p: SitePoint) -> str | None:
        return not_comparable_reason(site, p.scan, latest.scan, cross_calibrated)

    # Changes are judged against comparable visits only: the latest earlier one, and the first.
    same = [p for p in earlier if reason(p) is None]
    previous = same[-1] if same else earlier[-1] if earlier else None
    first = same[0] if same else earlier[0] if earlier else None
    from_previous = compare(site, previous.scan, latest.scan, lsc, cross_calibrated) if previous else None
    from_first = compare(site, first.scan, latest.scan, lsc, cross_calibrated) if first else None
    skipped = [(p, reason(p)) for p in (earlier[-1:] + earlier[:1]) if reason(p) is not None]
    not_comparable = None
    if skipped:
        p, why = skipped[0]
        fallback = (
            translate("change", "; judged against {date} instead").format(date=format_date(same[-1].date))
            if same
            else ""
        )
        not_comparable = translate("change", "{first} and {then}: {why}{fallback}").format(
            first=format_date(p.date), then=format_date(latest.date), why=why, fallback=fallback
        )
    # Trend and projection only over visits comparable with the latest.
    group = [*same, latest]
    trend = bmd_trend(group)
    rate = trend.percent_per_year if trend else None
    projected: float | None = None
    caution: str | None = None
    if projection_date is not None:
        t_trend = t_score_trend(group)
        if t_trend is not None:
            projected = round(t_trend.at(projection_date), 1)
            regimen = regimen_between(medications, group[0].date, projection_date)
            caution = projection_caution_reason(site, rate, regimen, latest.date, projection_date)
    return SiteSummary(
        site=site,
        latest=latest,
        change_from_previous=from_previous,
        change_from_first=from_first,
        trend_per_year_percent=rate,
        projected_t_score=projected,
        projection_date=projection_date if projected is not None else None,
        projection_caution=caution is not None,
        projection_caution_reason=caution,
        not_comparable=not_comparable,
    )


def previous_comparable(
    site: Site, points: Sequence[SitePoint], i: int, cross_calibrated: CrossCalibrated = NONE_CALIBRATED
) -> SitePoint | None:
    """The latest point before ``points[i]`` that it may be judged against, if any."""
    for p in reversed(points[:i]):
        if not_comparable_reason(site, p.scan, points[i].scan, cross_calibrated) is None:
            return p
    return None


def site_series(
    scans: Sequence[DxaScan],
    site: Site,
    lsc: Mapping[Site, float] | None = None,
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
) -> SiteSeries:
    """Chart data for one site; a point's significance compares it with the latest earlier
    comparable point (``None`` for the first point and where no earlier point is comparable)."""
    points = site_points(scans, site)
    significant: list[bool | None] = [None]
    directions: list[Direction | None] = [None]
    for i in range(1, len(points)):
        before = previous_comparable(site, points, i, cross_calibrated)
        change = compare(site, before.scan, points[i].scan, lsc, cross_calibrated) if before else None
        significant.append(change.significant if change else None)
        directions.append(change.direction if change else None)
    n = len(points)
    return SiteSeries(
        site=site,
        dates=[p.date for p in points],
        bmd=[p.bmd for p in points],
        t_scores=[p.t_score for p in points],
        computed=[p.t_score_computed for p in points],
        significant=significant[:n],
        directions=directions[:n],
    )


def all_site_series(
    scans: Sequence[DxaScan],
    lsc: Mapping[Site, float] | None = None,
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
) -> dict[Site, SiteSeries]:
    """Series for every site measured at least once, in ``Site`` order."""
    return {
        site: site_series(scans, site, lsc, cross_calibrated)
        for site in Site
        if any(scan.measurement(site) is not None for scan in scans)
    }


def on_treatment(medications: Iterable[MedicationCourse], on: dt.date) -> bool:
    """Whether a bone-active treatment course (not a supplement) is active on ``on``."""
    return any(m.drug_class in TREATMENT_CLASSES and m.active_on(on) for m in medications)


def treatment_start(medications: Iterable[MedicationCourse], on: dt.date) -> dt.date | None:
    """When the treatment running on ``on`` began (the earliest start among the running
    courses), or None off treatment: a course shortens the interval only from its own start."""
    starts = [m.start for m in medications if m.drug_class in TREATMENT_CLASSES and m.active_on(on)]
    return min(starts) if starts else None


def untreated_interval_years(sex: Sex, classification: Classification) -> int | None:
    """Gourlay 2012's follow-up interval for a woman read with T-scores whose lowest T is above
    the osteoporosis range, or None (men, Z-score readings, osteoporosis: the routine interval
    and "ask your doctor")."""
    t = classification.t_score
    if sex is not Sex.FEMALE or classification.basis is not Basis.T_SCORE or t is None:
        return None
    if classification.category not in (Category.NORMAL, Category.LOW_BONE_MASS):
        return None
    return next((years for lowest, years in GOURLAY_INTERVALS if t >= lowest), None)


def next_scan_due(
    latest_scan_date: dt.date | None,
    treated: bool,
    significant_loss: bool,
    untreated_years: int | None = None,
    started: dt.date | None = None,
) -> dt.date | None:
    """One year after the latest scan on treatment or after significant loss; otherwise the
    untreated interval by T-score where it applies (Gourlay 2012), else two years.

    ``started`` is when the running treatment began: a course started after the latest scan
    does not reach back to it, the first follow-up is a year after the start instead.
    """
    if latest_scan_date is None:
        return None
    if significant_loss:
        return add_years(latest_scan_date, SHORT_SCAN_INTERVAL_YEARS)
    if treated and started is not None and started > latest_scan_date:
        untreated = add_years(latest_scan_date, untreated_years or ROUTINE_SCAN_INTERVAL_YEARS)
        return min(add_years(started, SHORT_SCAN_INTERVAL_YEARS), untreated)
    if treated:
        return add_years(latest_scan_date, SHORT_SCAN_INTERVAL_YEARS)
    years = untreated_years if untreated_years is not None else ROUTINE_SCAN_INTERVAL_YEARS
    return add_years(latest_scan_date, years)


class ScanInterval(StrEnum):
    """Why the next scan falls when it does."""

    TREATMENT = "treatment"  # 1 year: on treatment
    TREATMENT_STARTED = "treatment_started"  # 1 year after a treatment begun since the last scan
    LOSS = "loss"  # 1 year: the last scan showed significant loss
    BY_T_SCORE = "by_t_score"  # untreated women: 1, 5 or 15 years by the lowest T (Gourlay 2012)
    ROUTINE = "routine"  # 2 years


@dataclass(frozen=True)
class NextScan:
    """The next DXA scan: when, and why then (computed once; the plan, its pane and the
    scan-due rule all read it)."""

    latest: dt.date
    due: dt.date
    interval: ScanInterval
    years: int = ROUTINE_SCAN_INTERVAL_YEARS


def next_scan(
    scans: Iterable[DxaScan],
    medications: Iterable[MedicationCourse],
    summaries: Iterable[SiteSummary],
    as_of: dt.date,
    untreated_years: int | None = None,
) -> NextScan | None:
    """When the next scan is due after the latest one on or before ``as_of``, and why.

    ``untreated_years`` is :func:`untreated_interval_years` for the person (None: routine)."""
    medications = list(medications)
    dates = [s.date for s in scans if s.date <= as_of]
    if not dates:
        return None
    latest = max(dates)
    treated = on_treatment(medications, as_of)
    started = treatment_start(medications, as_of)
    loss = significant_loss_at_latest(summaries, latest)
    due = next_scan_due(latest, treated, loss, untreated_years, started)
    assert due is not None
    if loss:
        return NextScan(latest, due, ScanInterval.LOSS, SHORT_SCAN_INTERVAL_YEARS)
    if treated and started is not None and started > latest:
        if due == add_years(started, SHORT_SCAN_INTERVAL_YEARS):
            return NextScan(latest, due, ScanInterval.TREATMENT_STARTED, SHORT_SCAN_INTERVAL_YEARS)
    elif treated:
        return NextScan(latest, due, ScanInterval.TREATMENT, SHORT_SCAN_INTERVAL_YEARS)
    if untreated_years is not None:
        return NextScan(latest, due, ScanInterval.BY_T_SCORE, untreated_years)
    return NextScan(latest, due, ScanInterval.ROUTINE, ROUTINE_SCAN_INTERVAL_YEARS)


def significant_loss_at_latest(summaries: Iterable[SiteSummary], latest: dt.date) -> bool:
    """Whether the comparison into the latest scan showed significant loss at any site."""
    return any(
        s.change_from_previous is not None
        and s.change_from_previous.to_date == latest
        and s.change_from_previous.direction is Direction.LOSS
        for s in summaries
    )


def summarize_scans(
    scans: Sequence[DxaScan],
    medications: Sequence[MedicationCourse],
    as_of: dt.date,
    lsc: Mapping[Site, float] | None = None,
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
    untreated_years: int | None = None,
) -> tuple[list[SiteSummary], dt.date | None]:
    """Summaries for every measured site plus the next scan date, all as of ``as_of``.

    T-scores are projected to the next scan date (or to ``as_of`` when that date has passed),
    the moment the person will next learn where they stand.
    """
    usable = [s for s in scans if s.date <= as_of]
    if not usable:
        return [], None
    latest = max(s.date for s in usable)
    sites = [site for site in Site if any(s.measurement(site) is not None for s in usable)]
    plain = [summarize_site(usable, site, lsc=lsc, cross_calibrated=cross_calibrated) for site in sites]
    loss = significant_loss_at_latest([s for s in plain if s is not None], latest)
    started = treatment_start(medications, as_of)
    due = next_scan_due(latest, on_treatment(medications, as_of), loss, untreated_years, started)
    # Project to the next scan, but never further than the routine interval (a 15-year interval
    # is a reason to wait, not a horizon to extrapolate to).
    target = (
        max(min(due, add_years(latest, ROUTINE_SCAN_INTERVAL_YEARS)), as_of) if due is not None else as_of
    )
    summaries = [
        summarize_site(
            usable,
            site,
            lsc=lsc,
            medications=medications,
            projection_date=target,
            cross_calibrated=cross_calibrated,
        )
        for site in sites
    ]
    return [s for s in summaries if s is not None], due
