"""``bonetracker fractures add|list`` and ``bonetracker falls add|list``."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, patient_db, print_json
from bonetracker.domain.records import Fall, Fracture, FractureSite
from bonetracker.services import fractures as service

_YES_NO = ["yes", "no"]


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("fractures", help="add and list fractures")
    commands = group.add_subparsers(dest="fractures_command", metavar="ACTION", required=True)
    add = add_command(commands, "add", common, _add_fracture, "record a fracture")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--site", required=True, help="|".join(s.value for s in FractureSite))
    add.add_argument("--low-trauma", metavar="yes|no", default="yes",
                     help=f"default yes. {service.LOW_TRAUMA_HELP}")
    listing = add_command(commands, "list", common, _list_fractures, "list a patient's fractures")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--json", action="store_true", help="print JSON")

    falls = subparsers.add_parser("falls", help="add and list falls")
    fall_commands = falls.add_subparsers(dest="falls_command", metavar="ACTION", required=True)
    add_fall = add_command(fall_commands, "add", common, _add_fall, "record a fall")
    add_fall.add_argument("--patient", required=True, help="name or id")
    add_fall.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add_fall.add_argument("--injury", metavar="yes|no", default="no", help="default no")
    add_fall.add_argument("--notes")
    list_falls = add_command(fall_commands, "list", common, _list_falls, "list a patient's falls")
    list_falls.add_argument("--patient", required=True, help="name or id")
    list_falls.add_argument("--json", action="store_true", help="print JSON")


def fracture_as_dict(f: Fracture) -> dict[str, object]:
    return {"id": f.id, "date": f.date.isoformat(), "site": f.site.value, "low_trauma": f.low_trauma}


def fall_as_dict(f: Fall) -> dict[str, object]:
    return {"id": f.id, "date": f.date.isoformat(), "injury": f.injury, "notes": f.notes}


def _add_fracture(args: argparse.Namespace) -> int:
    raw = {"date": args.date, "site": args.site, "low_trauma": args.low_trauma}
    with patient_db(args) as (db, patient, pid):
        saved = service.log_fracture(db, service.parse_fracture(pid, raw))
    kind = "low-trauma" if saved.low_trauma else "high-trauma"
    print(f"Saved a {kind} {saved.site.value} fracture for {patient.name} on {saved.date} "
          f"(fracture {saved.id}).")
    return 0


def _list_fractures(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        fractures = service.list_fractures(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "fractures": [fracture_as_dict(f) for f in fractures]})
        return 0
    if not fractures:
        print(f"{patient.name} has no fractures on record.")
    for f in fractures:
        kind = "low trauma" if f.low_trauma else "high trauma"
        print(f"{f.id:>5}  {f.date}  {service.SITE_LABELS[f.site]:<20} {kind}")
    return 0


def _add_fall(args: argparse.Namespace) -> int:
    raw = {"date": args.date, "injury": args.injury, "notes": args.notes}
    with patient_db(args) as (db, patient, pid):
        saved = service.log_fall(db, service.parse_fall(pid, raw))
    print(f"Saved a fall for {patient.name} on {saved.date} (fall {saved.id}).")
    return 0


def _list_falls(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        falls = service.list_falls(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "falls": [fall_as_dict(f) for f in falls]})
        return 0
    if not falls:
        print(f"{patient.name} has no falls on record.")
    for f in falls:
        injury = "injured" if f.injury else "no injury"
        print(f"{f.id:>5}  {f.date}  {injury:<10} {f.notes}")
    return 0
