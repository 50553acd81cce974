"""Every service's main write and read paths, on SQLite and on PostgreSQL.

One compact test per service: log, list, edit (the version goes up), a stale edit refused,
delete and restore with the same ids, and a new entry after the restore (sequences intact).
The deeper rules of each service are tested once, on SQLite, in tests/domain, tests/services
and tests/storage.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from bonetracker.domain.bmd import Category
from bonetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from bonetracker.domain.records import DxaScan, MealKind, PatientId, Site
from bonetracker.services import doses as dose_svc
from bonetracker.services import foods as food_svc
from bonetracker.services import (
    fractures,
    frax,
    labs,
    lifestyle,
    meals,
    measures,
    medications,
    patients,
    scans,
    settings,
    workouts,
)
from bonetracker.services.interchange import exporting, importing
from bonetracker.services.interchange.csv_formats import ENTRY_KINDS
from bonetracker.services.queries.chart_series import (
    daily_logs_from_db,
    daily_logs_from_record,
    load_chart_data,
)
from bonetracker.services.queries.patient_overview import SORT_KEYS, count_overview, list_overview
from bonetracker.services.queries.plan import patient_plan
from bonetracker.services.queries.report_data import report_data
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import patients as patient_repo
from bonetracker.storage.repositories import scans as scan_repo
from bonetracker.storage.repositories.entries import workouts as workout_repo

AS_OF = dt.date(2024, 6, 1)


def add_patient(db: Database, name: str = "Ann Smith", birth: str = "1956-02-29",
                **raw: object) -> PatientId:
    saved = patients.add_patient(db, patients.parse_patient(
        {"name": name, "sex": "female", "birth_date": birth, **raw}))
    assert saved.id is not None
    return saved.id


def log_scan(db: Database, pid: PatientId, day: str, site: str = "lumbar_spine",
             t: str = "-2.6") -> DxaScan:
    return scans.log_scan(db, scans.parse_scan(pid, {"date": day}, [{"site": site, "t_score": t}]))


# -- patients ----------------------------------------------------------------------------------
def test_patients_add_find_edit_archive(db: Database) -> None:
    ann = add_patient(db, "Ann Smith", "1956-02-29", prior_fragility_fracture=True, weight_kg="60")
    bob = add_patient(db, "bob jones", "1948-11-03")
    carl = add_patient(db, "Carl Lee", "1956-07-01")
    assert [p.name for p in patients.list_patients(db)] == ["Ann Smith", "bob jones", "Carl Lee"]
    assert [p.id for p in patients.list_patients(db, "JONES")] == [bob]
    assert [p.id for p in patients.list_patients(db, "1956-02")] == [ann]
    assert [p.id for p in patients.list_patients(db, "1956")] == [ann, carl]
    assert patients.list_patients(db, "a\x00b") == [] and patients.count_patients(db) == 3
    assert patients.resolve_patient(db, str(carl)).name == "Carl Lee"
    assert patients.resolve_patient(db, "BOB").id == bob
    for ref in ("999999999999999999", "\x00", "nobody"):
        with pytest.raises(NotFoundError):
            patients.resolve_patient(db, ref)

    original = patients.get_patient(db, ann)
    assert original.prior_fragility_fracture is True and original.glucocorticoids is False
    edited = patients.update_patient(db, dataclasses.replace(original, weight_kg=61.5, glucocorticoids=True))
    assert edited.version == original.version + 1 and edited.glucocorticoids is True
    with pytest.raises(StaleRecordError):  # a second workstation still holding the old version
        patients.update_patient(db, dataclasses.replace(original, weight_kg=70.0))
    assert patients.get_patient(db, ann).weight_kg == 61.5

    patients.set_archived(db, PatientId(bob), True)
    assert [p.id for p in patients.list_patients(db)] == [ann, carl]
    assert len(patients.list_patients(db, include_archived=True)) == 3
    assert patients.count_patients(db) == 2 and patients.count_patients(db, include_archived=True) == 3


def test_birth_date_search_ignores_the_servers_date_style(db: Database) -> None:
    """PostgreSQL casts dates to text in the session's DateStyle ("02/29/1956" in 'SQL, MDY')."""
    ann = add_patient(db)
    with db.engine.connect() as conn:
        if not db.is_sqlite:
            conn.execute(text("SET datestyle = 'SQL, MDY'"))  # undone by the rollback on close
        with Session(bind=conn) as s:
            assert [p.id for p in patient_repo.search(s, "1956-02-2")] == [ann]
            assert patient_repo.search(s, "02/29") == []
    assert [r.id for r in list_overview(db, "1956-02")] == [ann] and count_overview(db, "1956") == 1


# -- scans -------------------------------------------------------------------------------------
def test_scans_log_join_edit_stale_delete_restore(db: Database) -> None:
    pid = add_patient(db)
    first = log_scan(db, pid, "2020-01-10")
    joined = log_scan(db, pid, "2020-01-10", "femoral_neck", "-2.1")  # same visit gains a site
    assert joined.id == first.id and len(joined.measurements) == 2 and joined.version == 2
    edited = scans.update_scan(db, dataclasses.replace(joined, facility="City clinic"))
    assert edited.version == 3 and edited.facility == "City clinic"
    with pytest.raises(StaleRecordError):
        scans.update_scan(db, dataclasses.replace(joined, facility="Elsewhere"))
    later = log_scan(db, pid, "2022-01-12", t="-2.4")
    assert scans.list_scans(db, pid) == [edited, later]

    removed = scans.delete_scan(db, edited.id)
    assert scans.restore_scan(db, removed) == edited  # same ids (visit, measurements), version
    newest = log_scan(db, pid, "2023-05-01", t="-2.3")
    assert newest.id not in (first.id, later.id)
    assert {m.id for m in newest.measurements}.isdisjoint(
        {m.id for s in (edited, later) for m in s.measurements})
    assert [s.id for s in scans.list_scans(db, pid)] == [first.id, later.id, newest.id]


# -- workouts, lifestyle, medications, fractures, falls, measures, labs, FRAX --------------------
Make = Callable[[Database, PatientId, int], Any]
DRUGS = ("denosumab", "alendronate", "raloxifene", "teriparatide")
KINDS: list[tuple[str, Any, Make, dict[str, object], str]] = [
    ("workout", workouts, lambda db, pid, i: workouts.read_workout(
        db, pid, {"date": f"2024-05-0{i + 1}", "activity": "Brisk walking", "minutes": "30"}),
     {"minutes": 45, "notes": "hills"}, "list_workouts"),
    ("lifestyle", lifestyle, lambda db, pid, i: lifestyle.parse_lifestyle(
        pid, {"date": f"2024-05-0{i + 1}", "stress": "3", "alcohol_units": "1.5"}),
     {"stress": 6, "cigarettes": 2}, "list_lifestyle"),
    ("medication", medications, lambda db, pid, i: medications.parse_medication(
        pid, {"drug": DRUGS[i], "start": f"202{i}-01-01"}), {"dose": "60 mg"}, "list_medications"),
    ("fracture", fractures, lambda db, pid, i: fractures.parse_fracture(
        pid, {"date": f"201{i}-07-01", "site": "wrist"}), {"low_trauma": False}, "list_fractures"),
    ("fall", fractures, lambda db, pid, i: fractures.parse_fall(
        pid, {"date": f"201{i}-07-01"}), {"injury": True, "notes": "ice"}, "list_falls"),
    ("measure", measures, lambda db, pid, i: measures.parse_measure(
        pid, {"kind": "tug", "date": f"201{i}-07-01", "value": "13.5"}), {"value": 12.0, "note": "x"},
     "list_measures"),
    ("lab", labs, lambda db, pid, i: labs.parse_lab(
        pid, {"test": "vitamin_d_25oh", "date": f"201{i}-07-01", "value": "45", "unit": "nmol/L"}),
     {"range_low": 50.0, "range_high": 125.0}, "list_labs"),
    ("frax", frax, lambda db, pid, i: frax.parse_frax(
        pid, {"date": f"201{i}-07-01", "model": "uk", "with_bmd": "no", "major": "12", "hip": "2.5"}),
     {"category": "intermediate"}, "list_frax"),
]


@pytest.mark.parametrize(("kind", "module", "make", "change", "lister"), KINDS, ids=[k[0] for k in KINDS])
def test_entry_kind_log_edit_stale_delete_restore(
        db: Database, kind: str, module: Any, make: Make, change: dict[str, object], lister: str) -> None:
    log, update = getattr(module, f"log_{kind}"), getattr(module, f"update_{kind}")
    delete, restore = getattr(module, f"delete_{kind}"), getattr(module, f"restore_{kind}")
    pid = add_patient(db)

    def listed() -> list[Any]:
        return list(getattr(module, lister)(db, pid))

    a, b = log(db, make(db, pid, 0)), log(db, make(db, pid, 1))
    assert listed() == [a, b]
    edited = update(db, dataclasses.replace(a, **change))
    assert edited.version == a.version + 1 and edited.id == a.id
    assert all(getattr(edited, k) == v for k, v in change.items())
    with pytest.raises(StaleRecordError):
        update(db, dataclasses.replace(a, **change))  # the old version again
    removed = delete(db, b.id)
    with pytest.raises(NotFoundError):
        update(db, dataclasses.replace(b, **change))
    assert restore(db, removed) == b
    c = log(db, make(db, pid, 2))
    assert c.id not in (a.id, b.id) and listed() == [edited, b, c]
    if not db.is_sqlite:
        # Undo of a delete after a newer entry: PostgreSQL never hands out an id twice. (SQLite,
        # without AUTOINCREMENT, gives the newest entry the deleted highest id, so that undo fails
        # there and the undo stack says so.)
        removed = delete(db, c.id)
        d = log(db, make(db, pid, 3))
        assert restore(db, removed) == c and d.id != c.id


def test_stopping_a_medication(db: Database) -> None:
    pid = add_patient(db)
    course = medications.log_medication(db, medications.parse_medication(
        pid, {"drug": "vitamin d", "start": "2023-01-01", "daily_amount": "800"}))
    stopped = medications.stop_medication(db, pid, "vitamin D", "2024-01-31")
    assert stopped.id == course.id and stopped.end == dt.date(2024, 1, 31)
    assert stopped.version == course.version + 1


@pytest.mark.parametrize("kind", ["workout", "scan"])
def test_two_workstations_saving_the_same_version_at_once(db: Database, kind: str) -> None:
    """The second save waits for the first and is then refused, never overwrites it."""
    pid = add_patient(db)
    entry: Any = (workouts.log_workout(db, KINDS[0][2](db, pid, 0)) if kind == "workout"
                  else log_scan(db, pid, "2020-01-10"))
    field, values = ("minutes", (45, 50)) if kind == "workout" else ("facility", ("First", "Second"))
    first, second = (dataclasses.replace(entry, **{field: value}) for value in values)
    outcome: list[str] = []

    def other_workstation() -> None:
        try:
            (workouts.update_workout if kind == "workout" else scans.update_scan)(db, second)
            outcome.append("saved")
        except StaleRecordError:
            outcome.append("stale")

    unit = db.write()
    session = unit.__enter__()  # the first workstation's save, not committed yet
    (workout_repo.update if kind == "workout" else scan_repo.replace)(session, first)
    thread = threading.Thread(target=other_workstation)
    thread.start()
    time.sleep(0.2)  # the other save is now waiting for this transaction
    unit.__exit__(None, None, None)  # commit
    thread.join(10)
    stored = (workouts.list_workouts(db, pid) if kind == "workout" else scans.list_scans(db, pid))[0]
    assert outcome == ["stale"] and getattr(stored, field) == getattr(first, field)


# -- meals and foods ---------------------------------------------------------------------------
def test_meals_log_join_copy_delete_restore(db: Database) -> None:
    pid = add_patient(db)
    milk, kale = food_svc.resolve_food(db, "01077"), food_svc.resolve_food(db, "11233")
    cup = meals.parse_item(milk, {"amount": "1", "unit": "cup"})
    greens = meals.parse_item(kale, {"grams": "100"})
    first = meals.log_meal(db, meals.parse_meal(pid, {"date": "2024-03-01", "meal": "breakfast"}, [cup]))
    joined = meals.log_meal(db, meals.parse_meal(pid, {"date": "2024-03-01", "meal": "breakfast"}, [greens]))
    assert joined.id == first.id and len(joined.items) == 2 and joined.version == 2
    summary = meals.day_summary(db, pid, dt.date(2024, 3, 1))
    assert summary.meals == (joined,)
    assert [i.food_id for i in meals.recent_items(db, pid)] == [kale.id, milk.id]
    copies = meals.copy_meals(db, pid, dt.date(2024, 3, 1), dt.date(2024, 3, 2))
    assert len(copies) == 1 and [i.food_id for i in copies[0].items] == [milk.id, kale.id]

    removed = meals.delete_meal(db, first.id or 0)
    assert meals.restore_meal(db, removed) == joined  # same meal and item ids
    later = meals.log_meal(db, meals.parse_meal(pid, {"date": "2024-03-03", "meal": MealKind.LUNCH}, [cup]))
    assert later.id not in (first.id, copies[0].id)
    assert [m.date.day for m in meals.list_meals(db, pid)] == [1, 2, 3]


def test_foods_custom_favourites_search_and_high_in(db: Database) -> None:
    pid = add_patient(db)
    chew = food_svc.add_custom_food(db, food_svc.parse_custom_food(
        {"description": "Calcium chew", "basis": "portion", "portion_unit": "chew",
         "portion_grams": "5", "calcium_mg": "500", "vitamin_d_iu": "400", "kcal": "20"}))
    assert chew.id is not None
    assert food_svc.resolve_food(db, food_svc.public_id(chew)) == chew
    assert food_svc.search(db, "calcium chew", 3)[0].id == chew.id
    for ref in ("C999999", "\x00", "xyzzyq"):
        with pytest.raises(ValidationError):
            food_svc.resolve_food(db, ref)
    food_svc.set_favourite(db, pid, chew.id)
    assert [h.id for h in food_svc.favourites(db, pid)] == [chew.id]
    food_svc.set_favourite(db, pid, chew.id, on=False)
    assert food_svc.favourites(db, pid) == []
    rich = food_svc.high_in(db, "calcium_mg", 8, everyday=False)
    assert len(rich) == 8 and [r.amount for r in rich] == sorted((r.amount for r in rich), reverse=True)
    assert "Calcium chew" not in {r.food.description for r in rich}  # a custom food is "everyday"


# -- import and export -------------------------------------------------------------------------
def test_export_then_import_reproduces_every_kind(db: Database, tmp_path: Path) -> None:
    pid = add_patient(db)
    log_scan(db, pid, "2022-03-04")
    for _kind, module, make, _change, _lister in KINDS:
        getattr(module, f"log_{_kind}")(db, make(db, pid, 0))
    dose_svc.record_dose(db, pid, {"drug": DRUGS[0], "date": "2020-07-01", "time": "09:15",
                                   "note": "left arm, after \"the\" wait"})
    milk = food_svc.resolve_food(db, "01077")
    meals.log_meal(db, meals.parse_meal(pid, {"date": "2024-03-01", "meal": "snack"},
                                        [meals.parse_item(milk, {"amount": "1", "unit": "cup"})]))
    food_svc.set_favourite(db, pid, milk.id)  # type: ignore[arg-type]
    exporting.export(db, tmp_path / "a", [pid])
    copy = add_patient(db, "Copy Person", "1960-01-01")
    for kind in ENTRY_KINDS:
        result = importing.import_file(db, kind, tmp_path / "a" / f"{kind}.csv", copy)
        assert result.added >= 1, kind
    again = importing.import_file(db, "workouts", tmp_path / "a" / "workouts.csv", copy)
    assert again.added == 0 and again.skipped == 1
    exporting.export(db, tmp_path / "b", [copy])
    for kind in ENTRY_KINDS:
        exported = (tmp_path / "a" / f"{kind}.csv").read_text(encoding="utf-8")
        assert (tmp_path / "b" / f"{kind}.csv").read_text(encoding="utf-8") == exported, kind
    document = exporting.patient_document(db, copy)
    assert document["patient"]["name"] == "Copy Person" and len(document["meals"]) == 1


# -- plan, settings, overview, chart and report ------------------------------------------------
def test_plan_settings_overview_chart_and_report(db: Database) -> None:
    pid = add_patient(db, prior_fragility_fracture=True, weight_kg="58")
    add_patient(db, "Never Scanned", "1970-05-05")
    log_scan(db, pid, "2022-01-10", t="-2.2")
    log_scan(db, pid, "2024-01-15", t="-2.7")
    workouts.log_workout(db, KINDS[0][2](db, pid, 0))
    milk = food_svc.resolve_food(db, "01077")
    meals.log_meal(db, meals.parse_meal(pid, {"date": "2024-05-01", "meal": "breakfast"},
                                        [meals.parse_item(milk, {"amount": "2", "unit": "cup"})]))

    assert settings.set_lsc(db, {Site.LUMBAR_SPINE: 0.031})[Site.LUMBAR_SPINE] == 0.031
    assert settings.get_lsc(db)[Site.LUMBAR_SPINE] == 0.031
    plan = patient_plan(db, pid, AS_OF)
    assert plan.classification.category is Category.SEVERE_OSTEOPOROSIS and plan.recommendations
    for key in (*SORT_KEYS, "-last_scan", "-category"):
        rows = list_overview(db, "", 10, 0, key)
        assert len(rows) == 2, key
    assert list_overview(db, "", sort_key="last_scan")[-1].name == "Never Scanned"
    assert list_overview(db, "\x00") == [] and count_overview(db, "\ud800") == 0

    record = load_record(db, pid)
    sql, memory = daily_logs_from_db(db, pid, AS_OF), daily_logs_from_record(record)
    for name in ("workout_day", "workout_minutes", "meal_day", "calcium_sum"):
        assert np.array_equal(np.sort(getattr(sql, name)), np.sort(getattr(memory, name))), name
    chart = load_chart_data(db, pid, AS_OF)
    assert [s.site for s in chart.sites] == [Site.LUMBAR_SPINE]
    report = report_data(db, pid, AS_OF, printed=AS_OF)
    assert report.patient.id == pid


# -- doses -------------------------------------------------------------------------------------
def test_doses_due_overdue_list_and_calendar(db: Database, tmp_path: Path) -> None:
    from bonetracker.domain.doses import add_months
    from bonetracker.services.interchange.calendar import export_reminders
    from bonetracker.services.queries.patient_overview import due_for_patient

    today = dt.date.today()
    late = add_patient(db, "Dee Late")
    medications.log_medication(db, medications.parse_medication(
        late, {"drug": "denosumab", "start": add_months(today, -30).isoformat()}))
    for months in (30, 24, 18):  # the last injection 18 months ago, before the dose window
        dose_svc.record_dose(db, late, {"drug": "denosumab", "date": add_months(today, -months).isoformat()})
    [status] = dose_svc.statuses(db, late)
    assert status.due.last_dose == add_months(today, -18) and not status.due.last_dose_implied
    losing = add_patient(db, "Lou Loss")  # untreated; a significant loss 14 months ago
    for months, bmd in ((38, "0.80"), (14, "0.74")):
        scans.log_scan(db, scans.parse_scan(losing, {"date": add_months(today, -months).isoformat()},
                                            [{"site": "total_hip", "bmd": bmd}]))
    add_patient(db, "Nia None")
    rows = list_overview(db, overdue_only=True)
    assert [r.name for r in rows] == ["Dee Late", "Lou Loss"] and rows[0].due.urgent
    assert count_overview(db, overdue_only=True) == 2
    assert due_for_patient(db, losing).scan_overdue
    path, events = export_reminders(db, late, tmp_path / "late.ics")
    assert events == 1 and b"FREQ=MONTHLY;INTERVAL=6" in path.read_bytes()
