"""The ``bonetracker`` command's entry point (the console script, ``python -m bonetracker`` and
the bundle's launcher all call :func:`main`).

It lives outside ``bonetracker.cli`` because importing that package already imports SQLAlchemy
(~0.3 s), and two things should happen before that: the garbage collector is paused (see
:mod:`bonetracker.startup`), and, when the command opens the window, the database file's
integrity check starts in the background (see :mod:`bonetracker.storage.integrity`), so it runs
while those imports do.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from bonetracker.startup import pause_collector
from bonetracker.storage.integrity import start_check
from bonetracker.storage.locations import DatabaseChoiceError, resolve_url, sqlite_file_of


def window_database(argv: Sequence[str]) -> Path | None:
    """The SQLite file the window will open when ``argv`` (without the program name) starts the
    window: nothing but ``--db X`` or ``--db=X``. None for a sub-command, ``--help`` and the
    like, or a database that is not a file."""
    db: str | None = None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--db" and args:
            db = args.pop(0)
        elif arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        else:
            return None
    try:
        return sqlite_file_of(resolve_url(db))
    except DatabaseChoiceError:  # said properly once the window (or the CLI) starts
        return None


def prepare(argv: Sequence[str]) -> None:
    """What happens before any heavy import: pause the collector, start checking the file."""
    pause_collector()
    path = window_database(argv)
    if path is not None:
        start_check(path)


def main() -> int:
    """Prepare, then import and run the command line (which resumes the collector)."""
    prepare(sys.argv[1:])
    from bonetracker.cli import main as cli_main

    return cli_main()
