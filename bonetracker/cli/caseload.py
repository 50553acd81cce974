"""``bonetracker caseload [--filter F] [--sort K] [--as-of D] [--json | --csv FILE]``: who needs
the clinic today (scans due, drop-offs, fracture-liaison indicators, ...)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, database, print_json
from bonetracker.services.queries.caseload import (
    FILTERS,
    FLAG_LABELS,
    SORT_KEYS,
    as_csv,
    caseload,
    row_as_dict,
)
from bonetracker.services.validation import FieldReader
from bonetracker.storage.safe_files import write_text


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(
        subparsers,
        "caseload",
        common,
        _caseload,
        "every active patient with what needs attention (scans, drop-off, fracture liaison)",
    )
    cmd.add_argument("--filter", metavar="F", help=f"one of: {', '.join(FILTERS)}")
    cmd.add_argument("--sort", default="attention", metavar="KEY", help=f"one of: {', '.join(SORT_KEYS)}")
    cmd.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to judge on (default today)")
    out = cmd.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", metavar="FILE", help="write the rows to a CSV file")


def _caseload(args: argparse.Namespace) -> int:
    reader = FieldReader({"as_of": args.as_of})
    as_of = reader.date("as_of", required=False)
    reader.raise_if_errors()
    with database(args) as db:
        rows = caseload(db, as_of, flag_filter=args.filter, sort_key=args.sort)
    if args.json:
        print_json(
            {
                "as_of": (as_of.isoformat() if as_of else None),
                "count": len(rows),
                "patients": [row_as_dict(r) for r in rows],
            }
        )
        return 0
    if args.csv:
        write_text(Path(args.csv), as_csv(rows))
        print(f"Wrote {len(rows)} patient(s) to {args.csv}.")
        return 0
    for r in rows:
        flags = "; ".join(FLAG_LABELS[f] for f in r.flags) or "nothing due"
        print(f"{r.patient_id:>6}  {r.name:<28} {r.category_label:<34} {flags}")
    print(f"{len(rows)} patient(s).")
    return 0
