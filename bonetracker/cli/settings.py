"""``bonetracker settings cross-calibration --add A B | --remove A B | --list [--json]``: clinic
settings kept in the database (shared by every workstation)."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, database, print_json
from bonetracker.services import settings as service


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("settings", help="clinic settings shared by every workstation")
    commands = group.add_subparsers(dest="settings_command", metavar="SETTING", required=True)
    cross = add_command(
        commands, "cross-calibration", common, _cross_calibration,
        "machines declared cross-calibrated: visits on them are compared with each other "
        "(admin only in clinic mode)")
    action = cross.add_mutually_exclusive_group(required=True)
    action.add_argument("--add", nargs=2, metavar=("ID1", "ID2"),
                        help="declare two machines (serial number or room name) cross-calibrated")
    action.add_argument("--remove", nargs=2, metavar=("ID1", "ID2"), help="withdraw a pair")
    action.add_argument("--list", action="store_true", help="list the declared pairs")
    cross.add_argument("--json", action="store_true", help="print the pairs as JSON")


def _cross_calibration(args: argparse.Namespace) -> int:
    with database(args) as db:
        if args.add:
            pairs = service.add_cross_calibration(db, *args.add)
            done = f"Declared {args.add[0].strip()} and {args.add[1].strip()} cross-calibrated."
        elif args.remove:
            pairs = service.remove_cross_calibration(db, *args.remove)
            done = f"Withdrew the pair {args.remove[0].strip()} + {args.remove[1].strip()}."
        else:
            pairs, done = service.get_cross_calibrations(db), ""
    if args.json:
        print_json({"cross_calibrations": [list(p) for p in pairs]})
        return 0
    if done:
        print(done)
    if not pairs:
        print("No machines are declared cross-calibrated: visits on different machines are "
              "not compared.")
    for a, b in pairs:
        print(f"{a} + {b}")
    return 0
