"""The patient list at clinic scale: 5,000 demo patients, one page per query, the latest category
agreeing with the plan, search by name or birth date, and sorting by every column."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bonetracker.domain.bmd import Category
from bonetracker.services import demo
from bonetracker.services.patients import set_archived
from bonetracker.services.queries.patient_overview import (
    CATEGORY_ORDER,
    SORT_KEYS,
    count_overview,
    list_overview,
)
from bonetracker.services.queries.plan import patient_plan
from bonetracker.storage.database import Database, open_database

AS_OF = dt.date(2025, 6, 1)
CLINIC = 5000


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("clinic") / "clinic.sqlite3"
    db = open_database(f"sqlite:///{path}")
    report = demo.generate(db, CLINIC, 11, AS_OF)
    print(f"\n{report.summary()}")
    yield db
    db.close()


def timed(label: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


@pytest.mark.parametrize("key", [*SORT_KEYS, "-last_scan", "-category"])
def test_every_sort_gives_a_full_page_quickly(clinic: Database, key: str) -> None:
    rows = timed(f"page sorted by {key}", list_overview, clinic, "", 200, 0, key)
    assert len(rows) == 200 and len({r.id for r in rows}) == 200


def test_pages_follow_each_other_in_name_order(clinic: Database) -> None:
    assert count_overview(clinic) == CLINIC
    first = list_overview(clinic, limit=200)
    second = timed("second page", list_overview, clinic, "", 200, 200)
    names = [r.name.lower() for r in first + second]
    assert names == sorted(names) and not {r.id for r in first} & {r.id for r in second}


def test_last_scan_sort_puts_never_scanned_patients_last(clinic: Database) -> None:
    rows = list_overview(clinic, limit=None, sort_key="-last_scan")
    dates = [r.last_scan_date for r in rows]
    scanned = [d for d in dates if d is not None]
    assert scanned == sorted(scanned, reverse=True)
    assert dates.index(None) == len(scanned) and all(d is None for d in dates[len(scanned):])


def test_category_sort_puts_the_most_serious_first(clinic: Database) -> None:
    rows = timed("all patients sorted by category", list_overview, clinic, "", None, 0, "category")
    ranks = [CATEGORY_ORDER.index(r.category) for r in rows]
    assert ranks == sorted(ranks)
    assert rows[0].category is Category.SEVERE_OSTEOPOROSIS and rows[-1].category is Category.UNKNOWN
    assert {r.category for r in rows} >= {Category.OSTEOPOROSIS, Category.LOW_BONE_MASS,
                                          Category.NORMAL}


def test_latest_category_agrees_with_the_plan(clinic: Database) -> None:
    rows = list_overview(clinic, limit=300, offset=1000) + list_overview(clinic, "Helen", limit=5)
    for row in rows:
        plan = patient_plan(clinic, row.id)
        assert row.category is plan.classification.category, row
        assert row.last_scan_date == plan.classification.scan_date


def test_search_by_name_part_or_birth_date(clinic: Database) -> None:
    by_name = timed("search 'zofia'", list_overview, clinic, "zofia", None)
    assert by_name and all("zofia" in r.name.lower() for r in by_name)
    assert count_overview(clinic, "zofia") == len(by_name)
    year = by_name[0].birth_date.isoformat()[:7]
    by_date = list_overview(clinic, year, None)
    assert by_date and all(r.birth_date.isoformat().startswith(year) for r in by_date)


def test_archived_patients_only_when_asked(clinic: Database) -> None:
    target = list_overview(clinic, "Maria Santos", 1)[0]
    set_archived(clinic, target.id, True)
    try:
        assert list_overview(clinic, "Maria Santos") == []
        [row] = list_overview(clinic, "Maria Santos", include_archived=True)
        assert row.archived and count_overview(clinic, include_archived=True) == CLINIC
    finally:
        set_archived(clinic, target.id, False)


def test_unknown_sort_key_is_refused(clinic: Database) -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        list_overview(clinic, sort_key="shoe_size")


def test_the_cli_list_and_the_window_list_show_the_same_patients_and_last_scans(clinic: Database) -> None:
    """`patients list` (the cheap summary) and the window's list (classified) are one row type:
    the same people, birth dates, archive flags and latest scan dates, archived patients too."""
    from dataclasses import fields

    from bonetracker.domain.records import PatientSummary
    from bonetracker.services.patients import list_patients

    def summary(row: PatientSummary) -> tuple[object, ...]:
        return tuple(getattr(row, f.name) for f in fields(PatientSummary))

    listed = sorted(summary(p) for p in list_patients(clinic, "", include_archived=True))
    overview = sorted(summary(r) for r in list_overview(clinic, limit=None, include_archived=True,
                                                        with_due=False))
    assert len(listed) == CLINIC and listed == overview
    assert any(s[-1] is not None for s in listed) and any(s[-1] is None for s in listed)
