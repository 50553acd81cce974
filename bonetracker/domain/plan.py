"""The whole plan for one person on one day, as a dataclass, a JSON-ready dict and plain text.

The plan pane, the report and ``bonetracker plan --json`` all render this one object, so they can
never disagree. Records dated after ``as_of`` are dropped first, which makes a plan for a past
date reproducible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bonetracker.domain.bmd import CATEGORY_LABELS, Basis, Classification, basis_text, classify
from bonetracker.domain.change import (
    NONE_CALIBRATED,
    CrossCalibrated,
    NextScan,
    SiteChange,
    SiteSeries,
    SiteSummary,
    all_site_series,
    next_scan,
    summarize_scans,
    untreated_interval_years,
)
from bonetracker.domain.doses import (
    ADHERENT_PDC,
    PDC_WINDOWS_DAYS,
    CourseStatus,
    course_statuses,
    describe_schedule,
    first_occurrence,
)
from bonetracker.domain.drugs import Text, course_route, how_to_take, rare_effects
from bonetracker.domain.formatting import number
from bonetracker.domain.guidance import Recommendation, build_recommendations
from bonetracker.domain.i18n import format_date
from bonetracker.domain.intake import (
    ExerciseTotals,
    IntakeSummary,
    exercise_totals,
    intake_summary,
)
from bonetracker.domain.measures import frax as frax_sheet
from bonetracker.domain.measures import labs as lab_reading
from bonetracker.domain.measures.frax import Guideline
from bonetracker.domain.measures.height import current_height_cm, height_loss
from bonetracker.domain.measures.summary import MeasureSummary, summarize
from bonetracker.domain.measures.units import LABS, MEASURES
from bonetracker.domain.programmes.adherence import AdherenceSummary
from bonetracker.domain.records import WEEKDAYS, PatientRecord, Schedule, Site, site_label
from bonetracker.domain.targets import Targets, targets_for

INTAKE_KEYS: tuple[str, ...] = (
    "calcium_mg",
    "vitamin_d_iu",
    "magnesium_mg",
    "potassium_mg",
    "vitamin_k_mcg",
    "protein_g",
)
TARGET_KEYS: tuple[str, ...] = (
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
)
EXERCISE_KEYS: tuple[str, ...] = (
    "strength_sessions",
    "balance_minutes",
    "weight_bearing_minutes",
    "impact_sessions",
)


@dataclass(frozen=True)
class Plan:
    """Everything the plan pane shows; ``series`` feeds the charts."""

    record: PatientRecord
    as_of: dt.date
    classification: Classification
    sites: tuple[SiteSummary, ...]
    series: Mapping[Site, SiteSeries]
    targets: Targets
    intake_14d: IntakeSummary
    exercise_7d: ExerciseTotals
    exercise_28d: ExerciseTotals
    next_scan_due: dt.date | None
    recommendations: tuple[Recommendation, ...]
    medications: tuple[CourseStatus, ...] = ()
    next_scan: NextScan | None = None
    programme_adherence: AdherenceSummary | None = None
    measures: tuple[MeasureSummary, ...] = ()
    frax_guideline: Guideline = Guideline.BHOF


def record_as_of(record: PatientRecord, as_of: dt.date) -> PatientRecord:
    """The record as it stood on ``as_of``: later entries and not-yet-started courses dropped."""
    return replace(
        record,
        scans=tuple(s for s in record.scans if s.date <= as_of),
        workouts=tuple(w for w in record.workouts if w.date <= as_of),
        meals=tuple(m for m in record.meals if m.date <= as_of),
        lifestyle=tuple(e for e in record.lifestyle if e.date <= as_of),
        medications=tuple(m for m in record.medications if m.start <= as_of),
        fractures=tuple(f for f in record.fractures if f.date <= as_of),
        falls=tuple(f for f in record.falls if f.date <= as_of),
        doses=tuple(d for d in record.doses if d.date <= as_of),
        measures=tuple(m for m in record.measures if m.date <= as_of),
        labs=tuple(r for r in record.labs if r.date <= as_of),
        frax=tuple(r for r in record.frax if r.date <= as_of),
    )


def build_plan(
    record: PatientRecord,
    as_of: dt.date,
    lsc: Mapping[Site, float] | None = None,
    food_suggestions: Mapping[str, Sequence[str]] | None = None,
    activity_suggestions: Mapping[str, Sequence[str]] | None = None,
    programme_adherence: AdherenceSummary | None = None,
    cross_calibrated: CrossCalibrated = NONE_CALIBRATED,
    frax_guideline: Guideline = Guideline.BHOF,
) -> Plan:
    """Compute the plan for ``record`` on ``as_of``.

    Args:
        record: everything known about the person.
        as_of: the plan's day; anything dated later is ignored.
        lsc: the facility's least significant changes (g/cm²) overriding the defaults.
        food_suggestions: nutrient field -> food names (from the food database).
        activity_suggestions: activity category -> activity names (from the catalogue).
        programme_adherence: the prescribed programme's recent adherence (services compute it).
        cross_calibrated: machine pairs the clinic declared cross-calibrated (comparable).
        frax_guideline: the thresholds that read a FRAX result (BHOF 2022, or NOGG 2022 for the UK).
    """
    rec = record_as_of(record, as_of)
    classification = classify(rec, as_of)
    untreated = untreated_interval_years(rec.patient.sex, classification)
    summaries, due = summarize_scans(rec.scans, rec.medications, as_of, lsc, cross_calibrated, untreated)
    targets = targets_for(rec.patient, as_of, classification.category, rec.fractures, rec.falls)
    intake = intake_summary(rec.meals, as_of, rec.medications)
    week = exercise_totals(rec.workouts, as_of, 7)
    month = exercise_totals(rec.workouts, as_of, 28)
    statuses = tuple(course_statuses(rec.medications, rec.doses, as_of))  # once, for both uses
    measures = tuple(summarize(rec.measures, rec.patient, as_of))
    recommendations = build_recommendations(
        rec,
        as_of,
        targets,
        intake,
        week,
        classification,
        summaries,
        exercise_28d=month,
        food_suggestions=food_suggestions,
        activity_suggestions=activity_suggestions,
        programme_adherence=programme_adherence,
        course_statuses=statuses,
        measures=measures,
        frax_guideline=frax_guideline,
    )
    return Plan(
        record=rec,
        as_of=as_of,
        classification=classification,
        sites=tuple(summaries),
        series=all_site_series(rec.scans, lsc, cross_calibrated),
        targets=targets,
        intake_14d=intake,
        exercise_7d=week,
        exercise_28d=month,
        next_scan_due=due,
        next_scan=next_scan(rec.scans, rec.medications, summaries, as_of, untreated),
        recommendations=tuple(recommendations),
        medications=statuses,
        programme_adherence=programme_adherence,
        measures=measures,
        frax_guideline=frax_guideline,
    )


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _change_dict(change: SiteChange | None) -> dict[str, Any] | None:
    if change is None:
        return None
    return {
        "bmd_delta": round(change.bmd_delta, 3),
        "percent": round(change.percent, 1),
        "significant": change.significant,
        "direction": str(change.direction),
        "from_date": change.from_date.isoformat(),
        "comparable": change.comparable,
        "not_comparable_reason": change.not_comparable_reason,
    }


def _site_dict(s: SiteSummary) -> dict[str, Any]:
    return {
        "site": str(s.site),
        "latest": {
            "date": s.latest.date.isoformat(),
            "bmd": _round(s.latest.bmd, 3),
            "t_score": _round(s.latest.t_score, 1),
            "t_score_computed": s.latest.t_score_computed,
        },
        "change_from_previous": _change_dict(s.change_from_previous),
        "change_from_first": _change_dict(s.change_from_first),
        "trend_per_year_percent": _round(s.trend_per_year_percent, 2),
        "projected_t_score": _round(s.projected_t_score, 1),
        "projection_caution": s.projection_caution_reason,
        "not_comparable": s.not_comparable,
    }


def _text_dict(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"text": text.text, "source": text.source}


def _pdc(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def course_as_dict(st: CourseStatus) -> dict[str, Any]:
    """One running course with its schedule, last and next dose and adherence (PDC)."""
    c, due = st.course, st.due
    route = course_route(c)
    adherence: dict[str, Any] = {f"pdc_{n}": _pdc(st.pdc.get(n)) for n in PDC_WINDOWS_DAYS}
    adherence.update({f"adherent_{n}": st.adherent(n) for n in PDC_WINDOWS_DAYS})
    adherence["threshold"] = ADHERENT_PDC
    weekly = due.schedule is Schedule.WEEKLY
    return {
        "id": c.id,
        "drug": c.drug,
        "drug_class": str(c.drug_class),
        "schedule": None if due.schedule is None else str(due.schedule),
        "schedule_text": describe_schedule(c),
        "weekday": WEEKDAYS[first_occurrence(c).weekday()] if weekly else None,
        "route": None if route is None else str(route),
        "start": c.start.isoformat(),
        "end": _iso(c.end),
        "tracked": due.tracked,
        "last_dose": _iso(due.last_dose),
        "last_dose_implied": due.last_dose_implied,
        "next_due": _iso(due.next_due),
        "overdue_days": due.overdue_days,
        "complete": due.complete,
        "adherence": adherence,
        "how_to_take": _text_dict(how_to_take(c)),
        "report": [_text_dict(t) for t in rare_effects(c)],
    }


def _programme_dict(summary: AdherenceSummary | None) -> dict[str, Any] | None:
    """The prescribed programme's last complete weeks, or None without a programme."""
    if summary is None:
        return None
    return {
        "weeks": summary.weeks,
        "first_week": summary.first_week.isoformat(),
        "items_done": summary.items_done,
        "items_prescribed": summary.items_prescribed,
        "sessions_done": summary.sessions_done,
        "sessions_prescribed": summary.sessions_prescribed,
        "adherence_percent": round(summary.percent, 1),
    }


def _measure_entry(value: float, unit: str, day: dt.date) -> dict[str, Any]:
    return {"date": day.isoformat(), "value": value, "unit": unit}


def measurement_as_dict(m: MeasureSummary) -> dict[str, Any]:
    """One kind's latest value with its norm and status, the previous value and the change."""
    spec = MEASURES[m.kind]
    digits = 0 if spec.integer else spec.digits + 1
    return {
        "kind": str(m.kind),
        "label": spec.label,
        "latest": _measure_entry(m.latest.value, m.latest.unit, m.latest.date),
        "value": round(m.value, digits),
        "unit": spec.canonical,
        "norm": m.norm.text or None,
        "cutoff": m.norm.cutoff,
        "status": str(m.norm.status),
        "source": m.norm.source or None,
        "previous": None if m.previous is None else _measure_entry(m.previous.value, m.previous.unit,
                                                                    m.previous.date),
        "change": None if m.change is None else round(m.change, digits),
        "improved": m.improved,
    }


def labs_as_dicts(plan: Plan) -> list[dict[str, Any]]:
    """The latest result of each lab test, read against its thresholds or the lab's range."""
    out: list[dict[str, Any]] = []
    for reading in lab_reading.latest_readings(plan.record.labs, plan.as_of):
        result = reading.result
        spec = LABS[result.test]
        out.append({
            "test": str(result.test),
            "label": spec.label,
            "date": result.date.isoformat(),
            "value": result.value,
            "unit": result.unit,
            "value_canonical": round(reading.canonical_value, spec.digits + 2),
            "canonical_unit": spec.canonical,
            "range_low": result.range_low,
            "range_high": result.range_high,
            "status": str(reading.status),
            "reading": reading.text,
            "source": reading.source,
            "recent": (plan.as_of - result.date).days <= lab_reading.RECENT_LAB_DAYS,
        })
    return out


def frax_as_dict(plan: Plan) -> dict[str, Any]:
    """The FRAX worksheet (inputs from the record) and the latest result with its reading."""
    rec = plan.record
    latest = frax_sheet.latest(rec.frax, plan.as_of)
    sheet = frax_sheet.worksheet(rec, plan.as_of)
    out: dict[str, Any] = {
        "guideline": str(plan.frax_guideline),
        "worksheet": [{"key": i.key, "label": i.label, "value": i.value, "text": i.text} for i in sheet],
        "latest": None,
    }
    if latest is not None:
        v = frax_sheet.verdict(latest, plan.frax_guideline)
        changed = frax_sheet.changed_inputs(latest, rec, plan.as_of)
        out["latest"] = {
            "id": latest.id,
            "date": latest.date.isoformat(),
            "model": latest.model,
            "with_bmd": latest.with_bmd,
            "major": latest.major,
            "hip": latest.hip,
            "category": latest.category,
            "above_threshold": v.above,
            "reading": v.text,
            "source": v.source,
            "recalculate": bool(changed),
            "changed_inputs": changed,
        }
    return out


def height_as_dict(plan: Plan) -> dict[str, Any]:
    loss = height_loss(plan.record)
    current = current_height_cm(plan.record)
    return {
        "current_cm": None if current is None else round(current, 1),
        "loss": None if loss is None else {
            "kind": loss.kind, "loss_cm": round(loss.loss_cm, 1), "from_cm": round(loss.from_cm, 1),
            "from_date": loss.from_date.isoformat(), "to_cm": round(loss.to_cm, 1),
            "to_date": loss.to_date.isoformat(), "threshold_cm": loss.threshold_cm,
        },
    }


def plan_as_dict(plan: Plan) -> dict[str, Any]:
    """The plan in the JSON shape of DESIGN.md's plan contract (ISO dates, rounded floats)."""
    c = plan.classification
    targets: dict[str, Any] = {}
    for key in TARGET_KEYS:
        value = getattr(plan.targets, key)
        targets[key] = str(value) if key == "impact" else value
    intake: dict[str, Any] = {"days_logged": plan.intake_14d.days_logged}
    intake.update({k: _round(plan.intake_14d.value(k), 1) for k in INTAKE_KEYS})
    return {
        "patient": plan.record.patient.name,
        "as_of": plan.as_of.isoformat(),
        "classification": {
            "category": str(c.category),
            "site": None if c.site is None else str(c.site),
            "t_score": _round(c.t_score, 1),
            "z_score": _round(c.z_score, 1),
            "scan_date": _iso(c.scan_date),
            "basis": None if c.basis is None else str(c.basis),
            "diagnosed_on": _iso(c.diagnosed_on),
        },
        "sites": [_site_dict(s) for s in plan.sites],
        "targets": targets,
        "intake_14d": intake,
        "exercise_7d": {k: getattr(plan.exercise_7d, k) for k in EXERCISE_KEYS},
        "next_scan_due": _iso(plan.next_scan_due),
        "medications": [course_as_dict(st) for st in plan.medications],
        "programme": _programme_dict(plan.programme_adherence),
        "measurements": [measurement_as_dict(m) for m in plan.measures],
        "height": height_as_dict(plan),
        "labs": labs_as_dicts(plan),
        "frax": frax_as_dict(plan),
        "recommendations": [
            {
                "id": r.id,
                "priority": r.priority,
                "category": str(r.category),
                "title": r.title,
                "detail": r.detail,
                "reason": r.reason,
                "source": r.source,
            }
            for r in plan.recommendations
        ],
    }


def _fmt(value: float | None, digits: int = 0, unit: str = "") -> str:
    return number(value, digits, unit=unit, missing="-")


def _change_text(label: str, change: SiteChange | None) -> str:
    if change is None:
        return f"    {label}: -"
    mark = "significant" if change.significant else "not significant"
    if change.not_comparable_reason:
        mark = f"not comparable: {change.not_comparable_reason}"
    delta = number(change.bmd_delta, 3, signed=True, unit=" g/cm²")
    return (f"    {label} ({format_date(change.from_date)}): {delta} "
            f"({number(change.percent, 1, signed=True, unit=' %')}), {mark}, {change.direction}")


def _percent(value: float | None) -> str:
    return "-" if value is None else number(value * 100, unit=" %")


def medication_lines(plan: Plan) -> list[str]:
    """The running courses for the text plan (nothing when there are none)."""
    if not plan.medications:
        return []
    lines = ["Medications:"]
    for st in plan.medications:
        due = st.due
        last = (
            "-"
            if due.last_dose is None
            else format_date(due.last_dose) + (" (course start)" if due.last_dose_implied else "")
        )
        late = f", {due.overdue_days} days overdue" if due.overdue_days else ""
        lines.append(
            f"  {st.course.drug} ({describe_schedule(st.course) or 'no schedule'}): last dose "
            f"{last}, next due {_iso(due.next_due) or '-'}{late}"
        )
        if due.tracked:
            lines.append(
                f"    on time (days covered): {_percent(st.pdc.get(90))} over 90 days, "
                f"{_percent(st.pdc.get(365))} over 365 days (80 % or more counts as adherent)"
            )
    return [*lines, ""]


def measurement_lines(plan: Plan) -> list[str]:
    """Tests, heights, labs and the FRAX result for the text plan (nothing when there are none)."""
    lines: list[str] = []
    if plan.measures:
        lines.append("Measurements (latest):")
    for m in plan.measures:
        spec = MEASURES[m.kind]
        words = {"outside_norm": "outside the norm", "within_norm": "within the norm"}
        status = words.get(str(m.norm.status), "")
        norm = f" ({m.norm.text}: {status})" if status else ""
        change = ""
        if m.change is not None and m.previous is not None:
            better = " better" if m.improved else " worse" if m.improved is False else ""
            delta = number(m.change, 0 if spec.integer else spec.digits, signed=True)
            change = f", {delta} {spec.canonical}{better} since {format_date(m.previous.date)}"
        lines.append(f"  {spec.label}: {m.latest.value:g} {m.latest.unit} on {format_date(m.latest.date)}"
                     f"{norm}{change}")
    loss = height_loss(plan.record)
    if loss is not None:
        lines.append(f"  Height loss: {loss.text()}")
    labs = labs_as_dicts(plan)
    if labs:
        lines.append("Labs (latest):")
    for lab in labs:
        lines.append(f"  {lab['label']}: {lab['value']:g} {lab['unit']} on {lab['date']} ({lab['reading']})")
    latest = frax_sheet.latest(plan.record.frax, plan.as_of)
    if latest is not None:
        verdict = frax_sheet.verdict(latest, plan.frax_guideline)
        lines.append(f"FRAX: {frax_sheet.result_text(latest)}; {verdict.text}")
    return [*lines, ""] if lines else []


def plan_as_text(plan: Plan) -> str:
    """A plain-text rendering for the CLI and for pasting into notes."""
    c = plan.classification
    lines = [f"Bone-health plan for {plan.record.patient.name} on {format_date(plan.as_of)}", ""]
    status = CATEGORY_LABELS[c.category]
    if c.scan_date is not None and c.site is not None:
        score = f"T {_fmt(c.t_score, 1)}" + (f", Z {_fmt(c.z_score, 1)}" if c.z_score else "")
        vertebrae = next((s.latest.scan.vertebrae for s in plan.sites if s.site is c.site), "L1-L4")
        status += f" ({site_label(c.site, vertebrae)}, {score}, scan {format_date(c.scan_date)})"
    if c.basis is not None and c.basis in (Basis.FRACTURE, Basis.HISTORY):
        status += "; " + basis_text(c)
    lines += [f"Classification: {status}", ""]
    if plan.sites:
        lines.append("Sites:")
    for s in plan.sites:
        computed = " (computed)" if s.latest.t_score_computed else ""
        lines.append(
            f"  {site_label(s.site, s.latest.scan.vertebrae)}: {format_date(s.latest.date)} BMD "
            f"{_fmt(s.latest.bmd, 3, ' g/cm²')}, T {_fmt(s.latest.t_score, 1)}{computed}"
        )
        lines.append(_change_text("since previous", s.change_from_previous))
        lines.append(_change_text("since first", s.change_from_first))
        if s.trend_per_year_percent is not None:
            lines.append(f"    trend: {number(s.trend_per_year_percent, 2, signed=True)} %/year")
        if s.projected_t_score is not None and s.projection_date is not None:
            caution = f" (uncertain: {s.projection_caution_reason})" if s.projection_caution_reason else ""
            projected = number(s.projected_t_score, 1)
            lines.append(f"    projected T on {format_date(s.projection_date)}: {projected}{caution}")
    t, i, e = plan.targets, plan.intake_14d, plan.exercise_7d
    lines += [
        "",
        f"Next scan due: {_iso(plan.next_scan_due) or '-'}",
        "",
        f"Nutrition (last 14 days, {i.days_logged} days logged) vs daily target:",
        f"  calcium {_fmt(i.calcium_mg)} / {t.calcium_mg} mg (upper {t.calcium_upper_mg})",
        f"  vitamin D {_fmt(i.vitamin_d_iu)} / {t.vitamin_d_iu} IU",
        f"  protein {_fmt(i.protein_g)} / {_fmt(t.protein_g)} g",
        f"  magnesium {_fmt(i.magnesium_mg)} / {t.magnesium_mg} mg",
        f"  potassium {_fmt(i.potassium_mg)} / {t.potassium_mg} mg",
        f"  vitamin K {_fmt(i.vitamin_k_mcg)} / {t.vitamin_k_mcg} µg",
        "",
        "Exercise (last 7 days) vs weekly target:",
        f"  strength {e.strength_sessions} / {t.strength_sessions_per_week} sessions",
        f"  balance {e.balance_minutes} / {t.balance_minutes_per_week} min",
        f"  weight-bearing {e.weight_bearing_minutes} / {t.weight_bearing_minutes_per_week} min",
        f"  impact sessions {e.impact_sessions} (impact {t.impact})",
        "",
        *medication_lines(plan),
        *measurement_lines(plan),
        "Recommendations:",
    ]
    for n, r in enumerate(plan.recommendations, start=1):
        lines += [
            f"{n}. [{r.priority}] {r.title} ({r.id})",
            f"   {r.detail}",
            f"   Why: {r.reason}",
            f"   Source: {r.source}",
        ]
    return "\n".join(lines) + "\n"
