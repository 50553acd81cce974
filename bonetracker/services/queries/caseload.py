"""The clinic's caseload: one row per active patient with what needs attention today.

Facts come from a few grouped queries (``storage.repositories.caseload``), categories from the
patient list's query, and the flags from ``domain.caseload``: the same rules whatever the view.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from bonetracker.domain.bmd import CATEGORY_LABELS, Category
from bonetracker.domain.caseload import Assessment, Facts, Flag, Indicator, assess
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.domain.records import PatientId
from bonetracker.services.queries.patient_overview import list_overview
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import caseload as repo

NEEDS_ATTENTION = "needs_attention"
FILTERS: tuple[str, ...] = (NEEDS_ATTENTION, *(f.value for f in Flag))
SORT_KEYS: tuple[str, ...] = ("attention", "name", "category", "days_since_log", "scan_due", "adherence_30d")

FLAG_LABELS: dict[Flag, str] = {
    Flag.NO_SCAN: QT_TRANSLATE_NOOP("caseload", "no DXA scan on record"),
    Flag.SCAN_OVERDUE: QT_TRANSLATE_NOOP("caseload", "DXA scan overdue"),
    Flag.SCAN_DUE_SOON: QT_TRANSLATE_NOOP("caseload", "DXA scan due within 3 months"),
    Flag.DOSE_OVERDUE: QT_TRANSLATE_NOOP("caseload", "a dose is overdue"),
    Flag.DROP_OFF: QT_TRANSLATE_NOOP("caseload", "nothing logged for over 14 days"),
    Flag.LOW_ADHERENCE: QT_TRANSLATE_NOOP("caseload", "exercise under half the weekly targets (30 days)"),
    Flag.PROGRAMME_REVIEW_DUE: QT_TRANSLATE_NOOP("caseload", "programme review due"),
    Flag.FLS_ASSESSMENT_OVERDUE: QT_TRANSLATE_NOOP("caseload", "fracture: no assessment by 12 weeks"),
    Flag.FLS_TREATMENT_OVERDUE: QT_TRANSLATE_NOOP("caseload", "fracture: no treatment by 16 weeks"),
    Flag.FLS_EXERCISE_OVERDUE: QT_TRANSLATE_NOOP("caseload", "fracture: no exercise by 16 weeks"),
    Flag.FLS_PERSISTENCE_OVERDUE: QT_TRANSLATE_NOOP("caseload", "fracture: not on treatment at 52 weeks"),
}


@dataclass(frozen=True)
class CaseloadRow:
    """One patient of the caseload."""

    patient_id: PatientId
    name: str
    birth_date: dt.date
    category: Category
    last_scan: dt.date | None
    last_log: dt.date | None
    last_workout: dt.date | None
    adherence_7d: float
    adherence_30d: float
    doses_overdue: int
    assessment: Assessment

    @property
    def flags(self) -> tuple[Flag, ...]:
        return self.assessment.flags

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return self.assessment.indicators


def caseload(
    db: Database,
    as_of: dt.date | None = None,
    *,
    flag_filter: str | None = None,
    sort_key: str = "attention",
    page: int | None = None,
) -> list[CaseloadRow]:
    """Every active patient's row on ``as_of`` (default today), filtered and sorted.

    Args:
        flag_filter: ``needs_attention`` (any flag) or one flag name; None for everyone.
        sort_key: one of :data:`SORT_KEYS`; ``attention`` puts the most flags first.
        page: only the first ``page`` patients by name (the screenful shown at once while the
            whole caseload is worked out); filter and sort then apply within that page.

    Raises:
        ValidationError: for an unknown filter or sort key (names the allowed ones).
    """
    errors: list[FieldError] = []
    if flag_filter is not None and flag_filter not in FILTERS:
        message = translate("validation", "must be one of {choices} (got {value})")
        errors.append(FieldError("filter", message.format(choices=", ".join(FILTERS),
                                                          value=repr(flag_filter))))
    if sort_key not in SORT_KEYS:
        message = translate("validation", "must be one of {choices} (got {value})")
        errors.append(FieldError("sort", message.format(choices=", ".join(SORT_KEYS), value=repr(sort_key))))
    if errors:
        raise ValidationError(errors)
    day = as_of or today()
    overview = list_overview(db, limit=page, as_of=day)
    with db.read() as s:
        raw = repo.gather(s, day, [o.id for o in overview] if page is not None else None)
    rows: list[CaseloadRow] = []
    for o in overview:
        r = raw.get(o.id)
        if r is None:
            continue
        last_scan = o.last_scan_date if o.last_scan_date is not None and o.last_scan_date <= day else None
        facts = Facts(
            last_scan=last_scan,
            last_log=r.last_log,
            last_workout=r.last_workout,
            courses=tuple(r.courses or ()),
            fragility_fracture=r.fracture,
            scans_since_fracture=r.fracture is not None and last_scan is not None and last_scan >= r.fracture,
            exercise_since_fracture=r.exercise_since_fracture,
            programme_version_start=r.programme_version_start,
            doses_overdue=len(o.due.overdue),
            untreated_years=o.untreated_years,
            week=r.week,
            month=r.month,
        )
        rows.append(
            CaseloadRow(
                o.id,
                o.name,
                o.birth_date,
                o.category,
                last_scan,
                r.last_log,
                r.last_workout,
                r.week.percent,
                r.month.percent,
                facts.doses_overdue,
                assess(facts, day),
            )
        )
    if flag_filter == NEEDS_ATTENTION:
        rows = [r for r in rows if r.flags]
    elif flag_filter is not None:
        rows = [r for r in rows if Flag(flag_filter) in r.flags]
    return sort_rows(rows, sort_key)


def sort_rows(rows: Sequence[CaseloadRow], key: str) -> list[CaseloadRow]:
    far = dt.date.max
    keys = {
        "attention": lambda r: (-len(r.flags), r.name.casefold()),
        "name": lambda r: (r.name.casefold(), r.patient_id),
        "category": lambda r: (r.category.value, r.name.casefold()),
        "days_since_log": lambda r: (
            -(r.assessment.days_since_log if r.assessment.days_since_log is not None else 10**6),
            r.name.casefold(),
        ),
        "scan_due": lambda r: (r.assessment.scan_due or far, r.name.casefold()),
        "adherence_30d": lambda r: (r.adherence_30d, r.name.casefold()),
    }
    return sorted(rows, key=keys[key])


def row_as_dict(r: CaseloadRow) -> dict[str, object]:
    """The JSON of ``caseload --json``."""
    a = r.assessment
    return {
        "patient_id": r.patient_id,
        "name": r.name,
        "birth_date": r.birth_date.isoformat(),
        "category": r.category.value,
        "last_scan": _iso(r.last_scan),
        "scan_due": _iso(a.scan_due),
        "last_activity": _iso(r.last_workout),
        "last_log": _iso(r.last_log),
        "days_since_log": a.days_since_log,
        "adherence_7d_percent": round(r.adherence_7d, 1),
        "adherence_30d_percent": round(r.adherence_30d, 1),
        "programme_review_due": _iso(a.programme_review_due),
        "doses_overdue": r.doses_overdue,
        "fracture_liaison": [
            {"indicator": i.name, "due": i.due.isoformat(), "status": i.status.value} for i in a.indicators
        ],
        "flags": [f.value for f in r.flags],
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


CSV_COLUMNS = (
    "patient_id",
    "name",
    "birth_date",
    "category",
    "last_scan",
    "scan_due",
    "last_activity",
    "days_since_log",
    "adherence_7d_percent",
    "adherence_30d_percent",
    "programme_review_due",
    "doses_overdue",
    "flags",
)


def as_csv(rows: Sequence[CaseloadRow]) -> str:
    """The caseload as CSV (flags joined by ';'), for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        d = row_as_dict(r)
        values = [d[c] if c != "flags" else ";".join(d["flags"]) for c in CSV_COLUMNS]  # type: ignore[arg-type]
        writer.writerow(["" if v is None else _cell(str(v)) for v in values])
    return out.getvalue()


def _cell(text: str) -> str:
    """Neutralise spreadsheet formulas (OWASP CSV injection): a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _number(text) else text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
