"""``bonetracker import KIND FILE --patient N [--dry-run]``: all-or-nothing CSV import.

``patients``, ``foods`` and ``activities`` (your own) take no ``--patient``; import foods and
activities before the meals and workouts that use them.

Every bad row is printed as ``line N, column X: reason`` and nothing is written (exit 2);
re-importing a file skips the rows already stored and says how many.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bonetracker.cli.common import EXIT_BAD_INPUT, add_command, database, error
from bonetracker.domain.records import PatientId
from bonetracker.services.interchange.csv_formats import SPECS, ImportRejected
from bonetracker.services.interchange.importing import KINDS, import_file
from bonetracker.services.patients import resolve_patient


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "import", common, _import,
                      "import a CSV file of one kind (see docs/import-format.md); all or nothing")
    cmd.add_argument("kind", choices=KINDS, metavar="KIND", help="|".join(KINDS))
    cmd.add_argument("file", metavar="FILE.csv",
                     help="UTF-8 CSV (a BOM, ';' delimiters and Windows line endings are fine)")
    cmd.add_argument("--patient", help="name or id (every kind except "
                                        f"{', '.join(k for k in KINDS if not SPECS[k].needs_patient)})")
    cmd.add_argument("--dry-run", action="store_true",
                     help="check the whole file and report what would be added; write nothing")


def _import(args: argparse.Namespace) -> int:
    spec = SPECS[args.kind]
    if spec.needs_patient and not args.patient:
        return error(f"importing {args.kind} needs --patient (a name or an id)")
    with database(args) as db:
        patient_id: PatientId | None = None
        name = ""
        if spec.needs_patient:
            patient = resolve_patient(db, args.patient)
            patient_id, name = patient.id, patient.name
        try:
            result = import_file(db, args.kind, args.file, patient_id, dry_run=args.dry_run)
        except ImportRejected as exc:
            bad_lines = len({e.line for e in exc.row_errors})
            print(f"bonetracker: error: {args.file} was rejected: {len(exc.row_errors)} "
                  f"problem(s) in {bad_lines} line(s); nothing was written.", file=sys.stderr)
            for problem in exc.row_errors:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_BAD_INPUT
    print(result.summary(name))
    if result.patient_ids:
        print("New patient ids: " + ", ".join(str(i) for i in result.patient_ids))
    return 0
