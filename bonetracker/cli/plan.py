"""``bonetracker plan``: the same plan the plan pane shows, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bonetracker.cli.common import add_command, open_db, print_json
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.domain.plan import plan_as_dict, plan_as_text
from bonetracker.services.patients import resolve_patient
from bonetracker.services.plan import patient_plan
from bonetracker.services.validation import EARLIEST_ENTRY_DATE, FieldReader


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    plan = add_command(subparsers, "plan", common, _plan,
                       "show a patient's bone-health plan: status, changes, targets, recommendations")
    plan.add_argument("--patient", required=True, help="name or id")
    plan.add_argument("--as-of", metavar="YYYY-MM-DD", help="plan as it stood on this day (default today)")
    plan.add_argument("--json", action="store_true", help="print JSON")


def _plan(args: argparse.Namespace) -> int:
    reader = FieldReader({"as_of": args.as_of})
    as_of = reader.date("as_of", earliest=EARLIEST_ENTRY_DATE, required=False)
    reader.raise_if_errors()
    db = open_db(args)
    try:
        patient = resolve_patient(db, args.patient)
        if patient.id is None:  # pragma: no cover - stored patients always have ids
            raise ValidationError([FieldError("patient", "has no id")])
        plan = patient_plan(db, patient.id, as_of)
    finally:
        db.close()
    if args.json:
        print_json(plan_as_dict(plan))
    else:
        sys.stdout.write(plan_as_text(plan))
    return 0
