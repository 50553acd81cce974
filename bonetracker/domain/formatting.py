"""How numbers are written for people, in one place: every page, the report, the chart's
tooltips, the CLI and the text plan format a value, a signed change and a missing value alike.

``missing`` differs by where the text goes (an empty table cell, a dash in a sentence), so it is
a parameter; the typographic minus sign (U+2212) is for text set in a proportional font (pages,
report), the ASCII hyphen for text that is copied or parsed (CLI, JSON-adjacent text, files).
"""

from __future__ import annotations

import math

MINUS = "\u2212"
DASH = "\u2013"  # shown for a value that is not there (a blank cell would look like a gap)


def number(value: float | None, digits: int = 0, *, signed: bool = False, unit: str = "",
           missing: str = DASH, typographic: bool = False, grouped: bool = False) -> str:
    """``value`` with ``digits`` decimals (``signed``: always with its sign; ``grouped``: with
    thousands separators), then ``unit``; ``missing`` for None or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return missing
    spec = f"{'+' if signed else ''}{',' if grouped else ''}.{digits}f"
    text = format(value, spec) + unit
    return text.replace("-", MINUS) if typographic else text


def signed(value: float, digits: int = 1) -> str:
    """``-2.7`` as ``−2.7`` and ``0.4`` as ``+0.4``, as pages and the report print scores and
    changes."""
    return number(value, digits, signed=True, typographic=True)
