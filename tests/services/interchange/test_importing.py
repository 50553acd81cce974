"""CSV import: reading rules, every bad row reported with line and column, all or nothing,
duplicates skipped, and the documented examples importing as written."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bonetracker.domain.records import Patient, PatientId, Sex, Site
from bonetracker.services.interchange import importing
from bonetracker.services.interchange.csv_formats import (
    SPECS,
    CsvRow,
    ImportRejected,
    format_value,
    guess_kind,
    write_table,
)
from bonetracker.services.interchange.csv_stream import read_table
from bonetracker.services.patients import add_patient, list_patients
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database

DOCS = Path(__file__).resolve().parents[3] / "docs" / "import-format.md"


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Ann Import", Sex.FEMALE, dt.date(1955, 4, 1)))
    assert p.id is not None
    return p.id


def run(db: Database, kind: str, text: str, pid: PatientId | None, dry_run: bool = False
        ) -> importing.ImportResult:
    return importing.import_table(db, kind, read_table(text), pid, dry_run=dry_run)


def rejected(db: Database, kind: str, text: str, pid: PatientId | None) -> list[str]:
    with pytest.raises(ImportRejected) as info:
        run(db, kind, text, pid)
    return [str(e) for e in info.value.row_errors]


# -- reading ---------------------------------------------------------------------------------
def test_bom_semicolons_and_crlf_are_read_with_physical_line_numbers() -> None:
    text = ("\ufeffDate; Site ;bmd_g_cm2\r\n\r\n2020-01-01;femoral_neck;\"0,7\"\r\n"
            "2020-01-02;total_hip;0.8\r\n")
    table = read_table(text)
    assert table.delimiter == ";" and table.header == ("date", "site", "bmd_g_cm2")
    assert [r.line for r in table.rows] == [3, 4]
    assert table.rows[0].values == {"date": "2020-01-01", "site": "femoral_neck", "bmd_g_cm2": "0,7"}


def test_a_quoted_note_spanning_lines_keeps_later_line_numbers_right() -> None:
    table = read_table('date,injury,notes\n2024-01-01,no,"two\nlines"\n2024-02-01,yes,\n')
    assert [r.line for r in table.rows] == [2, 4]
    assert table.rows[0].values["notes"] == "two\nlines"


def test_short_rows_read_as_blanks_long_rows_count_their_extra_values() -> None:
    table = read_table("a,,b,a\n1,2,3,4,5, ,6\n7\n\n8,9,10,11\n")
    first, short, full = table.rows
    assert first == CsvRow(2, {"a": "4", "b": "3"}, 2)  # a repeated name: its last value
    assert short.values == {"a": "", "b": ""} and short.extra == 0
    assert (full.line, full.values) == (5, {"a": "11", "b": "10"})
    assert table.rows[-1] == full and table.rows[1:] == (short, full) and len(table.rows) == 3
    assert list(table.rows) == [first, short, full] and table.rows == (first, short, full)
    assert list(table.column("b")) == ["3", "", "10"] and list(table.column("a")) == ["4", "", "11"]
    assert list(table.column("")) == list(table.column("zz")) == [None, None, None]
    assert table.any_extra() and not read_table("a,b\n1\n").any_extra()
    with pytest.raises(IndexError):
        table.rows[3]


@pytest.mark.parametrize(("value", "text"), [
    (0.1 + 0.2, "0.30000000000000004"), (1 / 3, "0.3333333333333333"), (True, "yes"),
    (None, ""), (dt.date(2024, 2, 29), "2024-02-29"), (7, "7"),
])
def test_values_are_written_so_they_read_back_exactly(value: object, text: str) -> None:
    assert format_value(value) == text
    if isinstance(value, float):
        assert float(text) == value


def test_guess_kind_from_the_header() -> None:
    assert guess_kind(SPECS["scans"].headers) == "scans"
    assert guess_kind(("date", "activity", "minutes")) == "workouts"
    assert guess_kind(("date", "meal", "food", "grams")) == "meals"
    assert guess_kind(("name", "sex", "birth_date")) == "patients"
    assert guess_kind(("when", "what")) is None


# -- all or nothing --------------------------------------------------------------------------
def test_several_kinds_of_bad_rows_are_all_reported_and_nothing_is_written(
        db: Database, pid: PatientId) -> None:
    text = ("date,site,bmd_g_cm2,t_score,z_score,device\n"
            "2020-01-01,femoral_neck,0.70,-1.3,,hologic\n"      # line 2: fine
            "2099-01-01,femoral_neck,9,x,,\n"                   # line 3: future, range, text
            "2020-02-30,hip,0.7,,,\n"                           # line 4: no such day, bad site
            "2021-01-01,total_hip,,,,\n"                        # line 5: neither BMD nor T
            "2021-01-01,total_hip,0.8,,,scanner9\n"             # line 6: device
            "2022-01-01,total_hip,0.8,,,,surplus\n")            # line 7: value beyond header
    errors = rejected(db, "scans", text, pid)
    assert errors[0].startswith("line 3, column date: cannot be in the future")
    assert "line 3, column bmd_g_cm2: must be from 0.20 to 2.50 g/cm² (got 9)" in errors
    assert any(e.startswith("line 3, column t_score: must be a number") for e in errors)
    assert any(e.startswith("line 4, column date: must be a date") for e in errors)
    assert any(e.startswith("line 4, column site: must be one of") for e in errors)
    assert "line 5, column bmd_g_cm2: give at least one of BMD and T-score" in errors
    assert any(e.startswith("line 6, column device: must be one of") for e in errors)
    assert any(e.startswith("line 7, column -: 1 value(s) beyond") for e in errors)
    assert not any(e.startswith("line 2") for e in errors)
    assert load_record(db, pid).scans == ()


def test_header_problems_are_reported_on_line_1(db: Database, pid: PatientId) -> None:
    errors = rejected(db, "workouts", "date,activty,minutes,minutes\n2024-01-01,Walking,30,30\n", pid)
    assert "line 1, column activty: unknown column for workouts; expected " \
           "date,activity,minutes,effort,sets,reps,load_kg,notes" in errors
    assert "line 1, column activity: required column is missing" in errors
    assert "line 1, column minutes: column appears twice" in errors
    assert rejected(db, "falls", "", pid)[0].startswith("line 1, column -: the file is empty")


def test_rows_clashing_with_stored_data_reject_the_file(db: Database, pid: PatientId) -> None:
    run(db, "lifestyle", "date,cigarettes,stress\n2024-03-01,0,4\n", pid)
    run(db, "medications", "drug,start,end\nalendronate,2023-01-01,\n", pid)
    assert rejected(db, "lifestyle", "date,cigarettes,stress\n2024-03-01,0,5\n", pid) == [
        "line 2, column date: 2024-03-01 already has a lifestyle entry (one a day): keep one "
        "row per date, or edit the stored entry"]
    assert rejected(db, "lifestyle", "date,stress\n2024-03-02,3\n2024-03-02,3\n", pid)[0].startswith(
        "line 3, column date: 2024-03-02 already has a lifestyle entry")
    errors = rejected(db, "medications", "drug,start,end\nvitamin d,2024-01-01,\n"
                                          "Alendronate,2024-05-01,2024-06-01\n", pid)
    assert len(errors) == 1 and errors[0].startswith("line 3, column start: overlaps the alendronate")
    run(db, "scans", "date,site,bmd_g_cm2\n2020-01-01,femoral_neck,0.7\n", pid)
    errors = rejected(db, "scans", "date,site,bmd_g_cm2\n2020-01-01,total_hip,0.8\n"
                                   "2020-01-01,femoral_neck,0.71\n2020-01-01,total_hip,0.81\n", pid)
    assert errors == [
        "line 3, column site: femoral_neck was already measured on 2020-01-01 with other "
        "values; edit that visit",
        "line 4, column site: total_hip is measured twice on 2020-01-01 (also line 2)"]
    assert [m.site for m in load_record(db, pid).scans[0].measurements] == [Site.FEMORAL_NECK]


# -- duplicates and dry runs -----------------------------------------------------------------
def test_rows_of_one_date_form_one_visit_and_reimport_skips_them(db: Database, pid: PatientId) -> None:
    text = ("date,site,bmd_g_cm2,t_score,z_score,device\n"
            "2020-01-01,femoral_neck,0.70,-1.3,,hologic\n2020-01-01,lumbar_spine,,-2.6,-1.1,\n"
            "2022-01-01,femoral_neck,0.68,,,\n")
    dry = run(db, "scans", text, pid, dry_run=True)
    assert (dry.rows, dry.added, dry.skipped, dry.dry_run) == (3, 3, 0, True)
    assert load_record(db, pid).scans == ()
    first = run(db, "scans", text, pid)
    again = run(db, "scans", text, pid)
    assert (first.added, first.skipped) == (3, 0) and (again.added, again.skipped) == (0, 3)
    scans = load_record(db, pid).scans
    assert [s.date for s in scans] == [dt.date(2020, 1, 1), dt.date(2022, 1, 1)]
    assert scans[0].device is not None and len(scans[0].measurements) == 2
    assert again.summary("Ann") == "Imported 3 scans rows for Ann: added 0, skipped 3 already stored."


def test_identical_rows_in_one_file_are_kept_but_never_doubled(db: Database, pid: PatientId) -> None:
    text = "date,activity,minutes\n2024-01-02,Walking,20\n2024-01-02,walking,20\n"
    assert run(db, "workouts", text, pid).added == 2
    result = run(db, "workouts", text + "2024-01-03,Yoga,30\n", pid)
    assert (result.added, result.skipped) == (1, 2)
    assert len(load_record(db, pid).workouts) == 3


def test_patients_file_creates_people_once(db: Database) -> None:
    text = ("name,sex,birth_date,weight_kg,menopause,parental_hip_fracture\n"
            "Bea One,female,1950-02-03,61.5,post,yes\nCal Two,male,1948-07-08,,,no\n")
    result = run(db, "patients", text, None)
    assert (result.added, len(result.patient_ids)) == (2, 2)
    assert run(db, "patients", text, None).skipped == 2
    assert sorted(p.name for p in list_patients(db)) == ["Bea One", "Cal Two"]
    errors = rejected(db, "patients", "name,sex,birth_date\n,unknown,1850-01-01\n", None)
    assert [e.split(":")[0] for e in errors] == ["line 2, column name", "line 2, column sex",
                                                  "line 2, column birth_date"]


def test_meals_by_id_or_description_join_the_days_meal(db: Database, pid: PatientId) -> None:
    text = ("date,meal,food,amount,unit,grams\n2024-01-05,breakfast,01079,1,cup,\n"
            "2024-01-05,breakfast,\"Nuts, almonds\",,,28\n2024-01-06,dinner,99999,1,cup,\n"
            "2024-01-06,lunch,01079,2,bucket,\n")
    errors = rejected(db, "meals", text, pid)
    assert [e.split(":")[0] for e in errors] == ["line 4, column food", "line 5, column unit"]
    good = "\n".join(text.splitlines()[:3]) + "\n"
    assert run(db, "meals", good, pid).added == 2
    [meal] = load_record(db, pid).meals
    milk, almonds = meal.items
    assert (milk.amount, milk.unit, milk.grams) == (1.0, "cup", 244.0)
    assert almonds.grams == 28.0 and almonds.nutrients.calcium_mg == pytest.approx(269 * 0.28)
    assert run(db, "meals", good, pid).skipped == 2


def test_wrong_patient_or_kind_is_refused(db: Database) -> None:
    from bonetracker.domain.errors import NotFoundError, ValidationError

    with pytest.raises(NotFoundError):
        run(db, "falls", "date\n2024-01-01\n", PatientId(999))
    with pytest.raises(ValidationError):
        run(db, "falls", "date\n2024-01-01\n", None)
    with pytest.raises(ValidationError):
        importing.import_file(db, "bones", DOCS)


def test_the_documented_examples_import_as_written(db: Database, pid: PatientId) -> None:
    blocks = re.findall(r"```csv\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 3
    for block in blocks:
        kind = guess_kind(read_table(block).header)
        assert kind is not None
        assert run(db, kind, block, pid).added == len(read_table(block).rows)


def test_every_spec_round_trips_its_own_header() -> None:
    for spec in SPECS.values():
        assert read_table(write_table(spec, [])).header == spec.headers


def test_an_unterminated_quote_is_refused_with_the_line_it_opened_on() -> None:
    """Issue 16 item 4: the rows after an unclosed quote were swallowed into one value (exit 0)."""
    from bonetracker.services.interchange.csv_stream import read_table
    from bonetracker.services.interchange.importing import ImportRejected

    text = ('date,stress,notes\n2024-01-01,3,"ok"\n2024-01-02,4,"never closed\n'
            "2024-01-03,5,x\n2024-01-04,2,y\n")
    with pytest.raises(ImportRejected) as err:
        read_table(text)
    [problem] = err.value.row_errors
    assert problem.line == 3 and "never closed" in problem.message
    fine = read_table('date,notes\n2024-01-01,"a ""quoted"" word"\n2024-01-02,"two\nlines"\n')
    assert len(list(fine.rows)) == 2


@given(st.text(max_size=20))  # type: ignore[misc]
def test_neutralised_text_reads_back_exactly(text: str) -> None:
    """Issue 16 item 6: formula-looking cells get an apostrophe on export, removed on import."""
    from bonetracker.services.interchange.csv_formats import FORMULA_STARTS, neutralise, restore_text

    cell = neutralise(text)
    assert restore_text(cell) == text
    assert not cell.startswith(FORMULA_STARTS)


def test_formula_cells_are_neutralised_in_the_file_and_round_trip(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    from bonetracker.services import lifestyle
    from bonetracker.services import patients as patient_svc
    from bonetracker.services.interchange.exporting import export_patient_csv
    from bonetracker.services.interchange.importing import import_file

    p = patient_svc.add_patient(db, patient_svc.parse_patient(
        {"name": "=HYPERLINK(1)", "sex": "female", "birth_date": "1950-01-01"}))
    assert p.id is not None
    notes = ["=1+1", "+44 20 7946", "-5 kg", "@home", "'=quoted", "plain"]
    for n, note in enumerate(notes):
        lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(
            p.id, {"date": f"2024-01-0{n + 1}", "stress": "3", "notes": note}))
    written = export_patient_csv(db, p.id, tmp_path / "out")
    text = next(f for f in written if f.name == "lifestyle.csv").read_text()
    assert "'=1+1" in text and "'+44 20 7946" in text and "''=quoted" in text
    assert "\n=" not in text and ",=" not in text
    other = patient_svc.add_patient(db, patient_svc.parse_patient(
        {"name": "Second Person", "sex": "female", "birth_date": "1950-01-01"}))
    assert other.id is not None
    import_file(db, "lifestyle", next(f for f in written if f.name == "lifestyle.csv"), other.id)
    back = sorted(e.notes for e in lifestyle.list_lifestyle(db, other.id))
    assert back == sorted(notes)
