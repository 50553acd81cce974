"""Offscreen rendering of the chart to PNG, SVG or a QImage, for export, the CLI and the report.

The picture is built by the same ``ChartPlots`` the page uses, inside a widget that is never
shown on screen and is always closed and deleted before returning: linked pyqtgraph views left
alive crash the interpreter at exit (docs: known-hazards.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QTextOption
from PySide6.QtWidgets import QApplication

from bonetracker.services.queries.chart_series import ACTIVITY_KEYS, ChartData, Metric
from bonetracker.storage.safe_files import atomic_output
from bonetracker.ui.chart import style
from bonetracker.ui.chart.plots import ChartPlots
from bonetracker.ui.chart.svg_export import write_svg
from bonetracker.ui.refcount_guard import protect_singletons
from bonetracker.ui.widgets.i18n import translate

FORMATS = (".png", ".svg")


def empty_message(data: ChartData | None) -> str:
    """What to show instead of empty axes."""
    if data is None:
        return translate("chart", "Select a patient to see their chart.")
    return translate("chart", "No DXA scans for {name} yet.\n"
                              "Add a scan result and the chart will show it against the WHO bands.").format(
        name=data.patient_name)


def ensure_app() -> QApplication:
    """The running QApplication, or a new offscreen one for headless callers such as the CLI."""
    protect_singletons()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def dispose(widget: pg.GraphicsLayoutWidget) -> None:
    """Close and delete a chart widget now, so no linked view outlives its scene."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def build_offscreen(
    data: ChartData, metric: Metric, width: int, height: int,
    lower_keys: Iterable[str] = ACTIVITY_KEYS,
) -> tuple[pg.GraphicsLayoutWidget, ChartPlots | None]:
    """A laid-out, never-shown chart widget in the light colours (paper is white, and the
    command line has no theme); the caller must ``dispose`` it."""
    with style.printing():
        app = ensure_app()
        widget = pg.GraphicsLayoutWidget()
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.setBackground(style.BACKGROUND)
        widget.resize(width, height)
        plots: ChartPlots | None = None
        if data.is_empty:
            label = widget.ci.addLabel(empty_message(data).replace("\n", "<br>"), size="13pt",
                                       color=style.TEXT_COLOUR)
            text_item = label.item  # centre each line, not only the block
            text_item.setTextWidth(text_item.boundingRect().width())
            text_item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        else:
            plots = ChartPlots(widget.ci)
            plots.fit_panels(width, height)
            plots.draw(data, metric, lower_keys)
        widget.show()
        app.processEvents()
        if plots is not None:
            plots.set_range(None)  # again, now that the plots have their final size
    return widget, plots


@contextmanager
def offscreen_chart(
    data: ChartData, metric: Metric, width: int, height: int,
    lower_keys: Iterable[str] = ACTIVITY_KEYS,
) -> Iterator[pg.GraphicsLayoutWidget]:
    widget, _ = build_offscreen(data, metric, width, height, lower_keys)
    try:
        yield widget
    finally:
        dispose(widget)


def grab_image(widget: pg.GraphicsLayoutWidget) -> QImage:
    """The widget's pixels at 1:1 scale (a detached copy that outlives the widget)."""
    image: QImage = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return image.copy()


def save_widget(widget: pg.GraphicsLayoutWidget, path: str | Path) -> Path:
    """Write PNG or SVG by extension; raises ValueError for any other extension."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot export {target.name}: use a .png or .svg file name")
    with atomic_output(target) as temp:  # 0600, never through a link, never half written
        if suffix == ".png":
            if not grab_image(widget).save(str(temp), "PNG"):  # type: ignore[call-overload]
                raise OSError(f"could not write {target}")
        else:
            write_svg(widget, temp)
    return target


def render_chart_image(
    data: ChartData, metric: Metric | str = Metric.T_SCORE, width: int = 1200, height: int = 800,
    lower_keys: Iterable[str] = ACTIVITY_KEYS,
) -> QImage:
    """The chart as a QImage, e.g. for the PDF report."""
    with offscreen_chart(data, Metric(metric), width, height, lower_keys) as widget:
        return grab_image(widget)


def render_chart(
    data: ChartData, metric: Metric | str, width: int, height: int, path: str | Path,
    lower_keys: Iterable[str] = ACTIVITY_KEYS,
) -> Path:
    """Render the chart offscreen and write it to ``path`` (.png or .svg)."""
    if Path(path).suffix.lower() not in FORMATS:
        raise ValueError(f"cannot export {Path(path).name}: use a .png or .svg file name")
    with offscreen_chart(data, Metric(metric), width, height, lower_keys) as widget:
        return save_widget(widget, path)
