"""``bonetracker foods search|show|high-in|add|favourite``: the offline food database.

Food IDs are USDA NDB numbers ("01077") for SR28 foods and ``C<id>`` for custom foods.
"""

from __future__ import annotations

import argparse
from typing import Any

from bonetracker.cli.common import add_command, database, print_json
from bonetracker.domain.nutrition import NUTRIENTS, format_amount
from bonetracker.domain.records import NUTRIENT_FIELDS, Food
from bonetracker.services import foods as service
from bonetracker.services.patients import resolve_patient


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("foods", help="search the food database, add your own foods")
    commands = group.add_subparsers(dest="foods_command", metavar="ACTION", required=True)

    search = add_command(commands, "search", common, _search,
                         "find foods by words of their description (prefixes work: 'sard')")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results")
    search.add_argument("--json", action="store_true", help="print JSON")

    show = add_command(commands, "show", common, _show, "nutrients and household measures of a food")
    show.add_argument("food", metavar="ID_OR_DESCRIPTION")
    show.add_argument("--json", action="store_true", help="print JSON")

    high = add_command(commands, "high-in", common, _high_in,
                       "foods richest in a nutrient per usual portion")
    high.add_argument("nutrient", choices=[n for n in NUTRIENT_FIELDS if n != "kcal"])
    high.add_argument("--limit", type=int, default=10, metavar="N")
    high.add_argument("--all", action="store_true",
                      help="rank the whole database, not everyday foods first")
    high.add_argument("--json", action="store_true", help="print JSON")

    add = add_command(commands, "add", common, _add, "add a custom food")
    add.add_argument("--name", required=True, dest="description", help="description")
    add.add_argument("--group", dest="food_group", help="food group (default: Custom foods)")
    add.add_argument("--per", dest="basis", choices=["100g", "portion"], default="100g",
                     help="the nutrient amounts are per 100 g (default) or per portion")
    add.add_argument("--portion-unit", help="household measure, e.g. tablet, cup, slice")
    add.add_argument("--portion-amount", help="how many units the weight is for (default 1)")
    add.add_argument("--portion-grams", help="weight of the portion in grams")
    for name in NUTRIENT_FIELDS:
        add.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="X",
                         help=f"{NUTRIENTS[name].label} ({NUTRIENTS[name].unit}); blank = unknown")

    fav = add_command(commands, "favourite", common, _favourite, "mark a favourite food")
    fav.add_argument("--patient", required=True, help="name or id")
    fav.add_argument("--food", required=True, metavar="ID_OR_DESCRIPTION")
    fav.add_argument("--remove", action="store_true", help="unmark it instead")


def food_as_dict(food: Food) -> dict[str, object]:
    return {
        "id": service.public_id(food),
        "description": food.description,
        "food_group": food.food_group,
        "source": food.source,
        "per_100g": {n: getattr(food.per_100g, n) for n in NUTRIENT_FIELDS},
        "portions": [{"amount": p.amount, "unit": p.unit, "grams": p.grams} for p in food.portions],
    }


def _search(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    with database(args) as db:
        hits = service.search(db, text, args.limit)
    if args.json:
        print_json([{"id": h.ref, "description": h.description, "food_group": h.food_group,
                     "source": h.source} for h in hits])
        return 0
    if not hits:
        print(f"No food matches {text!r}.")
    for h in hits:
        print(f"{h.ref:>7}  {h.description}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with database(args) as db:
        food = service.resolve_food(db, args.food)
    if args.json:
        print_json(food_as_dict(food))
        return 0
    print(f"{service.public_id(food)}  {food.description}  [{food.food_group}]")
    print("Per 100 g:")
    for n in NUTRIENT_FIELDS:
        value = getattr(food.per_100g, n)
        shown = "unknown" if value is None else format_amount(value, n)
        print(f"  {NUTRIENTS[n].label:<10} {shown}")
    print("Measures: " + ("; ".join(f"{p.amount:g} {p.unit} = {p.grams:g} g" for p in food.portions)
                          or "grams only"))
    return 0


def _high_in(args: argparse.Namespace) -> int:
    with database(args) as db:
        rich = service.high_in(db, args.nutrient, args.limit, everyday=not args.all)
    if args.json:
        print_json([{"id": service.public_id(r.food), "description": r.food.description,
                     "portion": r.portion_text, "grams": r.portion.grams, "amount": round(r.amount, 1),
                     "unit": NUTRIENTS[r.nutrient].unit} for r in rich])
        return 0
    for r in rich:
        print(f"{format_amount(r.amount, r.nutrient):>10}  {r.food.description} ({r.portion_text})")
    return 0


def _add(args: argparse.Namespace) -> int:
    raw = {k: getattr(args, k) for k in ("description", "food_group", "basis", "portion_unit",
                                         "portion_amount", "portion_grams", *NUTRIENT_FIELDS)}
    food = service.parse_custom_food(raw)
    with database(args) as db:
        saved = service.add_custom_food(db, food)
    print(f"Added {service.public_id(saved)}: {saved.description}.")
    return 0


def _favourite(args: argparse.Namespace) -> int:
    with database(args) as db:
        patient = resolve_patient(db, args.patient)
        food = service.resolve_food(db, args.food)
        assert patient.id is not None and food.id is not None
        service.set_favourite(db, patient.id, food.id, not args.remove)
    change = "no longer a favourite" if args.remove else "now a favourite"
    print(f"{service.public_id(food)} {food.description} is {change} of {patient.name}.")
    return 0
