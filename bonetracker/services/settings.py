"""Clinic-wide settings kept in the database, so every workstation of a facility agrees.

Only settings that change clinical readings live here (the facility's least significant
change per site, the machines it has cross-calibrated); per-user window state stays in
QSettings on each computer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from bonetracker.domain.change import cross_calibrated_pairs, lsc_for
from bonetracker.domain.clinic import Role
from bonetracker.domain.errors import FieldError
from bonetracker.domain.i18n import translate
from bonetracker.domain.measures.frax import Guideline
from bonetracker.domain.records import Site
from bonetracker.services.validation import Range, check_choice, check_number, check_text, raise_if
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


# -- cross-calibrated machines ---------------------------------------------------------------
CROSS_CALIBRATION_KEY = "cross_calibrated_machines"
"""JSON list of ``[machine, machine]`` pairs: scanners the clinic has cross-calibrated (ISCD:
visits on different machines are compared quantitatively only after cross-calibration)."""
MACHINE_ID_MAX = 100  # as the visit's machine identifier


def _pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a.casefold(), b.casefold()))


def check_pair(errors: list[FieldError], first: object, second: object,
               field: str = "machine_id") -> tuple[str, str] | None:
    """Two machine identifiers, stripped, each 1-100 characters and not the same machine (any
    case); in sorted order, or None with the problems appended to ``errors``."""
    found: list[FieldError] = []
    texts: list[str] = []
    for value in (first, second):
        if not isinstance(value, str):
            found.append(FieldError(field, translate(
                "services",
                "must be text (a scanner's serial number or room name)",
            )))
            continue
        text = check_text(found, field, value, max_len=MACHINE_ID_MAX)
        if not text:
            found.append(FieldError(field, translate(
                "services",
                "is required: name two machines (serial number or room name, up to {limit} "
                "characters)",
            ).format(limit=MACHINE_ID_MAX)))
        texts.append(text)
    errors.extend(found)
    if found:
        return None
    a, b = texts
    if a.casefold() == b.casefold():
        errors.append(FieldError(field, translate(
            "services",
            "{a!r} and {b!r} are the same machine; name two different machines",
        ).format(a=a, b=b)))
        return None
    return (a, b) if a.casefold() <= b.casefold() else (b, a)


def get_cross_calibrations(db: Database) -> list[tuple[str, str]]:
    """The clinic's cross-calibrated machine pairs, as entered (sorted, case kept)."""
    with db.read() as s:
        text = repo.get_value(s, CROSS_CALIBRATION_KEY)
    stored = json.loads(text) if text else []
    pairs = [(str(p[0]), str(p[1])) for p in stored if isinstance(p, list) and len(p) == 2]
    return sorted(pairs, key=lambda p: (p[0].casefold(), p[1].casefold()))


def cross_calibrated(db: Database) -> frozenset[frozenset[str]]:
    """The pairs for the comparability rule: each a set of two case-folded identifiers (compare
    with ``machine_id.strip().casefold()``)."""
    return cross_calibrated_pairs(get_cross_calibrations(db))


def set_cross_calibrations(db: Database, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Replace the clinic's cross-calibrated pairs (order and case within a pair do not matter;
    a repeated pair is kept once). Admin only in clinic mode, like the LSC.

    Raises:
        ValidationError: an identifier is empty, too long or has control characters, or a pair
            names one machine twice; nothing is saved.
        AdminOnlyError: clinic mode is on and the user is not an admin.
    """
    require_admin_in_clinic_mode(db)
    errors: list[FieldError] = []
    checked: dict[frozenset[str], tuple[str, str]] = {}
    for pair in pairs:
        items = tuple(pair) if isinstance(pair, tuple | list) else ()
        if len(items) != 2:
            errors.append(FieldError("machine_id", translate("services", "give two machines per pair")))
            continue
        ok = check_pair(errors, items[0], items[1])
        if ok is not None:
            checked.setdefault(_pair_key(*ok), ok)
    raise_if(errors)
    with db.write() as s:
        repo.set_value(s, CROSS_CALIBRATION_KEY, json.dumps([list(p) for p in checked.values()]))
    return get_cross_calibrations(db)


def add_cross_calibration(db: Database, first: str, second: str) -> list[tuple[str, str]]:
    """Declare two machines cross-calibrated (a pair already declared stays once)."""
    errors: list[FieldError] = []
    pair = check_pair(errors, first, second)
    raise_if(errors)
    assert pair is not None
    return set_cross_calibrations(db, [*get_cross_calibrations(db), pair])


def remove_cross_calibration(db: Database, first: str, second: str) -> list[tuple[str, str]]:
    """Withdraw a declared pair; a pair that was never declared is an error naming the pairs."""
    errors: list[FieldError] = []
    pair = check_pair(errors, first, second)
    raise_if(errors)
    assert pair is not None
    current = get_cross_calibrations(db)
    kept = [p for p in current if _pair_key(*p) != _pair_key(*pair)]
    if len(kept) == len(current):
        listed = "; ".join(f"{a} + {b}" for a, b in current) or "none"
        raise_if([FieldError("machine_id", translate(
            "services",
            "{value} and {value2} are not declared cross-calibrated (declared: {listed})",
        ).format(value=pair[0], value2=pair[1], listed=listed))])
    return set_cross_calibrations(db, kept)


FRAX_GUIDELINE_KEY = "frax_guideline"


def get_frax_guideline(db: Database) -> Guideline:
    """Which thresholds read a FRAX result: BHOF 2022 (US, the default) or NOGG 2022 (UK)."""
    with db.read() as s:
        text = repo.get_value(s, FRAX_GUIDELINE_KEY)
    value = json.loads(text) if text else Guideline.BHOF.value
    return Guideline(value) if value in Guideline._value2member_map_ else Guideline.BHOF


def set_frax_guideline(db: Database, value: str) -> Guideline:
    """Choose the FRAX thresholds for the clinic (``bhof`` or ``nogg``); admin-only in clinic mode."""
    require_admin_in_clinic_mode(db)
    errors: list[FieldError] = []
    text = value.strip().lower() if isinstance(value, str) else value
    chosen = check_choice(errors, "frax_guideline", text, Guideline)
    raise_if(errors)
    assert chosen is not None
    with db.write() as s:
        repo.set_value(s, FRAX_GUIDELINE_KEY, json.dumps(chosen.value))
    return chosen
