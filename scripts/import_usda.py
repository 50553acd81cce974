"""Rebuild or re-import BoneTracker's copy of the USDA SR28 food database.

Three jobs, one script (standard library plus BoneTracker itself):

``--from-sr28 DIR``
    Regenerate ``resources/usda-sr28/foods_compact.csv`` and ``portions_compact.csv`` from the
    SR28 ASCII release (FOOD_DES.txt, FD_GROUP.txt, NUT_DATA.txt, WEIGHT.txt; "^"-separated,
    "~"-quoted, Latin-1), joining them the way PROVENANCE.txt describes.
``--check``
    Compare the shipped CSVs with the SHA-256 sums recorded in PROVENANCE.txt.
``--db PATH_OR_URL``
    Refresh an existing database from the CSVs: USDA foods are updated in place by NDB
    number (so favourites and meal-item links survive), new ones are added, their household
    measures are replaced, custom foods are left alone, and the search index is rebuilt.
    Logged meal items keep the nutrient amounts stored when they were logged.

Examples::

    python scripts/import_usda.py --check
    python scripts/import_usda.py --from-sr28 ~/Downloads/sr28asc
    python scripts/import_usda.py --db ~/.local/share/BoneTracker/bonetracker.sqlite3
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import bindparam, delete, select, update

from bonetracker.domain.records import NUTRIENT_FIELDS
from bonetracker.storage.database import open_database, resolve_url
from bonetracker.storage.models import FoodPortionRow, FoodRow, SettingRow
from bonetracker.storage.repositories import foods as store

# SR28 Nutr_No for each column; vitamin D in IU (324), else µg (328) x 40.
NUTR_NO = {"kcal": "208", "protein_g": "203", "calcium_mg": "301", "vitamin_d_iu": "324",
           "magnesium_mg": "304", "potassium_mg": "306", "vitamin_k_mcg": "430"}
VITAMIN_D_MCG = "328"
FOOD_HEADER = ["fdc_or_ndb_id", "description", "food_group", *NUTRIENT_FIELDS]
PORTION_HEADER = ["id", "amount", "unit_description", "grams"]


def read_sr28(path: Path) -> list[list[str]]:
    """Rows of an SR28 ASCII file: fields split on ^, the ~ quotes removed."""
    with path.open(encoding="latin-1", newline="") as fh:
        return [[f.strip("~") for f in line.rstrip("\r\n").split("^")] for line in fh if line.strip()]


def build_compact(sr28: Path, out: Path) -> tuple[int, int]:
    groups = {row[0]: row[1] for row in read_sr28(sr28 / "FD_GROUP.txt")}
    values: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_sr28(sr28 / "NUT_DATA.txt"):
        values[row[0]][row[1]] = row[2]
    foods = []
    for row in read_sr28(sr28 / "FOOD_DES.txt"):
        ndb, group, description = row[0], row[1], row[2]
        nutrients = values.get(ndb, {})
        cells = [nutrients.get(NUTR_NO[n], "") for n in NUTRIENT_FIELDS]
        vit_d = NUTRIENT_FIELDS.index("vitamin_d_iu")
        if not cells[vit_d] and nutrients.get(VITAMIN_D_MCG):
            cells[vit_d] = f"{float(nutrients[VITAMIN_D_MCG]) * 40:g}"
        foods.append([ndb, description, groups.get(group, ""), *cells])
    portions = [[row[0], row[2], row[3], row[4]] for row in read_sr28(sr28 / "WEIGHT.txt")]
    out.mkdir(parents=True, exist_ok=True)
    for name, header, rows in ((store.FOODS_CSV, FOOD_HEADER, foods),
                               (store.PORTIONS_CSV, PORTION_HEADER, portions)):
        with (out / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
    return len(foods), len(portions)


def check(folder: Path) -> bool:
    """True when both CSVs match the sums in PROVENANCE.txt."""
    recorded = dict(re.findall(r"^([0-9a-f]{64})\s+(\S+)$", (folder / "PROVENANCE.txt").read_text(),
                               re.MULTILINE))
    ok = True
    for digest, name in recorded.items():
        actual = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        print(f"{name}: {'ok' if actual == digest else 'CHANGED (' + actual + ')'}")
        ok = ok and actual == digest
    return ok


def refresh(url: str, folder: Path) -> tuple[int, int, int]:
    """Update USDA foods in place, add new ones, replace their portions; (updated, added, portions)."""
    db = open_database(url)
    try:
        store.ensure_food_database(db, folder)
        rows = store.read_foods(folder)
        with db.write() as s:
            conn = s.connection()
            existing = dict(conn.execute(select(FoodRow.source_id, FoodRow.id)
                                         .where(FoodRow.source == "usda")).all())
            fresh = [r for r in rows if r["source_id"] not in existing]
            changed = [{"sid": r["source_id"], **{k: r[k] for k in ("description", "food_group",
                                                                   *NUTRIENT_FIELDS)}}
                       for r in rows if r["source_id"] in existing]
            if changed:  # one executemany, not 8,789 round trips
                columns = ("description", "food_group", *NUTRIENT_FIELDS)
                conn.execute(update(FoodRow).where(FoodRow.source == "usda",
                                                   FoodRow.source_id == bindparam("sid"))
                             .values({c: bindparam(c) for c in columns}), changed)
            if fresh:
                store.insert_foods(conn, fresh)
            ids = dict(conn.execute(select(FoodRow.source_id, FoodRow.id)
                                    .where(FoodRow.source == "usda")).all())
            conn.execute(delete(FoodPortionRow).where(FoodPortionRow.food_id.in_(
                select(FoodRow.id).where(FoodRow.source == "usda"))))
            portions = store.insert_portions(conn, ids, store.read_portions(folder))
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("DELETE FROM food_fts")
                conn.exec_driver_sql(store.FILL_FTS)
                store.apply_common_priors(conn, folder)
            value = json.dumps({"foods": len(rows), "portions": portions,
                                "sha256": store.file_digest(folder)})
            conn.execute(update(SettingRow).where(SettingRow.key == store.SETTINGS_KEY)
                         .values(value=value))
        return len(rows) - len(fresh), len(fresh), portions
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from-sr28", type=Path, metavar="DIR", help="SR28 ASCII files to convert")
    parser.add_argument("--out", type=Path, default=store.usda_dir(), metavar="DIR",
                        help="where the compact CSVs are written/read (default: resources/usda-sr28)")
    parser.add_argument("--check", action="store_true", help="verify the CSVs against PROVENANCE.txt")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="refresh this database from the CSVs")
    args = parser.parse_args(argv)
    if not (args.from_sr28 or args.check or args.db):
        parser.error("give --from-sr28, --check or --db")
    if args.from_sr28:
        foods, portions = build_compact(args.from_sr28, args.out)
        print(f"Wrote {foods} foods and {portions} portions to {args.out}.")
    if args.check and not check(args.out):
        return 1
    if args.db:
        updated, added, portions = refresh(resolve_url(args.db), args.out)
        print(f"Updated {updated} foods, added {added}, {portions} household measures.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
