"""``bonetracker chart``: render a patient's chart to PNG or SVG without opening a window.

Qt is imported only inside the handler, so the other sub-commands keep starting fast; the
offscreen widget is closed and deleted before the handler returns (see known-hazards.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from bonetracker.cli.common import add_command, patient_db
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.services.queries.chart_series import ACTIVITY_KEYS, Metric, load_chart_data
from bonetracker.services.validation import FieldReader

SIZE_LIMITS = (200, 8000)
DEFAULT_SIZE = (1200, 800)
FORMATS = (".png", ".svg")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = add_command(subparsers, "chart", common, _chart,
                      "render a patient's chart (scans, bands, trends, activity) to PNG or SVG")
    cmd.add_argument("--patient", required=True, help="name or id")
    cmd.add_argument("--out", required=True, metavar="FILE.png|FILE.svg",
                     help="file to write; the extension picks the format")
    cmd.add_argument("--metric", default=Metric.T_SCORE.value,
                     help="|".join(m.value for m in Metric) + " (default: t_score)")
    cmd.add_argument("--width", default=str(DEFAULT_SIZE[0]), metavar="PX",
                     help=f"image width in pixels, {SIZE_LIMITS[0]}-{SIZE_LIMITS[1]} "
                          f"(default {DEFAULT_SIZE[0]})")
    cmd.add_argument("--height", default=str(DEFAULT_SIZE[1]), metavar="PX",
                     help=f"image height in pixels, {SIZE_LIMITS[0]}-{SIZE_LIMITS[1]} "
                          f"(default {DEFAULT_SIZE[1]})")
    cmd.add_argument("--as-of", metavar="YYYY-MM-DD",
                     help="draw the chart as it stood on this day (default: today)")
    cmd.add_argument("--lower", metavar="SERIES",
                     help="show a measurement in the lower panel instead of the weekly activity: "
                          "measure:KIND (e.g. measure:tug), lab:TEST (e.g. lab:vitamin_d_25oh) or frax")


def _size(errors: list[FieldError], name: str, raw: str) -> int:
    low, high = SIZE_LIMITS
    try:
        value = int(raw)
    except ValueError:
        errors.append(FieldError(name, f"must be a whole number of pixels, {low}-{high}"))
        return 0
    if not low <= value <= high:
        errors.append(FieldError(name, f"must be between {low} and {high} pixels (got {value})"))
    return value


def _check(args: argparse.Namespace) -> tuple[Path, Metric, int, int, dt.date | None]:
    """Every problem with the options at once, as field errors (exit code 2)."""
    reader = FieldReader({"as_of": args.as_of})
    as_of = reader.date("as_of", required=False)
    errors: list[FieldError] = list(reader.errors)
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in FORMATS:
        errors.append(FieldError("out", f"must end in .png or .svg (got {out.name!r})"))
    elif not out.parent.is_dir():
        errors.append(FieldError("out", f"folder {str(out.parent)!r} does not exist"))
    try:
        metric = Metric(args.metric)
    except ValueError:
        errors.append(FieldError("metric", f"must be one of {', '.join(m.value for m in Metric)}"))
        metric = Metric.T_SCORE
    width, height = _size(errors, "width", args.width), _size(errors, "height", args.height)
    if errors:
        raise ValidationError(errors)
    return out, metric, width, height, as_of


def _chart(args: argparse.Namespace) -> int:
    out, metric, width, height, as_of = _check(args)
    with patient_db(args) as (db, patient, pid):
        data = load_chart_data(db, pid, as_of=as_of)
    lower = tuple(ACTIVITY_KEYS)
    if args.lower:
        available = [m.key for m in data.measures]
        if args.lower not in available:
            shown = ", ".join(available) or "none: no tests, labs or FRAX results are recorded"
            raise ValidationError([FieldError("lower", f"must be one of the series recorded for "
                                                       f"{patient.name} ({shown}); got {args.lower!r}")])
        lower += (args.lower,)

    from bonetracker.ui.chart.render import render_chart  # Qt only for this command

    written = render_chart(data, metric, width, height, out, lower)
    if data.is_empty:
        print(f"note: {patient.name} has no DXA scans yet; the image says so.", file=sys.stderr)
    scans = len({d for s in data.sites for d in s.dates})
    print(f"Wrote {written} ({width}x{height}, {metric.value}, {scans} scan visits, "
          f"as of {data.as_of.isoformat()}).")
    return 0
