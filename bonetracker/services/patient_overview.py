"""The patient list at clinic scale: one query per page, with each patient's latest category.

The list model asks for one page at a time (``limit``/``offset``), filtered and sorted by the
database. The latest category needs the domain's classification rules (lowest T-score of the
diagnostic sites, Z-scores for younger people, "severe" after a fragility fracture), so SQL only
gathers each patient's latest visit pivoted into one row (site columns via conditional
aggregation) and :func:`bonetracker.domain.bmd.classify_scan` reads it: the list, the plan and
the report can never disagree. Sorting by category classifies every matching patient (one
query, ~5,000 rows in well under a second) because no SQL expression can mirror those rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, exists, func, or_, select
from sqlalchemy.orm import Session

from bonetracker.domain.bmd import CATEGORY_LABELS, Category, classify_scan
from bonetracker.domain.records import (
    DxaScan,
    Menopause,
    Patient,
    PatientId,
    ScanId,
    Sex,
    Site,
    SiteMeasurement,
)
from bonetracker.services.validation import encodable
from bonetracker.storage.database import Database
from bonetracker.storage.models import DxaScanRow, FractureRow, PatientRow, SiteMeasurementRow
from bonetracker.storage.repositories.patients import iso_date_text

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
_VALUES = ("bmd", "t_score", "z_score")


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


def _query(text: str, include_archived: bool) -> Select[Any]:
    # The latest visit through a correlated LIMIT 1 on the (patient_id) index: joining a
    # GROUP BY max(date) subquery instead makes SQLite scan it once per patient (O(n²)).
    scan = DxaScanRow.__table__.alias("latest")
    m = SiteMeasurementRow.__table__.alias("m")
    latest_id = (select(DxaScanRow.id).where(DxaScanRow.patient_id == PatientRow.id)
                 .order_by(DxaScanRow.date.desc()).limit(1).correlate(PatientRow).scalar_subquery())
    pivots = [func.max(case((m.c.site == site.value, m.c[value]))).label(f"{site.value}__{value}")
              for site in _SITES for value in _VALUES]
    fragility = exists().where(FractureRow.patient_id == PatientRow.id,
                               FractureRow.low_trauma.is_(True))
    query = (
        select(PatientRow.id, PatientRow.name, PatientRow.sex, PatientRow.birth_date,
               PatientRow.archived, PatientRow.menopause, PatientRow.prior_fragility_fracture,
               scan.c.date.label("last_scan"), fragility.label("fragility"), *pivots)
        .select_from(PatientRow)
        .outerjoin(scan, scan.c.id == latest_id)
        .outerjoin(m, m.c.scan_id == scan.c.id)
        .group_by(PatientRow.id, scan.c.date)
    )
    return query.where(*_filters(text, include_archived))


def _filters(text: str, include_archived: bool) -> list[Any]:
    """Name contains ``text`` (any case) or the birth date starts with it, as the list searches."""
    filters: list[Any] = [] if include_archived else [PatientRow.archived.is_(False)]
    text = text.strip()
    if text:
        filters.append(or_(func.lower(PatientRow.name).like(f"%{text.lower()}%"),
                           iso_date_text(PatientRow.birth_date).like(f"{text}%")))
    return filters


def _order(query: Select[Any], key: str) -> Select[Any]:
    name = key.lstrip("-")
    columns: dict[str, Any] = {"name": func.lower(PatientRow.name),
                               "birth_date": PatientRow.birth_date,
                               "last_scan": query.selected_columns.last_scan}
    if name not in columns:
        raise ValueError(f"unknown sort key {key!r}; use one of {', '.join(SORT_KEYS)}")
    ordered = columns[name].desc() if key.startswith("-") else columns[name].asc()
    if name == "last_scan":
        ordered = ordered.nulls_last()  # never-scanned patients last either way
    return query.order_by(ordered, func.lower(PatientRow.name), PatientRow.id)


def to_row(r: Any) -> OverviewRow:
    """Classify one pivoted result row with the domain rules."""
    sex = Sex(r.sex)
    category, site, score = Category.UNKNOWN, None, None
    if r.last_scan is not None:
        measurements = []
        for s in _SITES:
            values = [getattr(r, f"{s.value}__{v}") for v in _VALUES]
            if any(v is not None for v in values[:2]):
                measurements.append(SiteMeasurement(s, *values))
        patient = Patient(PatientId(r.id), r.name, sex, r.birth_date,
                          menopause=Menopause(r.menopause) if r.menopause else None)
        scan = DxaScan(ScanId(0), patient.id or PatientId(0), r.last_scan, tuple(measurements))
        c = classify_scan(patient, scan, bool(r.fragility or r.prior_fragility_fracture))
        score = c.z_score if c.category in (Category.BELOW_EXPECTED_RANGE_FOR_AGE,
                                            Category.WITHIN_EXPECTED_RANGE_FOR_AGE) else c.t_score
        category, site = c.category, c.site
    return OverviewRow(PatientId(r.id), r.name, sex, r.birth_date, bool(r.archived), r.last_scan,
                       category, site, score)


def _rows(session: Session, query: Select[Any]) -> list[OverviewRow]:
    return [to_row(r) for r in session.execute(query)]


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
    query = _query(text, include_archived)
    with db.read() as s:
        if name != "category":
            query = _order(query, sort_key)
            if limit is not None:
                query = query.limit(limit).offset(offset)
            return _rows(s, query)
        rows = _rows(s, _order(query, "name"))  # names break ties (a stable sort keeps them)
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
    query = select(func.count(PatientRow.id)).where(*_filters(text, include_archived))
    with db.read() as s:
        return int(s.scalar(query) or 0)
