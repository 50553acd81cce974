"""``bonetracker meds add|list|stop``: medication and supplement courses from the built-in list."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, patient_db, print_json
from bonetracker.domain.records import MedicationCourse
from bonetracker.services import medications as service

_DRUGS = ", ".join(service.DRUGS)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("meds", help="add, list and stop medication courses")
    commands = group.add_subparsers(dest="meds_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add, "start a medication or supplement course")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--drug", required=True, metavar="NAME", help=f"one of: {_DRUGS}")
    add.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--end", metavar="YYYY-MM-DD", help="leave out while the course is running")
    add.add_argument("--dose", metavar="TEXT", help="as prescribed, e.g. '70 mg weekly'")
    add.add_argument("--daily-amount", metavar="X",
                     help="supplements only: calcium in mg a day, vitamin D in IU a day")
    add.add_argument("--notes")

    listing = add_command(commands, "list", common, _list, "list a patient's medication courses")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--json", action="store_true", help="print JSON")

    stop = add_command(commands, "stop", common, _stop, "end the running course of a drug")
    stop.add_argument("--patient", required=True, help="name or id")
    stop.add_argument("--drug", required=True, metavar="NAME")
    stop.add_argument("--end", required=True, metavar="YYYY-MM-DD")


def course_as_dict(c: MedicationCourse) -> dict[str, object]:
    return {"id": c.id, "drug": c.drug, "drug_class": c.drug_class.value,
            "start": c.start.isoformat(), "end": c.end.isoformat() if c.end else None,
            "dose": c.dose, "daily_amount": c.daily_amount,
            "daily_amount_unit": service.daily_amount_unit(c.drug), "notes": c.notes}


def _add(args: argparse.Namespace) -> int:
    raw = {k: getattr(args, k) for k in ("drug", "start", "end", "dose", "daily_amount", "notes")}
    with patient_db(args) as (db, patient, pid):
        saved = service.log_medication(db, service.parse_medication(pid, raw))
    print(f"Saved the {saved.drug} course for {patient.name} from {saved.start} (course {saved.id}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        courses = service.list_medications(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "medications": [course_as_dict(c) for c in courses]})
        return 0
    if not courses:
        print(f"{patient.name} has no medication courses yet.")
    for c in courses:
        until = c.end.isoformat() if c.end else "running"
        unit = service.daily_amount_unit(c.drug)
        amount = f"  {c.daily_amount:g} {unit}/day" if c.daily_amount is not None and unit else ""
        dose = f"  {c.dose}" if c.dose else ""
        print(f"{c.id:>5}  {c.drug:<22} {c.drug_class.value:<14} {c.start} to {until:<10}{dose}{amount}")
    return 0


def _stop(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        saved = service.stop_medication(db, pid, args.drug, args.end)
    print(f"Stopped the {saved.drug} course of {patient.name} on {saved.end}.")
    return 0
