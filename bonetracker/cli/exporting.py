"""``bonetracker export --patient N | --all --out DIR [--format csv|json]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, database
from bonetracker.services.interchange.exporting import FORMATS, export
from bonetracker.services.patients import resolve_patient


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "export", common, _export,
                      "export patients as CSV files in the import formats, or as JSON documents")
    who = cmd.add_mutually_exclusive_group(required=True)
    who.add_argument("--patient", help="name or id")
    who.add_argument("--all", action="store_true", help="every patient (archived ones too)")
    cmd.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    cmd.add_argument("--format", choices=FORMATS, default="csv",
                     help="csv: one file per kind (default); json: one document per patient")


def _export(args: argparse.Namespace) -> int:
    with database(args) as db:
        ids = None
        if args.patient:
            patient = resolve_patient(db, args.patient)
            ids = [patient.id] if patient.id is not None else []
        written = export(db, Path(args.out).expanduser(), ids, args.format)
    print(f"Wrote {len(written)} file(s) to {args.out}.")
    return 0
