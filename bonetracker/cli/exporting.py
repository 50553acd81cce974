"""``bonetracker export --patient N | --all --out DIR [--format csv|json|fhir] [--identify ...]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, database, error
from bonetracker.services.interchange.exporting import FORMATS, export
from bonetracker.services.interchange.fhir.writer import DEFAULT_IDENTIFIERS, IDENTIFIERS
from bonetracker.services.patients import resolve_patient


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "export", common, _export,
                      "export patients as CSV files in the import formats, as JSON documents, "
                      "or as FHIR R4 bundles for clinic systems")
    who = cmd.add_mutually_exclusive_group(required=True)
    who.add_argument("--patient", help="name or id")
    who.add_argument("--all", action="store_true", help="every patient (archived ones too)")
    cmd.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    cmd.add_argument("--format", choices=FORMATS, default="csv",
                     help="csv: one file per kind (default); json: one document per patient; "
                          "fhir: one FHIR R4 Bundle per patient (<id>-<name>.fhir.json)")
    cmd.add_argument("--identify", metavar="LIST", default=",".join(DEFAULT_IDENTIFIERS),
                     help="fhir only: what the Patient resource carries, comma-separated from "
                          f"{', '.join(IDENTIFIERS)}, or 'none' (default: "
                          f"{','.join(DEFAULT_IDENTIFIERS)})")


def identifiers(text: str) -> list[str] | None:
    """The chosen identifiers, or None when ``text`` names one that does not exist."""
    chosen = [t.strip().replace("-", "_") for t in text.split(",") if t.strip()]
    if chosen == ["none"]:
        return []
    return chosen if all(c in IDENTIFIERS for c in chosen) else None


def _export(args: argparse.Namespace) -> int:
    chosen = identifiers(args.identify)
    if chosen is None:
        return error(f"--identify takes a comma-separated list of {', '.join(IDENTIFIERS)}, or "
                     f"none (got {args.identify!r})")
    with database(args) as db:
        ids = None
        if args.patient:
            patient = resolve_patient(db, args.patient)
            ids = [patient.id] if patient.id is not None else []
        written = export(db, Path(args.out).expanduser(), ids, args.format, chosen)
    print(f"Wrote {len(written)} file(s) to {args.out}.")
    return 0
