"""Issue 18 meets issue 22: heights, function tests and lab results go out as dated FHIR
Observations in the unit typed, validate as R4, and come back identical; bad units and ranges are
refused naming the element."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from bonetracker.domain.records import LabTest, MeasureKind, Patient, PatientId, Sex
from bonetracker.services import labs as lab_service
from bonetracker.services import measures as measure_service
from bonetracker.services.interchange import exporting
from bonetracker.services.interchange.fhir import codes
from bonetracker.services.interchange.fhir.importing import import_fhir, import_fhir_bytes
from bonetracker.services.interchange.fhir.reader import FhirRejected
from bonetracker.services.patients import add_patient
from bonetracker.services.records import load_record
from bonetracker.storage.database import Database, open_database
from tests.services.interchange.test_fhir_export import copy_patient, of_type, validate_bundle

MEASURES = [("height", "2016-05-01", "64.5", "in"), ("height", "2024-05-01", "158.2", "cm"),
            ("tug", "2024-05-01", "13.5", "s"), ("chair_stand_30s", "2024-05-01", "9", "stands"),
            ("grip", "2024-05-01", "40", "lb"), ("gait_speed", "2024-05-01", "2.5", "ft/s"),
            ("sit_to_stand_5x", "2024-05-01", "16.2", "s"), ("balance_tandem", "2024-05-01", "7", "s")]
LABS = [("vitamin_d_25oh", "45", "nmol/L", None, None), ("calcium", "2.45", "mmol/L", "2.2", "2.6"),
        ("calcium", "9.6", "mg/dL", "8.6", "10.3"), ("egfr", "33", "mL/min/1.73m²", None, None),
        ("pth", "72", "pg/mL", "15", "65"), ("ctx", "0.45", "ng/mL", None, "0.57"),
        ("p1np", "38", "µg/L", "15", "75")]


@pytest.fixture
def mona(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Mona Measure", Sex.FEMALE, dt.date(1948, 3, 1)))
    assert p.id is not None
    for kind, day, value, unit in MEASURES:
        measure_service.log_measure(db, measure_service.parse_measure(
            p.id, {"kind": kind, "date": day, "value": value, "unit": unit}))
    for i, (test, value, unit, low, high) in enumerate(LABS):
        lab_service.log_lab(db, lab_service.parse_lab(p.id, {
            "test": test, "date": f"2024-04-{i + 1:02d}", "value": value, "unit": unit, "range_low": low,
            "range_high": high, "note": "fasting" if test == "calcium" else ""}))
    return p.id


def _key(record: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    return (sorted((m.kind, m.date, m.value, m.unit, m.note) for m in record.measures),
            sorted((r.test, r.date, r.value, r.unit, r.range_low, r.range_high, r.note) for r in record.labs))


def test_export_validates_and_round_trips_exactly(db: Database, mona: PatientId, tmp_path: Path) -> None:
    path = exporting.export(db, tmp_path, [mona], "fhir")[0]
    resources = validate_bundle(json.loads(path.read_text(encoding="utf-8")))
    observations = of_type(resources, "Observation")
    vit_d = next(o for o in observations if o["code"]["coding"][0]["code"] == "62292-8")
    assert vit_d["valueQuantity"] == {"value": 45.0, "unit": "nmol/L", "system": codes.UCUM, "code": "nmol/L"}
    assert vit_d["effectiveDateTime"] == "2024-04-01"
    assert vit_d["category"][0]["coding"][0]["code"] == "laboratory"
    molar = next(o for o in observations if o["code"]["coding"][0]["code"] == "2000-8")
    assert molar["referenceRange"] == [{"low": {"value": 2.2, "unit": "mmol/L", "system": codes.UCUM,
                                                "code": "mmol/L"},
                                        "high": {"value": 2.6, "unit": "mmol/L", "system": codes.UCUM,
                                                 "code": "mmol/L"}}]
    grip = next(o for o in observations if o["code"]["coding"][0]["code"] == "grip-strength")
    assert grip["valueQuantity"]["code"] == "[lb_av]"
    heights = [o for o in observations if o["code"]["coding"][0]["code"] == "8302-2"]
    assert [h.get("effectiveDateTime") for h in heights] == ["2016-05-01", "2024-05-01"]

    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        pid = copy_patient(fresh, load_record(db, mona).patient)
        result = import_fhir(fresh, path, pid)
        assert len(result.measures) == len(MEASURES) and len(result.labs) == len(LABS)
        assert _key(load_record(fresh, pid)) == _key(load_record(db, mona))
        again = import_fhir(fresh, path, pid)
        assert again.measures == () and again.labs == () and again.skipped == len(MEASURES) + len(LABS)
        assert _key(load_record(fresh, pid)) == _key(load_record(db, mona))
    finally:
        fresh.close()


def _bundle(*observations: dict[str, Any]) -> bytes:
    return json.dumps({"resourceType": "Bundle", "type": "collection",
                       "entry": [{"resource": o} for o in observations]}).encode()


def _obs(rid: str, code: str, value: Any, unit: str, day: str | None = "2024-05-01",
         system: str = codes.LOINC, **extra: Any) -> dict[str, Any]:
    obs: dict[str, Any] = {"resourceType": "Observation", "id": rid, "status": "final",
                           "code": {"coding": [{"system": system, "code": code}]},
                           "valueQuantity": {"value": value, "system": codes.UCUM, "code": unit}, **extra}
    if day is not None:
        obs["effectiveDateTime"] = day
    return obs


@pytest.mark.parametrize(("observation", "message"), [
    (_obs("vd", "62292-8", 18, "mg"),
     "entry[0] Observation/vd valueQuantity.code: 'mg' is not a unit of 25-hydroxyvitamin D; BoneTracker "
     "reads ng/mL, nmol/L"),
    (_obs("vd", "62292-8", 18, "ng/mL", day=None), "entry[0] Observation/vd: "),
    (_obs("vd", "62292-8", 900, "ng/mL"), "value must be from 1 to 250 ng/mL (got 900)"),
    (_obs("ca", "2000-8", 2.4, "mmol/L", referenceRange=[{"low": {"value": 8.6, "code": "mg/dL",
                                                                  "system": codes.UCUM}}]),
     "entry[0] Observation/ca referenceRange[0].low.code: the range is in mg/dL, the result in mmol/L"),
    (_obs("tug", "timed-up-and-go", 600, "s", system=codes.LOCAL), "value must be from 2 to 300 s (got 600)"),
    (_obs("tug", "timed-up-and-go", 12, "s", day="1940-01-01", system=codes.LOCAL),
     "date must be on or after the birth date 1948-03-01"),
    (_obs("tug", "timed-up-and-go", "fast", "s", system=codes.LOCAL),
     "entry[0] Observation/tug valueQuantity.value: is not a number"),
])
def test_bad_labs_and_measures_are_refused_naming_the_element(
        db: Database, observation: dict[str, Any], message: str) -> None:
    p = add_patient(db, Patient(None, "Mona Measure", Sex.FEMALE, dt.date(1948, 3, 1)))
    assert p.id is not None
    with pytest.raises(FhirRejected) as info:
        import_fhir_bytes(db, _bundle(observation), p.id)
    assert any(message in str(problem) for problem in info.value.problems), info.value.problems
    record = load_record(db, p.id)
    assert record.labs == () and record.measures == ()


def test_an_undated_height_is_a_profile_value_and_ignored(db: Database) -> None:
    p = add_patient(db, Patient(None, "Mona Measure", Sex.FEMALE, dt.date(1948, 3, 1)))
    assert p.id is not None
    result = import_fhir_bytes(db, _bundle(_obs("h", "8302-2", 160, "cm", day=None),
                                           _obs("g", "grip-strength", 22.5, "kg", system=codes.LOCAL)), p.id)
    assert [i.reason for i in result.ignored] == [
        "a height with no date (a profile value): heights over time need the day measured"]
    [grip] = load_record(db, p.id).measures
    assert (grip.kind, grip.value, grip.unit) == (MeasureKind.GRIP, 22.5, "kg")


def test_a_lab_unit_given_as_text_only_is_understood(db: Database) -> None:
    p = add_patient(db, Patient(None, "Mona Measure", Sex.FEMALE, dt.date(1948, 3, 1)))
    assert p.id is not None
    obs = _obs("vd", "62292-8", 50, "")
    obs["valueQuantity"] = {"value": 50, "unit": "nmol/l"}
    import_fhir_bytes(db, _bundle(obs), p.id)
    [lab] = load_record(db, p.id).labs
    assert (lab.test, lab.value, lab.unit) == (LabTest.VITAMIN_D_25OH, 50.0, "nmol/L")
