"""Everything the printable report shows, gathered without Qt so it can be tested as data.

The report answers a clinician's review questions in order: who is this, what did the scans show
(each site's change from the previous and the first scan, judged against the LSC), what was the
person doing meanwhile (courses, fractures and falls, average intake and exercise since the
previous scan), and what next (the plan's recommendations with their reasons, the next scan).
Judgements come from ``domain`` (change.py, the plan) so the report never disagrees with the
plan pane or ``bonetracker plan``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bonetracker.domain.bmd import CATEGORY_LABELS, Classification
from bonetracker.domain.change import (
    ASSUMED_LSC_SITES,
    NONE_CALIBRATED,
    CrossCalibrated,
    SiteChange,
    compare,
    site_points,
)
from bonetracker.domain.doses import CourseStatus
from bonetracker.domain.guidance import Recommendation
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, format_date, translate
from bonetracker.domain.intake import IntakeSummary, summarize_intake, weekly_exercise
from bonetracker.domain.measures import frax as frax_sheet
from bonetracker.domain.measures import labs as lab_reading
from bonetracker.domain.measures.height import current_height_cm, height_loss
from bonetracker.domain.measures.summary import MeasureSummary
from bonetracker.domain.measures.units import LABS
from bonetracker.domain.records import (
    SITE_LABELS,
    DxaScan,
    Fall,
    Fracture,
    MedicationCourse,
    Patient,
    PatientId,
    PatientRecord,
    Site,
)
from bonetracker.domain.targets import Targets
from bonetracker.services.patients import RISK_FACTORS
from bonetracker.services.programmes import ProgrammeView, programme_view
from bonetracker.services.queries.adherence import MEASURES
from bonetracker.services.queries.plan import patient_plan
from bonetracker.services.records import load_record
from bonetracker.services.scans import region_details, scanner_label
from bonetracker.services.settings import cross_calibrated, get_lsc
from bonetracker.services.validation import today
from bonetracker.storage.database import Database

DISCLAIMER = (QT_TRANSLATE_NOOP(
    "report",
    "BoneTracker informs; it does not diagnose or prescribe. This report is for discussion with a doctor, "
    "who decides on any test or treatment.",
))
NO_SCAN_WINDOW_DAYS = 90
INTAKE_ROWS: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    ("calcium_mg", QT_TRANSLATE_NOOP("report", "Calcium"), "mg", "calcium_mg", "calcium_upper_mg"),
    ("vitamin_d_iu", QT_TRANSLATE_NOOP("report", "Vitamin D"), "IU", "vitamin_d_iu", "vitamin_d_upper_iu"),
    ("protein_g", QT_TRANSLATE_NOOP("report", "Protein"), "g", "protein_g", None),
    ("magnesium_mg", QT_TRANSLATE_NOOP("report", "Magnesium"), "mg", "magnesium_mg", None),
    ("potassium_mg", QT_TRANSLATE_NOOP("report", "Potassium"), "mg", "potassium_mg", None),
    ("vitamin_k_mcg", QT_TRANSLATE_NOOP("report", "Vitamin K"), "µg", "vitamin_k_mcg", None),
)
"""(intake field, label, unit, target field, upper-limit field) in the order the report lists."""


@dataclass(frozen=True)
class DxaRow:
    """One site of one visit with its changes; ``from_first`` compares with the first scan shown."""

    site: Site
    date: dt.date
    bmd: float | None
    t_score: float | None
    t_computed: bool
    z_score: float | None
    device: str
    from_previous: SiteChange | None
    from_first: SiteChange | None
    scanner: str = ""  # make as written ("GE Lunar"), model, machine and software
    region: str = ""  # the vertebrae of a spine result, the hip side of a hip result

    @property
    def site_label(self) -> str:
        return SITE_LABELS[self.site]


@dataclass(frozen=True)
class IntakeLine:
    label: str
    unit: str
    average: float | None
    target: float | None
    upper: float | None
    status: str  # "met", "below", "over upper limit", "not logged"


@dataclass(frozen=True)
class ExerciseLine:
    label: str
    per_week: float
    target: int
    weeks_met: int
    weeks: int


@dataclass(frozen=True)
class LabLine:
    """The latest result of one lab test, as reported and as read."""

    label: str
    date: dt.date
    result: str  # "45 nmol/L (18.0 ng/mL)"
    lab_range: str
    reading: str
    source: str


@dataclass(frozen=True)
class FraxLine:
    result: str
    reading: str
    source: str
    recalculate: tuple[str, ...]


@dataclass(frozen=True)
class ReportData:
    patient: Patient
    as_of: dt.date
    since: dt.date | None
    age: int
    bmi: float | None
    risk_factors: tuple[str, ...]
    classification: Classification
    dxa_rows: tuple[DxaRow, ...]
    lsc: Mapping[Site, float]
    assumed_lsc_sites: tuple[Site, ...]
    device_changed: bool
    medications: tuple[MedicationCourse, ...]
    fractures: tuple[Fracture, ...]
    falls: tuple[Fall, ...]
    window_start: dt.date
    window_label: str
    intake: IntakeSummary
    intake_lines: tuple[IntakeLine, ...]
    exercise_lines: tuple[ExerciseLine, ...]
    recommendations: tuple[Recommendation, ...]
    next_scan_due: dt.date | None
    printed: dt.date
    disclaimer: str = DISCLAIMER
    running: tuple[CourseStatus, ...] = ()  # running courses: schedule, doses, adherence
    programme: ProgrammeView | None = None
    measures: tuple[MeasureSummary, ...] = ()  # each measured kind's latest value against its norm
    height_loss: str = ""  # the height loss that calls for spine imaging, in words, if any
    labs: tuple[LabLine, ...] = ()
    frax: FraxLine | None = None

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.classification.category]

    @property
    def sites(self) -> tuple[Site, ...]:
        return tuple(dict.fromkeys(r.site for r in self.dxa_rows))


def dxa_rows(scans: Sequence[DxaScan], lsc: Mapping[Site, float],
             since: dt.date | None = None, calibrated: CrossCalibrated = NONE_CALIBRATED) -> list[DxaRow]:
    """Per site, oldest first: each visit's values, change from the previous scan and from the
    first scan shown (the period's baseline), in g/cm² and %, against the site's LSC."""
    rows: list[DxaRow] = []
    for site in Site:
        points = [p for p in site_points(scans, site) if since is None or p.date >= since]
        for i, p in enumerate(points):
            m = p.scan.measurement(site)
            previous = compare(site, points[i - 1].scan, p.scan, lsc, calibrated) if i else None
            first = compare(site, points[0].scan, p.scan, lsc, calibrated) if i else None
            rows.append(DxaRow(site, p.date, p.bmd, p.t_score, p.t_score_computed,
                               m.z_score if m else None,
                               p.scan.device.value if p.scan.device else "", previous, first,
                               scanner_label(p.scan), region_details(p.scan, site)))
    return rows


def intake_window(scans: Sequence[DxaScan], as_of: dt.date,
                  since: dt.date | None = None) -> tuple[dt.date, str]:
    """Where "since the previous scan" starts: the scan before the latest one (what was done
    between the last two scans and since), the only scan, or the last 90 days without scans."""
    if since is not None:
        return since, translate("report", "since {date}").format(date=format_date(since))
    dates = sorted({s.date for s in scans if s.date <= as_of})
    if len(dates) >= 2:
        label = translate("report", "since the previous scan ({date})")
        return dates[-2], label.format(date=format_date(dates[-2]))
    if dates:
        return dates[-1], translate("report", "since the scan of {date}").format(date=format_date(dates[-1]))
    start = as_of - dt.timedelta(days=NO_SCAN_WINDOW_DAYS)
    label = translate("report", "over the last {days} days (no scan yet)")
    return start, label.format(days=NO_SCAN_WINDOW_DAYS)


def intake_lines(intake: IntakeSummary, targets: Targets) -> list[IntakeLine]:
    lines = []
    for key, label, unit, target_field, upper_field in INTAKE_ROWS:
        average = intake.value(key)
        target = getattr(targets, target_field) if target_field else None
        upper = getattr(targets, upper_field) if upper_field else None
        if average is None:
            status = QT_TRANSLATE_NOOP("report", "not logged")
        elif upper is not None and average > upper:
            status = QT_TRANSLATE_NOOP("report", "over upper limit")
        elif target is None:
            status = QT_TRANSLATE_NOOP("report", "no target")
        else:
            status = QT_TRANSLATE_NOOP(
                "report",
                "met",
            ) if average >= target else QT_TRANSLATE_NOOP("report", "below")
        lines.append(IntakeLine(label, unit, average, target, upper, status))
    return lines


def exercise_lines(record: PatientRecord, targets: Targets, start: dt.date,
                   end: dt.date) -> list[ExerciseLine]:
    """Weekly average and weeks meeting each target; partial first/last weeks count pro rata."""
    weeks = weekly_exercise(record.workouts, start, end)
    span_weeks = max(1.0, ((end - start).days + 1) / 7)
    lines = []
    for key, target_field, label in MEASURES:
        target = int(getattr(targets, target_field))
        total = sum(getattr(w, key) for w in weeks)
        met = sum(1 for w in weeks if getattr(w, key) >= target)
        lines.append(ExerciseLine(label, total / span_weeks, target, met, len(weeks)))
    return lines


def _bmi(record: PatientRecord) -> float | None:
    """BMI from the latest measured height (else the height on the patient's details)."""
    height = current_height_cm(record)
    weight = record.patient.weight_kg
    if not height or not weight:
        return None
    return weight / (height / 100) ** 2


def _lab_range(low: float | None, high: float | None, unit: str) -> str:
    if low is None and high is None:
        return translate("report", "not given")
    if low is not None and high is not None:
        return f"{low:g}-{high:g} {unit}"
    return f"≥ {low:g} {unit}" if low is not None else f"≤ {high:g} {unit}"


def lab_lines(record: PatientRecord, as_of: dt.date) -> list[LabLine]:
    return [LabLine(LABS[r.result.test].label, r.result.date, lab_reading.value_text(r.result),
                    _lab_range(r.result.range_low, r.result.range_high, r.result.unit), r.text, r.source)
            for r in lab_reading.latest_readings(record.labs, as_of)]


def frax_line(record: PatientRecord, as_of: dt.date, guideline: frax_sheet.Guideline) -> FraxLine | None:
    result = frax_sheet.latest(record.frax, as_of)
    if result is None:
        return None
    verdict = frax_sheet.verdict(result, guideline)
    return FraxLine(frax_sheet.result_text(result), verdict.text, verdict.source,
                    tuple(frax_sheet.changed_inputs(result, record, as_of)))


def report_data(db: Database, patient_id: PatientId, as_of: dt.date | None = None,
                since: dt.date | None = None, printed: dt.date | None = None) -> ReportData:
    """Gather the report of ``patient_id`` as of ``as_of`` (default today).

    Args:
        since: start of the report period: earlier scans are left out of the table (the first
            scan shown becomes the baseline) and intake/exercise are averaged from it.
        printed: the print date in the footer (default today).
    """
    as_of = as_of or today()
    record = load_record(db, patient_id, until=as_of)
    plan = patient_plan(db, patient_id, as_of)
    lsc = get_lsc(db)
    scans = [s for s in record.scans if s.date <= as_of]
    rows = dxa_rows(scans, lsc, since, cross_calibrated(db))
    start, label = intake_window(scans, as_of, since)
    intake = summarize_intake(record.meals, start, as_of, record.medications)
    p = record.patient
    loss = height_loss(plan.record)
    return ReportData(
        patient=p, as_of=as_of, since=since, age=p.age_on(as_of), bmi=_bmi(plan.record),
        risk_factors=tuple(text for key, text in RISK_FACTORS if getattr(p, key)),
        classification=plan.classification, dxa_rows=tuple(rows), lsc=lsc,
        assumed_lsc_sites=tuple(s for s in ASSUMED_LSC_SITES if any(r.site == s for r in rows)),
        device_changed=len({r.device for r in rows if r.device}) > 1,
        medications=tuple(m for m in record.medications if m.start <= as_of),
        fractures=tuple(f for f in record.fractures if f.date <= as_of),
        falls=tuple(f for f in record.falls if f.date <= as_of),
        window_start=start, window_label=label, intake=intake,
        intake_lines=tuple(intake_lines(intake, plan.targets)),
        exercise_lines=tuple(exercise_lines(record, plan.targets, start, as_of)),
        recommendations=plan.recommendations, next_scan_due=plan.next_scan_due,
        printed=printed or today(), running=plan.medications,
        programme=programme_view(db, patient_id, as_of, weeks=8),
        measures=plan.measures, height_loss="" if loss is None else loss.text(),
        labs=tuple(lab_lines(plan.record, as_of)),
        frax=frax_line(plan.record, as_of, plan.frax_guideline),
    )
