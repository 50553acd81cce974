"""Chart benchmark: ten years of daily logs and 20 scan visits, loaded, aggregated and drawn.

Run as ``python benchmarks/chart_bench.py`` (offscreen). Prints median times to build the
series from the database and to redraw the chart in an existing widget, alternating two such
patients (what switching patients costs), and to render a fresh image (export, CLI, report),
next to bare pyqtgraph drawing the same number of points into two linked plots. ``main()``
returns the numbers so a ``benchmarks/run.py`` can collect them.

Targets (issue 4): series + redraw under 150 ms, and within 3x of bare pyqtgraph.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from sqlalchemy import insert

from bonetracker.services.queries.chart_series import ChartData, Metric, load_chart_data
from bonetracker.storage.database import Database, open_database
from bonetracker.storage.models import (
    DxaScanRow,
    FallRow,
    FractureRow,
    MealItemRow,
    MealRow,
    MedicationRow,
    PatientRow,
    SiteMeasurementRow,
    WorkoutRow,
)

TARGET_MS = 150.0
TARGET_RATIO = 3.0
YEARS, VISITS, ITEMS_PER_DAY = 10, 20, 8
AS_OF = dt.date(2025, 1, 15)
WIDTH, HEIGHT = 1200, 800
CATEGORIES = ("resistance", "balance", "weight_bearing", "impact", "flexibility")


def build_heavy_patient(db: Database, seed: int = 7) -> int:
    """One patient: a workout a day, ~8 meal items a day (3 meals), 20 visits x 3 sites."""
    rng = np.random.default_rng(seed)
    start = AS_OF - dt.timedelta(days=int(YEARS * 365.25))
    days = [start + dt.timedelta(days=k) for k in range((AS_OF - start).days)]
    with db.write() as s:
        pid = s.execute(insert(PatientRow).returning(PatientRow.id), [{
            "name": "Heavy Benchmark", "sex": "female", "birth_date": dt.date(1955, 3, 1),
            "weight_kg": 60.0, "menopause": "post"}]).scalar_one()
        s.execute(insert(WorkoutRow), [
            {"patient_id": pid, "date": d, "activity": "x", "category": CATEGORIES[k % 5],
             "minutes": int(rng.integers(10, 60))} for k, d in enumerate(days)])
        kinds = ("breakfast", "lunch", "dinner")
        meal_ids = s.execute(insert(MealRow).returning(MealRow.id), [
            {"patient_id": pid, "date": d, "kind": kind} for d in days for kind in kinds
        ]).scalars().all()
        per_meal = ITEMS_PER_DAY * len(days) // len(meal_ids) + 1
        items = [{"meal_id": mid, "food_description": "food", "grams": 100.0,
                  "calcium_mg": float(rng.uniform(20, 400)),
                  "vitamin_d_iu": None if rng.random() < 0.3 else float(rng.uniform(0, 200))}
                 for mid in meal_ids for _ in range(per_meal)][: ITEMS_PER_DAY * len(days)]
        s.execute(insert(MealItemRow), items)
        step = (AS_OF - start).days // VISITS
        scan_ids = s.execute(insert(DxaScanRow).returning(DxaScanRow.id), [
            {"patient_id": pid, "date": start + dt.timedelta(days=30 + k * step), "device": "hologic"}
            for k in range(VISITS)]).scalars().all()
        s.execute(insert(SiteMeasurementRow), [
            {"scan_id": sid, "site": site, "bmd": base - 0.004 * k + float(rng.normal(0, 0.01)),
             "t_score": None if site != "lumbar_spine" else -1.5 - 0.03 * k}
            for k, sid in enumerate(scan_ids)
            for site, base in (("lumbar_spine", 0.90), ("femoral_neck", 0.70), ("total_hip", 0.80))])
        s.execute(insert(MedicationRow), [
            {"patient_id": pid, "drug": "Alendronate", "drug_class": "bisphosphonate",
             "start": start + dt.timedelta(days=1500), "end": start + dt.timedelta(days=3000)},
            {"patient_id": pid, "drug": "Vitamin D3", "drug_class": "supplement",
             "start": start + dt.timedelta(days=400), "daily_amount": 800.0}])
        s.execute(insert(FractureRow), [{"patient_id": pid, "date": start + dt.timedelta(days=900),
                                         "site": "wrist", "low_trauma": True}])
        s.execute(insert(FallRow), [{"patient_id": pid, "date": start + dt.timedelta(days=900)}])
    return int(pid)


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _point_counts(data: ChartData) -> tuple[list[int], list[int]]:
    upper = [len(s.x) for s in data.sites]
    lower = [len(data.activity.week_x)] * 5
    return upper, lower


def main(runs: int = 7) -> dict[str, float]:
    import pyqtgraph as pg

    from bonetracker.ui.chart.plots import ChartPlots
    from bonetracker.ui.chart.render import dispose, ensure_app, render_chart_image

    app = ensure_app()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            t0 = time.perf_counter()
            pids = [build_heavy_patient(db, seed) for seed in (7, 8)]
            build_s = time.perf_counter() - t0
            turn = iter(range(10**6))
            # Alternate two patients, as a clinician switching between them would.
            series_ms = median_ms(
                lambda: load_chart_data(db, pids[next(turn) % 2], as_of=AS_OF), runs)
            both = [load_chart_data(db, pid, as_of=AS_OF) for pid in pids]
            data = both[0]
        finally:
            db.close()

    def settle(widget: pg.GraphicsLayoutWidget) -> None:
        app.processEvents()
        widget.grab()  # forces a full paint of every item

    chart = pg.GraphicsLayoutWidget()
    chart.setBackground("w")
    chart.resize(WIDTH, HEIGHT)
    plots = ChartPlots(chart.ci)
    plots.fit_panels(WIDTH, HEIGHT)
    chart.show()

    flip = iter(range(10**6))

    def redraw() -> None:
        plots.draw(both[next(flip) % 2], Metric.T_SCORE)
        settle(chart)

    redraw()
    redraw_ms = median_ms(redraw, runs)

    upper, lower = _point_counts(data)
    bare = pg.GraphicsLayoutWidget()
    bare.setBackground("w")
    bare.resize(WIDTH, HEIGHT)
    top = bare.addPlot(row=0, col=0, axisItems={"bottom": pg.DateAxisItem()})
    bottom = bare.addPlot(row=1, col=0, axisItems={"bottom": pg.DateAxisItem()})
    bottom.setXLink(top)
    bare.show()
    weeks = data.activity.week_x

    def bare_draw() -> None:
        top.clear()
        bottom.clear()
        for s, n in zip(data.sites, upper, strict=True):
            top.plot(s.x[:n], s.t_score[:n], symbol="o")
        for key in ("strength_sessions", "balance_minutes", "weight_bearing_minutes",
                    "calcium_mg", "vitamin_d_iu"):
            bottom.plot(weeks, np.nan_to_num(data.activity.series(key)))
        settle(bare)

    bare_draw()
    bare_ms = median_ms(bare_draw, runs)
    image_ms = median_ms(lambda: render_chart_image(data, Metric.T_SCORE, WIDTH, HEIGHT), runs)
    dispose(chart)
    dispose(bare)

    total = series_ms + redraw_ms
    results = {
        "build_db_s": build_s, "series_ms": series_ms, "redraw_ms": redraw_ms,
        "total_ms": total, "bare_pyqtgraph_ms": bare_ms, "ratio": redraw_ms / bare_ms,
        "fresh_image_ms": image_ms, "points_upper": float(sum(upper)),
        "points_lower": float(sum(lower)),
    }
    print(f"Chart benchmark: {YEARS} years of daily logs, {VISITS} scan visits, "
          f"{WIDTH}x{HEIGHT} px, median of {runs}")
    print(f"  database with 2 such patients built in {build_s:.1f} s (not timed)")
    print(f"  series from database   {series_ms:7.1f} ms")
    print(f"  redraw chart           {redraw_ms:7.1f} ms")
    print(f"  series + redraw        {total:7.1f} ms   target < {TARGET_MS:.0f} ms   "
          f"{'OK' if total < TARGET_MS else 'MISSED'}")
    print(f"  bare pyqtgraph, same points ({int(sum(upper))} + {int(sum(lower))})  "
          f"{bare_ms:7.1f} ms")
    print(f"  ratio redraw / bare    {results['ratio']:7.2f} x    target < {TARGET_RATIO:.0f} x     "
          f"{'OK' if results['ratio'] < TARGET_RATIO else 'MISSED'}")
    print(f"  fresh offscreen image  {image_ms:7.1f} ms   (export, CLI, report: new widget each time)")
    return results


if __name__ == "__main__":
    main()
