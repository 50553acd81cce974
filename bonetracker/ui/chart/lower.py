"""The lower chart panel: what the person did between scans, week by week, as % of target.

Sessions, minutes, milligrams and IU share one axis only as a percentage of each target, and
"100 % = target met" is the question the panel answers; hover shows the real amounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

from bonetracker.domain.i18n import format_date
from bonetracker.domain.measures import shown
from bonetracker.services.queries.chart_series import (
    ACTIVITY_KEYS,
    ACTIVITY_SERIES,
    SECONDS_PER_DAY,
    ActivitySeries,
    ChartData,
    FloatArray,
)
from bonetracker.ui.chart import style
from bonetracker.ui.chart.measure_panel import MeasureOverlay
from bonetracker.ui.preferences import unit_for
from bonetracker.ui.widgets.i18n import translate

WEEK = 7 * SECONDS_PER_DAY
Y_MIN_TOP, Y_MAX_TOP = 130.0, 300.0  # percent; taller bars are clipped, the tooltip tells all
MIN_BAR_PX = 3.0  # narrower bars turn into noise; average runs of weeks instead
MAX_BIN_WEEKS = 16
ROOMY_TITLE_PX = 170  # below this panel height the axis title has no room for "(8-wk mean)"


def bin_means(values: FloatArray, k: int) -> FloatArray:
    """Mean of each run of ``k`` weeks (NaN weeks ignored; all-NaN runs stay NaN)."""
    if k <= 1:
        return values
    padded = np.full(-(-len(values) // k) * k, np.nan)
    padded[: len(values)] = values
    blocks = padded.reshape(-1, k)
    counts = np.isfinite(blocks).sum(axis=1)
    sums = np.nansum(blocks, axis=1)
    return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


class LowerPanel:
    """Weekly bars (exercise) and lines (mean daily calcium and vitamin D) against targets.

    When the weeks in view are too many for readable bars, runs of 2, 4, 8... weeks are shown
    as their mean (the axis title says so); zooming in brings single weeks back.
    """

    def __init__(self) -> None:
        self.plot = pg.PlotItem(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setMenuEnabled(False)
        self.legend = pg.LegendItem(colCount=5, labelTextSize=style.pt(8), horSpacing=14, frame=False,
                                    labelTextColor=style.TEXT_COLOUR)
        self.items: dict[str, pg.GraphicsObject] = {}
        self._all_items: dict[str, pg.GraphicsObject] = {}
        self.percent: dict[str, FloatArray] = {}
        self.keys: tuple[str, ...] = ()
        self.bin_weeks = 1
        self._data: ChartData | None = None
        self._legend_key: tuple[tuple[str, float], ...] = ()
        self._roomy, self._title = True, ""
        target = pg.InfiniteLine(pos=100.0, angle=0, movable=False,
                                 pen=pg.mkPen(style.TARGET_COLOUR, width=1, style=Qt.PenStyle.DashLine))
        target.setZValue(6)
        self.plot.addItem(target, ignoreBounds=True)
        self.target_line = target
        self.overlay = MeasureOverlay(self.plot, self.legend)
        self.plot.getViewBox().sigXRangeChanged.connect(self._on_x_range)

    def draw(self, data: ChartData, keys: Iterable[str]) -> bool:
        """Draw the chosen series; False when there is nothing to show (panel then hides).

        Items are created once per series and updated in place; the legend is rebuilt only
        when the series or their targets change.
        """
        wanted = set(keys)
        chosen = next((m for m in data.measures if m.key in wanted), None)
        if chosen is not None:  # one measurement series instead of the weekly activity
            for item in self._all_items.values():
                item.setVisible(False)
            self.keys, self.percent, self._data, self.items = (), {}, data, {}
            self._legend_key = ()
            self.target_line.setVisible(False)
            self.overlay.draw(chosen)
            return True
        if self.overlay.series is not None:
            self.overlay.clear()
            self.target_line.setVisible(True)
            self._title = ""
            self._legend_key = (("", 0.0),)  # force the activity legend back
        activity = data.activity
        self.keys = tuple(k for k in ACTIVITY_KEYS if k in wanted and activity.has(k))
        self.percent, self._data = {}, data
        if not len(activity.week_x):
            self.keys = ()
        for spec in ACTIVITY_SERIES:
            if spec.key in self.keys:
                self.percent[spec.key] = activity.series(spec.key) / data.targets[spec.key] * 100.0
                self._item(spec.key).setVisible(True)
            elif spec.key in self._all_items:
                self._all_items[spec.key].setVisible(False)
        self.items = {k: self._all_items[k] for k in self.keys}
        legend = tuple((k, data.targets[k]) for k in self.keys)
        if legend != self._legend_key:
            self._legend_key = legend
            self.legend.clear()
            for spec in ACTIVITY_SERIES:
                if spec.key in self.keys:
                    self.legend.addItem(self.items[spec.key],
                                        f"{translate('weekly_activity', spec.label)} "
                                        f"({_amount(spec, data.targets[spec.key], 'g')})")
        if not self.keys:
            return False
        self.bin_weeks = 0  # force the next _rebin to fill the items
        self._rebin(1)
        # Re-pick the binning for the range already in view (e.g. after a metric switch).
        x_range = self.plot.getViewBox().viewRange()[0]
        self._on_x_range(None, (float(x_range[0]), float(x_range[1])))
        return True

    def _item(self, key: str) -> pg.GraphicsObject:
        if key in self._all_items:
            return self._all_items[key]
        spec = next(s for s in ACTIVITY_SERIES if s.key == key)
        colour = style.ACTIVITY_COLOURS[key]
        item: pg.GraphicsObject
        if spec.kind == "bar":
            item = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0, pen=pg.mkPen(None),
                                   brush=pg.mkBrush(style.with_alpha(colour, 210)))
        else:
            # Not antialiased: Qt's antialiased wide polylines of ~500 weeks cost ~35 ms a
            # redraw (benchmarks/chart_bench.py) for almost no visible gain.
            item = pg.PlotDataItem(connect="finite", pen=pg.mkPen(colour, width=1.8), antialias=False)
            item.setZValue(5)
        self.plot.addItem(item)
        self._all_items[key] = item
        return item

    def _on_x_range(self, _view: object, x_range: tuple[float, float]) -> None:
        if self._data is None or not self.percent:
            return
        bars = sum(1 for s in ACTIVITY_SERIES if s.key in self.percent and s.kind == "bar")
        width_px = max(self.plot.getViewBox().width(), 100.0)
        weeks = max((x_range[1] - x_range[0]) / WEEK, 1.0)
        needed = MIN_BAR_PX * max(bars, 1) * weeks / width_px
        k = 1
        while k < needed and k < MAX_BIN_WEEKS:
            k *= 2
        self._rebin(k)
        self.fit_y(*x_range)

    def _rebin(self, k: int) -> None:
        if k == self.bin_weeks or self._data is None:
            return
        self.bin_weeks = k
        if not len(self._data.activity.week_x):
            return
        starts = self._data.activity.week_x[::k]
        bars = [s for s in ACTIVITY_SERIES if s.key in self.percent and s.kind == "bar"]
        slot = WEEK * k / max(len(bars), 1)
        for spec in ACTIVITY_SERIES:
            if spec.key not in self.percent:
                continue
            values = bin_means(self.percent[spec.key], k)
            item = self.items[spec.key]
            if isinstance(item, pg.BarGraphItem):
                j = bars.index(spec)
                item.setOpts(x=starts + (j + 0.5) * slot, height=np.nan_to_num(values),
                             width=slot * 0.88)
            else:
                item.setData(starts + WEEK * k / 2, values)
        self._set_title()

    def set_axis_room(self, panel_px: float) -> None:
        """The panel's height decides whether the axis title has room for the bin note."""
        self._roomy = panel_px >= ROOMY_TITLE_PX
        self._set_title()

    def _set_title(self) -> None:
        if self.overlay.series is not None:
            return  # the measurement's own unit is the axis title
        k = self.bin_weeks
        title = (translate("chart", "% of target") if k <= 1 or not self._roomy
                 else translate("chart", "% of target ({weeks}-wk mean)").format(weeks=k))
        if title != self._title:
            self._title = title
            self.plot.setLabel("left", title, color=style.TEXT_COLOUR)

    def fit_y(self, x0: float, x1: float) -> None:
        """Fit the y axis to the weeks in view, within 0..[130 %, 300 %]."""
        if self.overlay.series is not None:
            self.overlay.fit_y()
            return
        if self._data is None or not self.percent:
            return
        weeks = self._data.activity.week_x[:: self.bin_weeks or 1]
        inside = (weeks + WEEK * max(self.bin_weeks, 1) >= x0) & (weeks <= x1)
        peaks = []
        for pct in self.percent.values():
            binned = bin_means(pct, max(self.bin_weeks, 1))[inside]
            if np.isfinite(binned).any():
                peaks.append(float(np.nanmax(binned)))
        top = float(np.clip(max(peaks, default=0.0) * 1.08, Y_MIN_TOP, Y_MAX_TOP))
        self.plot.setYRange(0.0, top, padding=0)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        """The week under the cursor with its real amounts and targets."""
        if self.overlay.series is not None:
            return self.overlay.hover_text(scene_pos)
        if self._data is None or not self.percent:
            return None
        if not self.plot.isVisible() or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.getViewBox().mapSceneToView(scene_pos).x()
        activity = self._data.activity
        i = int(np.searchsorted(activity.week_x, x, side="right")) - 1
        if i < 0 or i >= len(activity.week_x):
            return None
        monday = dt.datetime.fromtimestamp(float(activity.week_x[i]), dt.UTC).date()
        lines = [translate("chart", "Week of {date} ({days} days with meals logged)").format(
            date=format_date(monday), days=activity.days_logged[i])]
        for spec in ACTIVITY_SERIES:
            if spec.key in self.keys:
                value = activity.series(spec.key)[i]
                shown = translate("chart", "not logged") if np.isnan(value) else _amount(spec, value, ".0f")
                target = _amount(spec, self._data.targets[spec.key], "g").split(" ")[0]
                lines.append(translate("chart", "{series}: {value} (target {target})").format(
                    series=translate("weekly_activity", spec.label), value=shown, target=target))
        if self.bin_weeks > 1:
            lines.append(translate("chart", "Bars show {weeks}-week means; zoom in for single weeks").format(
                weeks=self.bin_weeks))
        return "\n".join(lines)


def _amount(spec: ActivitySeries, value: float, style_: str) -> str:
    """A weekly value with its unit: vitamin D in the unit chosen in Settings (µg to 0.1)."""
    if spec.key == "vitamin_d_iu" and unit_for(shown.VITAMIN_D) != "IU":
        unit = unit_for(shown.VITAMIN_D)
        return f"{round(shown.to_shown(shown.VITAMIN_D, float(value), unit), 1):g} {unit}/day"
    return f"{value:{style_}} {spec.unit}"
