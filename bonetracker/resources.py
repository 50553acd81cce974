"""Finding files in the top-level ``resources/`` folder (food database, activity catalogue, icons).

The folder sits beside the package in a checkout or an editable install and is packaged into the
wheel, so one helper resolves it for every caller instead of each module guessing paths.
"""

from __future__ import annotations

from pathlib import Path

import bonetracker

RESOURCES_DIR = Path(bonetracker.__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """Path of ``name`` (e.g. ``"activities.csv"``) inside ``resources/``; it may not exist."""
    return RESOURCES_DIR / name
