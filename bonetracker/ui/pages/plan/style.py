"""The plan pane's colours and label helpers, shared by the pane, its widgets and its cards.

A module of its own so that :mod:`~bonetracker.ui.pages.plan.widgets` (status and target widgets),
:mod:`~bonetracker.ui.pages.plan.recommendations` (recommendation cards) and the pane itself draw with
one palette and one kind of label. Texts are plain and selectable, so a clinician can copy a
reason into a letter and user data can never be read as HTML; the ``set_*`` helpers change a
widget only when the value differs, which keeps a plan refresh from re-laying out the pane.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bonetracker.domain import formatting
from bonetracker.domain.bmd import Category
from bonetracker.ui.widgets.theme import (
    AMBER,
    BLUE,
    CATEGORY_COLOURS,
    GREEN,
    GREY,
    INK,
    LIGHT,
    RED,
    Palette,
    set_style_properties,
    shade,
)

# (strong colour for text and edge, pale fill) per category; Z-score readings are blue because
# the WHO bands do not apply to them, and "unknown" is grey because there is nothing to judge.
# These are the light theme's colours, used as tokens: painting asks ``theme.shade`` for the
# variant of the theme in use, and the style sheet rules are built per palette.
PALE_FILLS: dict[str, str] = {GREEN: LIGHT.pale_green, AMBER: LIGHT.pale_amber, RED: LIGHT.pale_red,
                              BLUE: LIGHT.pale_blue, GREY: LIGHT.pale_grey}
BAND_COLOURS: dict[Category, tuple[str, str]] = {
    category: (colour, PALE_FILLS[colour]) for category, colour in CATEGORY_COLOURS.items()
}
BAR_GREEN, BAR_AMBER, TRACK = LIGHT.bar_green, LIGHT.bar_amber, LIGHT.track

PRIORITY_EDGES: dict[int, str] = {1: RED, 2: BAR_AMBER, 3: LIGHT.border}
"""The left edge of a recommendation card, by priority (1 do first ... 3 keep in mind)."""


def looks(p: Palette) -> dict[str, str]:
    """How the plan's labels look, by name, in ``p``'s colours.

    A label says which look (and which tone, overriding the look's colour) it has in the dynamic
    properties "look" and "tone"; the rules are part of the application style sheet
    (:func:`plan_stylesheet`). Not a style sheet per label: Qt polishes a widget with a style
    sheet of its own through a cascade of its own, and the plan pane's ~90 labels cost ~35 ms
    that way at every start.
    """
    return {
        "body": f"color: {p.ink};",
        "reason": f"color: {p.ink}; font-style: italic;",
        "hint": f"color: {p.grey};",
        "muted": f"color: {p.grey}; font-style: italic;",
        "small": f"color: {p.grey}; font-size: 9pt;",
        "small_bold": f"color: {p.grey}; font-size: 9pt; font-weight: 600;",
        "small_spaced": f"color: {p.grey}; font-size: 9pt; letter-spacing: 1px;",
        "heading": f"font-size: 12pt; font-weight: 600; color: {p.ink};",
        "card_title": f"font-size: 11pt; font-weight: 600; color: {p.ink};",
        "section": f"font-size: 14pt; font-weight: 700; color: {p.ink};",
        "empty": f"font-size: 14pt; color: {p.grey};",
        "notice": f"color: {p.amber}; font-weight: 600;",
        "category": "font-size: 20pt; font-weight: 700;",
        "score": f"font-size: 12pt; color: {p.ink};",
        "next_scan": "font-size: 11pt;",
        "overdue": (f"font-size: 11pt; background: {p.pale_red}; border: 1px solid {p.red};"
                    " border-radius: 4px; padding: 6px 8px;"),
        "strong": "font-weight: 600;",
    }


LOOKS = looks(LIGHT)
TONES: dict[str, str] = {"ink": INK, "grey": GREY, "green": GREEN, "amber": AMBER, "red": RED,
                         "blue": BLUE}
TONE_OF = {colour: name for name, colour in TONES.items()}


def plan_stylesheet(p: Palette = LIGHT) -> str:
    """The rules behind :func:`looks` and :data:`TONES` (tones come last, so a tone's colour
    wins over its look's) and behind the cards (:func:`set_card`), for the application style
    sheet, in ``p``'s colours."""
    rules = [f'QLabel[look="{name}"] {{ {css} }}' for name, css in looks(p).items()]
    rules += [f'QLabel[tone="{name}"] {{ color: {shade(colour, p)}; }}' for name, colour in TONES.items()]
    card = f"background: {p.base}; border: 1px solid {p.border};"
    rules.append(f'QFrame[card="plain"] {{ {card} border-radius: 6px; }}')
    for priority, edge in PRIORITY_EDGES.items():
        rules.append(f'QFrame[card="rec"][edge="{priority}"] {{ {card} border-left: 4px solid '
                     f"{shade(edge, p)}; border-radius: 4px; }}")
    for strong, pale in dict(BAND_COLOURS.values()).items():
        s, f = shade(strong, p), shade(pale, p)
        rules.append(f'QFrame[card="status"][edge="{TONE_OF[strong]}"] {{ background: {f}; '
                     f"border: 1px solid {s}; border-left: 6px solid {s}; border-radius: 6px; }}")
    return "\n".join(rules) + "\n"


def set_card(frame: QFrame, card: str, edge: str = "") -> None:
    """Draw ``frame`` as a card (rules in :func:`plan_stylesheet`): ``plain``, ``rec`` with the
    edge of a priority (``"1"``..``"3"``), or ``status`` with the edge of a tone; re-styled only
    when that changes."""
    set_style_properties(frame, card=card, edge=edge or None)


signed = formatting.signed  # ``-2.7`` as ``−2.7`` with a real minus sign, as the Scans page prints


class _CellLabel(QLabel):
    """A wrapping table cell that asks for its one-line width, so it wraps only when squeezed.

    A word-wrapping QLabel's own size hint is a guess narrower than its text, so a grid would
    wrap "Lumbar spine (L1-L4)" even with room to spare.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 4
        return QSize(max(hint.width(), one_line), hint.height())


def text_label(text: str = "", look: str = "", *, wrap: bool = True, name: str = "",
               cell: bool = False) -> QLabel:
    """A plain-text, selectable label: user data is never parsed as HTML.

    ``look`` names one of :data:`LOOKS`. ``cell`` makes a table cell that keeps one line when
    there is room (see ``_CellLabel``).
    """
    label = _CellLabel(text) if cell else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if look:
        set_look(label, look)
    if name:
        label.setObjectName(name)
    return label


def set_look(label: QLabel, look: str, tone: str = "") -> None:
    """Give ``label`` a look from :data:`LOOKS` and optionally a tone from :data:`TONES` (a
    colour name or value), re-styling it only when they change."""
    if look not in LOOKS:
        raise KeyError(f"no look {look!r}")
    tone = TONE_OF.get(tone, tone)
    if tone and tone not in TONES:
        raise KeyError(f"no tone {tone!r}")
    set_style_properties(label, look=look, tone=tone or None)


def set_text(label: QLabel, text: str) -> None:
    """Change ``label``'s text only when it differs: an unchanged label keeps its layout and selection."""
    if label.text() != text:
        label.setText(text)


def set_style(widget: QWidget, style: str) -> None:
    """Set ``widget``'s style sheet only when it differs.

    Setting a style sheet, even the same one, re-polishes the widget and all its children, which
    is what made every plan refresh re-style the whole status card.
    """
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def set_tooltip(widget: QWidget, tip: str) -> None:
    if widget.toolTip() != tip:
        widget.setToolTip(tip)


@contextmanager
def updates_paused(widget: QWidget) -> Iterator[None]:
    """Hold ``widget``'s repaints while it changes; it repaints once at the end.

    Only a widget whose updates are on is paused and resumed: pausing one that is already off
    (say inside a paused parent) would force it off for good, as Qt then keeps it off when the
    parent resumes.
    """
    paused = widget.updatesEnabled()
    if paused:
        widget.setUpdatesEnabled(False)
    try:
        yield
    finally:
        if paused:
            widget.setUpdatesEnabled(True)


def card_layout(frame: QFrame) -> QVBoxLayout:
    """Style ``frame`` as a rounded card and return its (new) vertical layout."""
    frame.setObjectName("plan_card")
    set_card(frame, "plain")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(6)
    return layout
