"""The ``bonetracker`` command's entry point (the console script, ``python -m bonetracker`` and
the bundle's launcher all call :func:`main`).

It lives outside ``bonetracker.cli`` because importing that package already imports SQLAlchemy
(~0.3 s): the garbage collector has to be paused first (see :mod:`bonetracker.startup`).
"""

from __future__ import annotations

from bonetracker.startup import pause_collector


def main() -> int:
    """Pause the collector, then import and run the command line (which resumes it)."""
    pause_collector()
    from bonetracker.cli import main as cli_main

    return cli_main()
