"""The graphics items of one measurement site, created once and updated in place.

Recreating pyqtgraph items on every redraw re-renders their symbols and reconnects their
signals, which cost most of a redraw (benchmarks/chart_bench.py); updating them does not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from bonetracker.domain.i18n import format_date
from bonetracker.domain.records import Site
from bonetracker.services.queries.chart_series import SECONDS_PER_DAY, Mark, Metric, SiteChart
from bonetracker.ui.chart import style
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate

METRIC_LABELS = {Metric.T_SCORE: QT_TRANSLATE_NOOP("chart", "T-score"),
                 Metric.BMD: QT_TRANSLATE_NOOP("chart", "BMD (g/cm²)")}
ERROR_BEAM = 60 * SECONDS_PER_DAY  # whisker width in x units (seconds)


@dataclass(frozen=True)
class Hit:
    """A hover target: a point (or projection end) and its tooltip."""

    x: float
    y: float
    text: str


class SiteItems:
    """Points, connecting line, significance marks, ± LSC error bars, trend and projection.

    Attributes are the pyqtgraph items themselves, so tests can read what was drawn; the ones
    a metric or a patient does not use are hidden, never removed.
    """

    def __init__(self, plot: pg.PlotItem, site: Site) -> None:
        colour = style.SITE_COLOURS[site]
        self.site = site
        self.line = pg.PlotDataItem(pen=pg.mkPen(style.with_alpha(colour, 110), width=1),
                                    antialias=True)
        self.points = pg.ScatterPlotItem(symbol="o", size=style.POINT_SIZE,
                                         pen=pg.mkPen(colour, width=1.8))
        self.marks = pg.ScatterPlotItem(size=style.SIGNIFICANCE_SIZE, brush=pg.mkBrush(colour),
                                        pen=pg.mkPen("#222222", width=0.6))
        self.errors = pg.ErrorBarItem(x=np.zeros(1), y=np.zeros(1), beam=ERROR_BEAM,
                                      pen=pg.mkPen(style.with_alpha(colour, 150), width=1.2))
        self.trend = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.2), antialias=True)
        self.projection = pg.PlotDataItem(pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
                                          antialias=True)
        self.projection_end = pg.ScatterPlotItem(symbol="d", size=9, brush=pg.mkBrush("w"),
                                                 pen=pg.mkPen(colour, width=1.5))
        self.caution = pg.TextItem("⚠", color=style.CAUTION_COLOUR, anchor=(0.5, 1.05))
        self._filled, self._hollow = pg.mkBrush(colour), pg.mkBrush("w")
        layers = ((self.line, 1), (self.trend, 4), (self.errors, 5), (self.projection, 4),
                  (self.projection_end, 9), (self.points, 10), (self.marks, 11))
        for item, z in layers:
            item.setZValue(z)
            plot.addItem(item)
        self.caution.setZValue(12)
        plot.addItem(self.caution, ignoreBounds=True)

    def hide(self) -> None:
        for item in (self.line, self.points, self.marks, self.errors, self.trend, self.projection,
                     self.projection_end, self.caution):
            item.setVisible(False)

    def update(self, site: SiteChart, metric: Metric) -> list[Hit]:
        """Show ``site`` as ``metric``; returns the hover targets it drew."""
        values = site.values(metric)
        ok = np.isfinite(values)
        x, y = site.x[ok], values[ok]
        hollow = site.computed[ok] if metric is Metric.T_SCORE else np.zeros(len(x), bool)
        self.line.setData(x, y)
        self.points.setData(x=x, y=y, brush=[self._hollow if h else self._filled for h in hollow])
        marks = site.marks[ok]
        chosen = marks != Mark.NONE
        self.marks.setData(x=x[chosen], y=y[chosen],
                           symbol=[style.GAIN_SYMBOL if m == Mark.UP else style.LOSS_SYMBOL
                                   for m in marks[chosen]])
        show_errors = metric is Metric.BMD and len(x) > 0
        if show_errors:
            self.errors.setData(x=x, y=y, height=None, top=site.lsc, bottom=site.lsc, beam=ERROR_BEAM)
        trend = site.trend(metric)
        if trend is not None:
            self.trend.setData([trend.x0, trend.x1], [trend.y0, trend.y1])
        for item, on in ((self.line, True), (self.points, True), (self.marks, True),
                         (self.errors, show_errors), (self.trend, trend is not None)):
            item.setVisible(on)
        hits = [Hit(float(site.x[i]), float(values[i]), site.tooltips[i]) for i in np.flatnonzero(ok)]
        hits += self._update_projection(site, metric)
        return hits

    def _update_projection(self, site: SiteChart, metric: Metric) -> list[Hit]:
        proj = site.projection(metric)
        for item in (self.projection, self.projection_end):
            item.setVisible(proj is not None)
        self.caution.setVisible(proj is not None and proj.caution)
        if proj is None:
            return []
        seg = proj.segment
        self.projection.setData([seg.x0, seg.x1], [seg.y0, seg.y1])
        self.projection_end.setData(x=[seg.x1], y=[seg.y1])
        self.caution.setPos(seg.x1, seg.y1)
        value = f"{seg.y1:.1f}" if metric is Metric.T_SCORE else f"{seg.y1:.3f} g/cm²"
        tip = translate("chart", "Projected {site}: {metric} {value} on {date}").format(
            site=translate("records", site.label), metric=translate("chart", METRIC_LABELS[metric]),
            value=value, date=format_date(proj.date))
        if site.annual_percent is not None:
            tip += " " + translate("chart", "(trend {rate} %/yr)").format(rate=f"{site.annual_percent:+.1f}")
        if proj.caution:
            tip += "\n" + translate("chart", "Caution: this rate is beyond published rates of change, or the "
                                             "date is more than 3 years after the last scan")
        return [Hit(seg.x1, seg.y1, tip)]
