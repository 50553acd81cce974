"""Widgets of the plan pane's status and targets: where the bones stand and intake against targets.

Each widget takes a part of the domain :class:`~bonetracker.domain.plan.Plan` and only formats
it: every number and judgement comes from ``domain``, so the pane, the report and
``bonetracker plan`` cannot disagree. The colours and label helpers they share with the
recommendation cards are in :mod:`~bonetracker.ui.pages.plan.style`; the cards themselves are in
:mod:`~bonetracker.ui.pages.plan.recommendations`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from bonetracker.domain.bmd import NORMAL_LOWER, OSTEOPOROSIS_UPPER, Category
from bonetracker.domain.change import Direction, ScanInterval, SiteChange, SiteSummary
from bonetracker.domain.guidance import SCAN_DUE_NOTICE_DAYS
from bonetracker.domain.i18n import format_date
from bonetracker.domain.plan import Plan
from bonetracker.domain.records import site_label

# Kept importable here: docs/performance.md names it ``plan_widgets.RecommendationList``.
from bonetracker.ui.pages.plan.recommendations import RecommendationList as RecommendationList
from bonetracker.ui.pages.plan.style import (
    BAND_COLOURS,
    BAR_AMBER,
    BAR_GREEN,
    TRACK,
    set_look,
    set_text,
    set_tooltip,
    signed,
    text_label,
)
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import AMBER, GREEN, GREY, INK, RED, shade


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
        self.setToolTip("" if t_score is None else self.tr("Lowest T-score {signed} on the WHO bands").format(
                signed=signed(t_score)))
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
        bands = ((self.LOW, OSTEOPOROSIS_UPPER, Category.OSTEOPOROSIS, translate("plan", "Osteoporosis")),
                 (OSTEOPOROSIS_UPPER, NORMAL_LOWER, Category.LOW_BONE_MASS, translate("plan",
                                                                                      "Low bone mass")),
                 (NORMAL_LOWER, self.HIGH, Category.NORMAL, translate("plan", "Normal")))
        for low, high, category, name in bands:
            strong, pale = BAND_COLOURS[category]
            rect = QRectF(QPointF(self._x(low, bar), bar.top()), QPointF(self._x(high, bar), bar.bottom()))
            p.fillRect(rect, QColor(shade(pale)).darker(106))
            p.setPen(QColor(shade(strong)))
            align = Qt.AlignmentFlag.AlignHCenter
            if self.t_score is not None:
                # Keep the band name clear of the marker: move it to the roomier side.
                x, half = self._x(self.t_score, bar), p.fontMetrics().horizontalAdvance(name) / 2 + 8
                if abs(x - rect.center().x()) < half:
                    roomy_left = x - rect.left() > rect.right() - x
                    align = Qt.AlignmentFlag.AlignLeft if roomy_left else Qt.AlignmentFlag.AlignRight
            p.drawText(rect.adjusted(4, 0, -4, 0), align | Qt.AlignmentFlag.AlignVCenter, name)
        p.setPen(QColor(shade(GREY)))
        for limit in (OSTEOPOROSIS_UPPER, NORMAL_LOWER):
            x = self._x(limit, bar)
            p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom() + 3))
            p.drawText(QRectF(x - 30, bar.bottom() + 3, 60, 14), Qt.AlignmentFlag.AlignCenter, signed(limit))
        if self.t_score is not None:
            x = self._x(self.t_score, bar)
            p.setPen(QPen(QColor(shade(INK)), 2))
            p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            p.setBrush(QColor(shade(INK)))
            p.drawPolygon(QPolygonF([QPointF(x - 6, 1), QPointF(x + 6, 1), QPointF(x, bar.top() - 1)]))
        p.end()


def _change_text(ch: SiteChange | None) -> str:
    if ch is None:
        return "—"
    return f"{signed(ch.bmd_delta, 3)} g/cm² ({signed(ch.percent)} %)"


SIGNIFICANCE: dict[Direction, tuple[str, str]] = {  # translated where shown
    Direction.LOSS: (QT_TRANSLATE_NOOP("plan", "significant loss"), RED),
    Direction.GAIN: (QT_TRANSLATE_NOOP("plan", "significant gain"), GREEN),
}


def significance(s: SiteSummary) -> tuple[str, str]:
    """(text, colour) saying whether the change since the previous scan is real (beyond the LSC)."""
    ch = s.change_from_previous
    if ch is None:
        return translate("plan", "first scan at this site"), GREY
    text, colour = SIGNIFICANCE.get(ch.direction, (QT_TRANSLATE_NOOP("plan", "no significant change"), GREY))
    text = translate("plan", text)
    first = s.change_from_first
    # Slow loss can stay under the LSC between two visits yet add up since the first scan.
    if ch.direction is Direction.STABLE and first is not None and first.direction is not Direction.STABLE:
        # Said plainly, and not in the colour of a fresh change: only a slow loss stays red.
        text = (translate("plan", "no significant change since {previous}; a significant loss since {first}")
                if first.direction is Direction.LOSS else
                translate("plan", "no significant change since {previous}; a significant gain since {first}")
                ).format(previous=format_date(ch.from_date), first=format_date(first.from_date))
        colour = RED if first.direction is Direction.LOSS else GREY
    if ch.not_comparable_reason:
        return translate("plan", "not comparable: {reason}").format(reason=ch.not_comparable_reason), GREY
    if s.not_comparable:
        text += " " + translate("plan", "(against {date}; the scan before is not comparable)").format(
            date=format_date(ch.from_date))
    return text, colour


class SiteTable(QWidget):
    """Latest value per site and its change since the previous scan, with significance.

    The header and the rows' labels are reused on refresh (only their texts change); rows are
    created or deleted only when the number of sites changes.
    """

    HEADERS = (QT_TRANSLATE_NOOP("plan", "Site"), QT_TRANSLATE_NOOP("plan", "Scan"),
               QT_TRANSLATE_NOOP("plan", "BMD g/cm²"), QT_TRANSLATE_NOOP("plan", "T-score"),
               QT_TRANSLATE_NOOP("plan", "Change"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        # Laid out by content: site, date, numbers and change keep one line where there is room;
        # each site's significance has a line of its own under its values, across the table, so
        # it never squeezes the other cells (issue 15) nor widens the pane.
        self.grid.setColumnStretch(len(self.HEADERS), 1)
        for col, header in enumerate(self.HEADERS):
            self.grid.addWidget(text_label(translate("plan", header), "small_bold", wrap=False, cell=True),
                                0, col)
        self.rows: list[list[QLabel]] = []

    def _resize_rows(self, count: int) -> None:
        while len(self.rows) > count:
            for cell in self.rows.pop():
                self.grid.removeWidget(cell)
                cell.hide()
                cell.deleteLater()
        while len(self.rows) < count:
            row = 2 * len(self.rows) + 1
            # The site name, the change and the significance (on the next grid row, across every
            # column) wrap on a narrow pane or in a wordier language.
            cells = [text_label(wrap=col in (0, 4, 5), cell=True) for col in range(6)]
            for col, cell in enumerate(cells[:5]):
                self.grid.addWidget(cell, row, col)
            self.grid.addWidget(cells[5], row + 1, 0, 1, len(self.HEADERS) + 1)
            self.rows.append(cells)

    def set_sites(self, sites: Sequence[SiteSummary]) -> None:
        self.setVisible(bool(sites))
        self._resize_rows(len(sites))
        for s, labels in zip(sites, self.rows, strict=True):
            t = "—" if s.latest.t_score is None else signed(s.latest.t_score)
            if s.latest.t_score_computed:
                t += " " + translate("plan", "(computed)")
            measured = s.latest.scan.measurement(s.site)
            if measured is not None and measured.z_score is not None:
                t += f" · Z {signed(measured.z_score)}"
            bmd = "—" if s.latest.bmd is None else f"{s.latest.bmd:.3f}"
            sig, colour = significance(s)
            ch = s.change_from_previous
            cells = (site_label(s.site, s.latest.scan.vertebrae), format_date(s.latest.date), bmd, t,
                     _change_text(ch), sig)
            for label, text in zip(labels, cells, strict=True):
                set_text(label, text)
            span = "" if ch is None else translate("plan", "From {first} to {last}").format(
                first=format_date(ch.from_date), last=format_date(ch.to_date))
            set_tooltip(labels[4], span)
            set_look(labels[5], "body" if colour == GREY else "strong", colour)
            set_tooltip(labels[5], "" if ch is None else translate("plan",
                                                                   "Least significant change: {lsc} g/cm²")
                        .format(lsc=f"{ch.lsc:.3f}"))


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

    @property
    def shows_bar(self) -> bool:
        """A bar only against something: with no target (protein without a weight) a full green
        bar would read as "done" when nothing can be judged."""
        return self.target is not None or self.upper is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.shows_bar:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, 3, self.width() - 2, self.height() - 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(shade(TRACK)))
        p.drawRoundedRect(bar, 3, 3)
        scale = self._scale()
        if self.value:
            p.setBrush(QColor(shade(self.colour())))
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * min(self.value / scale, 1.0),
                                     bar.height()), 3, 3)
        for mark, colour, style in ((self.target, INK, Qt.PenStyle.SolidLine),
                                    (self.upper, RED, Qt.PenStyle.DashLine)):
            if mark:
                x = bar.left() + bar.width() * mark / scale
                p.setPen(QPen(QColor(shade(colour)), 2, style))
                p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()


def humanize_days(days: int) -> str:
    """A rough span a person reads at a glance ("3 months"), not a countdown."""
    days = abs(days)
    if days < 60:
        return translate("plan", "1 day") if days == 1 else translate("plan", "{days} days").format(days=days)
    months = round(days / 30.44)
    if months < 18:
        return translate("plan", "{months} months").format(months=months)
    return translate("plan", "{years} years").format(years=f"{days / 365.25:.1f}")


NEXT_SCAN_WHY = {  # translated where shown
    ScanInterval.TREATMENT: QT_TRANSLATE_NOOP("plan",
                                              "1 year after the last scan, because you are on treatment"),
    ScanInterval.TREATMENT_STARTED: QT_TRANSLATE_NOOP(
        "plan", "1 year after the treatment began, since it started after the last scan"),
    ScanInterval.LOSS: QT_TRANSLATE_NOOP("plan",
                                         "1 year after the last scan, because it showed significant loss"),
    ScanInterval.BY_T_SCORE: QT_TRANSLATE_NOOP("plan",
                                               "{years} after the last scan: the interval for your lowest "
                                               "T-score without treatment (Gourlay 2012)"),
    ScanInterval.ROUTINE: QT_TRANSLATE_NOOP("plan",
                                            "the usual 2 years after the last scan; ask your doctor what "
                                            "suits you"),
}


def next_scan_text(plan: Plan) -> tuple[str, str]:
    """The next-scan line and its colour: red when overdue, amber within three months."""
    nxt, as_of = plan.next_scan, plan.as_of
    if nxt is None:
        return translate("plan", "Next DXA scan: no scan on record yet."), GREY
    years = (translate("plan", "1 year") if nxt.years == 1
             else translate("plan", "{years} years").format(years=nxt.years))
    due, why = nxt.due, translate("plan", NEXT_SCAN_WHY[nxt.interval]).format(years=years)
    days = (due - as_of).days
    if days == 0:
        return translate("plan",
                         "Next DXA scan is due today ({why}). Ask your doctor about booking it.").format(
            why=why), RED
    if days < 0:
        return translate("plan",
                         "Next DXA scan was due on {date} ({why}): overdue by {span}. Ask your doctor "
                         "about booking it.").format(date=format_date(due), why=why, span=humanize_days(
                                 days)), RED
    colour = AMBER if days <= SCAN_DUE_NOTICE_DAYS else INK
    return translate("plan", "Next DXA scan due on {date}, in {span} ({why}).").format(
        date=format_date(due), span=humanize_days(days), why=why), colour
