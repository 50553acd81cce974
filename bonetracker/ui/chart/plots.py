"""Draws a ChartData into a pyqtgraph GraphicsLayout: the scan plot and the linked activity plot.

One builder serves the page, the PNG/SVG export, the CLI and the PDF report, so all of them
show the same picture. It draws only what ``services.chart_series`` computed from the domain.
Items that every patient has (bands, per-site series, legends) persist and are updated in
place; only treatment periods and events are recreated on each draw.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

from bonetracker.domain.bmd import WhoBand
from bonetracker.domain.records import Site
from bonetracker.services.queries.chart_series import (
    ACTIVITY_KEYS,
    SECONDS_PER_DAY,
    ChartData,
    Mark,
    Metric,
    to_seconds,
)
from bonetracker.ui.chart import style
from bonetracker.ui.chart.lower import LowerPanel
from bonetracker.ui.chart.site_items import METRIC_LABELS, Hit, SiteItems
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

DOSE_TIPS = {"taken": QT_TRANSLATE_NOOP("chart", "{count} dose(s) taken"),
             "missed": QT_TRANSLATE_NOOP("chart", "{count} dose(s) missed")}

DAYS_PER_YEAR = 365.25
BAND_EXTENT = 10.0  # T-score bands are open-ended; +-10 is beyond any plausible score
HOVER_RADIUS_PX = 10.0
AXIS_WIDTH = 64
LOWER_SHARE, LOWER_MIN_PX, LOWER_MAX_PX = 0.24, 90.0, 320.0
LEGEND_SAMPLE_PX = 48  # sample, spacing and margins around each legend label


class BandLabel(pg.TextItem):  # type: ignore[misc]
    """A WHO band name written upwards along the plot's left edge."""

    def __init__(self, band: WhoBand, texts: tuple[str, ...]) -> None:
        super().__init__(texts[0], color=style.BAND_TEXT[band.name], angle=90, anchor=(0.5, 0.0))
        self.lower, self.upper, self.texts = band.lower, band.upper, texts
        self.setZValue(-15)

    def fit(self, room_px: float) -> bool:
        """Show the longest text that fits in ``room_px``; False if none does."""
        for text in self.texts:
            if self.textItem.toPlainText() != text:
                self.setText(text)
            if self.textItem.boundingRect().width() <= room_px:
                return True
        return False


def fit_legend_columns(legend: pg.LegendItem, width: float, most: int) -> None:
    """As many columns as fit in ``width`` for the widest entry (at least 1, at most ``most``)."""
    if not legend.items:
        return
    widest = max(label.boundingRect().width() for _, label in legend.items) + LEGEND_SAMPLE_PX
    columns = int(np.clip(width // max(widest + legend.layout.horizontalSpacing(), 1.0), 1, most))
    if legend.columnCount != columns:
        legend.setColumnCount(columns)


@dataclass
class DrawnItems:
    """What the last draw put on screen (persistent items included only while visible)."""

    bands: list[pg.LinearRegionItem] = field(default_factory=list)
    band_labels: list[BandLabel] = field(default_factory=list)
    medications: list[pg.LinearRegionItem] = field(default_factory=list)
    doses: dict[str, pg.ScatterPlotItem] = field(default_factory=dict)  # "taken", "missed"
    events: list[pg.InfiniteLine] = field(default_factory=list)
    sites: dict[str, SiteItems] = field(default_factory=dict)


class ChartPlots:
    """The chart's plots inside ``layout`` (a GraphicsLayoutWidget's ``ci``), redrawn on demand.

    Rows: legend, scan plot, activity plot (x-linked), activity legend.
    """

    def __init__(self, layout: pg.GraphicsLayout) -> None:
        self.layout = layout
        self.legend = pg.LegendItem(colCount=3, labelTextSize=style.pt(9), labelTextColor=style.TEXT_COLOUR,
                                    horSpacing=18, frame=False)
        self.main = pg.PlotItem(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.lower = LowerPanel()
        self.lower.plot.setXLink(self.main)
        for plot in (self.main, self.lower.plot):
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            plot.getAxis("left").enableAutoSIPrefix(False)  # g/cm² must not become "x0.001"
            for name in ("left", "bottom"):
                plot.getAxis(name).setPen(style.AXIS_COLOUR)
                plot.getAxis(name).setTextPen(style.TEXT_COLOUR)
        self.main.setMenuEnabled(False)
        self.layout.addItem(self.legend, row=0, col=0)
        self.layout.addItem(self.main, row=1, col=0)
        self.layout.addItem(self.lower.plot, row=2, col=0)
        self.layout.addItem(self.lower.legend, row=3, col=0)
        self.data: ChartData | None = None
        self.metric: Metric | None = None
        self.drawn = DrawnItems()
        self.lower_visible = True
        self._width, self._height = 1200.0, 800.0
        self._hits: list[Hit] = []
        self._sites: dict[Site, SiteItems] = {}
        self._bands: list[pg.GraphicsObject] = []
        self._band_labels: list[BandLabel] = []
        self._band_source: tuple[WhoBand, ...] = ()
        self._dynamic: list[pg.GraphicsObject] = []
        self._med_labels: list[tuple[pg.TextItem, float, float, int]] = []
        self._dose_marks: list[tuple[pg.ScatterPlotItem, np.ndarray]] = []
        self._legend_key: tuple[str, ...] = ()
        self.legends_visible = True
        for signal in (self.main.getViewBox().sigRangeChanged, self.main.getViewBox().sigResized):
            signal.connect(self._place_band_labels)
            signal.connect(self._place_medication_labels)
            signal.connect(self._place_doses)

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, data: ChartData, metric: Metric, lower_keys: Iterable[str] = ACTIVITY_KEYS) -> None:
        """Show ``data`` as ``metric``; needs at least one site (the page shows a message else)."""
        if metric is not self.metric:
            self.main.setLabel("left", translate("chart", METRIC_LABELS[metric]), color=style.TEXT_COLOUR)
        self.data, self.metric = data, metric
        self.drawn = DrawnItems()
        for item in self._dynamic:
            self.main.removeItem(item)
        self._dynamic, self._med_labels, self._dose_marks = [], [], []
        self._show_bands(data, metric is Metric.T_SCORE)
        self._draw_medications(data)
        self._draw_doses(data)
        self._draw_events(data)
        self._hits = []
        shown = {s.site for s in data.sites}
        for site in data.sites:
            items = self._sites.get(site.site) or self._sites.setdefault(
                site.site, SiteItems(self.main, site.site))
            self._hits += items.update(site, metric)
            self.drawn.sites[site.site.value] = items
        for site_key, items in self._sites.items():
            if site_key not in shown:
                items.hide()
        self._fill_legend(data, metric)
        self._show_lower(self.lower.draw(data, lower_keys))  # also fits the legend columns
        self.set_range(None)

    def _show_bands(self, data: ChartData, visible: bool) -> None:
        if data.bands != self._band_source:
            self._build_bands(data.bands)
        for item in self._bands:
            item.setVisible(visible)
        for label in self._band_labels:
            label.setVisible(visible)
        if visible:
            self.drawn.bands = [b for b in self._bands if isinstance(b, pg.LinearRegionItem)]
            self.drawn.band_labels = list(self._band_labels)
            self._place_band_labels()

    def _build_bands(self, bands: tuple[WhoBand, ...]) -> None:
        for item in (*self._bands, *self._band_labels):
            self.main.removeItem(item)
        self._bands, self._band_labels, self._band_source = [], [], bands
        for band in bands:
            lo = band.lower if band.lower is not None else -BAND_EXTENT
            hi = band.upper if band.upper is not None else BAND_EXTENT
            region = pg.LinearRegionItem(values=(lo, hi), orientation="horizontal", movable=False,
                                         brush=pg.mkBrush(*style.BAND_FILLS[band.name]),
                                         pen=pg.mkPen(None))
            region.setZValue(-30)
            self.main.addItem(region, ignoreBounds=True)
            self._bands.append(region)
            if band.lower is not None and band.upper is not None:
                bounds = translate("chart", "{upper} to {lower}").format(upper=f"{band.upper:.1f}",
                                                                         lower=f"{band.lower:.1f}")
            else:
                bounds = f"≥ {band.lower:.1f}" if band.lower is not None else f"≤ {band.upper:.1f}"
            band_name = translate("classification", band.label)
            short = band_name.split(" (")[0]
            # Labels run up the left edge inside each band (see _place_band_labels), where they
            # cost a few pixels of margin instead of covering the first or the latest scans.
            texts = (f"{band_name}: {bounds}", f"{short}: {bounds}", short,
                     translate("chart", style.BAND_SHORT_NAMES[band.name]),
                     translate("chart", style.BAND_ABBREVIATIONS[band.name]))
            label = BandLabel(band, texts)
            self.main.addItem(label, ignoreBounds=True)
            self._band_labels.append(label)
        for limit in sorted({v for b in bands for v in (b.lower, b.upper) if v is not None}):
            line = pg.InfiniteLine(pos=limit, angle=0, movable=False,
                                   pen=pg.mkPen(style.BAND_LINE, width=1, style=Qt.PenStyle.DashLine))
            line.setZValue(-25)
            self.main.addItem(line, ignoreBounds=True)
            self._bands.append(line)

    def _place_band_labels(self) -> None:
        """Centre each band's label in the visible part of the band, in the longest form that
        fits, or hide it when the band is nearly out of view."""
        if not self.drawn.band_labels:
            return
        view = self.main.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        height_px, width_px = max(view.height(), 1.0), max(view.width(), 1.0)
        for label in self.drawn.band_labels:
            lo = y0 if label.lower is None else max(label.lower, y0)
            hi = y1 if label.upper is None else min(label.upper, y1)
            room = (hi - lo) / (y1 - y0) * height_px - 8
            label.setVisible(label.fit(room))
            label.setPos(x0 + 3 * (x1 - x0) / width_px, (lo + hi) / 2)

    def _add_dynamic(self, item: pg.GraphicsObject, z: float) -> None:
        item.setZValue(z)
        self.main.addItem(item, ignoreBounds=True)
        self._dynamic.append(item)

    def _draw_medications(self, data: ChartData) -> None:
        for i, med in enumerate(data.medications):
            region = pg.LinearRegionItem(values=(med.x0, med.x1), orientation="vertical",
                                         movable=False, brush=style.medication_brush(med.drug_class),
                                         pen=pg.mkPen(style.MEDICATION_TEXT, width=1,
                                                      style=Qt.PenStyle.DotLine))
            self._add_dynamic(region, -20)
            self.drawn.medications.append(region)
            label = pg.TextItem(translate("chart", "{drug} (ongoing)").format(drug=med.drug) if med.ongoing
                                else med.drug,
                                color=style.MEDICATION_TEXT, anchor=(0.0, 0.0))
            self._add_dynamic(label, -5)
            self._med_labels.append((label, med.x0, med.x1, i % 2))
        self._place_medication_labels()

    def _place_medication_labels(self) -> None:
        """Keep each treatment's name at the top of its period, inside the view, so a period
        that started before the visible range is still named."""
        if not self._med_labels:
            return
        view = self.main.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        px_x = (x1 - x0) / max(view.width(), 1.0)
        px_y = (y1 - y0) / max(view.height(), 1.0)
        for label, start, end, row in self._med_labels:
            label.setVisible(bool(end > x0 and start < x1))
            label.setPos(max(start, x0) + 4 * px_x, y1 - (2 + 18 * row) * px_y)

    def _draw_doses(self, data: ChartData) -> None:
        """Each dose of a shaded course as a tick along the bottom of the plot (taken), or a
        red cross (marked missed)."""
        for key, xs, symbol, colour in (("taken", data.doses.taken, "t1", style.DOSE_TAKEN_COLOUR),
                                        ("missed", data.doses.missed, "x", style.DOSE_MISSED_COLOUR)):
            if not len(xs):
                continue
            marks = pg.ScatterPlotItem(x=xs, y=np.zeros(len(xs)), symbol=symbol, size=style.DOSE_SIZE,
                                       pen=pg.mkPen(colour), brush=pg.mkBrush(colour))
            marks.setToolTip(translate("chart", DOSE_TIPS[key]).format(count=len(xs)))
            self._add_dynamic(marks, -4)
            self._dose_marks.append((marks, xs))
            self.drawn.doses[key] = marks
        self._place_doses()

    def _place_doses(self) -> None:
        """Keep the dose marks a few pixels above the bottom edge whatever the y range."""
        if not self._dose_marks:
            return
        view = self.main.getViewBox()
        _x, (y0, y1) = view.viewRange()
        y = y0 + 6 * (y1 - y0) / max(view.height(), 1.0)
        for marks, xs in self._dose_marks:
            marks.setData(x=xs, y=np.full(len(xs), y))

    def _draw_events(self, data: ChartData) -> None:
        previous_x, level = -np.inf, 0
        for event in data.events:
            colour = style.FRACTURE_COLOUR if event.kind == "fracture" else style.FALL_COLOUR
            dash = Qt.PenStyle.SolidLine if event.kind == "fracture" else Qt.PenStyle.DashLine
            line = pg.InfiniteLine(pos=event.x, angle=90, movable=False,
                                   pen=pg.mkPen(colour, width=1.5, style=dash))
            # Stagger labels of events close together so their text does not overlap.
            level = level + 1 if event.x - previous_x < 400 * SECONDS_PER_DAY else 0
            previous_x = event.x
            pg.InfLineLabel(line, text=event.label, position=0.84 - 0.07 * (level % 3),
                            anchors=[(0, 0.5), (0, 0.5)], color=colour)
            self._add_dynamic(line, -10)
            self.drawn.events.append(line)

    def _fill_legend(self, data: ChartData, metric: Metric) -> None:
        """One row per site with its annual rate, then keys for the marker styles in use.

        Rebuilt only when its rows change; otherwise only the site texts are updated.
        """
        rows: list[tuple[str, str]] = []
        for site in data.sites:
            rate = "" if site.annual_percent is None else "  " + translate("chart", "{rate} %/yr").format(
                rate=f"{site.annual_percent:+.1f}")
            rows.append((site.site.value, f"{translate('records', site.label)}{rate}"))
        if metric is Metric.T_SCORE and any(s.computed.any() for s in data.sites):
            rows.append(("computed", translate("chart", "T-score computed from BMD")))
        if any((s.marks != Mark.NONE).any() for s in data.sites):
            rows.append(("marks", translate("chart", "Change ≥ LSC since previous scan")))
        if metric is Metric.BMD:
            rows.append(("errors", translate("chart", "Error bar: ± LSC")))
        if any(s.projection(metric) for s in data.sites):
            rows.append(("projection", translate("chart", "Projection to next scan")))
        if any(p.caution for s in data.sites if (p := s.projection(metric))):
            rows.append(("caution", translate("chart", "⚠ Projection beyond published rates")))
        key = tuple(k for k, _ in rows)
        if key == self._legend_key:
            for (_sample, label), (_, text) in zip(self.legend.items, rows, strict=True):
                if label.text != text:
                    label.setText(text)
            return
        self.legend.clear()
        self._legend_key = key
        for kind, text in rows:
            self.legend.addItem(self._legend_sample(kind), text)
        fit_legend_columns(self.legend, self._width, 3)

    @staticmethod
    def _legend_sample(kind: str) -> pg.GraphicsObject:
        if kind in {s.value for s in Site}:
            colour = style.SITE_COLOURS[Site(kind)]
            return pg.PlotDataItem(pen=pg.mkPen(colour, width=2.2), symbol="o", symbolBrush=colour,
                                   symbolPen=colour, symbolSize=8)
        if kind == "computed":
            return pg.ScatterPlotItem(symbol="o", size=8, brush=style.BACKGROUND, pen=style.PROJECTION_COLOUR)
        if kind == "marks":
            colour = style.PROJECTION_COLOUR
            return pg.ScatterPlotItem(symbol="t1", size=9, brush=colour, pen=colour)
        if kind == "errors":
            return pg.PlotDataItem(pen=pg.mkPen(style.PROJECTION_COLOUR, width=1.2))
        if kind == "projection":
            return pg.PlotDataItem(pen=pg.mkPen(style.PROJECTION_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        return pg.ScatterPlotItem(symbol="t1", size=9, brush=style.CAUTION_COLOUR,
                                  pen=style.CAUTION_COLOUR)

    def set_legends_visible(self, shown: bool) -> None:
        """Show or fold away both legends (a folded legend takes no height)."""
        self.legends_visible = shown
        self.legend.setVisible(shown)
        self.legend.setMaximumHeight(1e6 if shown else 0.0)
        self._show_lower(self.lower_visible)

    def _show_lower(self, visible: bool) -> None:
        self.lower_visible = visible
        self.lower.plot.setVisible(visible)
        self.lower.legend.setVisible(visible and self.legends_visible)
        self.main.getAxis("bottom").setStyle(showValues=not visible)
        self.fit_panels(self._width, self._height)

    def fit_panels(self, width: float, height: float) -> None:
        """Fit the layout to a ``width`` x ``height`` pixel view.

        The activity panel gets about a quarter of the height as a fixed size, because
        QGraphicsGridLayout stretch factors are not proportional when size hints differ. Legend
        columns follow the width: a legend wider than the view would widen the whole layout and
        push the right edge of the plots (the latest scans) out of the picture.
        """
        self._width, self._height = width, height
        panel = float(np.clip(height * LOWER_SHARE, LOWER_MIN_PX, LOWER_MAX_PX))
        shown = panel if self.lower_visible else 0.0
        self.lower.plot.setMinimumHeight(shown)
        self.lower.plot.setMaximumHeight(shown)
        self.lower.legend.setMaximumHeight(1e6 if self.lower_visible and self.legends_visible else 0.0)
        self.lower.set_axis_room(shown)
        fit_legend_columns(self.legend, width, 3)
        fit_legend_columns(self.lower.legend, width, 5)

    # -- view range and hover ----------------------------------------------------------------

    def y_range(self) -> tuple[float, float]:
        """Data extent for the metric, widened to show both WHO limits in the T-score view."""
        assert self.data is not None and self.metric is not None
        metric = self.metric
        values = [float(v) for s in self.data.sites for v in s.values(metric) if np.isfinite(v)]
        values += [p.segment.y1 for s in self.data.sites if (p := s.projection(metric))]
        if metric is Metric.T_SCORE:
            # Always a full unit of the osteoporosis band below -2.5 and of the normal band above
            # -1.0, so every band has room for its name (issue 15: it often had none).
            lo, hi = min([*values, -3.1]), max([*values, -0.4])
            return lo - 0.4, hi + 0.6
        lsc = max(s.lsc for s in self.data.sites)
        lo, hi = min(values) - lsc, max(values) + lsc
        pad = max(hi - lo, 0.05) * 0.12
        return lo - pad, hi + pad * 2.5

    def x_range(self, years: float | None) -> tuple[float, float]:
        """``years`` back from the as-of date (None: everything) to the last projection."""
        assert self.data is not None
        end = max(self.data.x_max, to_seconds(self.data.as_of))
        span = None if years is None else years * DAYS_PER_YEAR * SECONDS_PER_DAY
        start = self.data.x_min if span is None else to_seconds(self.data.as_of) - span
        if span is not None:
            # A window of the last years shows mostly the past: the future (the projection to the
            # next scan) takes at most a third of it and the range ends shortly after.
            end = min(end, to_seconds(self.data.as_of) + span / 2)
        pad = (end - start) * 0.03
        return start - pad * 1.4, end + pad

    def set_range(self, years: float | None) -> None:
        x0, x1 = self.x_range(years)
        self.main.setRange(xRange=(x0, x1), yRange=self.y_range(), padding=0)
        self.lower.fit_y(x0, x1)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        """Tooltip for the point nearest ``scene_pos`` within a few pixels, else None."""
        if not self._hits or not self.main.sceneBoundingRect().contains(scene_pos):
            return None
        view = self.main.getViewBox()
        best, best_d = None, HOVER_RADIUS_PX
        for hit in self._hits:
            p = view.mapViewToScene(QPointF(hit.x, hit.y))
            d = float(np.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y()))
            if d <= best_d:
                best, best_d = hit, d
        return best.text if best else None

    def hover_points(self) -> list[tuple[float, float, str]]:
        """Every hover target of the last draw as (x, y, tooltip)."""
        return [(h.x, h.y, h.text) for h in self._hits]
