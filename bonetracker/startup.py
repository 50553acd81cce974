"""Start-up with Python's cyclic garbage collector paused.

Starting the window creates about a million objects that live as long as the process: the Qt
bindings, SQLAlchemy and its mapped models, numpy and pyqtgraph, our own modules and widgets.
CPython's collector walks all of them on every full collection, and during a cold start it ran
two or three of those, each ~50 ms (``python -X importtime`` showed one landing inside whichever
module happened to be importing, e.g. a 2 ms module taking 57 ms). None of it is garbage, so the
collector waits until the window is up; the survivors are then moved out of its way with
:func:`gc.freeze` (the technique the CPython docs describe for long-lived start-up objects),
and later collections only look at what the session itself creates.

No Qt here: the command line pauses too, before it imports its sub-commands.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused = False


def pause_collector() -> None:
    """Stop automatic collection until :func:`resume_collector` (a no-op if already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Freeze what start-up built and collect automatically again; only undoes our own pause."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Paused inside the block (or already paused by the caller), resumed and frozen after it,
    however it ends."""
    pause_collector()
    try:
        yield
    finally:
        resume_collector()

