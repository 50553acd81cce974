"""FHIR import: a portal bundle becomes one visit, what BoneTracker does not record is listed as
ignored with the reason, and every bad input is refused naming the resource, writing nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from bonetracker.domain.records import Device, LabTest, Patient, PatientId, Sex, Site, SiteMeasurement
from bonetracker.services import scans as scan_svc
from bonetracker.services.interchange.fhir import reader
from bonetracker.services.interchange.fhir.importing import import_fhir, import_fhir_bytes
from bonetracker.services.interchange.fhir.reader import FhirRejected
from bonetracker.services.patients import add_patient
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database

PORTAL = Path(__file__).resolve().parents[2] / "fixtures" / "fhir" / "portal-dxa-and-vitamin-d.json"


@pytest.fixture
def ann(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Ann Example", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert p.id is not None
    return p.id


def portal() -> dict[str, Any]:
    return dict(json.loads(PORTAL.read_text(encoding="utf-8")))


def as_bytes(document: Any) -> bytes:
    return json.dumps(document).encode("utf-8")


def resource(document: dict[str, Any], rid: str) -> dict[str, Any]:
    return next(e["resource"] for e in document["entry"] if e["resource"].get("id") == rid)


def refused(db: Database, pid: PatientId, document: Any, **kw: Any) -> list[str]:
    with pytest.raises(FhirRejected) as info:
        import_fhir_bytes(db, document if isinstance(document, bytes) else as_bytes(document),
                          pid, **kw)
    assert load_record(db, pid).scans == (), "a refused file writes nothing"
    return [str(p) for p in info.value.problems]


def test_a_portal_bundle_imports_as_one_visit_and_one_lab(db: Database, ann: PatientId) -> None:
    """Issue 22's Done-when: three DXA observations and a vitamin D result -> one visit, one lab."""
    checked = import_fhir(db, PORTAL, ann, dry_run=True)
    assert checked.dry_run and load_record(db, ann).scans == () and load_record(db, ann).labs == ()
    assert checked.ignored == () and [v.what for v in checked.labs] == ["25-hydroxyvitamin D 18 ng/mL"]
    assert "  2024-02-20: 25-hydroxyvitamin D 18 ng/mL" in checked.details()
    assert "1 lab result(s)" in checked.summary()

    result = import_fhir(db, PORTAL, ann)
    [scan] = load_record(db, ann).scans
    [lab] = load_record(db, ann).labs
    assert (lab.test, lab.date, lab.value, lab.unit) == (LabTest.VITAMIN_D_25OH, dt.date(2024, 2, 20), 18.0,
                                                         "ng/mL")
    assert result.new_visits == 1 and result.values_added == 2
    assert scan.date == dt.date(2024, 3, 5)  # the date as written, whatever the time zone
    assert set(scan.measurements) == {
        SiteMeasurement(Site.LUMBAR_SPINE, 0.871, -1.6, None, scan.measurements[0].id),
        SiteMeasurement(Site.FEMORAL_NECK, None, -1.48, None, scan.measurements[1].id)}
    assert scan.measurement(Site.LUMBAR_SPINE).bmd == 0.871  # type: ignore[union-attr]  # 871 mg/cm2, exactly

    again = import_fhir(db, PORTAL, ann)
    assert (again.values_added, again.skipped, again.new_visits, again.labs) == (0, 3, 0, ())
    assert len(load_record(db, ann).scans) == 1 and len(load_record(db, ann).labs) == 1


def test_a_stored_site_with_other_values_refuses_the_file(db: Database, ann: PatientId) -> None:
    scan_svc.log_scan(db, scan_svc.parse_scan(ann, {"date": "2024-03-05"},
                                              [{"site": "lumbar_spine", "bmd": "0.9"}]))
    with pytest.raises(FhirRejected) as info:
        import_fhir(db, PORTAL, ann)
    [problem] = [str(p) for p in info.value.problems]
    assert problem.startswith("entry[1] Observation/dxa-spine: Lumbar spine")
    assert "already measured on 2024-03-05 with other values" in problem
    [scan] = load_record(db, ann).scans
    assert len(scan.measurements) == 1  # the femoral neck was not added either


def test_the_device_facility_and_notes_come_from_the_device_and_report(
        db: Database, ann: PatientId) -> None:
    document = portal()
    document["entry"] += [
        {"fullUrl": "urn:uuid:dev",
         "resource": {"resourceType": "Device", "manufacturer": "GE Healthcare",
                      "deviceName": [{"name": "Lunar iDXA", "type": "model-name"}]}},
        {"fullUrl": "urn:uuid:org", "resource": {"resourceType": "Organization", "name": "Hill Clinic"}},
        {"resource": {"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "DXA"},
                      "performer": [{"reference": "urn:uuid:org"}], "conclusion": "Osteopenia.",
                      "result": [{"reference": "Observation/dxa-spine"}]}},
    ]
    resource(document, "dxa-spine")["device"] = {"reference": "urn:uuid:dev"}
    import_fhir_bytes(db, as_bytes(document), ann)
    [scan] = load_record(db, ann).scans
    assert (scan.device, scan.facility, scan.notes) == (Device.GE_LUNAR, "Hill Clinic", "Osteopenia.")


def test_a_bundle_of_another_patient_is_refused_unless_forced(db: Database) -> None:
    other = add_patient(db, Patient(None, "Bea Other", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert other.id is not None
    [problem] = refused(db, other.id, portal())
    assert problem.startswith("entry[0] Patient/p-88: the bundle is for 'Ann Example', born "
                              "1950-01-01, not Bea Other (born 1950-01-01): the name differs")
    assert "--force-patient" in problem
    assert import_fhir(db, PORTAL, other.id, force_patient=True).values_added == 2


def test_a_name_in_another_order_and_case_is_the_same_patient(db: Database) -> None:
    same = add_patient(db, Patient(None, "EXAMPLE,  ann", Sex.FEMALE, dt.date(1950, 1, 1)))
    assert same.id is not None
    assert import_fhir(db, PORTAL, same.id).values_added == 2
    born_later = add_patient(db, Patient(None, "Ann Example", Sex.FEMALE, dt.date(1951, 1, 1)))
    assert born_later.id is not None
    [problem] = refused(db, born_later.id, portal())
    assert "the birth date differs" in problem


def test_a_bundle_without_a_patient_is_taken_as_the_chosen_patients(
        db: Database, ann: PatientId) -> None:
    document = portal()
    document["entry"] = document["entry"][1:]
    result = import_fhir_bytes(db, as_bytes(document), ann)
    assert result.values_added == 2 and any("names no patient" in n for n in result.notes)


def _edit(path: str, value: Any) -> dict[str, Any]:
    """The portal bundle with one element of the spine BMD Observation replaced (None: removed)."""
    document = portal()
    target = resource(document, "dxa-spine")
    *parents, last = path.split(".")
    for key in parents:
        target = target[key]
    if value is None:
        del target[last]
    else:
        target[last] = value
    return document


@pytest.mark.parametrize(("path", "value", "expected"), [
    ("valueQuantity.code", "kg/m2", "entry[1] Observation/dxa-spine valueQuantity.code: 'kg/m2' "
                                    "is not a BMD unit; BoneTracker reads g/cm2 and mg/cm2 (UCUM)"),
    ("valueQuantity.value", "0.9", "entry[1] Observation/dxa-spine valueQuantity.value: is not a number"),
    ("valueQuantity.value", 3100, "entry[1] Observation/dxa-spine: Lumbar spine (L1-L4) BMD 3.1 on "
                                  "2024-03-05: must be from 0.20 to 2.50 g/cm² (got 3.1)"),
    ("effectiveDateTime", None, "entry[1] Observation/dxa-spine: DXA Lumbar spine [Mass/Area] Bone "
                                "density (LOINC 24966-4) has no date (effectiveDateTime)"),
    ("effectiveDateTime", "2024-03", "entry[1] Observation/dxa-spine effectiveDateTime: '2024-03' "
                                     "gives no day; BoneTracker needs the full date of the scan"),
    ("effectiveDateTime", "2024-02-30", "entry[1] Observation/dxa-spine effectiveDateTime: "
                                        "'2024-02-30' is not a real date"),
    ("effectiveDateTime", "2999-01-01", "entry[1] Observation/dxa-spine: Lumbar spine (L1-L4) BMD "
                                        "0.871 on 2999-01-01: date cannot be in the future"),
    ("valueQuantity", None, "entry[1] Observation/dxa-spine: DXA Lumbar spine [Mass/Area] Bone "
                            "density (LOINC 24966-4) has no valueQuantity"),
])
def test_bad_values_are_refused_naming_the_resource_and_element(
        db: Database, ann: PatientId, path: str, value: Any, expected: str) -> None:
    problems = refused(db, ann, _edit(path, value))
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_a_score_with_a_bmd_unit_is_refused(db: Database, ann: PatientId) -> None:
    document = portal()
    resource(document, "dxa-femur-l-t")["valueQuantity"]["code"] = "g/cm2"
    [problem] = refused(db, ann, document)
    assert problem == ("entry[3] Observation/dxa-femur-l-t valueQuantity.code: 'g/cm2' is not a "
                       "unit of a T-score (unitless: 1)")


def test_two_values_for_one_site_and_date_or_two_makes_are_refused(
        db: Database, ann: PatientId) -> None:
    document = portal()
    right = copy.deepcopy(resource(document, "dxa-femur-l-t"))
    right.update(id="dxa-femur-r-t", valueQuantity={"value": -1.9, "code": "1"})
    right["code"]["coding"][0]["code"] = "80947-5"
    document["entry"].append({"resource": right})
    [problem] = refused(db, ann, document)
    assert problem.startswith("entry[5] Observation/dxa-femur-r-t: Femoral neck T-score -1.9 on "
                              "2024-03-05 differs from entry[3] Observation/dxa-femur-l-t (-1.48)")

    document = portal()
    document["entry"] += [{"fullUrl": f"urn:uuid:{n}", "resource": {"resourceType": "Device",
                                                                    "manufacturer": n}}
                          for n in ("Hologic", "GE Lunar")]
    resource(document, "dxa-spine")["device"] = {"reference": "urn:uuid:Hologic"}
    resource(document, "dxa-femur-l-t")["device"] = {"reference": "urn:uuid:GE Lunar"}
    [problem] = refused(db, ann, document)
    assert "two scanner makes (hologic, ge_lunar)" in problem


def test_a_z_score_alone_cannot_make_a_site(db: Database, ann: PatientId) -> None:
    document = portal()
    z = resource(document, "dxa-femur-l-t")
    z["code"]["coding"][0]["code"] = "80940-0"
    [problem] = refused(db, ann, document)
    assert problem.startswith("entry[3] Observation/dxa-femur-l-t: Femoral neck Z-score -1.48 on "
                              "2024-03-05: give at least one of BMD and T-score")


def test_what_is_not_a_final_dxa_value_is_ignored_with_its_reason(
        db: Database, ann: PatientId) -> None:
    document = portal()
    resource(document, "dxa-femur-l-t")["status"] = "preliminary"
    document["entry"] += [
        {"resource": {"resourceType": "Observation", "id": "chol", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "2093-3",
                                           "display": "Cholesterol"}]},
                      "effectiveDateTime": "2024-01-01", "valueQuantity": {"value": 5}}},
        {"resource": {"resourceType": "Observation", "id": "hip-absent", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "38261-4"}]},
                      "effectiveDateTime": "2024-03-05",
                      "dataAbsentReason": {"text": "not performed"}}},
        {"resource": {"resourceType": "Immunization", "id": "flu"}},
    ]
    result = import_fhir_bytes(db, as_bytes(document), ann, dry_run=True)
    reasons = {i.where: i.reason for i in result.ignored}
    assert reasons["entry[3] Observation/dxa-femur-l-t"] == "status 'preliminary': not a final result"
    assert reasons["entry[5] Observation/chol"] == "not a code BoneTracker records"
    assert reasons["entry[6] Observation/hip-absent"] == "no value (not performed)"
    assert reasons["entry[7] Immunization/flu"] == "Immunization resources are not used by BoneTracker"
    assert result.values_added == 1


def test_a_bundle_with_nothing_to_store_is_refused(db: Database, ann: PatientId) -> None:
    document = portal()
    weight = {"resourceType": "Observation", "id": "weight", "status": "final",
              "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]},
              "effectiveDateTime": "2024-01-01", "valueQuantity": {"value": 60, "code": "kg"}}
    document["entry"] = [document["entry"][0], {"resource": weight}]
    [problem] = refused(db, ann, document, where="weight.json")
    assert problem == ("weight.json: holds no DXA result, lab result or measurement BoneTracker can "
                       "store; 1 resource(s) ignored (see --dry-run)")


@pytest.mark.parametrize(("data", "expected"), [
    (b'{"resourceType": "Bundle", "entry": [', "f.json, line 1 column 38: is not valid JSON"),
    (b'\xff\xfe{}', "f.json, line 1: is not UTF-8 text"),
    (b'{"resourceType": "Observation"}', "f.json: is not a FHIR Bundle (its resourceType is "
                                         "'Observation')"),
    (b'[1, 2]', "f.json: is not a FHIR Bundle (its resourceType is 'list')"),
    (b'{"resourceType": "Bundle"}', "f.json Bundle: has no entry list"),
    (b'{"resourceType": "Bundle", "entry": [{"resource": {"value": NaN}}]}',
     "f.json: is not valid JSON (NaN is not a JSON number)"),
])
def test_malformed_files_are_refused(db: Database, ann: PatientId, data: bytes, expected: str) -> None:
    [problem] = refused(db, ann, data, where="f.json")
    assert problem.startswith(expected), problem


def test_deep_nesting_is_refused_naming_the_resource_or_the_line(
        db: Database, ann: PatientId) -> None:
    document = portal()
    nested: dict[str, Any] = {}
    for _ in range(40):
        nested = {"extension": [nested]}
    resource(document, "dxa-spine-t")["extension"] = [nested]
    [problem] = refused(db, ann, document)
    assert problem == "entry[2] Observation/dxa-spine-t: is nested more than 32 levels deep; refused"

    bomb = b'{"resourceType": "Bundle", "entry": [\n' + b"[" * 100_000 + b"]" * 100_000 + b"]}"
    [problem] = refused(db, ann, bomb, where="bomb.json")
    assert problem == "bomb.json, line 2 column 31: is nested more than 32 levels deep; refused"


def test_an_oversized_file_is_refused_before_it_is_read(
        db: Database, ann: PatientId, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as fh:  # sparse: 100 MB on paper, no disk used
        fh.truncate(100 * 1024 * 1024)

    def no_reading(*_a: object, **_k: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(FhirRejected) as info:
        import_fhir(db, big, ann)
    assert [str(p) for p in info.value.problems] == [
        "huge.json: is 100 MB; FHIR files over 20 MB are refused (one patient's bundle is far smaller)"]
    assert os.path.getsize(big) == 100 * 1024 * 1024


def test_a_missing_file_is_refused(db: Database, ann: PatientId, tmp_path: Path) -> None:
    with pytest.raises(FhirRejected) as info:
        import_fhir(db, tmp_path / "nope.json", ann)
    assert str(info.value.problems[0]).startswith("nope.json: cannot be read")


def test_score_units_and_day_parsing() -> None:
    assert reader.parse_day("2024-03-05T23:30:00-08:00") == dt.date(2024, 3, 5)
    assert reader.parse_day("2024") == "'2024' gives no day; BoneTracker needs the full date of the scan"
    assert reader.parse_day("05/03/2024") == "'05/03/2024' is not a FHIR date (YYYY-MM-DD)"


def test_site_values_sent_as_components_of_one_observation_are_read(
        db: Database, ann: PatientId) -> None:
    document = portal()
    spine = resource(document, "dxa-spine")
    spine["component"] = [
        {"code": {"coding": [{"system": "http://loinc.org", "code": "38267-1"}]},
         "valueQuantity": {"value": -1.6, "code": "1"}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "85394-5"}]},
         "valueQuantity": {"value": -0.4, "code": "kg"}},
    ]
    [problem] = refused(db, ann, document)
    assert problem == ("entry[1] Observation/dxa-spine component[1] valueQuantity.code: 'kg' is "
                       "not a unit of a Z-score (unitless: 1)")
    spine["component"][1]["valueQuantity"]["code"] = "{Z-score}"
    import_fhir_bytes(db, as_bytes(document), ann)
    [scan] = load_record(db, ann).scans
    spine_values = scan.measurement(Site.LUMBAR_SPINE)
    assert spine_values is not None
    assert (spine_values.bmd, spine_values.t_score, spine_values.z_score) == (0.871, -1.6, -0.4)
