"""The Chart page draws exactly what the chart service (and so the domain) decided."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF

from bonetracker.domain.change import site_series
from bonetracker.domain.records import PatientId, PatientRecord, Site, SiteMeasurement
from bonetracker.services import scans as scan_service
from bonetracker.services.queries.chart_series import ACTIVITY_KEYS, Mark, Metric, chart_data, to_seconds
from bonetracker.storage.database import Database
from bonetracker.ui.chart.render import render_chart, render_chart_image
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages import PAGES, load_page
from bonetracker.ui.pages.chart import ChartView
from tests.services.queries.test_chart_series import (
    AS_OF,
    osteopenia_improving,
    osteoporosis_treated,
    store_record,
)

# The offscreen platform warns when a top-level widget or a tooltip is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", extend=True)

D = dt.date
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
DAY = 86_400.0


@pytest.fixture
def record() -> PatientRecord:
    return osteoporosis_treated(logs_from=D(2024, 11, 1))


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


@pytest.fixture
def view(qtbot: object, ctx: AppContext) -> ChartView:
    page = ChartView(ctx)
    page.as_of = AS_OF
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1100, 750)
    return page


@pytest.fixture
def shown(view: ChartView, ctx: AppContext, db: Database, record: PatientRecord) -> ChartView:
    ctx.select_patient(store_record(db, record))
    return view


def _xy(item: pg.ScatterPlotItem) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getData()
    return np.asarray(x), np.asarray(y)


def test_registered_as_a_page(ctx: AppContext, qtbot: object) -> None:
    spec = dict(PAGES)["Chart"]
    page = load_page(spec)(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    assert isinstance(page, ChartView)


def test_empty_states(view: ChartView, ctx: AppContext, db: Database, record: PatientRecord) -> None:
    assert view.is_empty and "Select a patient" in view.empty_label.text()
    ctx.select_patient(store_record(db, dataclasses.replace(record, scans=())))
    assert view.is_empty
    assert "No DXA scans for Berit Example" in view.empty_label.text()
    assert view.stack.currentWidget() is view.empty_label


def test_one_point_per_scan_with_hollow_computed_t_scores(shown: ChartView,
                                                          record: PatientRecord) -> None:
    assert not shown.is_empty
    for site in (Site.LUMBAR_SPINE, Site.FEMORAL_NECK, Site.TOTAL_HIP):
        series = site_series(record.scans, site)
        points = shown.plots.drawn.sites[site.value].points
        x, y = _xy(points)
        assert len(x) == 5
        assert x.tolist() == [to_seconds(d) for d in series.dates]
        assert y.tolist() == pytest.approx(series.t_scores)
        hollow = [p.brush().color().name() == "#ffffff" for p in points.points()]
        assert hollow == series.computed


def test_who_bands_and_labels(shown: ChartView, qtbot: object) -> None:
    shown.show()
    qtbot.waitExposed(shown)  # type: ignore[attr-defined]
    bands = shown.plots.drawn.bands
    assert len(bands) == 3
    assert all(b.orientation == "horizontal" and not b.movable for b in bands)
    assert sorted(tuple(b.getRegion()) for b in bands) == [(-10.0, -2.5), (-2.5, -1.0), (-1.0, 10.0)]
    labels = shown.plots.drawn.band_labels
    assert [lbl.texts[0] for lbl in labels] == [
        "Normal bone density: ≥ -1.0", "Low bone mass (osteopenia): -1.0 to -2.5",
        "Osteoporosis: ≤ -2.5"]
    assert labels[0].isVisible() and labels[1].isVisible()  # roomy bands are always named
    assert labels[2].fit(1000.0) and labels[2].textItem.toPlainText() == labels[2].texts[0]
    assert not labels[2].fit(5.0)  # a band scrolled nearly out of view loses its label
    # the bands must not stretch the axis to +-10
    low, high = shown.plots.main.getViewBox().viewRange()[1]
    assert -4.5 < low < -3.0 and 0.0 < high < 1.5


def test_significance_marks_exactly_where_the_domain_says(shown: ChartView,
                                                          record: PatientRecord) -> None:
    for metric in (Metric.T_SCORE, Metric.BMD):
        shown.set_metric(metric)
        for site in (Site.LUMBAR_SPINE, Site.FEMORAL_NECK, Site.TOTAL_HIP):
            series = site_series(record.scans, site)
            values = series.t_scores if metric is Metric.T_SCORE else series.bmd
            chosen = [i for i, sig in enumerate(series.significant) if sig]
            x, y = _xy(shown.plots.drawn.sites[site.value].marks)
            assert x.tolist() == [to_seconds(series.dates[i]) for i in chosen]
            assert y.tolist() == pytest.approx([values[i] for i in chosen])
    spine = shown.data.site(Site.LUMBAR_SPINE)  # type: ignore[union-attr]
    assert spine.marks.tolist() == [Mark.NONE, Mark.DOWN, Mark.DOWN, Mark.UP, Mark.UP]


def test_toggle_to_bmd_draws_lsc_error_bars_without_bands(shown: ChartView,
                                                          record: PatientRecord) -> None:
    shown.set_metric("bmd")
    assert shown.current_metric is Metric.BMD
    assert shown.metric_actions[Metric.BMD].isChecked()
    assert shown.plots.drawn.bands == []
    neck = shown.plots.drawn.sites[Site.FEMORAL_NECK.value]
    assert _xy(neck.points)[1].tolist() == site_series(record.scans, Site.FEMORAL_NECK).bmd
    assert neck.errors.isVisible()
    assert neck.errors.opts["top"] == neck.errors.opts["bottom"] == 0.035
    assert neck.errors.opts["x"].tolist() == _xy(neck.points)[0].tolist()
    whiskers = neck.errors.boundingRect()  # the bars really span +- LSC around the points
    assert whiskers.top() == pytest.approx(min(_xy(neck.points)[1]) - 0.035)
    assert whiskers.bottom() == pytest.approx(max(_xy(neck.points)[1]) + 0.035)
    assert all(p.brush().color().name() != "#ffffff" for p in neck.points.points())
    assert shown.plots.main.getAxis("left").labelText.startswith("BMD")
    shown.metric_actions[Metric.T_SCORE].trigger()
    assert shown.current_metric is Metric.T_SCORE and len(shown.plots.drawn.bands) == 3
    assert not neck.errors.isVisible()


def test_caution_marker_when_the_projection_is_beyond_published_rates(
        view: ChartView, ctx: AppContext, db: Database, record: PatientRecord) -> None:
    fast = (SiteMeasurement(Site.FEMORAL_NECK, bmd=0.700), SiteMeasurement(Site.FEMORAL_NECK, bmd=0.630))
    visits = tuple(dataclasses.replace(record.scans[i], date=day, measurements=(m,))
                   for i, (day, m) in enumerate(zip((D(2021, 1, 5), D(2023, 1, 10)), fast, strict=True)))
    ctx.select_patient(store_record(db, dataclasses.replace(record, scans=visits, medications=())))
    neck = view.plots.drawn.sites[Site.FEMORAL_NECK.value]
    assert neck.caution.isVisible()
    assert "Caution" in next(text for _, _, text in view.plots.hover_points() if "Projected" in text)
    assert any("beyond published rates" in label.text for _, label in view.plots.legend.items)


def test_trend_and_projection_segments(shown: ChartView) -> None:
    data = shown.data
    assert data is not None
    for site in data.sites:
        items = shown.plots.drawn.sites[site.site.value]
        assert items.trend.isVisible() and items.projection.isVisible()
        x, y = items.projection.getData()
        proj = site.projection_t
        assert proj is not None and site.trend_t is not None
        assert x.tolist() == [proj.segment.x0, proj.segment.x1]
        assert y.tolist() == pytest.approx([proj.segment.y0, proj.segment.y1])
        assert items.trend.getData()[1].tolist() == pytest.approx([site.trend_t.y0, site.trend_t.y1])
        assert items.caution.isVisible() is proj.caution is False
    names = [label.text for _, label in shown.plots.legend.items]
    assert any(n.startswith("Lumbar spine (L1-L4)") and "%/yr" in n for n in names)


def test_medication_regions_and_event_markers(shown: ChartView) -> None:
    regions = shown.plots.drawn.medications
    assert len(regions) == 1
    assert regions[0].getRegion() == pytest.approx((to_seconds(D(2019, 7, 1)), to_seconds(AS_OF)))
    assert [line.value() for line in shown.plots.drawn.events] == [
        to_seconds(D(2018, 11, 2)), to_seconds(D(2018, 11, 2)), to_seconds(D(2022, 2, 14))]


def test_lower_panel_series_picker(shown: ChartView) -> None:
    lower = shown.plots.lower
    assert set(lower.items) == set(ACTIVITY_KEYS) - {"programme_percent"}  # no programme, no line
    assert isinstance(lower.items["strength_sessions"], pg.BarGraphItem)
    assert isinstance(lower.items["calcium_mg"], pg.PlotDataItem)
    data = shown.data
    assert data is not None
    assert lower.percent["calcium_mg"] == pytest.approx(
        data.activity.calcium_mg / data.targets["calcium_mg"] * 100, nan_ok=True)
    shown.series_actions["vitamin_d_iu"].setChecked(False)
    assert "vitamin_d_iu" not in lower.items and shown.lower_keys.count("vitamin_d_iu") == 0
    shown.set_lower_series([])
    assert not shown.plots.lower_visible and not lower.plot.isVisible()
    shown.set_lower_series(["strength_sessions"])
    assert list(lower.items) == ["strength_sessions"] and shown.plots.lower_visible


def test_weekly_bars_at_full_resolution_when_zoomed_in(shown: ChartView) -> None:
    shown.show()
    shown.set_range(1)
    lower = shown.plots.lower
    assert lower.bin_weeks == 1
    data = shown.data
    assert data is not None
    bars = lower.items["strength_sessions"]
    heights = np.asarray(bars.opts["height"])
    expected = np.nan_to_num(data.activity.strength_sessions / 2 * 100)
    assert heights.tolist() == pytest.approx(expected.tolist())


def test_range_buttons(shown: ChartView) -> None:
    shown.range_actions[1].trigger()
    x0, x1 = shown.plots.main.getViewBox().viewRange()[0]
    assert x0 == pytest.approx(to_seconds(AS_OF) - 365.25 * DAY, abs=40 * DAY)
    assert x1 >= to_seconds(AS_OF)
    assert shown.plots.lower.plot.getViewBox().viewRange()[0] == pytest.approx([x0, x1])
    shown.range_actions[None].trigger()
    x0, _ = shown.plots.main.getViewBox().viewRange()[0]
    assert x0 < to_seconds(D(2015, 5, 4))


def test_hover_tooltip_on_a_point(shown: ChartView, qtbot: object) -> None:
    shown.show()
    qtbot.waitExposed(shown)  # type: ignore[attr-defined]
    view_box = shown.plots.main.getViewBox()
    pos = view_box.mapViewToScene(QPointF(to_seconds(D(2017, 5, 9)), -2.9))
    text = shown.hover_text_at(pos)
    assert text is not None
    for part in ("2017-05-09", "Lumbar spine", "BMD 0.745", "T-score -2.9", "Change since 2015-05-04"):
        assert part in text
    shown.graphics.scene().sigMouseMoved.emit(pos)
    assert shown.last_tooltip == text
    assert shown.hover_text_at(view_box.mapViewToScene(QPointF(to_seconds(D(2016, 6, 1)), 0.3))) is None


def test_reloads_when_a_scan_is_added(shown: ChartView, ctx: AppContext, db: Database) -> None:
    pid = ctx.patient_id
    assert pid is not None
    scan = scan_service.parse_scan(pid, {"date": "2024-11-20"},
                                   [{"site": "lumbar_spine", "bmd": "0.81", "t_score": "-2.3"}])
    scan_service.log_scan(db, scan)
    ctx.notify_changed("scan")
    assert len(_xy(shown.plots.drawn.sites["lumbar_spine"].points)[0]) == 6


def test_export_png_and_svg(shown: ChartView, tmp_path: Path) -> None:
    png, svg = shown.export(tmp_path / "c.png"), shown.export(tmp_path / "c.svg")
    assert png.read_bytes().startswith(PNG_MAGIC)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text()
    assert "Alendronate" in text
    assert "<clipPath" in text  # bands reach T = +-10 and must be clipped to the plot
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        shown.export(tmp_path / "c.jpg")


def test_offscreen_render_functions(tmp_path: Path, qapp: object) -> None:
    data = chart_data(osteopenia_improving(logs_from=D(2024, 6, 1)), AS_OF)
    image = render_chart_image(data, "bmd", 640, 420)
    assert (image.width(), image.height()) == (640, 420)
    colours = {image.pixel(x, y) for x in range(0, 640, 4) for y in range(0, 420, 4)}
    assert len(colours) > 10  # axes, points, bars and text were drawn, not a blank image
    out = render_chart(data, Metric.T_SCORE, 800, 500, tmp_path / "chart.svg")
    assert ET.parse(out).getroot().get("viewBox") == "0 0 800 500"
    empty = dataclasses.replace(data, sites=())
    assert render_chart(empty, "t_score", 400, 300, tmp_path / "e.png").read_bytes()[:8] == PNG_MAGIC


def test_a_measurement_without_bmd_has_no_bmd_point(view: ChartView, ctx: AppContext,
                                                    db: Database, record: PatientRecord) -> None:
    spine_only = SiteMeasurement(Site.LUMBAR_SPINE, t_score=-2.0)
    first = dataclasses.replace(record.scans[0], measurements=(spine_only,))
    ctx.select_patient(store_record(db, dataclasses.replace(record, scans=(first, *record.scans[1:]))))
    view.set_metric(Metric.BMD)
    assert len(_xy(view.plots.drawn.sites["lumbar_spine"].points)[0]) == 4
    view.set_metric(Metric.T_SCORE)
    assert len(_xy(view.plots.drawn.sites["lumbar_spine"].points)[0]) == 5
    assert PatientId(1) == ctx.patient_id or ctx.patient_id is not None


def test_switching_patients_hides_sites_the_new_one_lacks(shown: ChartView, ctx: AppContext,
                                                           db: Database, record: PatientRecord) -> None:
    neck = shown.plots.drawn.sites[Site.FEMORAL_NECK.value]
    spine_only = tuple(dataclasses.replace(s, measurements=(s.measurement(Site.LUMBAR_SPINE),))
                       for s in record.scans)
    other = dataclasses.replace(record, scans=spine_only, medications=(), fractures=(), falls=())
    ctx.select_patient(store_record(db, other))
    assert list(shown.plots.drawn.sites) == [Site.LUMBAR_SPINE.value]
    assert not neck.points.isVisible() and not neck.trend.isVisible()
    assert shown.plots.drawn.medications == [] and shown.plots.drawn.events == []
    names = [label.text for _, label in shown.plots.legend.items]
    assert names[0].startswith("Lumbar spine") and not any("Femoral" in n for n in names)
    assert not any(isinstance(i, pg.LinearRegionItem) and i.orientation == "vertical"
                   for i in shown.plots.main.items)


def test_every_lower_panel_series_has_a_colour() -> None:
    from bonetracker.ui.chart import style

    assert set(style.ACTIVITY_COLOURS) == set(ACTIVITY_KEYS)


def test_every_band_is_named_in_a_small_chart_and_a_year_is_mostly_past(
    shown: ChartView, qtbot: object
) -> None:
    """Issue 15: at 1024x700 the osteoporosis band was often unlabelled, and the '1 y' view was
    mostly empty future."""
    shown.resize(560, 420)
    shown.show()
    qtbot.waitExposed(shown)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]
    labels = shown.plots.drawn.band_labels
    view = shown.plots.main.getViewBox()
    assert all(label.isVisible() for label in labels), (
        view.height(), view.viewRange()[1], [lbl.textItem.toPlainText() for lbl in labels])
    shown.plots.set_range(1)
    x0, x1 = shown.plots.main.getViewBox().viewRange()[0]
    now = to_seconds(AS_OF)
    assert (x1 - now) / (x1 - x0) < 0.4, "at most about a third of a 1-year view is future"
    shown.plots._place_band_labels()
    assert all(label.isVisible() for label in shown.plots.drawn.band_labels)
    # the legends start folded on a small chart (the plot needs the room); the toggle shows them
    assert not shown.legend_action.isChecked() and not shown.plots.legend.isVisible()
    assert view.height() > 200
    shown.legend_action.trigger()
    assert shown.plots.legend.isVisible()


def test_the_data_table_reads_the_charts_values_in_words(qtbot, qtmodeltester, db) -> None:
    """Issue 21: the chart's numbers as a table a screen reader reads: a row per scan date,
    headers naming site and value, the WHO band and any significant change written out."""
    from PySide6.QtCore import Qt as _Qt

    from bonetracker.services.patients import add_patient, parse_patient
    from bonetracker.services.scans import log_scan, parse_scan
    from bonetracker.ui.context import AppContext
    from bonetracker.ui.pages.chart import ChartView

    p = add_patient(db, parse_patient({"name": "Rosa", "sex": "female", "birth_date": "1955-01-01"}))
    for when, bmd, t in (("2019-01-10", "0.900", "-1.2"), ("2021-01-12", "0.820", "-2.6")):
        log_scan(db, parse_scan(p.id, {"date": when}, [{"site": "lumbar_spine", "bmd": bmd, "t_score": t}]))
    ctx = AppContext(db)
    ctx.select_patient(p.id)
    view = ChartView(ctx)
    qtbot.addWidget(view)
    view.show()
    button = view.toolbar.widgetForAction(view.table_action)
    assert button.focusPolicy() & _Qt.FocusPolicy.TabFocus  # the toolbar is reachable by Tab
    assert button.accessibleName() == "Data table"

    view.table_action.trigger()

    assert (view.showing_table and view.table.hasFocus()) or view.table.isVisible()
    model = view.table.model()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(0, _Qt.Orientation.Vertical) == "2019-01-10"
    headers = [model.headerData(c, _Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Lumbar spine (L1-L4): BMD (g/cm²)", "Lumbar spine (L1-L4): T-score"]
    second = [model.index(1, c).data() for c in range(3)]
    assert second[0] == "0.820"
    assert "osteoporosis" in second[1]  # the band is written, not only coloured
    assert "significant loss" in second[2]
    view.table_action.trigger()
    assert not view.showing_table and view.stack.currentWidget() is view.graphics
