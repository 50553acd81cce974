"""Issue 16 item 3: two workstations writing at once, as two real processes, on SQLite and on
the CI PostgreSQL server. Check-then-insert writes (a visit on a date, the day's lifestyle entry,
a meal of a kind, a custom activity name) must neither crash with IntegrityError nor lose or
double a write."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bonetracker.services import activities, lifestyle, meals, patients, scans
from bonetracker.storage.database import Database

DAYS = [f"2024-0{m}-{d:02d}" for m in (1, 2) for d in (3, 10, 17, 24)]  # 8 dates

WORKER = textwrap.dedent('''
    import json, sys, time
    from bonetracker.domain.errors import ValidationError
    from bonetracker.storage.database import open_database
    from bonetracker.services import activities, lifestyle, meals, scans, foods
    from bonetracker.domain.records import Food, Nutrients

    url, who, start, scenario = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    days = json.loads(sys.argv[5])
    db = open_database(url)
    outcome = {"ok": 0, "refused": 0, "crashed": []}
    while time.time() < start:
        time.sleep(0.001)
    for day in days:
        try:
            if scenario == "scans":
                site = "femoral_neck" if who == "a" else "total_hip"
                scans.log_scan(db, scans.parse_scan(1, {"date": day}, [{"site": site, "t_score": "-1.2"}]))
            elif scenario == "lifestyle":
                lifestyle.log_lifestyle(db, lifestyle.parse_lifestyle(1, {"date": day, "stress": "3"}))
            elif scenario == "meals":
                food = Food(None, "Test food " + who, "Dairy", Nutrients(calcium_mg=100.0), source="custom")
                item = meals.make_item(food, 100.0)
                meals.log_meal(db, meals.parse_meal(1, {"date": day, "meal": "lunch"}, [item]))
            elif scenario == "activities":
                activities.add_custom_activity(db, activities.parse_custom_activity(
                    {"name": "Race walk " + day, "category": "weight_bearing", "met": "4"}))
            outcome["ok"] += 1
        except ValidationError:
            outcome["refused"] += 1
        except Exception as exc:  # what the issue found: IntegrityError tracebacks
            outcome["crashed"].append(f"{type(exc).__name__}: {str(exc)[:200]}")
    db.close()
    print(json.dumps(outcome))
''')


def _race(db: Database, scenario: str, tmp_path: Path) -> list[dict[str, object]]:
    url = db.url
    start = time.time() + 2.0  # both processes imported and connected by then
    args = [url, "", str(start), scenario, json.dumps(DAYS)]
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, *args[:1], who, *args[2:]],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=str(Path(__file__).resolve().parents[3]))
             for who in ("a", "b")]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    for r in results:
        assert r["crashed"] == [], r["crashed"]
    return results


@pytest.fixture
def pid(db: Database) -> int:
    saved = patients.add_patient(db, patients.parse_patient(
        {"name": "Rae Race", "sex": "female", "birth_date": "1950-01-01"}))
    assert saved.id == 1
    return saved.id


def test_two_visits_on_one_date_merge(db: Database, pid: int, tmp_path: Path) -> None:
    results = _race(db, "scans", tmp_path)
    assert all(r["ok"] == len(DAYS) for r in results)
    visits = scans.list_scans(db, pid)  # type: ignore[arg-type]
    assert len(visits) == len(DAYS)
    assert all({m.site.value for m in v.measurements} == {"femoral_neck", "total_hip"} for v in visits)


def test_one_lifestyle_entry_a_day(db: Database, pid: int, tmp_path: Path) -> None:
    results = _race(db, "lifestyle", tmp_path)
    assert sum(int(r["ok"]) for r in results) == len(DAYS)  # the other is refused: edit the first
    assert sum(int(r["refused"]) for r in results) == len(DAYS)
    entries = lifestyle.list_lifestyle(db, pid)  # type: ignore[arg-type]
    assert sorted(e.date.isoformat() for e in entries) == sorted(DAYS)


def test_two_lunches_join_one_meal(db: Database, pid: int, tmp_path: Path) -> None:
    _race(db, "meals", tmp_path)
    lunches = meals.list_meals(db, pid)  # type: ignore[arg-type]
    assert len(lunches) == len(DAYS)
    assert all(len(m.items) == 2 for m in lunches)


def test_one_custom_activity_per_name(db: Database, pid: int, tmp_path: Path) -> None:
    results = _race(db, "activities", tmp_path)
    assert sum(int(r["ok"]) for r in results) == len(DAYS)
    names = [a.name for a in activities.list_activities(db) if a.name.startswith("Race walk")]
    assert sorted(names) == sorted(f"Race walk {d}" for d in DAYS)
