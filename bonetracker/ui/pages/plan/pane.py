"""The plan pane: where the selected person's bones stand, whether it is working, what to do next.

It renders one :class:`~bonetracker.domain.plan.Plan` from
:func:`bonetracker.services.queries.plan.patient_plan` (the same object ``bonetracker plan --json`` and
the report use), rebuilt whenever any entry changes or the "as of" date moves back in time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.bmd import CATEGORY_LABELS, Basis, Category, basis_text
from bonetracker.domain.errors import NotFoundError
from bonetracker.domain.formatting import number
from bonetracker.domain.guidance import MIN_LOGGED_DAYS
from bonetracker.domain.i18n import format_date
from bonetracker.domain.intake import INTAKE_WINDOW_DAYS
from bonetracker.domain.measures import shown
from bonetracker.domain.plan import Plan
from bonetracker.domain.records import site_label
from bonetracker.domain.targets import Impact
from bonetracker.services.queries.plan import patient_plan
from bonetracker.services.validation import today
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages.plan.recommendations import RecommendationList
from bonetracker.ui.pages.plan.style import (
    BAND_COLOURS,
    TONE_OF,
    card_layout,
    set_card,
    set_look,
    set_text,
    signed,
    text_label,
)
from bonetracker.ui.pages.plan.widgets import SiteTable, TargetBar, TScoreScale, next_scan_text
from bonetracker.ui.preferences import unit_for
from bonetracker.ui.widgets.dates import shown_pattern
from bonetracker.ui.widgets.deferred_reload import on_hidden_tab
from bonetracker.ui.widgets.forms import DateEdit, error_label, set_error_state
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import INK, RED

DISCLAIMER = QT_TRANSLATE_NOOP("plan", "BoneTracker informs; it does not diagnose or prescribe. Talk to your "
                                       "doctor before starting, stopping or changing any treatment.")
Z_CATEGORIES = (Category.BELOW_EXPECTED_RANGE_FOR_AGE, Category.WITHIN_EXPECTED_RANGE_FOR_AGE)
# (intake field, label, unit, target field, upper-limit field drawn always / only when exceeded)
NUTRIENTS: tuple[tuple[str, str, str, str, str | None, bool], ...] = (
    ("calcium_mg", QT_TRANSLATE_NOOP("plan", "Calcium"), "mg", "calcium_mg", "calcium_upper_mg", True),
    ("vitamin_d_iu", QT_TRANSLATE_NOOP("plan", "Vitamin D"), "IU", "vitamin_d_iu", "vitamin_d_upper_iu",
     False),
    ("protein_g", QT_TRANSLATE_NOOP("plan", "Protein"), "g", "protein_g", None, False),
    ("magnesium_mg", QT_TRANSLATE_NOOP("plan", "Magnesium"), "mg", "magnesium_mg", None, False),
    ("potassium_mg", QT_TRANSLATE_NOOP("plan", "Potassium"), "mg", "potassium_mg", None, False),
    ("vitamin_k_mcg", QT_TRANSLATE_NOOP("plan", "Vitamin K"), "µg", "vitamin_k_mcg", None, False),
)
EXERCISE: tuple[tuple[str, str, str, str], ...] = (
    ("strength_sessions", QT_TRANSLATE_NOOP("plan", "Strength"), QT_TRANSLATE_NOOP("plan", "sessions"),
     "strength_sessions_per_week"),
    ("balance_minutes", QT_TRANSLATE_NOOP("plan", "Balance"), "min", "balance_minutes_per_week"),
    ("weight_bearing_minutes", QT_TRANSLATE_NOOP("plan", "Weight-bearing"), "min",
     "weight_bearing_minutes_per_week"),
)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _num(value: float) -> str:
    return number(value, 0, grouped=True)


class StatusCard(QFrame):
    """Category in its WHO band colour, the deciding score, the band strip and the site table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.category = text_label(name="status_category")
        self.category.setWordWrap(True)  # "Severe (established) osteoporosis" wraps on a narrow pane
        self.score = text_label(name="status_score")
        self.hint = text_label(name="status_hint")
        self.scale = TScoreScale()
        self.sites = SiteTable()
        for widget in (self.category, self.score, self.hint, self.scale, self.sites):
            layout.addWidget(widget)

    def set_plan(self, plan: Plan) -> None:
        c = plan.classification
        strong, _pale = BAND_COLOURS[c.category]
        # Styles and texts are set only when they change: re-styling the card re-polishes it.
        set_card(self, "status", TONE_OF[strong])
        set_text(self.category, translate("classification", CATEGORY_LABELS[c.category]))
        set_look(self.category, "category", strong)
        by_z = c.category in Z_CATEGORIES
        value = c.z_score if by_z else c.t_score
        if c.scan_date is not None and c.site is not None and value is not None:
            computed = any(s.site == c.site and s.latest.t_score_computed for s in plan.sites) and not by_z
            score = (translate("plan", "Lowest Z-score {value}") if by_z
                     else translate("plan", "Lowest T-score {value} (computed from BMD)") if computed
                     else translate("plan", "Lowest T-score {value}")).format(value=signed(value))
            set_text(self.score, translate("plan", "{score} · {site} · scan of {date}").format(
                score=score, site=self._site(plan), date=format_date(c.scan_date)))
        else:
            set_text(self.score, "")
        set_look(self.score, "score")
        self.score.setVisible(bool(self.score.text()))
        set_text(self.hint, self._hint(plan))
        set_look(self.hint, "hint")
        self.hint.setVisible(bool(self.hint.text()))
        self.scale.set_score(None if by_z else c.t_score)
        self.scale.setVisible(not by_z and c.t_score is not None)
        self.sites.set_sites(plan.sites)

    @staticmethod
    def _site(plan: Plan) -> str:
        """The deciding site, naming the vertebrae when the spine result is not over L1-L4."""
        c = plan.classification
        assert c.site is not None
        vertebrae = next((s.latest.scan.vertebrae for s in plan.sites if s.site is c.site), "L1-L4")
        return site_label(c.site, vertebrae)

    @staticmethod
    def _hint(plan: Plan) -> str:
        c = plan.classification
        if c.basis in (Basis.FRACTURE, Basis.HISTORY):
            # AACE/ACE 2020: a diagnostic fracture or an earlier diagnosis decides the category.
            return translate("plan", "Osteoporosis {basis}: the diagnosis stands whatever later T-scores "
                             "show.").format(basis=basis_text(c))
        if c.scan_date is None:
            return translate("plan",
                             "No DXA result yet: add a DXA result on the Scans page to see where your "
                             "bones stand.")
        if c.category is Category.UNKNOWN:
            return translate("plan", "The scan of {date} could not be classified: add the T-score the "
                                     "report gives for the spine or hip on the Scans page (BMD alone is "
                                     "used only from a "
                                     "Hologic scanner), or the Z-score where that applies.").format(
                date=format_date(c.scan_date))
        if c.category in Z_CATEGORIES:
            return translate("plan", "Read with the Z-score (compared with people of your age), as is usual "
                                     "before menopause and for men under 50; the WHO T-score bands do not "
                                     "apply.")
        return ""


class AsOfEdit(DateEdit):
    """The plan's "as of" day, typed as YYYY-MM-DD (or picked), with the date-edit API the pane
    uses. A typed date is taken as typed once complete (Enter or leaving the field); one
    outside the allowed range is refused in words beside it, never silently changed (a
    QDateEdit turned a typed 2022-01-01 into 2026-01-01)."""

    dateChanged = Signal(QDate)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        date = self.fontMetrics().horizontalAdvance("0000-00-00")
        return QSize(min(hint.width(), date + 70), hint.height())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min, self._max = QDate(1900, 1, 1), qdate(today())
        self._date = qdate(today())
        # As wide as a date needs in the current font (150 px at 100 % text), never wider.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, self.sizePolicy().verticalPolicy())
        self.error = error_label(None, "as_of")
        self.editingFinished.connect(self._typed)
        self.textChanged.connect(self._maybe_picked)

    def date(self) -> QDate:
        return self._date

    def setDate(self, day: QDate) -> None:
        day = min(max(day, self._min), self._max)
        changed = day != self._date
        self._date = day
        if self.text() != day.toString("yyyy-MM-dd"):  # text(): ISO whatever the shown format
            blocked = self.blockSignals(True)  # writing the text is not a pick
            self.set_date(pydate(day))
            self.blockSignals(blocked)
        self.error.hide()
        set_error_state(self, False)
        if changed and not self.signalsBlocked():
            self.dateChanged.emit(day)

    def setMinimumDate(self, day: QDate) -> None:
        self._min = day

    def setMaximumDate(self, day: QDate) -> None:
        self._max = day

    def minimumDate(self) -> QDate:
        return self._min

    def maximumDate(self) -> QDate:
        return self._max

    def _maybe_picked(self, text: str) -> None:
        if not self.hasFocus():  # the calendar wrote it
            self._typed()

    def _typed(self) -> None:
        text = self.text().strip()
        day = QDate.fromString(text, "yyyy-MM-dd")
        if not day.isValid() or not (self._min <= day <= self._max):
            low, high = format_date(pydate(self._min)), format_date(pydate(self._max))
            self.error.setText(self.tr("Plan as of: must be a date as {pattern} from {low} (the birth date) "
                                       "to {high} (got {text!r})").format(
                    pattern=shown_pattern(), low=low, high=high, text=self.shown_text().strip()))
            self.error.show()
            set_error_state(self, True)
            return
        self.setDate(day)


class IntakeCard(QFrame):
    """Recent intake and exercise against targets as small bars; rows are reused on refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_layout(self)
        self.nutrition_title = text_label(look="heading")
        self.nutrition_note = text_label(look="small")
        self.rows: dict[str, tuple[TargetBar, QLabel]] = {}
        layout.addWidget(self.nutrition_title)
        layout.addWidget(self.nutrition_note)
        layout.addLayout(self._grid([(key, label) for key, label, *_ in NUTRIENTS]))
        layout.addSpacing(8)
        layout.addWidget(text_label(translate("plan", "Exercise — last 7 days against weekly targets"),
                                    "heading"))
        layout.addLayout(self._grid([(key, label) for key, label, *_ in EXERCISE]))
        self.impact = text_label(look="body")
        layout.addWidget(self.impact)
        layout.addWidget(text_label(translate("plan", "Black tick: target · red dashed tick: upper limit"),
                                    "small"))

    def _grid(self, rows: list[tuple[str, str]]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnMinimumWidth(0, 110)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        for row, (key, label) in enumerate(rows):
            bar, text = TargetBar(), text_label(wrap=False, name=f"value_{key}")
            grid.addWidget(text_label(translate("plan", label), wrap=False), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(text, row, 2)
            self.rows[key] = (bar, text)
        return grid

    def set_plan(self, plan: Plan) -> None:
        intake, targets = plan.intake_14d, plan.targets
        days = intake.days_logged
        set_text(self.nutrition_title, translate("plan",
                                                 "Nutrition — daily average over the last {days} days")
                 .format(days=INTAKE_WINDOW_DAYS))
        few = days < MIN_LOGGED_DAYS
        note = (translate("plan",
                          "{days} of {window} days logged: log meals on at least {least} days to judge "
                          "your intake") if few else translate("plan", "{days} of {window} days logged"))
        note = note.format(days=days, window=INTAKE_WINDOW_DAYS, least=MIN_LOGGED_DAYS)
        if intake.supplement_daily:
            note = translate("plan", "{note}; includes supplements").format(note=note)
        set_text(self.nutrition_note, note + ".")
        for key, _label, unit, target_key, upper_key, always in NUTRIENTS:
            value, target = intake.value(key), getattr(targets, target_key)
            upper = getattr(targets, upper_key) if upper_key else None
            show_upper = upper if always or (upper and value and value > upper * 0.8) else None
            if key == "vitamin_d_iu" and unit_for(shown.VITAMIN_D) != unit:  # µg chosen in Settings
                unit = unit_for(shown.VITAMIN_D)
                value, target, show_upper, upper = (
                    None if v is None else shown.to_shown(shown.VITAMIN_D, v, unit)
                    for v in (value, target, show_upper, upper))
            self._set_row(key, value, target, show_upper, unit, upper)
        week = plan.exercise_7d
        for key, _label, unit, target_key in EXERCISE:
            self._set_row(key, getattr(week, key), getattr(targets, target_key), None, translate("plan",
                                                                                                 unit), None)
        if targets.impact is Impact.LIMITED:
            set_text(self.impact, translate("plan",
                                            "Impact: keep it no higher than brisk walking (see the safety "
                                            "advice)."))
        else:
            set_text(self.impact, translate("plan", "Impact sessions: {count} in the last 7 days.").format(
                count=week.impact_sessions))

    def _set_row(self, key: str, value: float | None, target: float | None, show_upper: float | None,
                 unit: str, upper: float | None) -> None:
        bar, label = self.rows[key]
        bar.set_values(value, target, show_upper)
        no_target = translate("plan", "no target (add a weight to the profile)")
        if value is None:
            set_text(label, translate("plan", "not logged · target {target} {unit}").format(
                target=_num(target), unit=unit) if target else
                translate("plan", "not logged · {goal}").format(goal=no_target))
            set_look(label, "muted")
            return
        text = (translate("plan", "{value} of {target} {unit}").format(value=_num(value), target=_num(target),
                                                                        unit=unit) if target is not None
                else f"{_num(value)} {unit} · {no_target}")
        if upper is not None and value > upper:
            text += " · " + translate("plan", "above the upper limit of {upper}").format(upper=_num(upper))
        elif show_upper is not None:
            text += " · " + translate("plan", "limit {limit}").format(limit=_num(show_upper))
        set_text(label, text)
        colour = RED if upper is not None and value > upper else INK
        set_look(label, "body", colour)


class _MinWidthHolder(QWidget):
    """Scroll-area content that keeps its layout's minimum width.

    A resizable QScrollArea squeezes word-wrapping content to the viewport, below the layout's
    minimum, which clips the site table; pinning the minimum makes a narrow window scroll sideways.
    """

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        layout = self.layout()
        if event.type() == QEvent.Type.LayoutRequest and layout is not None:
            self.setMinimumWidth(layout.totalMinimumSize().width())
        return handled


class PlanPane(QWidget):
    """The first tab: the selected person's plan, refreshed on every change.

    Attributes:
        current_plan: the Plan last rendered (None with no patient); the report reuses it.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_plan: Plan | None = None
        # Following today (not a fixed date) keeps a pane left open overnight current.
        self._follow_today = True
        self._stale = False  # a change arrived while the pane was behind another tab
        # One pending refresh at a time: a burst of changes (an import) rebuilds once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        self.stack = QStackedWidget()
        self.empty = text_label(name="plan_empty", look="empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        ctx.patient_changed.connect(self._patient_changed)
        ctx.data_changed.connect(self.schedule_refresh)
        self.refresh()

    def _build_content(self) -> QWidget:
        self.as_of_edit = AsOfEdit()
        self.as_of_edit.setObjectName("as_of")
        self.as_of_edit.setMaximumDate(qdate(today()))
        self.as_of_edit.setDate(qdate(today()))
        self.as_of_edit.dateChanged.connect(self._date_picked)
        self.as_of_error = self.as_of_edit.error
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.show_today)
        self.looking_back = text_label(name="looking_back", look="notice")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Plan as of")))
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        bar.addSpacing(12)
        bar.addWidget(self.looking_back, 1)
        bar_box = QVBoxLayout()
        bar_box.addLayout(bar)
        bar_box.addWidget(self.as_of_error)

        self.status = StatusCard()
        self.next_scan = text_label(name="next_scan")
        self.intake = IntakeCard()
        self.recommendations = RecommendationList()
        self.disclaimer = text_label(translate("plan", DISCLAIMER), "small", name="disclaimer")
        body = QWidget()
        body.setMaximumWidth(1000)  # long lines are hard to read on wide clinic screens
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(10)
        column.addLayout(bar_box)
        for widget in (self.status, self.next_scan, self.intake):
            column.addWidget(widget)
        column.addWidget(text_label(translate("plan", "What to do next"), "section"))
        column.addWidget(self.recommendations)
        column.addSpacing(6)
        column.addWidget(self.disclaimer)
        column.addStretch(1)
        holder = _MinWidthHolder()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(body, 1)
        row.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        return self.scroll_area

    # -- following the context -------------------------------------------------------------
    def as_of(self) -> dt.date:
        """The plan's day: today unless the user picked an earlier date."""
        return today() if self._follow_today else pydate(self.as_of_edit.date())

    def schedule_refresh(self, _kind: str = "") -> None:
        """Any change of any kind may move the plan (a meal changes intake, a fall a rule).

        Behind another tab the rebuild waits until the pane is shown: it costs ~100 ms for a
        patient with many recommendations, and a clinician on the Chart tab is not reading it.
        """
        if on_hidden_tab(self):
            self._stale = True
            return
        self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _patient_changed(self, _patient_id: object) -> None:
        self.show_today()  # a new person starts at today, not at the last person's look-back
        self.scroll_area.verticalScrollBar().setValue(0)
        self.schedule_refresh()

    def _date_picked(self, day: QDate) -> None:
        self._follow_today = pydate(day) >= today()
        self.schedule_refresh()

    def show_today(self) -> None:
        self._follow_today = True
        with QSignalBlocker(self.as_of_edit):
            self.as_of_edit.setMaximumDate(qdate(today()))
            self.as_of_edit.setDate(qdate(today()))
        self.schedule_refresh()

    def set_as_of(self, day: dt.date) -> None:
        """Look back to ``day`` (clamped to today) and rebuild now."""
        self.as_of_edit.setDate(qdate(min(day, today())))
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the plan for the current patient and date (synchronously)."""
        self._timer.stop()
        pid = self.ctx.patient_id
        if pid is None:
            self._show_empty(translate("plan", "Select a patient to see their plan."))
            return
        try:
            plan = patient_plan(self.ctx.db, pid, self.as_of())
        except NotFoundError:
            self._show_empty(translate("plan", "This patient is no longer in the database."))
            return
        self.show_plan(plan)
        if plan.as_of == today():
            self.ctx.plan_ready.emit(plan)  # e.g. the Today panel shows its doses due

    def _show_empty(self, text: str) -> None:
        self.current_plan = None
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)

    # -- rendering -------------------------------------------------------------------------
    def show_plan(self, plan: Plan) -> None:
        """Render ``plan`` (also used by tests and screenshots with a hand-built plan)."""
        self.current_plan = plan
        with QSignalBlocker(self.as_of_edit):
            self.as_of_edit.setMinimumDate(qdate(plan.record.patient.birth_date))
            self.as_of_edit.setMaximumDate(qdate(max(today(), plan.as_of)))
            self.as_of_edit.setDate(qdate(plan.as_of))
        back = plan.as_of < today()
        set_text(self.looking_back, translate("plan", "Looking back: the plan as it stood on {date}; later "
                                                      "entries are left out.").format(
                                                              date=format_date(plan.as_of))
                 if back else "")
        self.today_button.setEnabled(back)
        self.status.set_plan(plan)
        text, colour = next_scan_text(plan)
        set_text(self.next_scan, text)
        # Overdue: a red box (the "overdue" look), and the words say it is due.
        set_look(self.next_scan, "overdue" if colour == RED else "next_scan", colour)
        self.intake.set_plan(plan)
        self.recommendations.set_recommendations(plan.recommendations)
        self.stack.setCurrentIndex(1)

