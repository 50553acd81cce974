"""The patient list at clinic scale: one query per page, with each patient's latest category.

The list model asks for one page at a time (``limit``/``offset``), filtered and sorted by the
database. The latest category needs the domain's classification rules (lowest T-score of the
diagnostic sites, Z-scores for younger people, "severe" after a fragility fracture), so SQL only
gathers each patient's latest visit pivoted into one row (``storage.repositories.overview``)
and :func:`bonetracker.domain.bmd.classify_scan` reads it: the list, the plan and
the report can never disagree. Sorting by category classifies every matching patient (one
query, ~5,000 rows in well under a second) because no SQL expression can mirror those rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bonetracker.domain.bmd import CATEGORY_LABELS, Category, classify_scan
from bonetracker.domain.records import DxaScan, Patient, PatientId, ScanId, Sex, Site
from bonetracker.services.validation import encodable
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import overview as repo
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
class OverviewRow:
    """One row of the patient list: who, when last scanned, and how that scan reads."""

    id: PatientId
    name: str
    sex: Sex
    birth_date: dt.date
    archived: bool
    last_scan_date: dt.date | None
    category: Category
    site: Site | None = None
    score: float | None = None  # the T- (or Z-) score that decided the category

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]

    @property
    def category_rank(self) -> int:
        return CATEGORY_ORDER.index(self.category)


def to_row(r: LatestVisit) -> OverviewRow:
    """Classify one patient's latest visit with the domain rules."""
    category, site, score = Category.UNKNOWN, None, None
    if r.last_scan is not None:
        patient = Patient(r.id, r.name, r.sex, r.birth_date, menopause=r.menopause)
        scan = DxaScan(ScanId(0), patient.id or PatientId(0), r.last_scan, r.measurements)
        c = classify_scan(patient, scan, r.fragility or r.prior_fragility_fracture)
        score = c.z_score if c.category in (Category.BELOW_EXPECTED_RANGE_FOR_AGE,
                                            Category.WITHIN_EXPECTED_RANGE_FOR_AGE) else c.t_score
        category, site = c.category, c.site
    return OverviewRow(r.id, r.name, r.sex, r.birth_date, r.archived, r.last_scan,
                       category, site, score)


def list_overview(db: Database, text: str = "", limit: int | None = 200, offset: int = 0,
                  sort_key: str = "name", *, include_archived: bool = False) -> list[OverviewRow]:
    """A page of patients matching ``text`` (name part or birth-date prefix), sorted by
    ``sort_key`` (see :data:`SORT_KEYS`), with their latest category.

    Raises:
        ValueError: for an unknown sort key.
    """
    name = sort_key.lstrip("-")
    if name not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}; use one of {', '.join(SORT_KEYS)}")
    if not encodable(text):
        return []  # NUL or a lone surrogate: no name holds one, and PostgreSQL refuses it
    with db.read() as s:
        if name != "category":
            visits = repo.latest_visits(s, text, include_archived, _SITES, sort_key, limit, offset)
            return [to_row(v) for v in visits]
        # Every match by name: names break category ties (a stable sort keeps them).
        visits = repo.latest_visits(s, text, include_archived, _SITES, "name")
    rows = [to_row(v) for v in visits]
    known = sorted((r for r in rows if r.category is not Category.UNKNOWN),
                   key=lambda r: (r.category_rank, r.score if r.score is not None else 99.0),
                   reverse=sort_key.startswith("-"))
    unknown = [r for r in rows if r.category is Category.UNKNOWN]  # never scanned: always last
    ordered = known + unknown
    return ordered[offset:offset + limit] if limit is not None else ordered[offset:]


def count_overview(db: Database, text: str = "", *, include_archived: bool = False) -> int:
    """How many patients match, for "1,234 patients" under the list."""
    if not encodable(text):
        return 0
    with db.read() as s:
        return repo.count(s, text, include_archived)
