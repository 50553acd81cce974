"""``bonetracker lifestyle add|list``: one entry a day of smoking, alcohol, stress and daylight."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, patient_db, print_json
from bonetracker.domain.records import LifestyleEntry
from bonetracker.services import lifestyle as service


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("lifestyle", help="log and list smoking, alcohol, stress, daylight")
    commands = group.add_subparsers(dest="lifestyle_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add, "log one day's lifestyle entry")
    add.add_argument("--patient", required=True, help="name or id")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--cigarettes", metavar="N", help="cigarettes smoked that day, 0-100")
    add.add_argument("--alcohol-units", metavar="X",
                     help=f"0-50. {service.ALCOHOL_UNIT_HELP}".replace("%", "%%"))
    add.add_argument("--stress", metavar="N", help="1 (calm) to 10 (extreme)")
    add.add_argument("--daylight-minutes", metavar="N", help="minutes outdoors in daylight")
    add.add_argument("--notes")

    listing = add_command(commands, "list", common, _list, "list a patient's lifestyle entries")
    listing.add_argument("--patient", required=True, help="name or id")
    listing.add_argument("--json", action="store_true", help="print JSON")


def entry_as_dict(e: LifestyleEntry) -> dict[str, object]:
    return {"id": e.id, "date": e.date.isoformat(), "cigarettes": e.cigarettes,
            "alcohol_units": e.alcohol_units, "stress": e.stress,
            "daylight_minutes": e.daylight_minutes, "notes": e.notes}


def _add(args: argparse.Namespace) -> int:
    raw = {k: getattr(args, k) for k in
           ("date", "cigarettes", "alcohol_units", "stress", "daylight_minutes", "notes")}
    with patient_db(args) as (db, patient, pid):
        saved = service.log_lifestyle(db, service.parse_lifestyle(pid, raw))
    print(f"Saved the lifestyle entry for {patient.name} on {saved.date} (entry {saved.id}).")
    return 0


def _show(value: object, suffix: str = "") -> str:
    return "-" if value is None else f"{value:g}{suffix}" if isinstance(value, float) else f"{value}{suffix}"


def _list(args: argparse.Namespace) -> int:
    with patient_db(args) as (db, patient, pid):
        entries = service.list_lifestyle(db, pid)
    if args.json:
        print_json({"patient": patient.name, "patient_id": patient.id,
                    "smoking": patient.smoking.value,
                    "smoking_quit_date": patient.smoking_quit_date.isoformat()
                    if patient.smoking_quit_date else None,
                    "entries": [entry_as_dict(e) for e in entries]})
        return 0
    print(f"Smoking status: {patient.smoking.value}"
          + (f" (quit {patient.smoking_quit_date})" if patient.smoking_quit_date else ""))
    if not entries:
        print(f"{patient.name} has no lifestyle entries yet.")
    for e in entries:
        print(f"{e.id:>5}  {e.date}  cigarettes {_show(e.cigarettes):>3}  alcohol "
              f"{_show(e.alcohol_units, ' u'):>6}  stress {_show(e.stress):>2}  daylight "
              f"{_show(e.daylight_minutes, ' min'):>8}  {e.notes}")
    return 0
