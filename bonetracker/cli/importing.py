"""``bonetracker import KIND FILE --patient N [--dry-run]``: all-or-nothing import.

``patients``, ``foods`` and ``activities`` (your own) take no ``--patient``; import foods and
activities before the meals and workouts that use them. ``fhir`` reads a FHIR R4 JSON bundle
(BoneTracker's own export or a patient portal's) and stores its DXA results as visits.

Every bad row is printed as ``line N, column X: reason`` (for FHIR: the entry and element; the
first 20, then how many more) and nothing is written (exit 2); re-importing a file skips what is
already stored and says how much. A large file shows a progress line on stderr when that is a
terminal; the file is read a batch at a time, so memory stays bounded.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from bonetracker.cli.common import EXIT_BAD_INPUT, MAX_ERRORS_SHOWN, add_command, database, error
from bonetracker.domain.records import PatientId
from bonetracker.services.interchange.batch_import import Progress
from bonetracker.services.interchange.csv_formats import SPECS, ImportRejected
from bonetracker.services.interchange.fhir.importing import import_fhir
from bonetracker.services.interchange.fhir.reader import FhirRejected
from bonetracker.services.interchange.importing import KINDS, import_file
from bonetracker.services.patients import resolve_patient

FHIR = "fhir"
ALL_KINDS: tuple[str, ...] = (*KINDS, FHIR)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "import", common, _import,
                      "import a CSV file of one kind, or a FHIR R4 JSON bundle (see "
                      "docs/import-format.md); all or nothing")
    cmd.add_argument("kind", choices=ALL_KINDS, metavar="KIND", help="|".join(ALL_KINDS))
    cmd.add_argument("file", metavar="FILE",
                     help="UTF-8 CSV (a BOM, ';' delimiters and Windows line endings are fine), "
                          "or for fhir a JSON Bundle")
    cmd.add_argument("--patient", help="name or id (every kind except "
                                        f"{', '.join(k for k in KINDS if not SPECS[k].needs_patient)})")
    cmd.add_argument("--dry-run", action="store_true",
                     help="check the whole file and report what would be added (and, for fhir, "
                          "what is ignored and why); write nothing")
    cmd.add_argument("--force-patient", action="store_true",
                     help="fhir only: import although the bundle's patient name or birth date "
                          "differs from --patient (the same person under another spelling)")


def _import(args: argparse.Namespace) -> int:
    if args.kind == FHIR:
        return _import_fhir(args)
    if args.force_patient:
        return error("--force-patient applies to fhir bundles only")
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
            result = import_file(db, args.kind, args.file, patient_id, dry_run=args.dry_run,
                                 progress=_progress_line(args.file))
        except ImportRejected as exc:
            _end_progress_line()
            print(f"bonetracker: error: {args.file} was rejected: {exc.total} "
                  f"problem(s) in {exc.lines} line(s); nothing was written.", file=sys.stderr)
            for problem in exc.row_errors[:MAX_ERRORS_SHOWN]:
                print(f"  {problem}", file=sys.stderr)
            if exc.total > MAX_ERRORS_SHOWN:
                print(f"  ... and {exc.total - MAX_ERRORS_SHOWN} more problems", file=sys.stderr)
            return EXIT_BAD_INPUT
        _end_progress_line()
    print(result.summary(name))
    if result.patient_ids:
        _print_ids(result.patient_ids)
    return 0


def _print_ids(ids: Sequence[PatientId]) -> None:
    """"New patient ids: 1, 2, ..." a thousand at a time (a file of millions of patients)."""
    sys.stdout.write("New patient ids: ")
    for start in range(0, len(ids), 1000):
        sys.stdout.write((", " if start else "") + ", ".join(map(str, ids[start:start + 1000])))
    sys.stdout.write("\n")


PROGRESS_FROM_BYTES = 20_000_000
"""Files at least this large show a progress line (on a terminal only)."""

_shown = [False]


def _progress_line(path: str) -> Progress | None:
    """A progress line on stderr for a large file when stderr is a terminal, else nothing."""
    try:
        large = os.path.getsize(path) >= PROGRESS_FROM_BYTES
    except OSError:
        return None  # the import names the problem
    if not (large and sys.stderr.isatty()):
        return None

    def show(fraction: float, stage: str) -> None:
        _shown[0] = True
        print(f"\r{stage} {path}: {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    return show


def _end_progress_line() -> None:
    if _shown[0]:
        _shown[0] = False
        print(file=sys.stderr)


def _import_fhir(args: argparse.Namespace) -> int:
    if not args.patient:
        return error("importing a fhir bundle needs --patient (a name or an id)")
    with database(args) as db:
        patient = resolve_patient(db, args.patient)
        try:
            result = import_fhir(db, args.file, PatientId(patient.id or 0), dry_run=args.dry_run,
                                 force_patient=args.force_patient)
        except FhirRejected as exc:
            print(f"bonetracker: error: {args.file} was rejected: {len(exc.problems)} "
                  "problem(s); nothing was written.", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_BAD_INPUT
    print("\n".join(result.details()))
    return 0
