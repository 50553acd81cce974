"""``bonetracker check [--reindex]``: the full integrity check of the SQLite file.

The start-up check (``quick_check``) reads every page but does not compare indexes with their
tables; this runs SQLite's full ``integrity_check``. Damage only in indexes (the data intact) is
repaired with ``--reindex``, which keeps the file as found beside it first; anything else needs
a backup restored.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, error, print_json
from bonetracker.storage.backup import reindex_keeping_copy
from bonetracker.storage.database import resolve_url, sqlite_path
from bonetracker.storage.integrity import IntegrityReport, full_check


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "check", common, _check,
                      "run the full integrity check of the database file (indexes included)")
    cmd.add_argument("--reindex", action="store_true",
                     help="rebuild damaged indexes from their tables (a copy of the file as found is kept)")
    cmd.add_argument("--json", action="store_true", help="print the findings as JSON")


def _report(report: IntegrityReport, args: argparse.Namespace, kept: Path | None = None) -> int:
    if args.json:
        print_json({"database": str(report.path), "ok": report.ok, "index_only": report.index_only,
                    "indexes": list(report.indexes), "problems": report.lines(),
                    "kept": None if kept is None else str(kept)})
        return 0 if report.ok else 2
    if report.ok:
        done = f" Rebuilt the indexes; the file as it was is kept as {kept}." if kept else ""
        print(report.advice() + done)
        return 0
    return error("\n  ".join([report.advice(), *report.lines()]))


def _check(args: argparse.Namespace) -> int:
    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is None:
        return error("check reads SQLite files; for PostgreSQL ask the administrator to run amcheck.")
    if not path.is_file():
        return error(f"there is no database file at {path}.")
    report = full_check(path)
    if report.ok or not args.reindex:
        return _report(report, args)
    if not report.index_only:
        return error("\n  ".join([report.advice() + " --reindex cannot repair this.", *report.lines()]))
    repaired, kept = reindex_keeping_copy(path)
    return _report(repaired, args, kept)
