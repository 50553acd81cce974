"""``bonetracker demo [--patients N] [--seed S]``: fill a database with realistic demo patients."""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, database, error
from bonetracker.services.demo import DEFAULT_PATIENTS, DEFAULT_SEED, generate
from bonetracker.services.patients import count_patients


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "demo", common, _demo,
                      "fill an empty database with demo patients (named stories first, then "
                      "generated ones); the same seed gives the same data")
    cmd.add_argument("--patients", type=int, default=DEFAULT_PATIENTS, metavar="N",
                     help=f"how many patients in all (default {DEFAULT_PATIENTS}; the first 7 "
                          "are named stories with years of logs)")
    cmd.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S",
                     help=f"random seed (default {DEFAULT_SEED})")
    cmd.add_argument("--add", action="store_true",
                     help="add to a database that already has patients (refused otherwise, so "
                          "demo people never mix with real ones by accident)")


def _demo(args: argparse.Namespace) -> int:
    if args.patients < 1 or args.patients > 100_000:
        return error("--patients must be from 1 to 100000")
    with database(args) as db:
        existing = count_patients(db, include_archived=True)
        if existing and not args.add:
            return error(f"the database already has {existing} patient(s); use a new file with "
                         "--db, or pass --add to add demo patients anyway")
        report = generate(db, args.patients, args.seed)
    print(report.summary())
    return 0
