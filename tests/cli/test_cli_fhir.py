"""``export --format fhir`` and ``import fhir`` as a clinic uses them: one bundle per patient
named by id and name, the identifiers chosen, a dry run listing what is added and ignored,
bad files and another patient's bundle refused with exit 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bonetracker.cli import main
from bonetracker.storage.database import open_database

PORTAL = Path(__file__).resolve().parents[1] / "fixtures" / "fhir" / "portal-dxa-and-vitamin-d.json"


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys: pytest.CaptureFixture[str], db: Path, name: str, born: str) -> None:
    assert run(capsys, db, "patients", "add", "--name", name, "--sex", "female",
               "--birth-date", born)[0] == 0


@pytest.fixture
def clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "clinic.sqlite3"
    add(capsys, db, "Ann Example", "1950-01-01")
    assert run(capsys, db, "scans", "add", "--patient", "1", "--date", "2023-05-02",
               "--site", "femoral_neck", "--bmd", "0.702", "--device", "hologic")[0] == 0
    return db


def scan_count(db: Path) -> int:
    database = open_database(f"sqlite:///{db}")
    try:
        from bonetracker.services.scans import list_scans

        return sum(len(list_scans(database, pid)) for pid in (1, 2, 3))  # type: ignore[arg-type]
    finally:
        database.close()


def test_export_fhir_writes_one_bundle_per_patient_with_the_identifiers_chosen(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, clinic, "Bo Second", "1961-07-07")
    code, out, _ = run(capsys, clinic, "export", "--all", "--format", "fhir", "--out",
                       str(tmp_path / "all"))
    assert code == 0 and "Wrote 2 file(s)" in out
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        "1-ann-example.fhir.json", "2-bo-second.fhir.json"]

    code, _, _ = run(capsys, clinic, "export", "--patient", "Ann Example", "--format", "fhir",
                     "--identify", "none", "--out", str(tmp_path / "anon"))
    document = json.loads((tmp_path / "anon" / "1-ann-example.fhir.json").read_text("utf-8"))
    assert code == 0 and document["resourceType"] == "Bundle" and document["type"] == "collection"
    patient = document["entry"][0]["resource"]
    assert patient == {"resourceType": "Patient", "id": patient["id"]}
    assert "Ann Example" not in json.dumps(document) and "1950-01-01" not in json.dumps(document)

    run(capsys, clinic, "export", "--patient", "1", "--format", "fhir", "--identify",
        "record-id,sex", "--out", str(tmp_path / "ids"))
    patient = json.loads((tmp_path / "ids" / "1-ann-example.fhir.json").read_text("utf-8")
                         )["entry"][0]["resource"]
    assert set(patient) == {"resourceType", "id", "identifier", "gender"}


def test_an_unknown_identifier_exits_2(clinic: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, clinic, "export", "--patient", "1", "--format", "fhir",
                       "--identify", "name,passport", "--out", str(tmp_path / "x"))
    assert code == 2 and "--identify takes a comma-separated list of name, birth_date" in err
    assert not (tmp_path / "x").exists()


def test_import_fhir_dry_run_then_import_then_again(
        clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, clinic, "import", "fhir", str(PORTAL), "--patient", "Ann Example",
                       "--dry-run")
    assert code == 0 and out.startswith("Checked a FHIR bundle for Ann Example: would add 2 site "
                                        "value(s) (1 new visit), 1 lab result(s), skipped 0 already "
                                        "stored; ignored 0 resource(s).")
    assert "  2024-03-05: Lumbar spine (L1-L4): BMD 0.871 g/cm2, T -1.6; Femoral neck: T -1.48" in out
    assert "  2024-02-20: 25-hydroxyvitamin D 18 ng/mL" in out
    assert scan_count(clinic) == 1

    code, out, _ = run(capsys, clinic, "import", "fhir", str(PORTAL), "--patient", "1")
    assert code == 0 and "Imported a FHIR bundle for Ann Example: added 2" in out
    assert scan_count(clinic) == 2
    code, out, _ = run(capsys, clinic, "import", "fhir", str(PORTAL), "--patient", "1")
    assert code == 0 and "added 0 site value(s) (0 new visits), skipped 3 already stored" in out


def test_round_trip_through_the_command_line(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, clinic, "export", "--patient", "1", "--format", "fhir", "--out", str(tmp_path))
    fresh = tmp_path / "fresh.sqlite3"
    add(capsys, fresh, "Ann Example", "1950-01-01")
    code, out, _ = run(capsys, fresh, "import", "fhir", str(tmp_path / "1-ann-example.fhir.json"),
                       "--patient", "1")
    assert code == 0 and "(1 new visit)" in out
    code, listed, _ = run(capsys, fresh, "scans", "list", "--patient", "1", "--json")
    code2, original, _ = run(capsys, clinic, "scans", "list", "--patient", "1", "--json")
    def strip(text: str) -> list[dict[str, object]]:
        def plain(value: object) -> object:  # ids differ between the two databases
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items() if k not in ("id", "patient_id")}
            return [plain(v) for v in value] if isinstance(value, list) else value
        return list(plain(json.loads(text)["scans"]))  # type: ignore[call-overload]

    assert code == code2 == 0 and strip(listed) == strip(original) and strip(listed)


def test_bad_bundles_and_another_patients_bundle_exit_2_writing_nothing(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(PORTAL.read_text("utf-8"))
    document["entry"][1]["resource"]["valueQuantity"]["code"] = "g/m2"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, clinic, "import", "fhir", str(bad), "--patient", "1")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"bonetracker: error: {bad} was rejected: 1 problem(s); nothing was written.",
        "  entry[1] Observation/dxa-spine valueQuantity.code: 'g/m2' is not a BMD unit; "
        "BoneTracker reads g/cm2 and mg/cm2 (UCUM)"]

    add(capsys, clinic, "Cleo Other", "1944-04-04")
    code, _, err = run(capsys, clinic, "import", "fhir", str(PORTAL), "--patient", "Cleo Other")
    assert code == 2 and "the bundle is for 'Ann Example', born 1950-01-01, not Cleo Other" in err
    assert scan_count(clinic) == 1
    code, _, _ = run(capsys, clinic, "import", "fhir", str(PORTAL), "--patient", "Cleo Other",
                     "--force-patient")
    assert code == 0 and scan_count(clinic) == 2


def test_import_fhir_needs_a_patient_and_force_patient_is_for_fhir_only(
        clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, clinic, "import", "fhir", str(PORTAL))
    assert code == 2 and "needs --patient" in err
    csv = tmp_path / "falls.csv"
    csv.write_text("date,injury,notes\n2024-01-01,no,\n", encoding="utf-8")
    code, _, err = run(capsys, clinic, "import", "falls", str(csv), "--patient", "1",
                       "--force-patient")
    assert code == 2 and "--force-patient applies to fhir bundles only" in err
