"""What the plan reads of the measurements and labs: every height (height loss looks back to the
tallest adult height), the latest two of each other test (its latest value and the change since
the previous one) and the latest result of each lab test.

A heavy record holds years of monthly tests; the plan is computed on every patient opened, and
reading a few rows per kind instead of all of them keeps that fast. The chart and the lists read
everything (``entries.measures`` / ``entries.labs``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bonetracker.domain.records import LabResult, Measure, MeasureKind
from bonetracker.storage.models import LabResultRow, MeasureRow
from bonetracker.storage.repositories.entries import labs as lab_mapper
from bonetracker.storage.repositories.entries import measures as measure_mapper

TESTS_KEPT = 2  # the latest and the previous of each test
LABS_KEPT = 1


def _latest(session: Session, model: Any, mapper: Any, group: Any, patient_id: int, keep: int,
            also: Any = None) -> list[Any]:
    ranked = (select(model.id, func.row_number().over(
        partition_by=group, order_by=(model.date.desc(), model.id.desc())).label("rn"))
        .where(model.patient_id == patient_id).subquery())
    wanted = ranked.c.rn <= keep if also is None else or_(ranked.c.rn <= keep, also)
    columns = [getattr(model, name) for name in mapper.fields]
    query = (select(*columns).join(ranked, ranked.c.id == model.id).where(wanted)
             .order_by(model.date, model.id))
    return [mapper.to_domain(row) for row in session.execute(query)]


def for_plan(session: Session, patient_id: int) -> list[Measure]:
    """Every height and the latest two of each test, oldest first."""
    found: list[Measure] = _latest(session, MeasureRow, measure_mapper, MeasureRow.kind, patient_id,
                                   TESTS_KEPT, MeasureRow.kind == MeasureKind.HEIGHT.value)
    return found


def labs_for_plan(session: Session, patient_id: int) -> list[LabResult]:
    """The latest result of each lab test, oldest first."""
    found: list[LabResult] = _latest(session, LabResultRow, lab_mapper, LabResultRow.test, patient_id,
                                     LABS_KEPT)
    return found
