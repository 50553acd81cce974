"""WCAG 2.1 contrast of every text/background pair the style sheets and the chart use, in
each theme: 4.5:1 for text, 3:1 for large text and for chart lines and marks against the plot.

The ratio is WCAG 2.1's: (L1 + 0.05) / (L2 + 0.05) of the relative luminances
L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels.
"""

from __future__ import annotations

import re

import pytest

from bonetracker.domain.bmd import Category
from bonetracker.ui.chart import style as chart_style
from bonetracker.ui.shell.appearance import application_stylesheet
from bonetracker.ui.widgets.theme import THEMES, Palette

TEXT, LARGE, GRAPHIC = 4.5, 3.0, 3.0


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    h = colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(rgba: tuple[int, int, int, int], background: str) -> str:
    """A translucent fill as it shows over ``background``."""
    *rgb, alpha = rgba
    bg = [int(background.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c * alpha / 255 + b * (1 - alpha / 255)) for c, b in zip(rgb, bg, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def test_the_formula_gives_wcags_known_ratios() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey


COLOUR = re.compile(r"(?<![\w-])color:\s*(#[0-9a-fA-F]{6})")
BACKGROUND = re.compile(r"(?<![\w-])background(?:-color)?:\s*(#[0-9a-fA-F]{6})")
SIZE = re.compile(r"font-size:\s*([\d.]+)pt")


def stylesheet_pairs(p: Palette) -> list[tuple[str, str, str, float]]:
    """(rule, text colour, background, required ratio) for every rule of the application style
    sheet that sets a colour: a rule without a background of its own sits on the window, on an
    input or table (base) and on an alternate row."""
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", application_stylesheet(p, 1.0)):
        colour, background = COLOUR.search(body), BACKGROUND.search(body)
        size = SIZE.search(body)
        large = size is not None and (float(size.group(1)) >= 18
                                      or (float(size.group(1)) >= 14 and ("bold" in body or "700" in body)))
        if "disabled" in selector:
            continue  # WCAG exempts inactive controls
        text = colour.group(1) if colour else p.ink
        if colour is None and background is None:
            continue
        grounds = [background.group(1)] if background else [p.window, p.base, p.alternate]
        pairs += [(selector.strip(), text, ground, LARGE if large else TEXT) for ground in grounds]
    return pairs


@pytest.mark.parametrize("name", list(THEMES))
def test_every_style_sheet_colour_reads_on_its_background(name: str) -> None:
    p = THEMES[name]
    pairs = stylesheet_pairs(p)
    assert len(pairs) > 40  # the roles, the plan's looks and tones, the cards
    low = [(rule, fg, bg, round(contrast(fg, bg), 2)) for rule, fg, bg, need in pairs
           if contrast(fg, bg) < need]
    assert not low


@pytest.mark.parametrize("name", list(THEMES))
def test_palette_text_reads_on_every_surface_and_status_on_its_fill(name: str) -> None:
    p = THEMES[name]
    grounds = (p.window, p.base, p.alternate, p.button)
    low = [(tone, ground) for tone in ("ink", "grey", "green", "amber", "red", "blue")
           for ground in grounds if contrast(getattr(p, tone), ground) < TEXT]
    # A status is written in its strong colour on its own pale fill (plan card, error field).
    low += [(tone, f"pale_{tone}") for tone in ("green", "amber", "red", "blue", "grey")
            if contrast(getattr(p, tone), getattr(p, f"pale_{tone}")) < TEXT]
    low += [("selected_text", "focus")] * (contrast(p.selected_text, p.focus) < TEXT)
    # Graphics that carry meaning: field edges, focus outline, intake bars (WCAG 1.4.11).
    low += [(g, "base") for g in ("border", "focus", "bar_green", "bar_amber")
            if contrast(getattr(p, g), p.base) < GRAPHIC]
    assert not low


@pytest.mark.parametrize("name", list(THEMES))
def test_chart_text_and_lines_stand_out_from_the_plot(name: str) -> None:
    chart_style.use_theme(name)
    try:
        s = chart_style
        bg = s.BACKGROUND
        texts = {"text": s.TEXT_COLOUR, "treatment names": s.MEDICATION_TEXT}
        low = [(k, c) for k, c in texts.items() if contrast(c, bg) < TEXT]
        lines = {"axis": s.AXIS_COLOUR, "target": s.TARGET_COLOUR, "projection": s.PROJECTION_COLOUR,
                 "fracture": s.FRACTURE_COLOUR, "fall": s.FALL_COLOUR, "caution": s.CAUTION_COLOUR,
                 "dose taken": s.DOSE_TAKEN_COLOUR, "dose missed": s.DOSE_MISSED_COLOUR,
                 **{f"site {k.value}": c for k, c in s.SITE_COLOURS.items()},
                 **{f"activity {k}": c for k, c in s.ACTIVITY_COLOURS.items()},
                 **{f"measure {i}": c for i, c in enumerate(s.MEASURE_LINE_COLOURS)},
                 **{f"threshold {i}": c for i, c in enumerate(s.THRESHOLD_COLOURS)}}
        low += [(k, c) for k, c in lines.items() if contrast(c, bg) < GRAPHIC]
        # Band names are written inside their band: text on the band's fill over the plot.
        for category in (Category.NORMAL, Category.LOW_BONE_MASS, Category.OSTEOPOROSIS):
            fill = over(s.BAND_FILLS[category], bg)
            if contrast(s.BAND_TEXT[category], fill) < TEXT:
                low.append((f"band {category.value}", s.BAND_TEXT[category]))
            # A treatment's name over its wash, inside a band.
            for wash in s.MEDICATION_COLOURS.values():
                if contrast(s.MEDICATION_TEXT, over(wash, fill)) < TEXT:
                    low.append(("treatment over band", category.value))
        assert not low
    finally:
        chart_style.use_theme("light")


def test_every_theme_gives_every_colour_its_own_variant() -> None:
    """The dark and high-contrast themes are not the light one with a few colours changed."""
    light = THEMES["light"]
    for name in ("dark", "high_contrast"):
        p = THEMES[name]
        assert p.window != light.window and p.ink != light.ink
        assert all(getattr(p, t) != getattr(light, t) for t in ("green", "amber", "red", "blue", "grey"))
        chart = chart_style.CHART_THEMES[name]
        assert set(chart) == set(chart_style.CHART_THEMES["light"])
        assert chart["SITE_COLOURS"] != chart_style.CHART_THEMES["light"]["SITE_COLOURS"]
