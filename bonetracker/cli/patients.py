"""``bonetracker patients add|list|edit|archive``."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, database, print_json
from bonetracker.domain.records import Menopause, Patient, Smoking
from bonetracker.services import patients as service
from bonetracker.services.patients import CLINICAL_FLAGS, RISK_FACTORS

_YES_NO = ["yes", "no"]


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("patients", help="add, list, edit and archive patients")
    commands = group.add_subparsers(dest="patients_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", common, _add, "add a patient")
    _patient_flags(add, required=True)
    add.add_argument("--allow-duplicate", action="store_true",
                     help="add even when a patient with the same name and birth date exists")

    edit = add_command(commands, "edit", common, _edit, "change a patient's details")
    edit.add_argument("--patient", required=True, help="name or id")
    _patient_flags(edit, required=False)

    archive = add_command(commands, "archive", common, _archive, "hide a patient from the list")
    archive.add_argument("--patient", required=True, help="name or id")
    archive.add_argument("--undo", action="store_true", help="bring an archived patient back")

    listing = add_command(commands, "list", common, _list, "list patients")
    listing.add_argument("--search", default="", help="part of a name, or a birth date prefix")
    listing.add_argument("--archived", action="store_true", help="include archived patients")
    listing.add_argument("--json", action="store_true", help="print JSON")


def _patient_flags(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--name", required=required)
    parser.add_argument("--sex", required=required, help="female or male")
    parser.add_argument("--birth-date", required=required, metavar="YYYY-MM-DD")
    parser.add_argument("--height-cm", metavar="X")
    parser.add_argument("--weight-kg", metavar="X")
    parser.add_argument("--menopause", help="|".join(m.value for m in Menopause))
    parser.add_argument("--menopause-year", metavar="YYYY")
    parser.add_argument("--smoking", help="|".join(s.value for s in Smoking))
    parser.add_argument("--smoking-quit-date", metavar="YYYY-MM-DD")
    for key, label in RISK_FACTORS:
        parser.add_argument(f"--{key.replace('_', '-')}", choices=_YES_NO, help=label)
    for key, label in CLINICAL_FLAGS:
        # Like the risk factors ("--impact-cleared yes|no"), and also as a bare switch with its
        # negation: "--impact-cleared", "--no-impact-cleared".
        option = key.replace("_", "-")
        switch = parser.add_mutually_exclusive_group()
        switch.add_argument(f"--{option}", dest=key, nargs="?", const="yes", choices=_YES_NO,
                            help=f"{label} (yes when given alone)")
        switch.add_argument(f"--no-{option}", dest=key, action="store_const", const="no",
                            help=f"not: {label.lower()}")
    parser.add_argument("--notes")


def _raw(args: argparse.Namespace) -> dict[str, object | None]:
    keys = ["name", "sex", "birth_date", "height_cm", "weight_kg", "menopause", "menopause_year",
            "smoking", "smoking_quit_date", "notes", *(k for k, _ in RISK_FACTORS),
            *(k for k, _ in CLINICAL_FLAGS)]
    return {k: getattr(args, k, None) for k in keys}


def patient_as_dict(p: Patient) -> dict[str, object]:
    return {
        "id": p.id,
        "name": p.name,
        "sex": p.sex.value,
        "birth_date": p.birth_date.isoformat(),
        "height_cm": p.height_cm,
        "weight_kg": p.weight_kg,
        "menopause": p.menopause.value if p.menopause else None,
        "menopause_year": p.menopause_year,
        "smoking": p.smoking.value,
        "smoking_quit_date": p.smoking_quit_date.isoformat() if p.smoking_quit_date else None,
        **{k: getattr(p, k) for k, _ in RISK_FACTORS},
        **{k: getattr(p, k) for k, _ in CLINICAL_FLAGS},
        "notes": p.notes,
        "archived": p.archived,
    }


def _add(args: argparse.Namespace) -> int:
    patient = service.parse_patient(_raw(args))
    with database(args) as db:
        saved = service.add_patient(db, patient, allow_duplicate=args.allow_duplicate)
    print(f"Added patient {saved.name} (id {saved.id}).")
    return 0


def _edit(args: argparse.Namespace) -> int:
    with database(args) as db:
        current = service.resolve_patient(db, args.patient)
        saved = service.update_patient(db, service.parse_patient(_raw(args), base=current))
    print(f"Saved patient {saved.name} (id {saved.id}).")
    return 0


def _archive(args: argparse.Namespace) -> int:
    with database(args) as db:
        patient = service.resolve_patient(db, args.patient)
        assert patient.id is not None
        saved = service.set_archived(db, patient.id, not args.undo)
    print(f"{saved.name} is {'archived' if saved.archived else 'back in the list'}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    with database(args) as db:
        summaries = service.list_patients(db, args.search, include_archived=args.archived)
        if args.json:
            full = {p.id: p for p in service.get_patients(db, [s.id for s in summaries])}
            print_json([patient_as_dict(full[s.id]) | {
                "last_scan_date": s.last_scan_date.isoformat() if s.last_scan_date else None}
                for s in summaries])
            return 0
    if not summaries:
        print("No patients yet. Add one with: bonetracker patients add --name ... --sex ... "
              "--birth-date YYYY-MM-DD")
    for s in summaries:
        last = s.last_scan_date.isoformat() if s.last_scan_date else "no scan"
        flag = " (archived)" if s.archived else ""
        print(f"{s.id:>5}  {s.name:<30} {s.sex.value:<6} born {s.birth_date}  last scan {last}{flag}")
    return 0

