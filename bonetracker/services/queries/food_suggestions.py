"""The plan's "foods high in ..." suggestions, kept in the settings table between sessions.

Ranking the everyday foods for six nutrients costs ~20 ms in a freshly started process (most of
it compiling one large query), on every start, for lists that change only when the food table
or the set of foods anyone has logged changes. They are stored under :data:`KEY` with a
fingerprint of those inputs (``storage.foods.ranking_inputs``, the ranking rule's version and
the curated everyday list) and recomputed when the fingerprint differs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging

from bonetracker.domain.records import NUTRIENT_FIELDS
from bonetracker.services import foods
from bonetracker.storage.database import Database
from bonetracker.storage.repositories import foods as store
from bonetracker.storage.repositories import settings as settings_repo

log = logging.getLogger(__name__)

KEY = "cache.plan_food_suggestions"  # "cache." keys are recomputed, so the audit log skips them
RULE_VERSION = 1
"""Bump when the ranking rule in ``services.foods`` changes, so stored lists are recomputed."""

_memory: dict[str, tuple[str, dict[str, list[str]]]] = {}


def _fingerprint(db: Database, limit: int) -> str:
    with db.read() as s:
        inputs = store.ranking_inputs(s)
    return f"{inputs}:{_rule_digest(limit)}"


@functools.cache
def _rule_digest(limit: int) -> str:
    """The ranking rule and the curated everyday list (a file shipped with the app), read once."""
    common = sorted(store.read_common(store.usda_dir()))
    names = sorted(_short_names().items())  # the curated short names the lists are shown in
    rule = (RULE_VERSION, limit, foods.USUAL_MIN_G, foods.USUAL_MAX_G, foods.USUAL_MAX_KCAL,
            foods.EXCLUDED_UNITS, foods.PREFERRED_UNITS, common, names)
    return hashlib.sha256(repr(rule).encode()).hexdigest()[:16]


def food_suggestions(db: Database, limit: int = 5) -> dict[str, list[str]]:
    """``foods.food_suggestions(db)`` for every nutrient, from the stored copy when it is current.

    A copy that cannot be stored (say the database is busy) only costs the next start its time:
    the lists are returned all the same. A database without the USDA foods yet gets no lists (the
    plan then names generic foods): reading a plan or a report never seeds, nor writes, foods.
    """
    if not foods.has_foods(db):
        return {}
    fingerprint = _fingerprint(db, limit)
    remembered = _memory.get(db.url)
    if remembered is not None and remembered[0] == fingerprint:
        return remembered[1]
    with db.read() as s:
        raw = settings_repo.get_value(s, KEY)
    stored = _parse(raw)
    if stored is not None and stored[0] == fingerprint:
        result = stored[1]
    else:
        foods.forget_rankings(db)  # lists cached in memory may predate the change
        ranked = foods.food_suggestions(db, NUTRIENT_FIELDS, limit)
        result = {field: [short_name(name) for name in names] for field, names in ranked.items()}
        try:
            with db.write() as s:
                settings_repo.set_value(s, KEY, json.dumps({"fingerprint": fingerprint,
                                                            "foods": result}))
        except Exception:  # a cache: never let storing it break the plan
            log.warning("could not store the food suggestions", exc_info=True)
    _memory[db.url] = (fingerprint, result)
    return result


@functools.cache
def _short_names() -> dict[str, str]:
    return store.read_short_names(store.usda_dir())


def short_name(description: str) -> str:
    """The curated everyday name of a USDA food ("Firm tofu (calcium-set)" for "Tofu, raw,
    firm, prepared with calcium sulfate"), or the description where none is curated."""
    return _short_names().get(description, description)


def _parse(raw: str | None) -> tuple[str, dict[str, list[str]]] | None:
    """The stored (fingerprint, lists), or None for nothing stored or anything malformed."""
    try:
        data = json.loads(raw) if raw else None
        if not isinstance(data, dict):
            return None
        lists = data["foods"]
        if not (isinstance(lists, dict) and all(
                isinstance(k, str) and isinstance(v, list) and all(isinstance(n, str) for n in v)
                for k, v in lists.items())):
            return None
        return str(data["fingerprint"]), lists
    except (ValueError, KeyError, TypeError):
        return None
