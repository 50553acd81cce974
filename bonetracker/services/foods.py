"""Food use cases: search, look up by ID or name, custom foods, favourites, and "high in" lists.

Every entry point seeds the USDA database on first use (:func:`ready`), so callers never see an
empty food table. Food IDs shown to users are the USDA NDB number ("01077") for SR28 foods and
``C<id>`` ("C8790") for custom foods; :func:`resolve_food` accepts either, or a description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bonetracker.domain.errors import AmbiguousError, FieldError, NotFoundError, ValidationError
from bonetracker.domain.i18n import translate
from bonetracker.domain.nutrition import NUTRIENTS, format_amount, per_100g_from_portion
from bonetracker.domain.records import (
    NUTRIENT_FIELDS,
    Food,
    FoodHit,
    FoodId,
    FoodPortion,
    Nutrients,
    PatientId,
)
from bonetracker.services.validation import (
    MAX_NAME,
    FieldReader,
    Range,
    check_number,
    check_text,
    encodable,
    raise_if,
    short_repr,
)
from bonetracker.storage.database import Database, Session
from bonetracker.storage.repositories import foods as store
from bonetracker.storage.repositories.foods import SeedReport

CUSTOM_GROUP = "Custom foods"
TYPEAHEAD_LIMIT = 15  # results the meal form's type-ahead asks for (12 visible, 3 to scroll)
# Amounts as typed (per 100 g or per portion). Wide enough for supplements entered as foods.
NUTRIENT_RANGES: Mapping[str, Range] = {
    "kcal": Range(0, 5000, "kcal"),
    "protein_g": Range(0, 500, "g"),
    "calcium_mg": Range(0, 5000, "mg"),
    "vitamin_d_iu": Range(0, 100_000, "IU"),
    "magnesium_mg": Range(0, 5000, "mg"),
    "potassium_mg": Range(0, 20_000, "mg"),
    "vitamin_k_mcg": Range(0, 10_000, "µg"),
}
PORTION_GRAMS = Range(0.1, 5000, "g")
PORTION_AMOUNT = Range(0.01, 1000)
MAX_KCAL_PER_100G = 902  # pure fat; more means the portion weight was mistyped
_CUSTOM_REF = re.compile(r"^[cC](\d+)$")
_NDB_REF = re.compile(r"^\d{4,5}$")


def ready(db: Database) -> SeedReport:
    """Seed the SR28 food database if this database has none yet (once; ~0.3 s)."""
    return store.ensure_food_database(db)


def has_foods(db: Database) -> bool:
    """Whether the USDA foods are in this database yet, found without writing (a plan or report
    asks this, so that reading a plan never writes to the database)."""
    return store.has_foods(db)


def search(db: Database, text: str, limit: int = 20) -> list[FoodHit]:
    """Type-ahead search: every typed word as a prefix, common whole-word matches first."""
    ready(db)
    return store.search(db, text, max(0, min(int(limit), 200)))


def get_food(db: Database, food_id: int) -> Food:
    ready(db)
    with db.read() as s:
        return store.get_food(s, food_id)


def public_id(food: Food) -> str:
    assert food.id is not None
    return store.public_food_id(food.source, food.source_id, food.id)


def resolve_food(db: Database, ref: str, field: str = "food") -> Food:
    """A food from an ID ("01077", "C12") or a description.

    A description is taken when it equals one food's description (ignoring case), or when it
    matches exactly one food by search; several matches raise AmbiguousError listing them.
    """
    ready(db)
    text = (ref or "").strip()
    if not text:
        raise ValidationError([FieldError(field, translate(
            "services",
            "is required (a food ID or description)",
        ))])
    if len(text) > MAX_NAME or not encodable(text):  # no description is longer; SQLite can't bind it
        raise ValidationError([FieldError(field, translate(
            "services",
            "no food matches {value}",
        ).format(value=short_repr(text)))])
    with db.read() as s:
        food = _by_public_id(s, text)
        if food is not None:
            return food
        exact = store.find_by_description(s, text)
    if len(exact) == 1:
        return exact[0]
    hits = [store.hit(f) for f in exact] if exact else store.search(db, text, 10)
    words = store.tokens(text)
    same_words = [h for h in hits if store.tokens(h.description) == words]
    if len(same_words) == 1:
        hits = same_words
    if len(hits) == 1:
        return get_food(db, hits[0].id)
    if not hits:
        hint = f"; try 'bonetracker foods search {words[0]}'" if words else ""
        raise ValidationError([FieldError(field, translate(
            "services",
            "no food matches {text!r}{hint}",
        ).format(text=text, hint=hint))])
    listing = "; ".join(f"{h.ref} {h.description}" for h in hits[:8])
    raise AmbiguousError(translate(
        "services",
        "{field}: {text!r} matches several foods, give its ID: {listing}",
    ).format(field=field, text=text, listing=listing))


def _by_public_id(session: Session, text: str) -> Food | None:
    if m := _CUSTOM_REF.match(text):
        try:
            food = store.get_food(session, int(m.group(1)))
        except NotFoundError:
            return None
        return food if food.source == "custom" else None
    if _NDB_REF.match(text):
        return store.find_by_source_id(session, text.zfill(5))
    return None


# -- custom foods ----------------------------------------------------------------------------
def parse_custom_food(raw: Mapping[str, object | None], *, as_stored: bool = False) -> Food:
    """A custom food from form/CLI text.

    Fields: ``description`` (required), ``food_group``, the seven nutrient fields (blank =
    unknown), ``basis`` ("100g", default, or "portion") and, for a portion basis or to log by a
    household measure, ``portion_unit``, ``portion_amount`` (default 1) and ``portion_grams``.
    ``as_stored``: the amounts are per 100 g as a stored food holds them (an exported food, see
    ``foods.csv``), so they are checked against :data:`PER_100G`, not the typing ranges.
    """
    r = FieldReader(raw)
    description = r.text("description", max_len=MAX_NAME, required=True)
    group = r.text("food_group", max_len=100) or CUSTOM_GROUP
    basis = (r.text("basis", max_len=20) or "100g").lower().replace(" ", "")
    r.check(basis in {"100g", "portion"}, "basis", translate("services", "must be 100g or portion"))
    ranges = {n: Range(PER_100G.low, PER_100G.high, rng.unit) if as_stored else rng
              for n, rng in NUTRIENT_RANGES.items()}
    values = {n: r.number(n, rng) for n, rng in ranges.items()}
    unit = r.text("portion_unit", max_len=200)
    amount = r.number("portion_amount", PORTION_AMOUNT) or 1.0
    grams = r.number("portion_grams", PORTION_GRAMS, required=basis == "portion" or bool(unit))
    if basis == "portion" or grams is not None:
        r.check(bool(unit), "portion_unit", translate(
            "services",
            "is required with a portion weight (e.g. tablet, cup)",
        ))
    r.raise_if_errors()
    per_100g = Nutrients(**values)
    if basis == "portion" and grams:
        per_100g = per_100g_from_portion(per_100g, grams)
    if per_100g.kcal is not None and per_100g.kcal > MAX_KCAL_PER_100G:
        r.add("kcal", translate(
            "services",
            "is {kcal:.0f} kcal per 100 g, more than pure fat; check the portion weight",
        ).format(kcal=per_100g.kcal))
    if per_100g.protein_g is not None and per_100g.protein_g > 100:
        r.add("protein_g", translate("services", "is more than 100 g per 100 g; check the portion weight"))
    r.raise_if_errors()
    portions = (FoodPortion(amount, unit, grams),) if unit and grams else ()
    return Food(id=None, description=description, food_group=group, per_100g=per_100g,
                source="custom", source_id=None, portions=portions)


PER_100G = Range(0, 1e7)
"""Stored per-100 g amounts: wide, since a 5 g chew with 500 mg calcium holds 10 g per 100 g."""


def food_errors(food: Food) -> list[FieldError]:
    """Every problem with a typed custom food (callers that did not come through a form)."""
    errors: list[FieldError] = []
    check_text(errors, "description", food.description, max_len=MAX_NAME, required=True)
    check_text(errors, "food_group", food.food_group, max_len=100)
    if food.source != "custom" or food.source_id is not None:
        errors.append(FieldError("source", translate(
            "services",
            "must be custom (USDA foods come with BoneTracker)",
        )))
    for name in NUTRIENT_FIELDS:
        check_number(errors, name, getattr(food.per_100g, name), PER_100G)
    for portion in food.portions:
        check_text(errors, "portion_unit", portion.unit, max_len=200, required=True)
        check_number(errors, "portion_amount", portion.amount, PORTION_AMOUNT, required=True)
        check_number(errors, "portion_grams", portion.grams, PORTION_GRAMS, required=True)
    return errors


def add_custom_food(db: Database, food: Food) -> Food:
    raise_if(food_errors(food))
    ready(db)
    with db.write() as s:
        added = store.add_food(s, food)
    forget_rankings(db)
    return added


# -- favourites and recents ------------------------------------------------------------------
def set_favourite(db: Database, patient_id: PatientId, food_id: FoodId, on: bool = True) -> None:
    ready(db)
    with db.write() as s:
        store.get_food(s, food_id)  # NotFoundError for a bad id, not an FK error
        store.set_favourite(s, patient_id, food_id, on)


def favourites(db: Database, patient_id: PatientId) -> list[FoodHit]:
    with db.read() as s:
        return store.favourites(s, patient_id)


# -- high-in lists ---------------------------------------------------------------------------
# The rule, so that a list names foods people can simply eat more of:
# * usual portion: a household measure of 15-250 g giving at most 350 kcal (not "1 cup of
#   peanut butter"), bulk and recipe-yield units skipped; among those a serving, then a
#   natural unit (slice, container, can, fillet, piece, 3 oz, medium...), then 1 oz, a cup,
#   a tablespoon, then the first listed;
# * left out: supplements and formulas, spices and herbs, oils (cod liver oil), baby foods,
#   fast-food/restaurant dishes and mixed entrees, sauces and gravies, American Indian/Alaska
#   Native specialities, dried, powdered or uncooked dry forms ("Milk, dry", "Beans, ...,
#   mature seeds, raw", flours), imitation and processed-cheese products, and branded
#   products (a word in capitals such as "TOTAL");
# * one food per name ("Cheese", "Fish, sardine"), so the list stays varied.
USUAL_MIN_G, USUAL_MAX_G, USUAL_MAX_KCAL = 15.0, 250.0, 350.0
EXCLUDED_UNITS = ("lb%", "package%", "quart%", "gallon%", "pint%", "loaf%", "cake%", "pie%",
                  "%yield%", "%recipe%", "%batch%")
PREFERRED_UNITS = ("%serving%", "slice%", "container%", "can%", "fillet%", "steak%", "piece%",
                   "3 oz%", "medium%", "large%", "egg%", "bar%", "patty%", "breast%", "oz%",
                   "cup%", "tbsp%")
EXCLUDED_GROUPS = frozenset({
    "Spices and Herbs", "Fats and Oils", "Baby Foods", "Fast Foods", "Restaurant Foods",
    "American Indian/Alaska Native Foods", "Meals, Entrees, and Side Dishes",
})
EXCLUDED_WORDS = ("supplement", "formula", "powder", "dehydrated", "dry mix", "meal replacement",
                  "leavening", "concentrate", "unprepared", "mature seeds, raw", "flour",
                  "imitation", "substitute", "cheese food", "cheese spread", "bran, crude",
                  "pasteurized process", "sauce,", "gravy", "paste")
EXCLUDED_SEGMENTS = frozenset({"dry", "dried", "sun-dried", "freeze-dried", "instant"})
GENERIC_HEADS = frozenset({"fish", "nuts", "seeds", "beverages", "beans", "cereals", "spices",
                           "crustaceans", "mollusks", "snacks", "candies", "soup", "sauce"})
_BRAND = re.compile(r"\b[A-Z][A-Z'&]{2,}\b")
@dataclass(frozen=True)
class RichFood:
    """A food and how much of one nutrient its usual portion gives."""

    food: Food
    portion: FoodPortion
    nutrient: str
    amount: float

    @property
    def portion_text(self) -> str:
        return f"{self.portion.amount:g} {self.portion.unit} ({self.portion.grams:g} g)"

    def label(self) -> str:
        """``Yogurt, plain, low fat, ... (1 cup (245 g): 448 mg)``."""
        return f"{self.food.description} ({self.portion_text}: {format_amount(self.amount, self.nutrient)})"


_HIGH_IN_CACHE: dict[tuple[str, str, bool], list[RichFood]] = {}


def forget_rankings(db: Database) -> None:
    """Drop the cached high-in lists of ``db``, after its foods changed."""
    for key in [k for k in _HIGH_IN_CACHE if k[0] == db.url]:
        del _HIGH_IN_CACHE[key]
    _EVERYDAY_ROWS.pop(db.url, None)


def everyday(food: Food) -> bool:
    """False for foods the high-in lists leave out (see the rule above)."""
    text = food.description.lower()
    segments = {s.strip() for s in text.split(",")}
    return not (food.food_group in EXCLUDED_GROUPS or any(w in text for w in EXCLUDED_WORDS)
                or segments & EXCLUDED_SEGMENTS or _BRAND.search(food.description))


def _name_key(description: str) -> str:
    parts = [p.strip().lower() for p in description.split(",")]
    return ", ".join(parts[:2]) if parts[0] in GENERIC_HEADS else parts[0]


def high_in(db: Database, nutrient: str, limit: int = 10, everyday: bool = True) -> list[RichFood]:
    """The foods richest in ``nutrient`` per usual portion, one per name, richest first.

    With ``everyday`` (the default, what the plan suggests) the everyday foods come first: the
    curated list in common_foods.csv, custom foods and foods anyone logged; the rest of the
    database fills the list if they are too few. ``everyday=False`` ranks the whole database
    under the exclusion rule above. Results are computed once per database and nutrient
    (~0.1 s) and kept until a custom food is added here.
    """
    if nutrient not in NUTRIENTS:
        raise ValidationError([FieldError(
            "nutrient", translate(
                "services",
                "must be one of {choices} (got {nutrient!r})",
            ).format(choices=', '.join(NUTRIENT_FIELDS), nutrient=nutrient))])
    ready(db)
    common = _cached(db, nutrient, everyday_only=True)
    if everyday and len(common) >= limit:
        return common[:limit]
    everything = _cached(db, nutrient, everyday_only=False)
    if not everyday:
        return everything[:limit]
    names = {_name_key(r.food.description) for r in common}
    return (common + [r for r in everything if _name_key(r.food.description) not in names])[:limit]


def _cached(db: Database, nutrient: str, everyday_only: bool) -> list[RichFood]:
    key = (db.url, nutrient, everyday_only)
    if key not in _HIGH_IN_CACHE:
        _HIGH_IN_CACHE[key] = _rich_foods(db, nutrient, everyday_only)
    return _HIGH_IN_CACHE[key]


def _rich_foods(db: Database, nutrient: str, everyday_only: bool, keep: int = 50) -> list[RichFood]:
    if everyday_only:  # a few hundred foods: one query ranks them for every nutrient
        rows = _ranked(_everyday_rows(db), nutrient)
    else:
        with db.read() as s:
            rows = store.usual_portion_rows(s, nutrient, USUAL_MIN_G, USUAL_MAX_G, USUAL_MAX_KCAL,
                                            EXCLUDED_UNITS, PREFERRED_UNITS, 800)
    result: list[RichFood] = []
    seen: set[str] = set()
    for food, portion in rows:
        key = _name_key(food.description)
        if key in seen or not (everyday_only or everyday(food)):
            continue
        seen.add(key)
        value = getattr(food.per_100g, nutrient) * portion.grams / 100.0
        result.append(RichFood(food, portion, nutrient, value))
        if len(result) >= keep:
            break
    return result


_EVERYDAY_ROWS: dict[str, list[tuple[Food, FoodPortion]]] = {}


def _everyday_rows(db: Database) -> list[tuple[Food, FoodPortion]]:
    """Every everyday food with its usual portion, read once per database (see ``high_in``)."""
    if db.url not in _EVERYDAY_ROWS:
        with db.read() as s:
            _EVERYDAY_ROWS[db.url] = store.usual_portion_rows(
                s, None, USUAL_MIN_G, USUAL_MAX_G, USUAL_MAX_KCAL, EXCLUDED_UNITS,
                PREFERRED_UNITS, None, everyday_only=True)
    return _EVERYDAY_ROWS[db.url]


def _ranked(rows: list[tuple[Food, FoodPortion]], nutrient: str) -> list[tuple[Food, FoodPortion]]:
    """``rows`` with some ``nutrient``, richest usual portion first and ties by id: the order
    ``usual_portion_rows`` gives in SQL, so both paths rank a food the same."""
    def amount(row: tuple[Food, FoodPortion]) -> float:
        value = getattr(row[0].per_100g, nutrient)
        return 0.0 if value is None else float(value) * row[1].grams

    return sorted((r for r in rows if amount(r) > 0), key=lambda r: (-amount(r), r[0].id or 0))


def food_suggestions(db: Database, nutrients: Iterable[str] = NUTRIENT_FIELDS, limit: int = 5
                     ) -> dict[str, list[str]]:
    """Nutrient field -> food descriptions, the shape ``build_plan(food_suggestions=...)`` takes."""
    return {n: [r.food.description for r in high_in(db, n, limit)] for n in nutrients
            if n != "kcal"}
