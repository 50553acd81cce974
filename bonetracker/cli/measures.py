"""``bonetracker measures add|list``, ``bonetracker labs add|list`` and
``bonetracker frax add|list|worksheet``: what is measured between scans."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, patient_db, print_json
from bonetracker.domain.measures import labs as lab_reading
from bonetracker.domain.measures.frax import FRAX_MODELS, result_text
from bonetracker.domain.measures.norms import assess
from bonetracker.domain.measures.units import LABS, MEASURES, to_canonical
from bonetracker.domain.records import FraxResult, LabResult, LabTest, Measure, MeasureKind, Patient
from bonetracker.services import frax as frax_service
from bonetracker.services import labs as lab_service
from bonetracker.services import measures as service
from bonetracker.services.validation import FieldReader


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("measures", help="heights and function tests (TUG, chair stand, grip, ...)")
    commands = group.add_subparsers(dest="measures_command", metavar="ACTION", required=True)
    add = add_command(commands, "add", common, _add_measure, "record a height or a function test")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--kind", required=True, help=service.KIND_HELP)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--value", required=True, help="the result (seconds, stands, kg, m/s or cm)")
    add.add_argument("--unit", help="default the kind's own: " + "; ".join(
        f"{k.value}: {'|'.join(s.units)}" for k, s in MEASURES.items()))
    add.add_argument("--note")
    listing = add_command(commands, "list", common, _list_measures, "list a patient's measurements")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--kind", help=service.KIND_HELP)
    listing.add_argument("--json", action="store_true", help="print JSON")

    labs = subparsers.add_parser("labs", help="lab results (vitamin D, calcium, eGFR, PTH, CTX, P1NP)")
    lab_commands = labs.add_subparsers(dest="labs_command", metavar="ACTION", required=True)
    add_lab = add_command(lab_commands, "add", common, _add_lab, "record a lab result")
    add_lab.add_argument("--patient", required=True, help="name or id")
    add_lab.add_argument("--test", required=True, help=lab_service.TEST_HELP)
    add_lab.add_argument("--value", required=True)
    add_lab.add_argument("--unit", help="default the test's usual unit: " + "; ".join(
        f"{t.value}: {'|'.join(s.units)}" for t, s in LABS.items()))
    add_lab.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add_lab.add_argument("--range-low", help="the lab's reference range, lower end (same unit)")
    add_lab.add_argument("--range-high", help="the lab's reference range, upper end (same unit)")
    add_lab.add_argument("--note")
    list_labs = add_command(lab_commands, "list", common, _list_labs, "list a patient's lab results")
    list_labs.add_argument("--patient", required=True, help="name or id")
    list_labs.add_argument("--test", help=lab_service.TEST_HELP)
    list_labs.add_argument("--json", action="store_true", help="print JSON")

    frax = subparsers.add_parser("frax", help="FRAX worksheet and results from the official calculator")
    frax_commands = frax.add_subparsers(dest="frax_command", metavar="ACTION", required=True)
    add_frax = add_command(frax_commands, "add", common, _add_frax,
                           "record a result of the official FRAX calculator")
    add_frax.add_argument("--patient", required=True, help="name or id")
    add_frax.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add_frax.add_argument("--major", required=True, metavar="PERCENT",
                          help="10-year probability of a major osteoporotic fracture (%%)")
    add_frax.add_argument("--hip", required=True, metavar="PERCENT",
                          help="10-year probability of a hip fracture (%%)")
    add_frax.add_argument("--with-bmd", required=True, metavar="yes|no",
                          help="whether the femoral-neck BMD was entered in the calculator")
    add_frax.add_argument("--model", default="us", help=f"the calculator's country model (default us): "
                          f"{frax_service.MODEL_HELP}")
    add_frax.add_argument("--category", help="UK: the NOGG calculator's risk category: "
                          f"{frax_service.CATEGORY_HELP}")
    add_frax.add_argument("--note")
    list_frax = add_command(frax_commands, "list", common, _list_frax, "list a patient's FRAX results")
    list_frax.add_argument("--patient", required=True, help="name or id")
    list_frax.add_argument("--json", action="store_true", help="print JSON")
    sheet = add_command(frax_commands, "worksheet", common, _worksheet,
                        "every FRAX input from the record, to copy into the official calculator")
    sheet.add_argument("--patient", required=True, help="name or id")
    sheet.add_argument("--json", action="store_true", help="print JSON")


def measure_as_dict(m: Measure, patient: Patient) -> dict[str, object]:
    spec = MEASURES[m.kind]
    value = to_canonical(spec, m.value, m.unit)
    norm = assess(m.kind, value, patient.sex, patient.age_on(m.date))
    return {"id": m.id, "kind": m.kind.value, "date": m.date.isoformat(), "value": m.value,
            "unit": m.unit, "value_canonical": round(value, 4), "canonical_unit": spec.canonical,
            "norm": norm.text or None, "status": norm.status.value, "source": norm.source or None,
            "note": m.note}


def lab_as_dict(r: LabResult) -> dict[str, object]:
    reading = lab_reading.read(r)
    spec = LABS[r.test]
    return {"id": r.id, "test": r.test.value, "date": r.date.isoformat(), "value": r.value,
            "unit": r.unit, "value_canonical": round(reading.canonical_value, 4),
            "canonical_unit": spec.canonical, "range_low": r.range_low, "range_high": r.range_high,
            "status": reading.status.value, "reading": reading.text, "note": r.note}


def frax_as_dict(r: FraxResult) -> dict[str, object]:
    return {"id": r.id, "date": r.date.isoformat(), "model": r.model, "with_bmd": r.with_bmd,
            "major": r.major, "hip": r.hip, "category": r.category, "note": r.note}


def _add_measure(args: argparse.Namespace) -> int:
    raw = {"kind": args.kind, "date": args.date, "value": args.value, "unit": args.unit, "note": args.note}
    with patient_db(args) as (db, patient, pid):
        saved = service.log_measure(db, service.parse_measure(pid, raw))
    d = measure_as_dict(saved, patient)
    norm = f"; norm: {d['norm']} ({'outside' if d['status'] == 'outside_norm' else 'within'})" \
        if d["status"] != "no_norm" else ""
    print(f"Saved {MEASURES[saved.kind].label} {saved.value:g} {saved.unit} for {patient.name} on "
          f"{saved.date} (measure {saved.id}){norm}.")
    return 0


def _kind_filter(args: argparse.Namespace) -> MeasureKind | None:
    if not getattr(args, "kind", None):
        return None
    reader = FieldReader({"kind": args.kind})
    kind = reader.choice("kind", MeasureKind)
    reader.raise_if_errors()
    return kind


def _list_measures(args: argparse.Namespace) -> int:
    kind = _kind_filter(args)
    with patient_db(args) as (db, patient, pid):
        found = service.list_measures(db, pid, kind)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "measures": [measure_as_dict(m, patient) for m in found]})
        return 0
    if not found:
        print(f"{patient.name} has no measurements on record.")
    for m in found:
        d = measure_as_dict(m, patient)
        flag = "  outside the norm" if d["status"] == "outside_norm" else ""
        print(f"{m.id:>5}  {m.date}  {MEASURES[m.kind].label:<32} {m.value:g} {m.unit}{flag}")
    return 0


def _add_lab(args: argparse.Namespace) -> int:
    raw = {"test": args.test, "date": args.date, "value": args.value, "unit": args.unit,
           "range_low": args.range_low, "range_high": args.range_high, "note": args.note}
    with patient_db(args) as (db, patient, pid):
        saved = lab_service.log_lab(db, lab_service.parse_lab(pid, raw))
    reading = lab_reading.read(saved)
    print(f"Saved {LABS[saved.test].label} {lab_reading.value_text(saved)} for {patient.name} on "
          f"{saved.date} (lab {saved.id}): {reading.text}.")
    return 0


def _list_labs(args: argparse.Namespace) -> int:
    test = None
    if args.test:
        reader = FieldReader({"test": args.test})
        test = reader.choice("test", LabTest)
        reader.raise_if_errors()
    with patient_db(args) as (db, patient, pid):
        found = lab_service.list_labs(db, pid, test)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "labs": [lab_as_dict(r) for r in found]})
        return 0
    if not found:
        print(f"{patient.name} has no lab results on record.")
    for r in found:
        print(f"{r.id:>5}  {r.date}  {LABS[r.test].label:<30} {lab_reading.value_text(r)}  "
              f"({lab_reading.read(r).text})")
    return 0


def _add_frax(args: argparse.Namespace) -> int:
    raw = {"date": args.date, "major": args.major, "hip": args.hip, "with_bmd": args.with_bmd,
           "model": args.model, "category": args.category, "note": args.note}
    with patient_db(args) as (db, patient, pid):
        saved = frax_service.log_frax(db, frax_service.parse_frax(pid, raw))
    print(f"Saved a FRAX result for {patient.name}: {result_text(saved)} (FRAX {saved.id}).")
    return 0


def _list_frax(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        found = frax_service.list_frax(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "frax": [frax_as_dict(r) for r in found]})
        return 0
    if not found:
        print(f"{patient.name} has no FRAX results on record.")
    for r in found:
        print(f"{r.id:>5}  {result_text(r)}")
    return 0


def _worksheet(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        inputs = frax_service.worksheet(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id, "models": FRAX_MODELS,
                    "worksheet": [{"key": i.key, "label": i.label, "value": i.value, "text": i.text}
                                  for i in inputs]})
        return 0
    print(f"FRAX worksheet for {patient.name} (copy into the official calculator; BoneTracker "
          "never computes FRAX):")
    for i in inputs:
        print(f"  {i.label:<30} {i.text}")
    return 0
