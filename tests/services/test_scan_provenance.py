"""Scan provenance through the one validation path: model, machine, software, hip side and
vertebrae parsed from text, refused with the field and its allowed values, and kept when a
second entry joins a visit."""

from __future__ import annotations

import datetime as dt

import pytest

from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import Device, HipSide, Patient, PatientId, Sex
from bonetracker.services import scans as svc
from bonetracker.services.patients import add_patient
from bonetracker.storage.database import Database


@pytest.fixture
def pid(db: Database) -> PatientId:
    p = add_patient(db, Patient(None, "Pia Prov", Sex.FEMALE, dt.date(1955, 4, 1)))
    assert p.id is not None
    return p.id


def parse(pid: PatientId, **visit: str) -> svc.DxaScan:
    return svc.parse_scan(pid, {"date": "2024-03-01", **visit},
                          [{"site": "lumbar_spine", "bmd": "0.9"}], prefixed=False)


def errors_of(pid: PatientId, **visit: str) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        parse(pid, **visit)
    return {e.field: e.message for e in caught.value.errors}


def test_scanner_details_are_read_and_normalised(pid: PatientId) -> None:
    scan = parse(pid, device="ge_lunar", model=" Prodigy ", machine_id="Room 2",
                 software="enCORE 16", hip_side="Left", vertebrae=" l1 – l3 ")
    assert (scan.model, scan.machine_id, scan.software) == ("Prodigy", "Room 2", "enCORE 16")
    assert scan.hip_side is HipSide.LEFT and scan.vertebrae == "L1-L3"


def test_blank_details_read_as_not_recorded_and_the_spine_as_l1_l4(pid: PatientId) -> None:
    scan = parse(pid, model="", hip_side="", vertebrae="")
    assert scan.hip_side is None and scan.vertebrae == "L1-L4" and scan.model == ""


@pytest.mark.parametrize("vertebrae", ["L1-L4", "L1-L3", "L2-L4", "L1-L2", "L2-L3", "L3-L4"])
def test_every_contiguous_range_of_two_or_more_is_accepted(pid: PatientId, vertebrae: str) -> None:
    assert parse(pid, vertebrae=vertebrae.lower()).vertebrae == vertebrae


@pytest.mark.parametrize("bad", ["L1", "L2-L2", "L4-L1", "L1-L5", "T12-L4", "L1,L3", "spine"])
def test_other_vertebrae_are_refused_naming_the_allowed_ranges(pid: PatientId, bad: str) -> None:
    message = errors_of(pid, vertebrae=bad)["vertebrae"]
    assert "at least two adjacent lumbar vertebrae" in message
    assert "L1-L4, L1-L3, L2-L4, L1-L2, L2-L3, L3-L4" in message
    assert repr(bad) in message


def test_unknown_hip_side_and_long_texts_are_refused_together(pid: PatientId) -> None:
    errors = errors_of(pid, hip_side="both", model="x" * 101, machine_id="y" * 101,
                       software="z" * 101)
    assert "left, right, mean" in errors["hip_side"]
    for name in ("model", "machine_id", "software"):
        assert "at most 100 characters" in errors[name]


def test_typed_visits_are_checked_too(pid: PatientId) -> None:
    scan = parse(pid)
    bad = svc.dataclasses.replace(scan, vertebrae="L3-L1", machine_id="a\x07b")
    fields = {e.field for e in svc.scan_errors(bad)}
    assert {"vertebrae", "machine_id"} <= fields


def test_a_joining_entry_fills_in_details_and_may_not_contradict_them(db: Database,
                                                                      pid: PatientId) -> None:
    first = svc.log_scan(db, parse(pid, device="hologic", machine_id="Room 2"), prefixed=False)
    hip = svc.parse_scan(pid, {"date": "2024-03-01", "hip_side": "right", "model": "Horizon A"},
                         [{"site": "total_hip", "bmd": "0.8"}], prefixed=False)
    joined = svc.log_scan(db, hip, prefixed=False)
    assert joined.id == first.id
    assert (joined.machine_id, joined.hip_side, joined.model) == ("Room 2", HipSide.RIGHT, "Horizon A")
    clash = svc.parse_scan(pid, {"date": "2024-03-01", "machine_id": "Room 5"},
                           [{"site": "femoral_neck", "bmd": "0.7"}], prefixed=False)
    with pytest.raises(ValidationError) as caught:
        svc.log_scan(db, clash, prefixed=False)
    assert caught.value.errors[0].field == "machine_id" and "Room 2" in caught.value.errors[0].message
    [stored] = svc.list_scans(db, pid)
    assert {m.site.value for m in stored.measurements} == {"lumbar_spine", "total_hip"}


def test_editing_a_visit_keeps_its_details(db: Database, pid: PatientId) -> None:
    saved = svc.log_scan(db, parse(pid, device="ge_lunar", vertebrae="L2-L4", hip_side="mean"),
                         prefixed=False)
    edited = svc.update_scan(db, svc.dataclasses.replace(saved, software="v13"))
    assert (edited.vertebrae, edited.hip_side, edited.software) == ("L2-L4", HipSide.MEAN, "v13")


def test_labels_write_the_make_as_people_do(pid: PatientId) -> None:
    scan = parse(pid, device="ge_lunar", model="Prodigy", machine_id="Room 2", hip_side="left",
                 vertebrae="L1-L3")
    assert svc.scanner_label(scan) == "GE Lunar Prodigy, machine Room 2"
    assert svc.scanner_label(svc.dataclasses.replace(scan, device=Device.HOLOGIC, model="",
                                                     machine_id="")) == "Hologic"
    assert svc.region_details(scan) == "spine L1-L3"
    hip = svc.dataclasses.replace(scan, measurements=(
        svc.SiteMeasurement(svc.Site.TOTAL_HIP, 0.8), *scan.measurements))
    assert svc.region_details(hip) == "spine L1-L3, left hip"
    assert svc.region_details(hip, svc.Site.TOTAL_HIP) == "left hip"
