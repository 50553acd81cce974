"""SVG export with pyqtgraph's SVGExporter, mended for the path data Qt 6.12 writes.

Why not QSvgGenerator directly: Qt's SVG paint engine ignores clipping, so the WHO bands (which
extend to T-scores of +-10 and rely on the plot's clip) spill over the whole page, and hatch
brushes come out as stripes. pyqtgraph's exporter writes clip paths itself, but 0.14 fails on
every plot with Qt 6.12 because QSvgGenerator now ends closed paths with a ``Z`` token that its
coordinate rewrite (``correctCoordinates``) tries to split into ``x,y``. The wrapper below takes
the ``Z`` tokens out before that rewrite and puts them back after, since it maps the remaining
tokens one to one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from pyqtgraph.exporters import SVGExporter

_module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")
_CLOSERS = ("Z", "z")


def _closing_tolerant(original: Callable[..., Any]) -> Callable[..., Any]:
    def correct(node: Any, defs: Any, item: Any, options: Any) -> Any:
        closed: list[tuple[Any, list[int]]] = []
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            where = [i for i, t in enumerate(tokens) if t in _CLOSERS]
            if where:
                path.setAttribute("d", " ".join(t for t in tokens if t not in _CLOSERS))
                closed.append((path, where))
        result = original(node, defs, item, options)
        for path, where in closed:
            tokens = path.getAttribute("d").split()
            for i in where:
                tokens.insert(i, "Z")
            path.setAttribute("d", " ".join(tokens))
        return result

    correct.__wrapped__ = original  # type: ignore[attr-defined]
    return correct


if not hasattr(_module.correctCoordinates, "__wrapped__"):
    _module.correctCoordinates = _closing_tolerant(_module.correctCoordinates)


def write_svg(widget: pg.GraphicsLayoutWidget, target: Path) -> None:
    """Write the whole chart scene as SVG, sized like the widget."""
    SVGExporter(widget.scene()).export(str(target))
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"could not write {target}")
