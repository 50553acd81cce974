"""One place for the application's look: the palette of text, category, band and status colours."""

from __future__ import annotations

GREY = "#5b6068"  # secondary text: hints, notes
HINT_STYLE = f"color: {GREY};"
