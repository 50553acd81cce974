"""``bonetracker audit [--patient P] [--limit N] [--json]``: who changed what, when, from where."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, database, print_json
from bonetracker.services.audit_log import entry_as_dict, history
from bonetracker.services.patients import resolve_patient


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(
        subparsers, "audit", common, _audit, "the audit log: every change with who, when and where"
    )
    cmd.add_argument("--patient", help="name or id (default: every entry)")
    cmd.add_argument("--limit", type=int, metavar="N", help="newest N entries")
    cmd.add_argument("--json", action="store_true", help="print JSON")


def _audit(args: argparse.Namespace) -> int:
    with database(args) as db:
        patient = resolve_patient(db, args.patient) if args.patient else None
        entries = history(db, patient.id if patient else None, args.limit)
    if args.json:
        print_json(
            {"patient": patient.name if patient else None, "entries": [entry_as_dict(e) for e in entries]}
        )
        return 0
    for e in entries:
        what = f"{e.kind} {e.record_id}" if e.record_id is not None else e.kind
        fields = ", ".join(e.changed_fields()) if e.action == "change" else ""
        print(
            f"{e.at:%Y-%m-%d %H:%M:%S}Z  {e.user:<16} {e.workstation:<16} {e.action:<8} {what}"
            + (f" ({fields})" if fields else "")
        )
    if not entries:
        print("No entries.")
    return 0
