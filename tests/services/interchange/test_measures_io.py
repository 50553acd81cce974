"""Measurements, labs and FRAX results through CSV: export -> import into a fresh database gives
the same records (units as typed, worksheets kept, so no spurious "recalculate"), bad rows are
named by line and column with the allowed range and nothing is written, re-imports add nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bonetracker.domain.measures.frax import changed_inputs
from bonetracker.domain.records import Patient, PatientId, PatientRecord, Sex
from bonetracker.services import frax, labs, measures, scans
from bonetracker.services.interchange import exporting, importing
from bonetracker.services.interchange.csv_formats import ENTRY_KINDS, SPECS, ImportRejected, guess_kind
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.patients import add_patient, update_patient
from bonetracker.services.queries.plan import patient_plan
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database, open_database

KINDS = ("measures", "labs", "frax")
AS_OF = dt.date(2025, 6, 1)


def new_patient(db: Database, name: str = "Ann Measure") -> PatientId:
    p = add_patient(db, Patient(None, name, Sex.FEMALE, dt.date(1948, 4, 1), height_cm=160.0,
                                weight_kg=58.0))
    assert p.id is not None
    return p.id


@pytest.fixture
def pid(db: Database) -> PatientId:
    return new_patient(db)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    other = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    yield other
    other.close()


def run(db: Database, kind: str, text: str, pid: PatientId, dry_run: bool = False
        ) -> importing.ImportResult:
    return importing.import_table(db, kind, read_table(text), pid, dry_run=dry_run)


def problems(db: Database, kind: str, text: str, pid: PatientId) -> list[tuple[int, str, str]]:
    with pytest.raises(ImportRejected) as info:
        run(db, kind, text, pid)
    return [(e.line, e.column, e.message) for e in info.value.row_errors]


def stored(db: Database, pid: PatientId) -> tuple[Any, ...]:
    r = load_record(db, pid)
    return r.measures, r.labs, r.frax


def plain(record: PatientRecord, kind: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in dataclasses.asdict(x).items() if k not in ("id", "patient_id", "version")}
            for x in getattr(record, kind)]


def fill(db: Database, pid: PatientId) -> None:
    """Awkward values of each kind, logged through the services as a user would."""
    scans.log_scan(db, scans.parse_scan(pid, {"date": "2021-03-04", "device": "hologic"},
                                        [{"site": "femoral_neck", "bmd": "0.612"}]))
    for raw in ({"kind": "height", "date": "2012-05-05", "value": "63.25", "unit": "in"},
                {"kind": "height", "date": "2024-02-01", "value": "156.4", "unit": "cm"},
                {"kind": "tug", "date": "2024-02-01", "value": "14", "note": "=1+1"},
                {"kind": "chair_stand_30s", "date": "2024-02-01", "value": "9"},
                {"kind": "grip", "date": "2024-02-01", "value": str(0.1 + 30.2), "unit": "lb"},
                {"kind": "gait_speed", "date": "2024-02-01", "value": "2.625", "unit": "ft/s"},
                {"kind": "balance_tandem", "date": "2024-02-01", "value": "7.5", "note": "-left first"}):
        measures.log_measure(db, measures.parse_measure(pid, raw))
    for raw in ({"test": "vitamin_d_25oh", "date": "2024-02-01", "value": "40", "unit": "nmol/L"},
                {"test": "calcium", "date": "2024-02-01", "value": "2.71", "unit": "mmol/L",
                 "range_low": "2.15", "range_high": "2.6", "note": "@lab"},
                {"test": "egfr", "date": "2024-02-01", "value": "32"},
                {"test": "pth", "date": "2024-02-01", "value": str(1 / 3 + 7), "unit": "pmol/L",
                 "range_high": "7.0"}):
        labs.log_lab(db, labs.parse_lab(pid, raw))
    for raw in ({"date": "2023-01-10", "model": "us", "with_bmd": "yes", "major": "21.5",
                 "hip": "3.4", "note": "+ parents"},
                {"date": "2024-03-01", "model": "uk", "with_bmd": "no", "major": "15",
                 "hip": str(0.1 + 0.2), "category": "intermediate"}):
        frax.log_frax(db, frax.parse_frax(pid, raw))


def export_kinds(db: Database, pid: PatientId, folder: Path) -> dict[str, Path]:
    written = exporting.export_patient_csv(db, pid, folder)
    return {p.stem: p for p in written}


# -- round trip ------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_export_then_import_into_a_fresh_database_gives_the_same_records(
        db: Database, fresh: Database, pid: PatientId, tmp_path: Path, kind: str) -> None:
    fill(db, pid)
    files = export_kinds(db, pid, tmp_path / "a")
    original = load_record(db, pid)
    assert getattr(original, kind), "the patient has entries of this kind"
    copy = new_patient(fresh)
    scans_file = files["scans"]
    importing.import_file(fresh, "scans", scans_file, copy)
    if kind == "frax":  # the worksheet reads heights: bring them first, as the documented order does
        importing.import_file(fresh, "measures", files["measures"], copy)
    result = importing.import_file(fresh, kind, files[kind], copy)
    assert (result.added, result.skipped) == (len(getattr(original, kind)), 0)
    assert plain(load_record(fresh, copy), kind) == plain(original, kind)
    again = importing.import_file(fresh, kind, files[kind], copy)
    assert (again.added, again.skipped) == (0, result.added)
    out = export_kinds(fresh, copy, tmp_path / "b")
    assert out[kind].read_bytes() == files[kind].read_bytes()


def test_units_are_exported_as_typed_and_formulas_neutralised(db: Database, pid: PatientId,
                                                             tmp_path: Path) -> None:
    fill(db, pid)
    files = export_kinds(db, pid, tmp_path)
    rows = files["measures"].read_text(encoding="utf-8").splitlines()
    assert rows[0] == "date,kind,value,unit,note"
    assert "2012-05-05,height,63.25,in," in rows and "2024-02-01,tug,14.0,s,'=1+1" in rows
    assert f"2024-02-01,grip,{0.1 + 30.2!r},lb," in rows and "2024-02-01,gait_speed,2.625,ft/s," in rows
    assert "2024-02-01,balance_tandem,7.5,s,'-left first" in rows
    lab_rows = files["labs"].read_text(encoding="utf-8").splitlines()
    assert "2024-02-01,vitamin_d_25oh,40.0,nmol/L,,," in lab_rows
    assert "2024-02-01,calcium,2.71,mmol/L,2.15,2.6,'@lab" in lab_rows
    frax_text = files["frax"].read_text(encoding="utf-8")
    assert frax_text.splitlines()[0] == "date,model,with_bmd,major,hip,category,note,inputs"
    assert "2023-01-10,us,yes,21.5,3.4,,'+ parents," in frax_text
    assert f"2024-03-01,uk,no,15.0,{0.1 + 0.2!r},intermediate,," in frax_text


def test_a_round_trip_keeps_each_frax_worksheet_so_recalculate_does_not_fire(
        db: Database, fresh: Database, pid: PatientId, tmp_path: Path) -> None:
    """The worksheet of a result is exported with it; without it the copy would compare the
    result with a worksheet worked out at import time (or with none) and say "recalculate"."""
    frax.log_frax(db, frax.parse_frax(pid, {"date": "2024-03-01", "model": "us", "with_bmd": "no",
                                            "major": "24", "hip": "3.1"}))
    update_patient(db, dataclasses.replace(load_record(db, pid).patient, weight_kg=52.0))
    files = export_kinds(db, pid, tmp_path)
    before = patient_plan(db, pid, AS_OF)
    assert "frax_recalculate" in {r.id for r in before.recommendations}  # the weight changed since

    copy = new_patient(fresh)
    update_patient(fresh, dataclasses.replace(load_record(fresh, copy).patient, weight_kg=52.0))
    importing.import_file(fresh, "frax", files["frax"], copy)
    record = load_record(fresh, copy)
    assert record.frax[0].inputs == load_record(db, pid).frax[0].inputs
    assert changed_inputs(record.frax[0], record, AS_OF) == ["Weight"]
    after = patient_plan(fresh, copy, AS_OF)
    assert [r.id for r in after.recommendations] == [r.id for r in before.recommendations]


def test_a_result_that_still_stands_still_stands_after_a_round_trip(
        db: Database, fresh: Database, pid: PatientId, tmp_path: Path) -> None:
    fill(db, pid)
    frax.log_frax(db, frax.parse_frax(pid, {"date": "2024-06-01", "model": "us", "with_bmd": "yes",
                                            "major": "12", "hip": "1.5"}))
    files = export_kinds(db, pid, tmp_path)
    copy = new_patient(fresh)
    for kind in ENTRY_KINDS:
        importing.import_file(fresh, kind, files[kind], copy)
    for where, who in ((db, pid), (fresh, copy)):
        record = load_record(where, who)
        assert changed_inputs(record.frax[-1], record, AS_OF) == []
        assert "frax_recalculate" not in {r.id for r in patient_plan(where, who, AS_OF).recommendations}


def test_a_frax_row_without_a_worksheet_gets_the_records_own_on_its_date(
        db: Database, pid: PatientId) -> None:
    measures.log_measure(db, measures.parse_measure(pid, {"kind": "height", "date": "2020-01-01",
                                                         "value": "158.5"}))
    text = "date,model,with_bmd,major,hip\n2024-03-01,us,no,24,3.1\n"
    run(db, "frax", text, pid)
    [result] = load_record(db, pid).frax
    sheet = json.loads(result.inputs)
    assert sheet["height_cm"] == 158.5 and sheet["weight_kg"] == 58.0 and sheet["sex"] == "female"
    record = load_record(db, pid)
    assert changed_inputs(result, record, AS_OF) == []
    # Typed again after a new height (so another worksheet): the same result, not a second one.
    measures.log_measure(db, measures.parse_measure(pid, {"kind": "height", "date": "2024-05-01",
                                                         "value": "157"}))
    again = run(db, "frax", text, pid)
    assert (again.added, again.skipped) == (0, 1)
    assert changed_inputs(result, load_record(db, pid), AS_OF) == ["Height"]


# -- bad rows --------------------------------------------------------------------------------
BAD = {
    "measures": (
        "date,kind,value,unit,note\n"
        "2024-01-01,tug,14,s,fine\n"
        "2024-01-02,tug,600,s,\n"
        "2024-01-03,tug,0,,\n"
        "2024-01-04,grip,200,kg,\n"
        "2024-01-05,height,30,cm,\n"
        "2099-01-01,gait_speed,1.0,,\n"
        "2024-01-07,jog,1,,\n",
        [(3, "value", "must be from 2 to 300 s (got 600)"),
         (4, "value", "must be from 2 to 300 s (got 0)"),
         (5, "value", "must be from 0 to 100 kg (got 200)"),
         (6, "value", "must be from 50 to 250 cm (got 30)"),
         (7, "date", "cannot be in the future"),
         (8, "kind", "must be one of height, tug,")]),
    "labs": (
        "date,test,value,unit,range_low,range_high,note\n"
        "2024-01-01,egfr,32,,,,fine\n"
        "2024-01-02,vitamin_d_25oh,0,ng/mL,,,\n"
        "2024-01-03,calcium,9.4,mg/dL,10.4,8.6,\n"
        "2024-01-04,ctx,0.3,ng/mL,x,,\n"
        "2024-01-05,cholesterol,5,,,,\n",
        [(3, "value", "must be from 1 to 250 ng/mL (got 0)"),
         (4, "range_low", "must be below range_high (8.6)"),
         (5, "range_low", "must be a number"),
         (6, "test", "must be one of vitamin_d_25oh,")]),
    "frax": (
        "date,model,with_bmd,major,hip,category,note,inputs\n"
        "2024-01-01,us,yes,22,3.4,,fine,\n"
        "2024-01-02,mars,yes,22,3.4,,,\n"
        "2024-01-03,us,perhaps,22,3.4,,,\n"
        "2024-01-04,us,no,101,3,,,\n"
        "2024-01-05,us,no,10,12,,,\n"
        "2024-01-06,uk,no,10,2,huge,,\n"
        "2024-01-07,us,no,10,2,,,{not json\n",
        [(3, "model", "must be one of us, us_black,"),
         (4, "with_bmd", "must be yes or no (got 'perhaps')"),
         (5, "major", "must be from 0 to 100 % (got 101)"),
         (6, "hip", "cannot be above the major osteoporotic probability (10 %)"),
         (7, "category", "must be one of low|intermediate|high|very_high (got 'huge')"),
         (8, "inputs", "must be the worksheet as exported, a JSON object")]),
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_bad_row_is_named_with_line_column_and_range_and_nothing_is_written(
        db: Database, pid: PatientId, kind: str) -> None:
    text, expected = BAD[kind]
    found = problems(db, kind, text, pid)
    assert len(found) == len(expected), found
    for (line, column, message), (e_line, e_column, e_message) in zip(found, expected, strict=True):
        assert (line, column) == (e_line, e_column) and message.startswith(e_message), found
    assert stored(db, pid) == ((), (), ())


@pytest.mark.parametrize(("kind", "row", "allowed"), [
    ("measures", "2024-01-01,grip,30,cm", "must be one of kg, lb for Grip strength (got 'cm')"),
    ("measures", "2024-01-01,height,160,kg", "must be one of cm, in for Height (got 'kg')"),
    ("measures", "2024-01-01,tug,12,min", "must be one of s for Timed Up and Go (got 'min')"),
    ("labs", "2024-01-01,vitamin_d_25oh,18,mg/dL",
     "must be one of ng/mL, nmol/L for 25-hydroxyvitamin D (got 'mg/dL')"),
    ("labs", "2024-01-01,calcium,2.4,nmol/L",
     "must be one of mg/dL, mmol/L for Serum calcium (got 'nmol/L')"),
])
def test_a_unit_that_does_not_belong_to_the_kind_is_refused(
        db: Database, pid: PatientId, kind: str, row: str, allowed: str) -> None:
    header = "date,kind,value,unit" if kind == "measures" else "date,test,value,unit"
    assert problems(db, kind, f"{header}\n{row}\n", pid) == [(2, "unit", allowed)]
    assert stored(db, pid) == ((), (), ())


def test_units_are_read_in_any_usual_spelling_and_stored_as_the_kind_spells_them(
        db: Database, pid: PatientId) -> None:
    run(db, "labs", "date,test,value,unit\n2024-01-01,vitamin_d_25oh,40,NMOL/L\n"
                    "2024-01-01,egfr,50,ml/min/1.73m2\n", pid)
    assert [(r.value, r.unit) for r in load_record(db, pid).labs] == [(40.0, "nmol/L"),
                                                                     (50.0, "mL/min/1.73m²")]


def test_a_dry_run_checks_and_counts_but_writes_nothing(db: Database, pid: PatientId) -> None:
    text = "date,kind,value\n2024-01-01,tug,13\n2024-01-01,tug,13\n2024-02-01,height,158\n"
    dry = run(db, "measures", text, pid, dry_run=True)
    assert (dry.rows, dry.added, dry.skipped, dry.dry_run) == (3, 3, 0, True)
    assert stored(db, pid) == ((), (), ())
    assert run(db, "measures", text, pid).added == 3  # two identical trials on a day are both kept
    again = run(db, "measures", text, pid, dry_run=True)
    assert (again.added, again.skipped) == (0, 3)
    assert again.summary("Ann") == "Checked 3 measures rows for Ann: would add 0, skipped 3 already stored."


def test_header_problems_and_guessing_the_kind(db: Database, pid: PatientId) -> None:
    assert problems(db, "labs", "date,value\n2024-01-01,30\n", pid) == [
        (1, "test", "required column is missing")]
    assert problems(db, "frax", "date,model,major,hip,bmd\n2024-01-01,us,20,3,yes\n", pid)[0] == (
        1, "bmd", "unknown column for frax; expected "
                  "date,model,with_bmd,major,hip,category,note,inputs")
    for kind in KINDS:
        assert guess_kind(SPECS[kind].headers) == kind
    assert guess_kind(("date", "kind", "value")) == "measures"
    assert guess_kind(("date", "test", "value", "unit")) == "labs"
    assert guess_kind(("date", "model", "with_bmd", "major", "hip")) == "frax"


# -- export of every patient -----------------------------------------------------------------
def test_export_of_every_patient_has_the_new_kinds_in_csv_and_json(
        db: Database, pid: PatientId, tmp_path: Path) -> None:
    fill(db, pid)
    other = new_patient(db, "Bea Other")
    assert {"measures", "labs", "frax"} <= set(ENTRY_KINDS)
    exporting.export(db, tmp_path / "csv")
    mine = tmp_path / "csv" / exporting.slug(pid, "Ann Measure")
    theirs = tmp_path / "csv" / exporting.slug(other, "Bea Other")
    for kind in KINDS:
        assert len((mine / f"{kind}.csv").read_text(encoding="utf-8").splitlines()) > 1
        assert (theirs / f"{kind}.csv").read_text(encoding="utf-8") == ",".join(SPECS[kind].headers) + "\n"
    [doc_path] = exporting.export(db, tmp_path / "json", [pid], "json")
    doc = json.loads(doc_path.read_text(encoding="utf-8"))
    assert doc["measures"][0] == {"date": "2012-05-05", "kind": "height", "value": 63.25, "unit": "in",
                                  "note": ""}
    assert doc["labs"][0]["unit"] == "nmol/L" and len(doc["labs"]) == 4
    assert doc["frax"][0]["with_bmd"] is True and json.loads(doc["frax"][0]["inputs"])["sex"] == "female"
