"""What every guidance rule works from: the recommendation type, the context a rule reads and
the helpers that word a recommendation from the advice table (`advice.ADVICE`).

Kept apart so the rules can live in more than one module without importing each
other; `guidance` re-exports the public names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bonetracker.domain.bmd import OSTEOPOROTIC, Classification, category_label
from bonetracker.domain.change import SiteSummary
from bonetracker.domain.doses import CourseStatus
from bonetracker.domain.guidance.advice import ADVICE
from bonetracker.domain.guidance.advice import RecCategory as RecCategory  # Recommendation's type
from bonetracker.domain.i18n import translate
from bonetracker.domain.intake import ExerciseTotals, IntakeSummary
from bonetracker.domain.measures.frax import Guideline
from bonetracker.domain.measures.summary import MeasureSummary
from bonetracker.domain.programmes.adherence import AdherenceSummary
from bonetracker.domain.records import PatientRecord
from bonetracker.domain.targets import Targets

# Product thresholds: our choices, not clinical figures (docs/clinical-sources.md "Product rules").
MIN_LOGGED_DAYS = 7  # of the last 14: fewer is too little to judge intake
SCAN_DUE_NOTICE_DAYS = 90  # start reminding three months before the due date
FALL_WINDOW_YEARS = 1
FALL_PREVENTION_AGE = 65
LIFESTYLE_WINDOW_DAYS = 28
BISPHOSPHONATE_REVIEW_YEARS = 5  # oral; ASBMR task force 2016 (IV: rules.courses)
# FRAX risk factor (Kanis et al., Osteoporos Int 2008): alcohol 3 or more units a day.
ALCOHOL_UNITS_PER_DAY_LIMIT = 3.0


@dataclass(frozen=True)
class Recommendation:
    """One piece of advice; ``id`` is stable across versions so tests and exports can rely on it.

    ``priority`` is 1 (high) to 3 (low); ``reason`` quotes the person's own data.
    """

    id: str
    priority: int
    category: RecCategory
    title: str
    detail: str
    reason: str
    source: str


RULE_ORDER: tuple[str, ...] = tuple(ADVICE)  # the stable tie-break after priority


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at, gathered once per plan."""

    record: PatientRecord
    as_of: dt.date
    targets: Targets
    intake: IntakeSummary
    exercise: ExerciseTotals
    exercise_28d: ExerciseTotals | None
    classification: Classification
    changes: Sequence[SiteSummary]
    foods: Mapping[str, Sequence[str]]
    activities: Mapping[str, Sequence[str]]
    programme_adherence: AdherenceSummary | None = None
    # The running courses' statuses when the caller already has them (the plan does): the dose
    # arithmetic over years of daily doses is then done once per plan, not once per use.
    course_statuses: Sequence[CourseStatus] | None = None
    # Each measured kind's latest value against its norm (measures.summary), worked out once.
    measures: Sequence[MeasureSummary] = ()
    # Which thresholds read a FRAX result: BHOF 2022 (US, default) or NOGG 2022 (UK).
    frax_guideline: Guideline = Guideline.BHOF

    @property
    def age(self) -> int:
        return self.record.patient.age_on(self.as_of)

    @property
    def osteoporotic(self) -> bool:
        return self.classification.category in OSTEOPOROTIC

    @property
    def status_text(self) -> str:
        category = category_label(self.classification.category).lower()
        return translate("guidance", "your latest scan reads as {category}").format(category=category)


Rules = list[Recommendation]


def rec(rule_id: str, reason: str, priority: int | None = None, **fields: Any) -> Recommendation:
    """A recommendation with the table's wording (in the user's language), placeholders filled
    from ``fields``."""
    a = ADVICE[rule_id]
    return Recommendation(
        rule_id,
        a.priority if priority is None else priority,
        a.category,
        translate("guidance", a.title).format(**fields),
        translate("guidance", a.detail).format(**fields),
        reason,
        a.source,
    )


def plural(n: int, one: str, other: str) -> str:
    """``one`` for 1, else ``other``: translated templates holding ``{n}``, filled with ``n``."""
    return (one if n == 1 else other).format(n=n)


def names(names: Sequence[str], limit: int = 4) -> str:
    """A list in words; names that hold commas themselves are set apart with semicolons, so
    one can tell where each ends."""
    picked = list(names[:limit])
    if len(picked) == 1:
        return picked[0]
    comma = "; " if any("," in n for n in picked) else ", "
    items = comma.join(picked[:-1]) + (";" if comma == "; " else "")
    return translate("guidance", "{items} and {last}").format(items=items, last=picked[-1])
