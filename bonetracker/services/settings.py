"""Clinic-wide settings kept in the database, so every workstation of a facility agrees.

Only settings that change clinical readings live here (the facility's least significant
change per site); per-user window state stays in QSettings on each computer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from bonetracker.domain.change import lsc_for
from bonetracker.domain.errors import FieldError
from bonetracker.domain.records import Site
from bonetracker.services.validation import Range, check_choice, check_number, raise_if
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import settings as repo

LSC_KEY = "lsc_g_cm2"
LSC_RANGE = Range(0.005, 0.200, "g/cm²", decimals=3)


def get_lsc(db: Database) -> dict[Site, float]:
    """The facility's LSC per site: stored overrides on top of the published defaults."""
    with db.read() as s:
        text = repo.get_value(s, LSC_KEY)
    stored: dict[str, float] = json.loads(text) if text is not None else {}
    return {site: float(stored.get(site.value, lsc_for(site))) for site in Site}


def set_lsc(db: Database, values: Mapping[Site, float]) -> dict[Site, float]:
    """Save LSC overrides after checking each lies in a plausible range (0.005-0.200 g/cm²)."""
    errors: list[FieldError] = []
    checked: dict[str, float] = {}
    for key, value in values.items():
        site = check_choice(errors, "lsc", key, Site)
        if site is not None:
            number = check_number(errors, f"lsc.{site.value}", value, LSC_RANGE, required=True)
            checked[site.value] = float(number) if number is not None else 0.0
    raise_if(errors)
    with db.write() as s:
        text = repo.get_value(s, LSC_KEY)
        stored: dict[str, float] = json.loads(text) if text is not None else {}
        stored.update(checked)
        repo.set_value(s, LSC_KEY, json.dumps(stored))
    return get_lsc(db)
