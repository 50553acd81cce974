"""Clinic-wide settings kept in the database, so every workstation of a facility agrees.

Only settings that change clinical readings live here (the facility's least significant
change per site); per-user window state stays in QSettings on each computer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from bonetracker.domain.change import lsc_for
from bonetracker.domain.clinic import Role
from bonetracker.domain.errors import FieldError
from bonetracker.domain.records import Site
from bonetracker.services.validation import Range, check_choice, check_number, raise_if
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import settings as repo
from bonetracker.storage.repositories import users as users_repo

LSC_KEY = "lsc_g_cm2"
CLINIC_KEY = "clinic_mode"  # (services.clinic turns it on)


class AdminOnlyError(RuntimeError):
    """A clinic setting was changed by someone who is not an admin."""


def require_admin_in_clinic_mode(db: Database) -> None:
    """Refuse unless clinic mode is off or the signed-in user is an enabled admin."""
    with db.read() as s:
        text = repo.get_value(s, CLINIC_KEY)
        if not (text and json.loads(text).get("enabled")):
            return
        user = users_repo.find(s, db.actor.user)
    if user is None or user.role is not Role.ADMIN or user.disabled:
        raise AdminOnlyError("Only a clinic admin can change clinic settings.")
LSC_RANGE = Range(0.005, 0.200, "g/cm²", decimals=3)


def get_lsc(db: Database) -> dict[Site, float]:
    """The facility's LSC per site: stored overrides on top of the published defaults."""
    with db.read() as s:
        text = repo.get_value(s, LSC_KEY)
    stored: dict[str, float] = json.loads(text) if text is not None else {}
    return {site: float(stored.get(site.value, lsc_for(site))) for site in Site}


def set_lsc(db: Database, values: Mapping[Site, float]) -> dict[Site, float]:
    """Save LSC overrides after checking each lies in a plausible range (0.005-0.200 g/cm²).

    In clinic mode only an admin may change them (they change every workstation's readings).
    """
    require_admin_in_clinic_mode(db)
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
