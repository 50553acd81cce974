"""Food search benchmark: 200 typed prefixes against the full SR28 database.

Run as ``python benchmarks/food_search_bench.py``. Seeds a fresh database (timing the seeding),
logs 20,000 meal items so popularity ranking has real rows to count, then times each of 200
prefixes (2 to 6 characters of 40 everyday phrases, as a user types them) through
``services.foods.search`` and through a bare FTS5 query on the same table and connection type
(``MATCH ... ORDER BY rank LIMIT 15``, no re-ranking, no join); 15 is what the meal form's
type-ahead asks for. ``main()`` returns the numbers
so a ``benchmarks/run.py`` can collect them.

Targets (issue 6): median under 5 ms per query, and within 2x of the bare FTS5 query.
The type-ahead starts at two letters, so single letters are not part of the set.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from bonetracker.services import foods as food_service
from bonetracker.storage.database import Database, open_database
from bonetracker.storage.models import FoodRow, MealItemRow, MealRow, PatientRow
from bonetracker.storage.repositories.foods import fts_query, tokens

TARGET_MEDIAN_MS = 5.0
TARGET_RATIO = 2.0
ROUNDS = 5
LOGGED_ITEMS = 20_000
PHRASES = (
    "milk whole", "cheese cheddar", "yogurt plain", "kale raw", "salmon atlantic", "sardines",
    "almonds", "tofu firm", "broccoli", "spinach", "bread white", "egg whole", "bananas",
    "orange juice", "apples raw", "chicken breast", "beef ground", "rice white", "pasta cooked",
    "oats regular", "potatoes", "tomatoes", "carrots", "beans black", "lentils", "peanut butter",
    "coffee brewed", "tea black", "sugar granulated", "chocolate", "pizza cheese", "soup chicken",
    "sausage pork", "turkey roasted", "tuna canned", "shrimp cooked", "cabbage", "collards",
    "soymilk", "walnuts",
)
LIMIT = food_service.TYPEAHEAD_LIMIT  # what the meal form's type-ahead asks for
BARE_SQL = f"SELECT rowid, head FROM food_fts WHERE food_fts MATCH ? ORDER BY rank LIMIT {LIMIT}"


def typed_prefixes() -> list[str]:
    """What a user has typed after 2, 3, 4, 5 and 6 keystrokes of each phrase (200 queries)."""
    return [phrase[:n] for phrase in PHRASES for n in range(2, 7)]


def log_items(db: Database, count: int = LOGGED_ITEMS, seed: int = 6) -> None:
    """Meal items over the 500 most common-looking foods, so popularity counts real rows."""
    rng = random.Random(seed)
    with db.write() as s:
        pid = s.execute(insert(PatientRow).returning(PatientRow.id), [{
            "name": "Bench", "sex": "female", "birth_date": dt.date(1950, 1, 1)}]).scalar_one()
        foods = s.execute(select(FoodRow.id, FoodRow.description).limit(500)).all()
        meal_ids = s.execute(insert(MealRow).returning(MealRow.id), [
            {"patient_id": pid, "date": dt.date(2020, 1, 1) + dt.timedelta(days=k), "kind": "lunch"}
            for k in range(count // 4)]).scalars().all()
        s.execute(insert(MealItemRow), [
            {"meal_id": meal_ids[k // 4], "food_id": (food := rng.choice(foods))[0],
             "food_description": food[1], "grams": 100.0} for k in range(count)])


def _time(fns: list[Any], queries: list[str]) -> list[list[float]]:
    """Milliseconds per call of each function; calls interleave query by query so a busy
    machine slows both sides alike and the ratio stays meaningful."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(ROUNDS):
        for q in queries:
            for fn, out in zip(fns, times, strict=True):
                start = time.perf_counter()
                fn(q)
                out.append((time.perf_counter() - start) * 1000)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[int(0.95 * len(ordered))],
            "max_ms": ordered[-1]}


def main() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        db = open_database(f"sqlite:///{path}")
        start = time.perf_counter()
        report = food_service.ready(db)
        seed_s = time.perf_counter() - start
        log_items(db)
        queries = typed_prefixes()
        bare_conn = sqlite3.connect(path)
        try:
            service_fn = lambda q: food_service.search(db, q, LIMIT)  # noqa: E731
            bare_fn = lambda q: bare_conn.execute(BARE_SQL, (fts_query(tokens(q)),)).fetchall()  # noqa: E731
            _time([service_fn, bare_fn], queries[:40])  # warm the page and statement caches
            service_times, bare_times = _time([service_fn, bare_fn], queries)
            service, bare = _summary(service_times), _summary(bare_times)
        finally:
            bare_conn.close()
            db.close()
    ratio = service["median_ms"] / bare["median_ms"]
    return {
        "queries": len(queries), "rounds": ROUNDS, "limit": LIMIT, "foods": report.foods,
        "portions": report.portions, "seed_s": seed_s, "service": service, "bare_fts5": bare,
        "ratio_median": ratio, "ratio_p95": service["p95_ms"] / bare["p95_ms"],
        "target_median_ms": TARGET_MEDIAN_MS, "target_ratio": TARGET_RATIO,
        "ok": service["median_ms"] < TARGET_MEDIAN_MS and ratio <= TARGET_RATIO,
    }


def print_report(r: dict[str, Any]) -> None:
    s, b = r["service"], r["bare_fts5"]
    print(f"Seeding SR28 ({r['foods']} foods, {r['portions']} portions): {r['seed_s']:.2f} s")
    print(f"{r['queries']} typed prefixes x {r['rounds']} rounds, {r['limit']} results each")
    for label, t in (("service search ", s), ("bare FTS5 query", b)):
        print(f"  {label}: median {t['median_ms']:.3f} ms  p95 {t['p95_ms']:.3f} ms  "
              f"max {t['max_ms']:.2f} ms")
    print(f"  ratio service/bare: median {r['ratio_median']:.2f}x, p95 {r['ratio_p95']:.2f}x "
          f"(target median < {r['target_median_ms']:.0f} ms and <= {r['target_ratio']:.0f}x): "
          f"{'OK' if r['ok'] else 'MISSED'}")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print_report(main())
