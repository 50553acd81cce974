"""Cards of the plan pane: where the bones stand, intake against targets, and what to do next.

Each card takes the domain :class:`~bonetracker.domain.plan.Plan` (or a part of it) and only
formats it: every number and judgement comes from ``domain``, so the pane, the report and
``bonetracker plan`` cannot disagree. Texts are plain and selectable, so a clinician can copy a
reason into a letter and user data can never be read as HTML.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from bonetracker.domain.bmd import NORMAL_LOWER, OSTEOPOROSIS_UPPER, Category
from bonetracker.domain.change import (
    Direction,
    SiteChange,
    SiteSummary,
    on_treatment,
    significant_loss_at_latest,
)
from bonetracker.domain.guidance import SCAN_DUE_NOTICE_DAYS, Recommendation
from bonetracker.domain.plan import Plan
from bonetracker.domain.records import SITE_LABELS

GREEN, AMBER, RED, BLUE, GREY, INK = "#2e7d32", "#8a5a00", "#b3261e", "#1f5fa8", "#5b6068", "#22252a"
# (strong colour for text and edge, pale fill) per category; Z-score readings are blue because
# the WHO bands do not apply to them, and "unknown" is grey because there is nothing to judge.
BAND_COLOURS: dict[Category, tuple[str, str]] = {
    Category.NORMAL: (GREEN, "#e9f5ea"),
    Category.LOW_BONE_MASS: (AMBER, "#fff3d4"),
    Category.OSTEOPOROSIS: (RED, "#fdeceb"),
    Category.SEVERE_OSTEOPOROSIS: (RED, "#fdeceb"),
    Category.BELOW_EXPECTED_RANGE_FOR_AGE: (BLUE, "#e8f0fb"),
    Category.WITHIN_EXPECTED_RANGE_FOR_AGE: (BLUE, "#e8f0fb"),
    Category.UNKNOWN: (GREY, "#f1f2f4"),
}
BAR_GREEN, BAR_AMBER, TRACK = "#4a9a5a", "#e0a526", "#e3e6ea"

CARD_STYLE = "QFrame#plan_card { background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px; }"
SMALL_GREY = f"color: {GREY}; font-size: 9pt;"


def signed(value: float, digits: int = 1) -> str:
    """``-2.7`` as ``−2.7`` with a real minus sign, as the Scans page prints scores."""
    return f"{value:+.{digits}f}".replace("-", "−")


class _CellLabel(QLabel):
    """A wrapping table cell that asks for its one-line width, so it wraps only when squeezed.

    A word-wrapping QLabel's own size hint is a guess narrower than its text, so a grid would
    wrap "Lumbar spine (L1-L4)" even with room to spare.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 4
        return QSize(max(hint.width(), one_line), hint.height())


def text_label(text: str = "", style: str = "", *, wrap: bool = True, name: str = "",
               cell: bool = False) -> QLabel:
    """A plain-text, selectable label: user data is never parsed as HTML.

    ``cell`` makes a table cell that keeps one line when there is room (see ``_CellLabel``).
    """
    label = _CellLabel(text) if cell else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


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
    """Style ``frame`` as a white rounded card and return its (new) vertical layout."""
    frame.setObjectName("plan_card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(6)
    return layout


class TScoreScale(QWidget):
    """The WHO bands as a strip with a marker at the person's lowest T-score.

    Band limits come from ``domain.bmd`` so the strip always matches the classification.
    """

    LOW, HIGH = -4.5, 2.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t_score: float | None = None
        self.setMinimumSize(260, 48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(420, 48)

    def set_score(self, t_score: float | None) -> None:
        self.t_score = t_score
        self.setToolTip("" if t_score is None else f"Lowest T-score {signed(t_score)} on the WHO bands")
        self.update()

    def _x(self, t: float, bar: QRectF) -> float:
        t = min(max(t, self.LOW), self.HIGH)
        return bar.left() + (t - self.LOW) / (self.HIGH - self.LOW) * bar.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(6, 12, self.width() - 12, 18)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        p.setFont(small)
        bands = ((self.LOW, OSTEOPOROSIS_UPPER, Category.OSTEOPOROSIS, "Osteoporosis"),
                 (OSTEOPOROSIS_UPPER, NORMAL_LOWER, Category.LOW_BONE_MASS, "Low bone mass"),
                 (NORMAL_LOWER, self.HIGH, Category.NORMAL, "Normal"))
        for low, high, category, name in bands:
            strong, pale = BAND_COLOURS[category]
            rect = QRectF(QPointF(self._x(low, bar), bar.top()), QPointF(self._x(high, bar), bar.bottom()))
            p.fillRect(rect, QColor(pale).darker(106))
            p.setPen(QColor(strong))
            align = Qt.AlignmentFlag.AlignHCenter
            if self.t_score is not None:
                # Keep the band name clear of the marker: move it to the roomier side.
                x, half = self._x(self.t_score, bar), p.fontMetrics().horizontalAdvance(name) / 2 + 8
                if abs(x - rect.center().x()) < half:
                    roomy_left = x - rect.left() > rect.right() - x
                    align = Qt.AlignmentFlag.AlignLeft if roomy_left else Qt.AlignmentFlag.AlignRight
            p.drawText(rect.adjusted(4, 0, -4, 0), align | Qt.AlignmentFlag.AlignVCenter, name)
        p.setPen(QColor(GREY))
        for limit in (OSTEOPOROSIS_UPPER, NORMAL_LOWER):
            x = self._x(limit, bar)
            p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom() + 3))
            p.drawText(QRectF(x - 30, bar.bottom() + 3, 60, 14), Qt.AlignmentFlag.AlignCenter, signed(limit))
        if self.t_score is not None:
            x = self._x(self.t_score, bar)
            p.setPen(QPen(QColor(INK), 2))
            p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            p.setBrush(QColor(INK))
            p.drawPolygon(QPolygonF([QPointF(x - 6, 1), QPointF(x + 6, 1), QPointF(x, bar.top() - 1)]))
        p.end()


def _change_text(ch: SiteChange | None) -> str:
    if ch is None:
        return "—"
    return f"{signed(ch.bmd_delta, 3)} g/cm² ({signed(ch.percent)} %)"


SIGNIFICANCE: dict[Direction, tuple[str, str]] = {
    Direction.LOSS: ("significant loss", RED),
    Direction.GAIN: ("significant gain", GREEN),
}


def significance(s: SiteSummary) -> tuple[str, str]:
    """(text, colour) saying whether the change since the previous scan is real (beyond the LSC)."""
    ch = s.change_from_previous
    if ch is None:
        return "first scan at this site", GREY
    text, colour = SIGNIFICANCE.get(ch.direction, ("no significant change", GREY))
    first = s.change_from_first
    # Slow loss can stay under the LSC between two visits yet add up since the first scan.
    if ch.direction is Direction.STABLE and first is not None and first.direction is not Direction.STABLE:
        text += f" (since {first.from_date.isoformat()}: significant {first.direction})"
        colour = RED if first.direction is Direction.LOSS else GREEN
    if ch.device_changed:
        text += " · different scanner, compare with care"
    return text, colour


class SiteTable(QWidget):
    """Latest value per site and its change since the previous scan, with significance.

    The header and the rows' labels are reused on refresh (only their texts change); rows are
    created or deleted only when the number of sites changes.
    """

    HEADERS = ("Site", "Scan", "BMD (g/cm²)", "T-score", "Change since previous", "Significance")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        # Spare width goes to an empty last column, so cells keep their natural width and only
        # wrap when the pane is really narrow.
        self.grid.setColumnStretch(len(self.HEADERS), 1)
        for col, header in enumerate(self.HEADERS):
            self.grid.addWidget(text_label(header, SMALL_GREY + " font-weight: 600;", cell=True), 0, col)
        self.rows: list[list[QLabel]] = []

    def _resize_rows(self, count: int) -> None:
        while len(self.rows) > count:
            for cell in self.rows.pop():
                self.grid.removeWidget(cell)
                cell.hide()
                cell.deleteLater()
        while len(self.rows) < count:
            row = len(self.rows) + 1
            # Site and T-score may wrap; dates and numbers never break; significance wraps.
            cells = [text_label(wrap=col in (0, 3, 5), cell=True) for col in range(6)]
            for col, cell in enumerate(cells):
                self.grid.addWidget(cell, row, col)
            self.rows.append(cells)

    def set_sites(self, sites: Sequence[SiteSummary]) -> None:
        self.setVisible(bool(sites))
        self._resize_rows(len(sites))
        for s, labels in zip(sites, self.rows, strict=True):
            t = "—" if s.latest.t_score is None else signed(s.latest.t_score)
            if s.latest.t_score_computed:
                t += " (computed)"
            measured = s.latest.scan.measurement(s.site)
            if measured is not None and measured.z_score is not None:
                t += f" · Z {signed(measured.z_score)}"
            bmd = "—" if s.latest.bmd is None else f"{s.latest.bmd:.3f}"
            sig, colour = significance(s)
            ch = s.change_from_previous
            cells = (SITE_LABELS[s.site], s.latest.date.isoformat(), bmd, t, _change_text(ch), sig)
            for label, text in zip(labels, cells, strict=True):
                set_text(label, text)
            span = "" if ch is None else f"From {ch.from_date.isoformat()} to {ch.to_date.isoformat()}"
            set_tooltip(labels[4], span)
            weight = "400" if colour == GREY else "600"
            set_style(labels[5], f"color: {colour}; font-weight: {weight};")
            set_tooltip(labels[5], "" if ch is None else f"Least significant change: {ch.lsc:.3f} g/cm²")


class TargetBar(QWidget):
    """A small horizontal bar: amount against a target tick, with an optional upper-limit tick.

    Green at or above target, amber below it, red above the upper limit. A missing amount draws
    an empty track: the row's text says "not logged" so a gap never reads as zero.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: float | None = None
        self.target: float | None = None
        self.upper: float | None = None
        self.setMinimumSize(120, 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, 16)

    def set_values(self, value: float | None, target: float | None, upper: float | None = None) -> None:
        self.value, self.target, self.upper = value, target, upper
        self.update()

    def colour(self) -> str:
        if self.upper is not None and self.value is not None and self.value > self.upper:
            return RED
        if self.target is None or (self.value is not None and self.value >= self.target):
            return BAR_GREEN
        return BAR_AMBER

    def _scale(self) -> float:
        ends = [self.target * 1.25 if self.target else 0.0, self.value or 0.0,
                self.upper * 1.05 if self.upper else 0.0]
        return max(*ends, 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, 3, self.width() - 2, self.height() - 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(TRACK))
        p.drawRoundedRect(bar, 3, 3)
        scale = self._scale()
        if self.value:
            p.setBrush(QColor(self.colour()))
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * min(self.value / scale, 1.0),
                                     bar.height()), 3, 3)
        for mark, colour, style in ((self.target, INK, Qt.PenStyle.SolidLine),
                                    (self.upper, RED, Qt.PenStyle.DashLine)):
            if mark:
                x = bar.left() + bar.width() * mark / scale
                p.setPen(QPen(QColor(colour), 2, style))
                p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()


class RecommendationCard(QFrame):
    """One recommendation: title, detail, why (the person's own data) and where it comes from.

    A card stands for one recommendation id; :meth:`set_rec` shows a new version of it (another
    person's numbers, a new priority) in place, so a refresh does not rebuild the card.
    """

    PRIORITY_COLOURS: ClassVar[dict[int, str]] = {1: RED, 2: BAR_AMBER, 3: "#9aa0a8"}

    def __init__(self, rec: Recommendation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rec = rec
        self.setObjectName(f"rec_{rec.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        self.title = text_label(style=f"font-size: 11pt; font-weight: 600; color: {INK};")
        self.category = text_label(style=SMALL_GREY + " letter-spacing: 1px;")
        self.detail = text_label(style=f"color: {INK};")
        self.reason = text_label(style=f"color: {INK}; font-style: italic;", name="reason")
        self.source = text_label(style=SMALL_GREY, name="source")
        for widget in (self.category, self.title, self.detail, self.reason, self.source):
            layout.addWidget(widget)
        self.set_rec(rec)

    def set_rec(self, rec: Recommendation) -> None:
        """Show ``rec`` (same id) in this card, touching only what changed."""
        self.rec = rec
        edge = self.PRIORITY_COLOURS.get(rec.priority, GREY)
        set_style(self, f"QFrame#rec_{rec.id} {{ background: #ffffff; border: 1px solid #d9dde3;"
                        f" border-left: 4px solid {edge}; border-radius: 4px; }}")
        set_text(self.title, rec.title)
        set_text(self.category, str(rec.category).upper())
        set_text(self.detail, rec.detail)
        set_text(self.reason, f"Why: {rec.reason}")
        set_text(self.source, f"Source: {rec.source}")


GROUPS: tuple[tuple[int, str], ...] = ((1, "Do first"), (2, "This week"), (3, "Keep in mind"))


def _group(rec: Recommendation) -> int:
    return min(max(rec.priority, 1), 3)


def _keys(recs: Sequence[Recommendation]) -> list[tuple[str, int]]:
    """A key per recommendation: its id, and the occurrence should an id ever repeat."""
    seen: dict[str, int] = {}
    keys = []
    for rec in recs:
        seen[rec.id] = seen.get(rec.id, -1) + 1
        keys.append((rec.id, seen[rec.id]))
    return keys


class RecommendationList(QWidget):
    """Recommendations grouped by priority.

    Cards are keyed by recommendation id: when the list changes (another patient, a new entry) a
    card whose id is still there is updated in place and moved to its new position, cards are
    created only for new ids and deleted for ids that are gone. Creating and laying out a card of
    word-wrapped labels is what made every patient switch slow.

    Attributes:
        cards: the cards in the order shown (group by group).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: tuple[Recommendation, ...] | None = None
        self.cards: list[RecommendationCard] = []
        self._by_key: dict[tuple[str, int], RecommendationCard] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.headings: dict[int, QLabel] = {}
        self.boxes: dict[int, QVBoxLayout] = {}
        for priority, title in GROUPS:
            heading = text_label(title, f"font-size: 12pt; font-weight: 600; color: {INK};")
            box = QVBoxLayout()
            box.setSpacing(6)
            outer.addWidget(heading)
            outer.addLayout(box)
            self.headings[priority], self.boxes[priority] = heading, box
        self.nothing = text_label("Nothing to act on right now. Keep logging so the plan stays current.",
                                  f"color: {GREY};")
        outer.addWidget(self.nothing)

    def set_recommendations(self, recs: Sequence[Recommendation]) -> None:
        recs = tuple(recs)
        if recs == self.shown:
            return  # a refresh that changed nothing keeps the cards (and any text selection)
        self.shown = recs
        keys = _keys(recs)
        with updates_paused(self), self._showing_new_cards_at_once(len(set(keys) - set(self._by_key))):
            self._remove_cards(set(self._by_key) - set(keys))
            self.cards = []
            slots = dict.fromkeys(self.boxes, 0)
            for key, rec in zip(keys, recs, strict=True):
                card = self._by_key.get(key)
                new = card is None
                if card is None:
                    card = self._by_key[key] = RecommendationCard(rec)
                else:
                    card.set_rec(rec)
                self._place(card, _group(rec), slots[_group(rec)])
                if new:
                    # Qt would show a card added to a shown list only on a later turn of the
                    # event loop, after the window may have been painted without it.
                    card.show()
                slots[_group(rec)] += 1
                self.cards.append(card)
            for priority, title in GROUPS:
                set_text(self.headings[priority], f"{title} ({slots[priority]})")
                self.headings[priority].setVisible(bool(slots[priority]))
            self.nothing.setVisible(not recs)

    @contextmanager
    def _showing_new_cards_at_once(self, new: int) -> Iterator[None]:
        """Lay the pane out once for all new cards, not once per card.

        Qt shows a widget added to a shown parent on its own, and each such show lays out the
        whole pane again (~10 ms with the heavy patient's cards). Hiding the list while cards are
        added and showing it again shows them all in one pass. Not done while a label of the list
        has the focus (a clicked, selectable text), which hiding would move elsewhere.
        """
        focus = QApplication.focusWidget()
        batch = new > 1 and self.isVisible() and not (focus is not None and self.isAncestorOf(focus))
        if batch:
            self.hide()
        try:
            yield
        finally:
            if batch:
                self.show()

    def _remove_cards(self, keys: set[tuple[str, int]]) -> None:
        """Take the cards of ``keys`` out at once: hidden now, deleted by the event loop."""
        for key in keys:
            card = self._by_key.pop(key)
            for box in self.boxes.values():
                box.removeWidget(card)
            card.hide()
            card.deleteLater()

    def _place(self, card: RecommendationCard, priority: int, index: int) -> None:
        """Put ``card`` at ``index`` of its group's box, moving it only if it is elsewhere."""
        box = self.boxes[priority]
        if box.indexOf(card) == index:
            return
        for other in self.boxes.values():
            if other.indexOf(card) >= 0:
                other.removeWidget(card)
        box.insertWidget(index, card)


def humanize_days(days: int) -> str:
    """A rough span a person reads at a glance ("3 months"), not a countdown."""
    days = abs(days)
    if days < 60:
        return f"{days} day" + ("" if days == 1 else "s")
    months = round(days / 30.44)
    if months < 18:
        return f"{months} months"
    return f"{days / 365.25:.1f} years"


def next_scan_text(plan: Plan) -> tuple[str, str]:
    """The next-scan line and its colour: red when overdue, amber within three months."""
    due, as_of = plan.next_scan_due, plan.as_of
    scans = [s.date for s in plan.record.scans]
    if due is None or not scans:
        return "Next DXA scan: no scan on record yet.", GREY
    latest = max(scans)
    if on_treatment(plan.record.medications, as_of):
        why = "1 year after the last scan, because you are on treatment"
    elif significant_loss_at_latest(plan.sites, latest):
        why = "1 year after the last scan, because it showed significant loss"
    else:
        why = "the routine 2 years after the last scan"
    days = (due - as_of).days
    if days == 0:
        return f"Next DXA scan is due today ({why}). Ask your doctor about booking it.", RED
    if days < 0:
        return (f"Next DXA scan was due on {due.isoformat()} ({why}): overdue by "
                f"{humanize_days(days)}. Ask your doctor about booking it."), RED
    colour = AMBER if days <= SCAN_DUE_NOTICE_DAYS else INK
    return f"Next DXA scan due on {due.isoformat()}, in {humanize_days(days)} ({why}).", colour
