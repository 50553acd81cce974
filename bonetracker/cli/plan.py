"""``bonetracker plan``: the same plan the plan pane shows, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bonetracker.cli.common import add_command, patient_db, print_json
from bonetracker.domain.plan import plan_as_dict, plan_as_text
from bonetracker.services.queries.plan import patient_plan
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
    with patient_db(args) as (db, _patient, pid):
        plan = patient_plan(db, pid, as_of)
    if args.json:
        print_json(plan_as_dict(plan))
    else:
        sys.stdout.write(plan_as_text(plan))
    return 0
