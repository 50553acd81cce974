"""The patient list's query: a page of patients, each with their latest visit in one row.

SQL gathers each patient's latest visit pivoted into one row (site columns via conditional
aggregation), filtered, sorted and paged by the database; the service reads the category from
it with the domain's rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, exists, func, select
from sqlalchemy.orm import Session

from bonetracker.domain.bmd import (
    DIAGNOSTIC_SITES,
    FLOAT_TOLERANCE,
    FRACTURE_DIAGNOSTIC_SITES,
    FRACTURE_WITH_LOW_MASS_SITES,
    OSTEOPOROSIS_UPPER,
)
from bonetracker.domain.records import (
    Device,
    Menopause,
    PatientId,
    PatientSummary,
    Sex,
    Site,
    SiteMeasurement,
)
from bonetracker.storage.models import DxaScanRow, FractureRow, PatientRow, SiteMeasurementRow
from bonetracker.storage.repositories.patients import name_or_birth_date_matches

ORDER_KEYS: tuple[str, ...] = ("name", "birth_date", "last_scan")
"""Keys :func:`latest_visits` sorts by in SQL; prefix ``-`` for descending."""

_VALUES = ("bmd", "t_score", "z_score")


@dataclass(frozen=True)
class LatestVisit(PatientSummary):
    """One patient of the list (a :class:`PatientSummary`) and the measurements of their latest
    visit (none if unscanned), with what classifying it reads."""

    menopause: Menopause | None
    prior_fragility_fracture: bool
    fragility: bool  # a low-trauma fracture on record
    measurements: tuple[SiteMeasurement, ...]
    device: Device | None = None  # of the latest visit
    major_fracture: bool = False  # a low-trauma hip or vertebral fracture
    minor_fracture: bool = False  # a low-trauma humerus, pelvis or wrist fracture
    ever_osteoporotic: bool = False  # any visit reported a spine/hip T-score of -2.5 or lower
    menopause_year: int | None = None
    hyperparathyroidism: bool = False


def _query(text: str, include_archived: bool, sites: Sequence[Site],
           only: Collection[int] | None = None) -> Select[Any]:
    # The latest visit through a correlated LIMIT 1 on the (patient_id) index: joining a
    # GROUP BY max(date) subquery instead makes SQLite scan it once per patient (O(n²)).
    scan = DxaScanRow.__table__.alias("latest")
    m = SiteMeasurementRow.__table__.alias("m")
    latest_id = (select(DxaScanRow.id).where(DxaScanRow.patient_id == PatientRow.id)
                 .order_by(DxaScanRow.date.desc()).limit(1).correlate(PatientRow).scalar_subquery())
    pivots = [func.max(case((m.c.site == site.value, m.c[value]))).label(f"{site.value}__{value}")
              for site in sites for value in _VALUES]
    fragility = exists().where(FractureRow.patient_id == PatientRow.id,
                               FractureRow.low_trauma.is_(True))
    # What the plan's classification also reads (AACE 2020): diagnostic fractures, and whether
    # osteoporosis was reported at an earlier visit (the diagnosis persists).
    major = exists().where(FractureRow.patient_id == PatientRow.id, FractureRow.low_trauma.is_(True),
                           FractureRow.site.in_([s.value for s in FRACTURE_DIAGNOSTIC_SITES]))
    minor = exists().where(FractureRow.patient_id == PatientRow.id, FractureRow.low_trauma.is_(True),
                           FractureRow.site.in_([s.value for s in FRACTURE_WITH_LOW_MASS_SITES]))
    ever = exists().where(DxaScanRow.patient_id == PatientRow.id,
                          SiteMeasurementRow.scan_id == DxaScanRow.id,
                          SiteMeasurementRow.site.in_([s.value for s in DIAGNOSTIC_SITES]),
                          SiteMeasurementRow.t_score <= OSTEOPOROSIS_UPPER + FLOAT_TOLERANCE)
    query = (
        select(PatientRow.id, PatientRow.name, PatientRow.sex, PatientRow.birth_date,
               PatientRow.archived, PatientRow.menopause, PatientRow.prior_fragility_fracture,
               scan.c.date.label("last_scan"), fragility.label("fragility"), *pivots,
               scan.c.device.label("device"), major.label("major"), minor.label("minor"),
               ever.label("ever"), PatientRow.menopause_year, PatientRow.hyperparathyroidism)
        .select_from(PatientRow)
        .outerjoin(scan, scan.c.id == latest_id)
        .outerjoin(m, m.c.scan_id == scan.c.id)
        .group_by(PatientRow.id, scan.c.date, scan.c.device)
    )
    return query.where(*_filters(text, include_archived, only))


def _filters(text: str, include_archived: bool, only: Collection[int] | None = None) -> list[Any]:
    """Name contains ``text`` (any case) or the birth date starts with it, as the list searches;
    ``only`` keeps just those patient ids (the "overdue only" filter)."""
    filters: list[Any] = [] if include_archived else [PatientRow.archived.is_(False)]
    text = text.strip()
    if text:
        filters.append(name_or_birth_date_matches(text))
    if only is not None:
        filters.append(PatientRow.id.in_(sorted(only)))
    return filters


def _order(query: Select[Any], key: str) -> Select[Any]:
    name = key.lstrip("-")
    if name not in ORDER_KEYS:
        raise ValueError(f"unknown sort key {key!r}; use one of {', '.join(ORDER_KEYS)}")
    column: Any = {"name": func.lower(PatientRow.name), "birth_date": PatientRow.birth_date}.get(
        name) if name != "last_scan" else query.selected_columns.last_scan
    ordered = column.desc() if key.startswith("-") else column.asc()
    if name == "last_scan":
        ordered = ordered.nulls_last()  # never-scanned patients last either way
    return query.order_by(ordered, func.lower(PatientRow.name), PatientRow.id)


def _visit(r: Any, sites: Sequence[Site]) -> LatestVisit:
    measurements: list[SiteMeasurement] = []
    if r.last_scan is not None:
        for s in sites:
            values = [getattr(r, f"{s.value}__{v}") for v in _VALUES]
            if any(v is not None for v in values[:2]):
                measurements.append(SiteMeasurement(s, *values))
    return LatestVisit(PatientId(r.id), r.name, Sex(r.sex), r.birth_date, bool(r.archived), r.last_scan,
                       Menopause(r.menopause) if r.menopause else None,
                       bool(r.prior_fragility_fracture), bool(r.fragility), tuple(measurements),
                       Device(r.device) if r.device else None, bool(r.major),
                       bool(r.minor), bool(r.ever), r.menopause_year, bool(r.hyperparathyroidism))


def latest_visits(session: Session, text: str, include_archived: bool, sites: Sequence[Site],
                  sort_key: str = "name", limit: int | None = None,
                  offset: int = 0, only: Collection[int] | None = None) -> list[LatestVisit]:
    """Patients whose name contains ``text`` or whose birth date starts with it, sorted by
    ``sort_key`` (one of :data:`ORDER_KEYS`, ``-`` for descending; names then ids break ties),
    each with the ``sites`` measured at their latest visit.

    Raises:
        ValueError: for an unknown sort key.
    """
    query = _order(_query(text, include_archived, sites, only), sort_key)
    if limit is not None and sort_key.lstrip("-") != "last_scan":
        # Page the patients first, then find only their latest visits: otherwise the database
        # works out 5,000 latest visits to show 200 (~20 ms on every start and search).
        page = (_order(select(PatientRow.id).where(*_filters(text, include_archived, only)), sort_key)
                .limit(limit).offset(offset))
        query = query.where(PatientRow.id.in_(page.scalar_subquery()))
    elif limit is not None:
        query = query.limit(limit).offset(offset)
    return [_visit(r, sites) for r in session.execute(query)]


def count(session: Session, text: str, include_archived: bool,
          only: Collection[int] | None = None) -> int:
    """How many patients :func:`latest_visits` would list without a limit."""
    query = select(func.count(PatientRow.id)).where(*_filters(text, include_archived, only))
    return int(session.scalar(query) or 0)


def matching_ids(session: Session, text: str, include_archived: bool) -> Any:
    """The ids of the patients the list would show, as a subquery (for queries about them)."""
    return select(PatientRow.id).where(*_filters(text, include_archived)).scalar_subquery()


def last_scan_dates(session: Session, text: str, include_archived: bool,
                    ids: Collection[int] | None = None) -> dict[PatientId, dt.date]:
    """Each matching patient's (or each of ``ids``') latest visit date; patients never scanned
    are left out."""
    who = matching_ids(session, text, include_archived) if ids is None else list(ids)
    query = (select(DxaScanRow.patient_id, func.max(DxaScanRow.date))
             .where(DxaScanRow.patient_id.in_(who)).group_by(DxaScanRow.patient_id))
    return {PatientId(pid): day for pid, day in session.execute(query)}


def classification_inputs(session: Session) -> tuple[object, ...]:
    """A fingerprint of everything a latest-visit classification reads (scans, their sites,
    fractures, patients): equal fingerprints mean equal classifications, so a caller may keep
    its results. Counts, highest ids and version sums cost a few milliseconds together."""
    parts = [
        select(func.count()).select_from(DxaScanRow),
        select(func.max(DxaScanRow.id)),
        select(func.sum(DxaScanRow.version)),
        select(func.count()).select_from(SiteMeasurementRow),
        select(func.max(SiteMeasurementRow.id)),
        select(func.count()).select_from(FractureRow),
        select(func.max(FractureRow.id)),
        select(func.sum(FractureRow.version)),
        select(func.count()).select_from(PatientRow),
        select(func.sum(PatientRow.version)),
    ]
    return tuple(session.execute(select(*(p.scalar_subquery() for p in parts))).one())
