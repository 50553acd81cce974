"""Rules that turn a patient's data into recommendations with stable ids and their own numbers.

Each rule quotes the figures that triggered it, so a person can see why; medical items only ever
say "talk to your doctor": choosing a drug or a dose is a clinician's decision, never ours.

Adding a rule is one function in `rules/` (it takes a :class:`RuleContext` and returns the
recommendations it fires), one wording entry in `advice.ADVICE` (title, detail, sources) and one
line in :data:`RULES` below. The wording lives in `advice`; what the rules share (the context,
`Recommendation`, the thresholds) in `context`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from bonetracker.domain.bmd import Classification
from bonetracker.domain.change import SiteSummary
from bonetracker.domain.doses import CourseStatus
from bonetracker.domain.guidance.context import (
    ALCOHOL_UNITS_PER_DAY_LIMIT,
    BISPHOSPHONATE_REVIEW_YEARS,
    FALL_PREVENTION_AGE,
    FALL_WINDOW_YEARS,
    LIFESTYLE_WINDOW_DAYS,
    MIN_LOGGED_DAYS,
    RULE_ORDER,
    SCAN_DUE_NOTICE_DAYS,
    RecCategory,
    Recommendation,
    RuleContext,
    Rules,
)
from bonetracker.domain.guidance.rules.courses import rule_course_reviews
from bonetracker.domain.guidance.rules.doses import rule_bisphosphonate_timing, rule_dose_overdue
from bonetracker.domain.guidance.rules.habits import (
    rule_exercise,
    rule_lifestyle,
    rule_nutrients,
    rule_safety,
)
from bonetracker.domain.guidance.rules.measures import rule_frax, rule_height_loss, rule_labs
from bonetracker.domain.guidance.rules.medical import rule_medical
from bonetracker.domain.guidance.rules.programme import rule_programme_adherence
from bonetracker.domain.guidance.rules.scans import (
    rule_change,
    rule_classification,
    rule_goals,
    rule_scan_due,
)
from bonetracker.domain.intake import ExerciseTotals, IntakeSummary
from bonetracker.domain.measures.frax import Guideline
from bonetracker.domain.measures.summary import MeasureSummary, summarize
from bonetracker.domain.programmes.adherence import AdherenceSummary
from bonetracker.domain.records import PatientRecord
from bonetracker.domain.targets import Targets

__all__ = [  # the thresholds and types live in guidance.context; callers may import them here
    "ALCOHOL_UNITS_PER_DAY_LIMIT",
    "BISPHOSPHONATE_REVIEW_YEARS",
    "FALL_PREVENTION_AGE",
    "FALL_WINDOW_YEARS",
    "LIFESTYLE_WINDOW_DAYS",
    "MIN_LOGGED_DAYS",
    "RULES",
    "RULE_ORDER",
    "SCAN_DUE_NOTICE_DAYS",
    "RecCategory",
    "Recommendation",
    "build_recommendations",
]

Rule = Callable[[RuleContext], Rules]

# The registry: every rule, in the order it runs (the output is then sorted by priority).
RULES: tuple[Rule, ...] = (
    rule_classification,
    rule_change,
    rule_scan_due,
    rule_nutrients,
    rule_exercise,
    rule_programme_adherence,
    rule_safety,
    rule_lifestyle,
    rule_medical,
    rule_height_loss,
    rule_labs,
    rule_frax,
    rule_course_reviews,
    rule_dose_overdue,
    rule_bisphosphonate_timing,
    rule_goals,
)


def build_recommendations(
    record: PatientRecord,
    as_of: dt.date,
    targets: Targets,
    intake: IntakeSummary,
    exercise: ExerciseTotals,
    classification: Classification,
    changes: Sequence[SiteSummary],
    *,
    exercise_28d: ExerciseTotals | None = None,
    food_suggestions: Mapping[str, Sequence[str]] | None = None,
    activity_suggestions: Mapping[str, Sequence[str]] | None = None,
    programme_adherence: AdherenceSummary | None = None,
    course_statuses: Sequence[CourseStatus] | None = None,
    measures: Sequence[MeasureSummary] | None = None,
    frax_guideline: Guideline = Guideline.BHOF,
) -> list[Recommendation]:
    """Run every rule and return recommendations sorted by priority, then `RULE_ORDER`.

    Args:
        record: the person's data; entries dated after ``as_of`` are ignored by the rules.
        as_of: the day the plan is for.
        targets: from `targets.targets_for`.
        intake: 14-day intake from `intake.intake_summary`.
        exercise: 7-day totals from `intake.exercise_totals`.
        classification: from `bmd.classify`.
        changes: per-site summaries from `change.summarize_scans`.
        exercise_28d: optional 28-day totals, quoted as a weekly average in reasons.
        food_suggestions: nutrient field (e.g. ``"calcium_mg"``) -> food names to suggest.
        activity_suggestions: activity category (e.g. ``"resistance"``) -> activity names.
        programme_adherence: the prescribed programme's last four complete weeks, if any.
        course_statuses: the running courses' statuses, when already worked out.
        measures: each measured kind's latest value against its norm, when already worked out.
        frax_guideline: the thresholds that read a FRAX result (BHOF 2022 or NOGG 2022).
    """
    if measures is None:
        measures = summarize(record.measures, record.patient, as_of)
    context = RuleContext(
        record,
        as_of,
        targets,
        intake,
        exercise,
        exercise_28d,
        classification,
        changes,
        food_suggestions or {},
        activity_suggestions or {},
        programme_adherence,
        course_statuses,
        measures,
        frax_guideline,
    )
    recs = [rec for rule in RULES for rec in rule(context)]
    return sorted(recs, key=lambda r: (r.priority, RULE_ORDER.index(r.id)))
