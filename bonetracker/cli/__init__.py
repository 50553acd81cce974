"""The ``bonetracker`` command: the GUI by default, sub-commands for headless work.

Each command group lives in its own module with a ``register(subparsers, common)`` function.
Sub-commands that need no window never import Qt, so they start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bonetracker import __version__
from bonetracker.cli.common import EXIT_BAD_INPUT, run_handler
from bonetracker.domain.i18n import set_translator
from bonetracker.startup import pause_collector, resume_collector

COMMAND_MODULES: tuple[str, ...] = (
    "bonetracker.cli.patients",
    "bonetracker.cli.scans",
    "bonetracker.cli.plan",
    "bonetracker.cli.backup",
    "bonetracker.cli.check",
    "bonetracker.cli.workouts",
    "bonetracker.cli.lifestyle",
    "bonetracker.cli.meds",
    "bonetracker.cli.fractures",
    "bonetracker.cli.measures",
    "bonetracker.cli.importing",
    "bonetracker.cli.exporting",
    "bonetracker.cli.demo",
    "bonetracker.cli.report",
    "bonetracker.cli.chart",
    "bonetracker.cli.foods",
    "bonetracker.cli.meals",
    "bonetracker.cli.programme",
    "bonetracker.cli.caseload",
    "bonetracker.cli.audit",
    "bonetracker.cli.clinic",
    "bonetracker.cli.settings",
)


def common_options() -> argparse.ArgumentParser:
    """Options every sub-command accepts after its name, as well as before it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: BONETRACKER_DATABASE_URL, "
        "else bonetracker.sqlite3 in your user data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bonetracker",
        description="Offline bone-health tracker. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"BoneTracker {__version__}")
    parser.add_argument("--db", default=None, metavar="PATH_OR_URL",
                        help="database file or SQLAlchemy URL")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation end to end and exit 0 when it works")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, common)
    return parser


def iso_dates_and_canonical_units() -> None:
    """Commands print and write ISO 8601 dates and cm, kg, IU, ng/mL, whatever the locale and
    whatever a window in the same process showed."""
    from bonetracker.domain.i18n import set_date_formatter
    from bonetracker.domain.measures.shown import set_chosen_units

    set_date_formatter(None)
    set_chosen_units(None)


def main(argv: Sequence[str] | None = None) -> int:
    pause_collector()  # resumed after the window is shown, or before a command runs
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except BaseException:
        resume_collector()
        raise
    if args.self_test:
        resume_collector()
        from bonetracker.cli.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from bonetracker.ui.app import run_gui

        return run_gui(args.db)
    resume_collector()
    # A command's output is for scripts and files: English wording, ISO dates and canonical units
    # always, whatever translator, date format or units a window in the same process installed.
    set_translator(None)
    iso_dates_and_canonical_units()
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.parse_args([*(argv or sys.argv[1:]), "--help"])
        return EXIT_BAD_INPUT
    return run_handler(handler, args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
