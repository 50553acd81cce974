"""FHIR export: every resource is valid R4 (fhir.resources 4.0.1 models), every reference
resolves inside the bundle, computed values are marked derived, the Patient carries only the
identifiers chosen, and export -> import into a fresh database gives identical scans."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fhir.resources
import pytest
from fhir.resources import construct_fhir_element
from fhir.resources.bundle import Bundle
from hypothesis import given, settings
from hypothesis import strategies as st

from bonetracker.domain.records import (
    Device,
    DxaScan,
    Patient,
    PatientId,
    PatientRecord,
    Sex,
    Site,
    SiteMeasurement,
)
from bonetracker.services import demo
from bonetracker.services import fractures as fracture_svc
from bonetracker.services import medications as medication_svc
from bonetracker.services import scans as scan_svc
from bonetracker.services.interchange import exporting
from bonetracker.services.interchange.fhir import codes
from bonetracker.services.interchange.fhir.importing import import_fhir
from bonetracker.services.interchange.fhir.reader import read_bundle
from bonetracker.services.interchange.fhir.writer import IDENTIFIERS, bundle
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database, open_database

DOCS = Path(__file__).resolve().parents[3] / "docs" / "import-format.md"
AS_OF = dt.date(2025, 6, 1)


def references(value: Any) -> Iterator[str]:
    """Every ``reference`` string anywhere in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                yield item
            else:
                yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def validate_bundle(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Parse the bundle and each resource with the R4 models; check every reference resolves."""
    assert fhir.resources.__fhir_version__ == "4.0.1"  # R4, not R4B or R5
    Bundle.parse_obj(document)
    assert document["type"] == "collection"
    urls = {e["fullUrl"] for e in document["entry"]}
    assert len(urls) == len(document["entry"])
    resources = [e["resource"] for e in document["entry"]]
    for resource in resources:
        construct_fhir_element(resource["resourceType"], resource)
    dangling = set(references(document)) - urls
    assert not dangling, dangling
    return resources


def of_type(resources: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in resources if r["resourceType"] == kind]


def loinc(resource: dict[str, Any]) -> set[str]:
    return {c["code"] for c in resource["code"].get("coding", []) if c["system"] == codes.LOINC}


@pytest.fixture
def full_patient(db: Database) -> PatientId:
    """One of everything: all five sites, a computed T-score, both other makes, notes, falls,
    fractures and courses (a supplement with a daily amount)."""
    p = add_patient(db, parse_patient({"name": "Frida Full", "sex": "female",
                                       "birth_date": "1952-02-29", "height_cm": "161.5",
                                       "weight_kg": "58.2", "menopause": "post"}))
    assert p.id is not None
    pid = p.id
    scan_svc.log_scan(db, scan_svc.parse_scan(
        pid, {"date": "2019-03-01", "device": "ge_lunar", "facility": "Lakeside Imaging",
              "notes": "L3 excluded; hip left"},
        [{"site": "lumbar_spine", "bmd": "0.912", "t_score": "-1.4", "z_score": "-0.3"},
         {"site": "femoral_neck", "bmd": "0.701"},  # no T-score: BoneTracker computes one
         {"site": "total_hip", "bmd": "0.812", "t_score": "-1.2"},
         {"site": "total_body", "bmd": "1.004", "t_score": "-0.8", "z_score": "0.1"},
         {"site": "forearm_33", "bmd": "0.655", "t_score": "-2.1", "z_score": "-1.0"}]))
    scan_svc.log_scan(db, scan_svc.parse_scan(
        pid, {"date": "2022-04-02", "device": "other"},
        [{"site": "femoral_neck", "t_score": "-1.9"}]))
    fracture_svc.log_fall(db, fracture_svc.parse_fall(pid, {"date": "2024-12-24", "injury": "yes",
                                                            "notes": "icy step"}))
    fracture_svc.log_fall(db, fracture_svc.parse_fall(pid, {"date": "2021-01-05"}))
    fracture_svc.log_fracture(db, fracture_svc.parse_fracture(pid, {"date": "2020-06-01",
                                                                    "site": "hip"}))
    fracture_svc.log_fracture(db, fracture_svc.parse_fracture(
        pid, {"date": "2015-06-01", "site": "wrist", "low_trauma": "no"}))
    for raw in ({"drug": "alendronate", "start": "2019-04-01", "end": "2024-04-01",
                 "dose": "70 mg weekly"},
                {"drug": "vitamin D supplement", "start": "2019-04-01", "daily_amount": "800"},
                {"drug": "HRT", "start": "2010-01-01", "end": "2012-01-01", "notes": "patch"}):
        medication_svc.log_medication(db, medication_svc.parse_medication(pid, raw))
    return pid


def export_one(db: Database, pid: PatientId, folder: Path, **kw: Any) -> dict[str, Any]:
    [path] = exporting.export(db, folder, [pid], "fhir", **kw)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def scan_key(scans: tuple[DxaScan, ...] | list[DxaScan]) -> list[tuple[Any, ...]]:
    return [(s.date, s.device, s.facility, s.notes,
             sorted((m.site, m.bmd, m.t_score, m.z_score) for m in s.measurements)) for s in scans]


def test_the_full_record_is_valid_r4_with_the_codes_units_and_groups(
        db: Database, full_patient: PatientId, tmp_path: Path) -> None:
    resources = validate_bundle(export_one(db, full_patient, tmp_path))
    [patient] = of_type(resources, "Patient")
    assert patient["name"] == [{"text": "Frida Full"}] and patient["birthDate"] == "1952-02-29"
    assert patient["gender"] == "female" and "identifier" not in patient

    reports = of_type(resources, "DiagnosticReport")
    assert [r["effectiveDateTime"] for r in reports] == ["2019-03-01", "2022-04-02"]
    assert all(loinc(r) == {"83311-1"} for r in reports)
    assert reports[0]["conclusion"] == "L3 excluded; hip left"
    by_url = {f"urn:uuid:{r['id']}": r for r in resources}
    [org] = [by_url[p["reference"]] for p in reports[0]["performer"]]
    assert org["name"] == "Lakeside Imaging" and "performer" not in reports[1]
    first = [by_url[x["reference"]] for x in reports[0]["result"]]
    assert len(first) == 3 + 2 + 2 + 3 + 3  # the computed femoral-neck T-score included

    spine_bmd = next(o for o in first if "24966-4" in loinc(o))
    assert spine_bmd["valueQuantity"] == {"value": 0.912, "unit": "g/cm2",
                                          "system": codes.UCUM, "code": "g/cm2"}
    assert spine_bmd["bodySite"]["coding"][0]["code"] == "122496007"
    assert spine_bmd["effectiveDateTime"] == "2019-03-01"
    assert by_url[spine_bmd["device"]["reference"]]["manufacturer"] == "GE Healthcare Lunar"
    spine_t = next(o for o in first if "38267-1" in loinc(o))
    assert spine_t["valueQuantity"]["code"] == "1" and spine_t["valueQuantity"]["value"] == -1.4
    forearm_z = next(o for o in first if "80932-7" in loinc(o))
    assert forearm_z["valueQuantity"]["value"] == -1.0
    body = next(o for o in first if "46383-6" in loinc(o))
    assert {c["code"] for c in body["code"]["coding"]} == {"46383-6", "total-body-bmd"}
    other = by_url[next(by_url[x["reference"]] for x in reports[1]["result"])["device"]["reference"]]
    assert "manufacturer" not in other and "Other make" in other["deviceName"][0]["name"]

    [vitals_h] = [o for o in of_type(resources, "Observation") if "8302-2" in loinc(o)]
    assert vitals_h["valueQuantity"]["value"] == 161.5 and "effectiveDateTime" not in vitals_h
    conditions = of_type(resources, "Condition")
    assert [c["onsetDateTime"] for c in conditions] == ["2015-06-01", "2020-06-01"]
    assert conditions[0]["code"]["text"] == "High-trauma fracture: wrist"
    assert conditions[1]["bodySite"][0]["coding"][0]["code"] == "29836001"
    statements = of_type(resources, "MedicationStatement")
    assert [s["status"] for s in statements] == ["completed", "completed", "active"]
    assert statements[1]["medicationCodeableConcept"]["coding"][0]["code"] == "M05BA04"
    assert statements[2]["dosage"] == [{"text": "800 IU a day"}]
    assert statements[1]["effectivePeriod"] == {"start": "2019-04-01", "end": "2024-04-01"}


def test_a_t_score_computed_from_bmd_is_marked_derived_and_not_imported_back(
        db: Database, full_patient: PatientId, tmp_path: Path) -> None:
    resources = validate_bundle(export_one(db, full_patient, tmp_path))
    neck_t = [o for o in of_type(resources, "Observation") if "38263-0" in loinc(o)]
    derived = [o for o in neck_t if "derivedFrom" in o]
    assert len(derived) == 1 and len(neck_t) == 2  # measured on the second visit, computed on the first
    [tag] = derived[0]["meta"]["tag"]
    assert (tag["system"], tag["code"]) == (codes.LOCAL, "derived")
    assert "NHANES III" in derived[0]["method"]["text"]
    source = derived[0]["derivedFrom"][0]["reference"]
    bmd = next(o for o in resources if f"urn:uuid:{o['id']}" == source)
    assert "24701-5" in loinc(bmd) and bmd["valueQuantity"]["value"] == 0.701
    assert derived[0]["valueQuantity"]["value"] == round((0.701 - 0.858) / 0.120, 1)
    falls = [o for o in of_type(resources, "Observation") if "75856-5" in loinc(o)]
    assert falls and falls[0]["meta"]["tag"] == [tag] and falls[0]["valueQuantity"]["code"] == "/a"


@pytest.mark.parametrize("chosen", [(), ("record_id",), ("name",), IDENTIFIERS])
def test_the_patient_carries_only_the_identifiers_chosen(
        db: Database, full_patient: PatientId, tmp_path: Path, chosen: tuple[str, ...]) -> None:
    document = export_one(db, full_patient, tmp_path, identifiers=chosen)
    [patient] = of_type(validate_bundle(document), "Patient")
    text = json.dumps(document)
    assert ("Frida Full" in text) == ("name" in chosen)
    assert ("1952-02-29" in text) == ("birth_date" in chosen)
    assert ("gender" in patient) == ("sex" in chosen)
    assert ("identifier" in patient) == ("record_id" in chosen)
    if "record_id" in chosen:
        assert patient["identifier"] == [{"system": codes.PATIENT_ID_SYSTEM,
                                          "value": str(full_patient)}]


def test_export_writes_one_named_private_file_per_patient(
        db: Database, full_patient: PatientId, tmp_path: Path) -> None:
    other = add_patient(db, Patient(None, "Zoë Second", Sex.MALE, dt.date(1960, 1, 1)))
    written = exporting.export(db, tmp_path / "all", None, "fhir")
    assert sorted(p.name for p in written) == sorted(
        [f"{full_patient}-frida-full.fhir.json", f"{other.id}-zo-second.fhir.json"])
    assert all(p.stat().st_mode & 0o077 == 0 for p in written)
    for path in written:
        validate_bundle(json.loads(path.read_text(encoding="utf-8")))


def copy_patient(db: Database, source: Patient) -> PatientId:
    made = add_patient(db, dataclasses.replace(source, id=None))
    assert made.id is not None
    return made.id


def test_round_trip_into_a_fresh_database_gives_identical_scans(
        db: Database, full_patient: PatientId, tmp_path: Path) -> None:
    path = exporting.export(db, tmp_path, [full_patient], "fhir")[0]
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        pid = copy_patient(fresh, load_record(db, full_patient).patient)
        result = import_fhir(fresh, path, pid)
        assert result.new_visits == 2 and result.values_added == 6 and result.skipped == 0
        assert scan_key(load_record(fresh, pid).scans) == scan_key(load_record(db, full_patient).scans)
        again = import_fhir(fresh, path, pid)
        assert (again.values_added, again.skipped) == (0, 6)  # idempotent
        assert scan_key(load_record(fresh, pid).scans) == scan_key(load_record(db, full_patient).scans)
    finally:
        fresh.close()


def test_the_demo_heaviest_patient_validates_and_round_trips(tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        demo.generate(source, 7, 1, AS_OF)
        records = [load_record(source, pid) for pid in exporting.all_patient_ids(source)]
        heaviest = max(records, key=lambda r: (len(r.scans) + len(r.medications) + len(r.falls)
                                               + len(r.fractures) + len(r.measures) + len(r.labs),
                                               len(r.workouts)))
        assert heaviest.patient.id is not None and heaviest.falls and heaviest.medications
        [path] = exporting.export(source, tmp_path / "out", [heaviest.patient.id], "fhir")
        resources = validate_bundle(json.loads(path.read_text(encoding="utf-8")))
        assert len(of_type(resources, "DiagnosticReport")) == len(heaviest.scans)
        pid = copy_patient(fresh, heaviest.patient)
        import_fhir(fresh, path, pid)
        copied = load_record(fresh, pid)
        assert scan_key(copied.scans) == scan_key(heaviest.scans)
        assert heaviest.measures and heaviest.labs  # the demo's stories measure between scans
        assert sorted((m.kind, m.date, m.value, m.unit) for m in copied.measures) == \
            sorted((m.kind, m.date, m.value, m.unit) for m in heaviest.measures)
        assert sorted((r.test, r.date, r.value, r.unit, r.range_low, r.range_high) for r in copied.labs) == \
            sorted((r.test, r.date, r.value, r.unit, r.range_low, r.range_high) for r in heaviest.labs)
    finally:
        source.close()
        fresh.close()


def test_every_code_used_is_in_the_documented_table_with_its_source() -> None:
    text = DOCS.read_text(encoding="utf-8")
    row = r"^\| `([^`]+)` \|[^|]*\|[^|]*\|[^|]*\| (\w[\w.-]*) \|$"
    table = {m.group(1): m.group(2) for m in re.finditer(row, text, re.MULTILINE)}
    for code in codes.all_codes():
        assert table.get(code.code) == code.source, code
    for key in {c.source for c in codes.all_codes()}:
        assert f"**{key}**" in text, key
    assert set(table) == {c.code for c in codes.all_codes()}



@given(st.lists(st.tuples(st.sampled_from(list(Site)),
                          st.one_of(st.none(), st.floats(0.2, 2.5)),
                          st.one_of(st.none(), st.floats(-7, 5)),
                          st.one_of(st.none(), st.floats(-7, 5))),
                min_size=1, max_size=5, unique_by=lambda t: t[0]))
@settings(max_examples=60, deadline=None)
def test_any_site_values_are_read_back_exactly_as_written(
        values: list[tuple[Site, float | None, float | None, float | None]]) -> None:
    measurements = tuple(SiteMeasurement(site, bmd, t, z) for site, bmd, t, z in values)
    scan = DxaScan(None, PatientId(1), dt.date(2020, 2, 29), measurements, Device.HOLOGIC)
    record = PatientRecord(Patient(PatientId(1), "Prop Erty", Sex.FEMALE, dt.date(1950, 1, 1)),
                           scans=(scan,))
    data = json.dumps(bundle(record, today=AS_OF)).encode("utf-8")
    read = {(v.site, v.quantity): v.value for v in read_bundle(data).values}
    written = {(m.site, q): getattr(m, q) for m in measurements
               for q in ("bmd", "t_score", "z_score") if getattr(m, q) is not None}
    assert read == written  # floats exact; computed T-scores are not read back


def test_scanner_details_are_written_on_the_device_and_read_back(db: Database, tmp_path: Path) -> None:
    p = add_patient(db, parse_patient({"name": "Dora Device", "sex": "female",
                                       "birth_date": "1950-01-01"}))
    assert p.id is not None
    scan_svc.log_scan(db, scan_svc.parse_scan(
        p.id, {"date": "2021-03-01", "device": "ge_lunar", "model": "Prodigy",
               "machine_id": "Room 2", "software": "enCORE 16"},
        [{"site": "lumbar_spine", "bmd": "1.05", "t_score": "-0.5"}]))
    scan_svc.log_scan(db, scan_svc.parse_scan(
        p.id, {"date": "2023-03-01", "model": "Horizon A"},
        [{"site": "lumbar_spine", "bmd": "0.94", "t_score": "-1.1"}]))
    resources = validate_bundle(export_one(db, p.id, tmp_path))
    lunar, unknown = of_type(resources, "Device")
    assert lunar["manufacturer"] == "GE Healthcare Lunar" and lunar["modelNumber"] == "Prodigy"
    assert lunar["identifier"] == [{"system": "urn:bonetracker:machine-id", "value": "Room 2"}]
    assert lunar["version"] == [{"value": "enCORE 16"}]
    assert "manufacturer" not in unknown and unknown["modelNumber"] == "Horizon A"
    path = exporting.export(db, tmp_path / "again", [p.id], "fhir")[0]
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        pid = copy_patient(fresh, load_record(db, p.id).patient)
        import_fhir(fresh, path, pid)
        first, second = load_record(fresh, pid).scans
        assert (first.device, first.model, first.machine_id, first.software) == (
            Device.GE_LUNAR, "Prodigy", "Room 2", "enCORE 16")
        assert (second.device, second.model, second.machine_id) == (None, "Horizon A", "")
    finally:
        fresh.close()
