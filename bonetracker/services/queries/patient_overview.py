"""The patient list at clinic scale: one query per page, with each patient's latest category.

The list model asks for one page at a time (``limit``/``offset``), filtered and sorted by the
database. The latest category needs the domain's classification rules (lowest T-score of the
diagnostic sites, Z-scores for younger people, "severe" after a fragility fracture), so SQL only
gathers each patient's latest visit pivoted into one row (``storage.repositories.overview``)
and :func:`bonetracker.domain.bmd.classify_scan` reads it: the list, the plan and
the report can never disagree. Sorting by category classifies every matching patient (one
query, ~5,000 rows in well under a second) because no SQL expression can mirror those rules.

The "Due" column (:class:`DueSummary`) says which doses are overdue (``domain.doses`` on each
running course's last doses, one index seek per course) and whether a scan is due; "overdue
only" works out the overdue patients among all matches first and then pages them in SQL. A
scan's due date needs the whole scan history only where treatment or a significant loss would
change the answer, so few histories are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bonetracker.domain.bmd import (
    CATEGORY_LABELS,
    FLOAT_TOLERANCE,
    OSTEOPOROTIC,
    Basis,
    Category,
    classify_scan,
    uses_z_score,
)
from bonetracker.domain.change import (
    SHORT_SCAN_INTERVAL_YEARS,
    TREATMENT_CLASSES,
    add_years,
    next_scan_due,
    untreated_interval_years,
)
from bonetracker.domain.doses import DoseHistory, denosumab_late, due
from bonetracker.domain.drugs import catalogue
from bonetracker.domain.guidance import SCAN_DUE_NOTICE_DAYS
from bonetracker.domain.records import (
    DxaScan,
    MedicationCourse,
    Patient,
    PatientId,
    PatientSummary,
    ScanId,
    Site,
)
from bonetracker.services.settings import get_lsc
from bonetracker.services.validation import encodable, today
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import doses as dose_repo
from bonetracker.storage.repositories import overview as repo
from bonetracker.storage.repositories import scans as scan_repo
from bonetracker.storage.repositories.overview import LatestVisit

SORT_KEYS: tuple[str, ...] = ("name", "birth_date", "last_scan", "category")
"""Sort keys :func:`list_overview` accepts; prefix ``-`` for descending (e.g. ``-last_scan``)."""

CATEGORY_ORDER: tuple[Category, ...] = (
    Category.SEVERE_OSTEOPOROSIS,
    Category.OSTEOPOROSIS,
    Category.BELOW_EXPECTED_RANGE_FOR_AGE,
    Category.LOW_BONE_MASS,
    Category.WITHIN_EXPECTED_RANGE_FOR_AGE,
    Category.NORMAL,
    Category.UNKNOWN,
)
"""Most serious first: the order "sort by category" shows, so the patients to see come first."""

_SITES: tuple[Site, ...] = (Site.LUMBAR_SPINE, Site.TOTAL_HIP, Site.FEMORAL_NECK, Site.FOREARM_33)


@dataclass(frozen=True)
class DueSummary:
    """What is due for one patient: overdue doses (most overdue first), doses due today and the
    next scan; ``urgent`` when a denosumab injection is more than 6 months + 4 weeks late."""

    overdue: tuple[tuple[str, int], ...] = ()
    due_today: tuple[str, ...] = ()
    urgent: bool = False
    scan_due: dt.date | None = None
    scan_overdue: bool = False

    @property
    def any_overdue(self) -> bool:
        return bool(self.overdue) or self.scan_overdue

    @property
    def text(self) -> str:
        """"denosumab 45 d late · scan due 2027-03-01"; empty when nothing is due."""
        parts = [f"{drug} {days} d late" for drug, days in self.overdue]
        parts += [f"{drug} today" for drug in self.due_today]
        if self.scan_due is not None:
            parts.append(("scan overdue since " if self.scan_overdue else "scan due ")
                         + self.scan_due.isoformat())
        return " · ".join(parts)


@dataclass(frozen=True)
class OverviewRow(PatientSummary):
    """One row of the patient list (a :class:`PatientSummary`) and how the latest scan reads."""

    category: Category
    site: Site | None = None
    score: float | None = None  # the T- (or Z-) score that decided the category
    due: DueSummary = DueSummary()
    untreated_years: int | None = None  # the rescan interval without treatment (Gourlay 2012)

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]

    @property
    def category_rank(self) -> int:
        return CATEGORY_ORDER.index(self.category)


def to_row(r: LatestVisit) -> OverviewRow:
    """Classify one patient's latest visit with the domain rules, as the plan does: the visit's
    make (no T-score from non-Hologic BMD), osteoporosis by a diagnostic fracture and an earlier
    osteoporotic result kept (AACE/ACE 2020)."""
    category, site, score, untreated = Category.UNKNOWN, None, None, None
    patient = Patient(r.id, r.name, r.sex, r.birth_date, menopause=r.menopause,
                      menopause_year=r.menopause_year, hyperparathyroidism=r.hyperparathyroidism)
    if r.last_scan_date is not None:
        scan = DxaScan(ScanId(0), patient.id or PatientId(0), r.last_scan_date, r.measurements, r.device)
        c = classify_scan(patient, scan, r.fragility or r.prior_fragility_fracture)
        score = c.z_score if c.category in (Category.BELOW_EXPECTED_RANGE_FOR_AGE,
                                            Category.WITHIN_EXPECTED_RANGE_FOR_AGE) else c.t_score
        category, site = c.category, c.site
        if c.basis is Basis.T_SCORE and category not in OSTEOPOROTIC:
            low = category is Category.LOW_BONE_MASS
            if r.major_fracture or (r.minor_fracture and low) or r.ever_osteoporotic:
                category = Category.OSTEOPOROSIS
                c = replace(c, category=category, basis=Basis.HISTORY)
        untreated = untreated_interval_years(r.sex, c)
    elif r.major_fracture and not uses_z_score(patient, today()):
        category = Category.OSTEOPOROSIS  # by the fracture, no scan yet
    return OverviewRow(r.id, r.name, r.sex, r.birth_date, r.archived, r.last_scan_date,
                       category, site, score, untreated_years=untreated)


# -- what is due ----------------------------------------------------------------------------
def _limited_drugs() -> tuple[str, ...]:
    return tuple(d.name for d in catalogue().values() if d.limit_doses is not None)


def _scan_due(latest: dt.date | None, treated: bool, loss: bool | None,
              untreated: int | None = None, started: dt.date | None = None) -> dt.date | None:
    return next_scan_due(latest, treated, bool(loss), untreated, started)


def _scan_state(due_day: dt.date | None, as_of: dt.date) -> tuple[dt.date | None, bool]:
    """(the due day if within the notice period or past, whether past)."""
    if due_day is None or due_day > as_of + dt.timedelta(days=SCAN_DUE_NOTICE_DAYS):
        return None, False
    return due_day, due_day < as_of


def scan_due_summary(next_scan_due: dt.date | None, as_of: dt.date) -> DueSummary:
    """The scan part of a :class:`DueSummary` from a plan's next scan date."""
    day, late = _scan_state(next_scan_due, as_of)
    return DueSummary(scan_due=day, scan_overdue=late)


def due_summaries(session: Session, ids: Any, last_scans: Mapping[PatientId, dt.date | None],
                  as_of: dt.date, lsc: Mapping[Site, float],
                  untreated: Mapping[PatientId, int | None] | None = None) -> dict[PatientId, DueSummary]:
    """:class:`DueSummary` of each patient in ``ids`` (a list or a subquery of ids) whose
    latest visit is in ``last_scans``; patients with nothing due are left out. ``untreated``
    gives each patient's rescan interval without treatment (Gourlay 2012; missing: 2 years)."""
    untreated = untreated or {}
    courses: dict[PatientId, list[tuple[MedicationCourse, DoseHistory]]] = {}
    for course, history in dose_repo.running_courses(session, ids, as_of, _limited_drugs()):
        courses.setdefault(course.patient_id, []).append((course, history))
    scan_state: dict[PatientId, tuple[dt.date | None, bool]] = {}
    unsure: list[PatientId] = []
    for pid, latest in last_scans.items():
        starts = [c.start for c, _h in courses.get(pid, ()) if c.drug_class in TREATMENT_CLASSES]
        treated, started = bool(starts), min(starts, default=None)
        plain = _scan_state(_scan_due(latest, treated, False, untreated.get(pid), started), as_of)
        if treated or plain == _scan_state(_scan_due(latest, treated, True), as_of):
            scan_state[pid] = plain
        else:
            unsure.append(pid)  # a significant loss at the latest scan would change the answer
    if unsure:
        losses = scan_repo.losses_at_latest(session, unsure, lsc, FLOAT_TOLERANCE)
        for pid in unsure:
            scan_state[pid] = _scan_state(
                _scan_due(last_scans[pid], False, pid in losses, untreated.get(pid)), as_of)
    found: dict[PatientId, DueSummary] = {}
    for pid in {*courses, *scan_state}:
        overdue: list[tuple[str, int]] = []
        today_: list[str] = []
        urgent = False
        for course, history in courses.get(pid, ()):
            status = due(course, history, as_of)
            if status.overdue_days > 0:
                overdue.append((course.drug, status.overdue_days))
                urgent = urgent or denosumab_late(status) is not None
            elif status.tracked and status.next_due == as_of:  # doses followed, as in Today
                today_.append(course.drug)
        scan_day, scan_late = scan_state.get(pid, (None, False))
        if overdue or today_ or scan_day is not None:
            found[pid] = DueSummary(tuple(sorted(overdue, key=lambda o: -o[1])), tuple(today_),
                                    urgent, scan_day, scan_late)
    return found


def _with_due(session: Session, rows: Sequence[OverviewRow], as_of: dt.date,
              lsc: Mapping[Site, float]) -> list[OverviewRow]:
    if not rows:
        return []
    found = due_summaries(session, [r.id for r in rows],
                          {r.id: r.last_scan_date for r in rows if r.last_scan_date}, as_of, lsc,
                          {r.id: r.untreated_years for r in rows})
    return [replace(r, due=found[r.id]) if r.id in found else r for r in rows]


def due_for_patient(db: Database, patient_id: PatientId, as_of: dt.date | None = None) -> DueSummary:
    """What is due for one patient (the Today panel's scan line and the list's column)."""
    as_of = as_of or today()
    lsc = get_lsc(db)
    with db.read() as s:
        latest = repo.last_scan_dates(s, "", True, [patient_id])
        untreated = _untreated(s, latest)
        return due_summaries(s, [patient_id], latest, as_of, lsc, untreated).get(patient_id, DueSummary())


def _untreated(session: Session, last_scans: Mapping[PatientId, dt.date]) -> dict[PatientId, int | None]:
    """The untreated rescan interval of each of these patients, from their latest visit."""
    if not last_scans:
        return {}
    visits = repo.latest_visits(session, "", True, _SITES, only=list(last_scans))
    return {v.id: to_row(v).untreated_years for v in visits}


# Every patient's untreated interval, kept per database while nothing it reads has changed
# (``repo.classification_inputs``): "Overdue only" needs it for thousands of patients, and
# working it out again on every toggle of the filter would cost ~150 ms on 5,000 patients.
_intervals: dict[str, tuple[tuple[object, ...], dict[PatientId, int | None]]] = {}


def _all_untreated(session: Session, url: str, last_scans: Mapping[PatientId, dt.date]
                   ) -> dict[PatientId, int | None]:
    fingerprint = repo.classification_inputs(session)
    kept = _intervals.get(url)
    if kept is None or kept[0] != fingerprint or not set(last_scans) <= set(kept[1]):
        kept = (fingerprint, _untreated(session, last_scans))
        _intervals[url] = kept
    return {pid: kept[1].get(pid) for pid in last_scans}


def overdue(session: Session, text: str, include_archived: bool, as_of: dt.date,
            lsc: Mapping[Site, float]) -> dict[PatientId, DueSummary]:
    """Every matching patient with an overdue dose or scan, with what is due.

    Only patients whose latest scan is over a year old (the shortest interval) can be overdue
    for a scan, so only theirs are read to find their untreated interval (Gourlay 2012)."""
    last_scans = repo.last_scan_dates(session, text, include_archived)
    year_ago = add_years(as_of, -SHORT_SCAN_INTERVAL_YEARS)
    url = str(session.get_bind().engine.url)
    untreated = _all_untreated(session, url, {p: d for p, d in last_scans.items() if d < year_ago})
    found = due_summaries(session, repo.matching_ids(session, text, include_archived),
                          last_scans, as_of, lsc, untreated)
    return {pid: d for pid, d in found.items() if d.any_overdue}


def with_due(db: Database, rows: Sequence[OverviewRow], as_of: dt.date | None = None) -> list[OverviewRow]:
    """``rows`` with what is due for each (for rows listed with ``with_due=False``)."""
    as_of = as_of or today()
    lsc = get_lsc(db)
    with db.read() as s:
        return _with_due(s, rows, as_of, lsc)


def list_overview(db: Database, text: str = "", limit: int | None = 200, offset: int = 0,
                  sort_key: str = "name", *, include_archived: bool = False,
                  overdue_only: bool = False, as_of: dt.date | None = None,
                  with_due: bool = True) -> list[OverviewRow]:
    """A page of patients matching ``text`` (name part or birth-date prefix), sorted by
    ``sort_key`` (see :data:`SORT_KEYS`), with their latest category and what is due
    (``overdue_only``: only patients with an overdue dose or scan; ``with_due=False`` leaves
    what is due out, for a list that fills it in a moment later).

    Raises:
        ValueError: for an unknown sort key.
    """
    name = sort_key.lstrip("-")
    if name not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}; use one of {', '.join(SORT_KEYS)}")
    if not encodable(text):
        return []  # NUL or a lone surrogate: no name holds one, and PostgreSQL refuses it
    as_of = as_of or today()
    lsc = get_lsc(db) if with_due or overdue_only else {}
    with db.read() as s:
        late: dict[PatientId, DueSummary] | None = None
        if overdue_only:
            late = overdue(s, text, include_archived, as_of, lsc)
            if not late:
                return []
        if name != "category":
            visits = repo.latest_visits(s, text, include_archived, _SITES, sort_key, limit, offset,
                                        late)
            page = [to_row(v) for v in visits]
        else:  # every match by name: names break category ties (a stable sort keeps them)
            visits = repo.latest_visits(s, text, include_archived, _SITES, "name", only=late)
            ordered = _by_category([to_row(v) for v in visits], sort_key)
            page = ordered[offset:offset + limit] if limit is not None else ordered[offset:]
        if late is not None:
            return [replace(r, due=late[r.id]) for r in page]
        return _with_due(s, page, as_of, lsc) if with_due else page


def _by_category(rows: list[OverviewRow], sort_key: str) -> list[OverviewRow]:
    known = sorted((r for r in rows if r.category is not Category.UNKNOWN),
                   key=lambda r: (r.category_rank, r.score if r.score is not None else 99.0),
                   reverse=sort_key.startswith("-"))
    unknown = [r for r in rows if r.category is Category.UNKNOWN]  # never scanned: always last
    return known + unknown


def count_overview(db: Database, text: str = "", *, include_archived: bool = False,
                   overdue_only: bool = False, as_of: dt.date | None = None) -> int:
    """How many patients match, for "1,234 patients" under the list."""
    if not encodable(text):
        return 0
    as_of = as_of or today()
    lsc = get_lsc(db) if overdue_only else {}
    with db.read() as s:
        if overdue_only:
            return len(overdue(s, text, include_archived, as_of, lsc))
        return repo.count(s, text, include_archived)
