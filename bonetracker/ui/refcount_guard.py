"""Guard against PySide6 6.12 on Python 3.11 stealing references to ``None`` and ``True``.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11): every C++ method that returns
``void`` (``setObjectName``, ``processEvents``, ``update``, ``resize``...) hands back ``None``
without taking a new reference, and ``SignalInstance.emit()`` does the same with ``True``. On
Python 3.12+ these singletons are immortal and nothing happens; on 3.11 their refcounts (a few
thousand at start) reach zero after that many calls and the interpreter aborts with "Fatal Python
error: none_dealloc" or "bool_dealloc" - at exit, or mid-session, since pyqtgraph makes several
such calls per redraw or mouse move. This is the exit code 134/139 that known-hazards.md saw.

The guard probes for the leak and, only when it is present, adds a large constant to the
refcounts of ``None``, ``True`` and ``False`` - what Python 3.12 does by making them immortal.
It belongs at application start-up (and in the test session); the chart calls it as well,
because it is the heaviest caller and must not depend on who started the process.
"""

from __future__ import annotations

import ctypes
import sys

_BUMP = 1 << 40
_PROBE_CALLS = 16
_checked = False


def leaks_singletons() -> bool:
    """Whether this PySide6 loses references to ``None`` (void calls) or ``True`` (emit)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
        probe.ping.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def protect_singletons() -> bool:
    """Make ``None``/``True``/``False`` effectively immortal if PySide6 leaks; True if applied.

    Idempotent and free after the first call; does nothing on Python 3.12+ or non-CPython.
    """
    global _checked
    if _checked or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _checked = True
    if not leaks_singletons():
        return False
    for value in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11 release builds.
        ctypes.c_ssize_t.from_address(id(value)).value += _BUMP
    return True
