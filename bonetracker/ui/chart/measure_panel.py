"""The lower panel's other use: one measurement series over time (a function test, a lab test
or the FRAX probabilities) in its own unit, with its cut-off or thresholds as dashed lines.

Units differ between tests, so only one series is shown at a time; the activity bars give way
to it while it is chosen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import shown
from bonetracker.services.queries.measure_series import MeasureSeries, SeriesLine
from bonetracker.ui.chart import style
from bonetracker.ui.preferences import unit_for
from bonetracker.ui.widgets.i18n import translate

CHOSEN_UNIT_SERIES = {"measure:height": shown.HEIGHT, "lab:vitamin_d_25oh": shown.VITAMIN_D_25OH}


def in_chosen_units(series: MeasureSeries) -> MeasureSeries:
    """``series`` in the unit chosen in Settings: heights in inches when feet and inches are
    chosen (an axis needs one number), 25(OH)D in nmol/L; thresholds relabelled alike."""
    quantity = CHOSEN_UNIT_SERIES.get(series.key)
    if quantity is None or unit_for(quantity) == shown.units_of(quantity)[0]:
        return series
    unit = unit_for(quantity)
    axis = "in" if unit == shown.FEET_INCHES else unit
    factor = float(1 / shown.FACTORS[quantity][unit])
    lines = tuple(SeriesLine(line.name, line.x, line.y * factor) for line in series.lines)
    thresholds = tuple(
        (value * factor, f"{shown.number_text(quantity, value, unit)} {axis}{label[label.index(':'):]}"
         if ":" in label else label)
        for value, label in series.thresholds)
    return replace(series, unit=axis, lines=lines, thresholds=thresholds,
                   digits=shown.DIGITS[quantity][unit])


class MeasureOverlay:
    """Draws one :class:`MeasureSeries` into ``plot`` and clears it again."""

    def __init__(self, plot: pg.PlotItem, legend: pg.LegendItem) -> None:
        self.plot, self.legend = plot, legend
        self.series: MeasureSeries | None = None
        self._items: list[pg.GraphicsObject] = []

    def clear(self) -> None:
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        self.series = None

    def draw(self, series: MeasureSeries) -> None:
        series = in_chosen_units(series)
        self.clear()
        self.series = series
        self.legend.clear()
        for i, line in enumerate(series.lines):
            colour = style.MEASURE_LINE_COLOURS[i % len(style.MEASURE_LINE_COLOURS)]
            item = pg.PlotDataItem(line.x, line.y, pen=pg.mkPen(colour, width=1.8), symbol="o",
                                   symbolSize=7, symbolBrush=colour, symbolPen=pg.mkPen(colour))
            item.setZValue(5)
            self.plot.addItem(item)
            self._items.append(item)
            self.legend.addItem(item, translate("measures", line.name))
        for i, (value, label) in enumerate(series.thresholds):
            colour = style.THRESHOLD_COLOURS[i % len(style.THRESHOLD_COLOURS)]
            limit = pg.InfiniteLine(pos=value, angle=0, movable=False,
                                    pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine),
                                    label=label, labelOpts={"position": 0.02, "color": colour,
                                                            "anchors": [(0, 1), (0, 1)]})
            self.plot.addItem(limit)
            self._items.append(limit)
        self.plot.setLabel("left", f"{translate('measures', series.label)} ({series.unit})",
                           color=style.TEXT_COLOUR)
        self.fit_y()

    def fit_y(self) -> None:
        if self.series is None:
            return
        values = [float(v) for line in self.series.lines for v in line.y]
        values += [v for v, _ in self.series.thresholds]
        low, high = min(values), max(values)
        pad = max((high - low) * 0.15, abs(high) * 0.05, 0.5)
        self.plot.setYRange(max(0.0, low - pad) if low >= 0 else low - pad, high + pad, padding=0)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        """The nearest measurement in time under the cursor, with its date and value."""
        series = self.series
        if series is None or not self.plot.isVisible():
            return None
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.getViewBox().mapSceneToView(scene_pos).x()
        lines = []
        for line in series.lines:
            if not len(line.x):
                continue
            i = int(np.argmin(np.abs(line.x - x)))
            day = dt.datetime.fromtimestamp(float(line.x[i]), dt.UTC).date()
            lines.append(translate("chart", "{series}: {value} {unit} on {date}").format(
                series=translate("measures", line.name), value=f"{line.y[i]:.{series.digits}f}",
                unit=series.unit,
                date=format_date(day)))
        lines += [label for _, label in series.thresholds]
        return "\n".join(lines)
