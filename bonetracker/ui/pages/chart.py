"""The Chart page: scan history against WHO bands above, weekly activity and intake below.

It answers "is it working?" at a glance. Data comes from ``services.chart_series`` (no SQL
here); the drawing is ``ChartPlots``, shared with the PNG/SVG export, the CLI and the report.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCursor, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from bonetracker.domain.errors import NotFoundError
from bonetracker.services.queries.chart_series import (
    ACTIVITY_KEYS,
    ACTIVITY_SERIES,
    ChartData,
    Metric,
    load_chart_data,
)
from bonetracker.ui.chart import style
from bonetracker.ui.chart.data_table import ChartTable
from bonetracker.ui.chart.plots import ChartPlots
from bonetracker.ui.chart.render import FORMATS, empty_message, render_chart, save_widget
from bonetracker.ui.context import AppContext
from bonetracker.ui.refcount_guard import protect_singletons
from bonetracker.ui.widgets.deferred_reload import DeferredReload
from bonetracker.ui.widgets.file_dialogs import save_file
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP, translate
from bonetracker.ui.widgets.theme import set_role

RANGES: tuple[tuple[str, float | None], ...] = (  # labels translated where the toolbar is built
    (QT_TRANSLATE_NOOP("ChartView", "1 y"), 1), (QT_TRANSLATE_NOOP("ChartView", "3 y"), 3),
    (QT_TRANSLATE_NOOP("ChartView", "5 y"), 5), (QT_TRANSLATE_NOOP("ChartView", "All"), None))
COMPACT_HEIGHT = 650  # a chart view lower than this (a 1024x700 screen) starts with its legends folded
EXPORT_SIZE = (1600, 1000)  # used when the page is not on screen, so it has no size of its own


class ChartView(QWidget):
    """Chart page for the selected patient; follows ``ctx.patient_changed``/``data_changed``.

    Attributes kept public for the main window and tests: ``data`` (the ChartData shown, or
    None), ``current_metric``, ``plots`` (the drawn items), ``export_action`` (for a File menu).
    (Not ``metric``: that name would hide ``QWidget.metric()``.)
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        protect_singletons()
        self.ctx = ctx
        self.data: ChartData | None = None
        self.current_metric = Metric.T_SCORE
        self.years: float | None = None
        self.lower_keys: tuple[str, ...] = ACTIVITY_KEYS
        self.lower_measure: str | None = None  # a test, lab or FRAX series instead of the activity
        self.as_of: dt.date | None = None  # None: today, read at each reload
        self.last_tooltip: str | None = None

        self.toolbar = QToolBar(self.tr("Chart"), self)
        self.metric_actions = self._exclusive(
            [(Metric.T_SCORE, self.tr("T-score"), self.tr("WHO T-score per site")),
             (Metric.BMD, self.tr("BMD (g/cm²)"), self.tr("Bone mineral density with ± LSC error bars"))],
            self.set_metric, Metric.T_SCORE)
        self.toolbar.addSeparator()
        self.range_actions = self._exclusive(
            [(years, self.tr(label), self.tr("Show {range}").format(range=self.tr(label)) if years
              else self.tr("Show everything")) for label, years in RANGES], self.set_range, None)
        self.toolbar.addSeparator()
        self.series_menu = QMenu(self.tr("Activity series"), self)
        self.series_actions: dict[str, QAction] = {}
        for spec in ACTIVITY_SERIES:
            action = self.series_menu.addAction(translate("weekly_activity", spec.label))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._series_toggled)
            self.series_actions[spec.key] = action
        self.series_menu.addSeparator()
        self.measure_menu = self.series_menu.addMenu(self.tr("Measurement instead (tests, labs, FRAX)"))
        self.measure_menu.setToolTipsVisible(True)
        self.measure_group = QActionGroup(self)
        self.measure_group.setExclusive(True)
        self.measure_actions: dict[str | None, QAction] = {}
        self._measure_choices: list[tuple[str | None, str]] = []
        self.series_button = QToolButton(self)
        self.series_button.setText(self.tr("Lower panel"))
        self.series_button.setToolTip(self.tr("Choose the weekly series shown under the scans"))
        self.series_button.setMenu(self.series_menu)
        self.series_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.series_button)
        # The legends take room a small screen needs for the plot: on a chart under
        # COMPACT_HEIGHT they start folded away, and this toggle shows them.
        self.legend_action = QAction(self.tr("Legend"), self)
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(True)
        self.legend_action.setToolTip(self.tr("Show or hide the legends (hidden at first on a small screen)"))
        self.legend_action.toggled.connect(self._legend_toggled)
        self._legend_chosen = False  # the user has not toggled it: it follows the chart's size
        self.toolbar.addAction(self.legend_action)
        # The numbers behind the plot as a table a screen reader reads (and anyone may prefer).
        self.table_action = QAction(self.tr("Data table"), self)
        self.table_action.setCheckable(True)
        self.table_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.table_action.setToolTip(self.tr("Show the scan values by date as a table instead of the plot "
                                             "(Ctrl+Shift+D)"))
        self.table_action.toggled.connect(self._table_toggled)
        self.toolbar.addAction(self.table_action)
        self.toolbar.addSeparator()
        self.export_action = QAction(self.tr("Export chart…"), self)
        self.export_action.setToolTip(self.tr("Save the chart as PNG or SVG"))
        self.export_action.triggered.connect(self._ask_export)
        self.toolbar.addAction(self.export_action)

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setBackground(style.BACKGROUND)
        self.graphics.setAccessibleName(self.tr("Bone density chart"))
        self.graphics.setAccessibleDescription(self.tr("Scan results against the WHO bands above, weekly "
                                                       "activity below; the Data table button lists the "
                                                       "values"))
        self.plots = ChartPlots(self.graphics.ci)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "empty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.graphics)
        self.table = ChartTable(self)
        self.stack.addWidget(self.table)
        self._restyle_pending = False
        self._make_toolbar_keyboard_reachable()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self._deferred = DeferredReload(self, self.reload)  # waits to be shown or exported
        ctx.patient_changed.connect(self.reload_when_shown)
        ctx.data_changed.connect(self.reload_when_shown)
        self.reload()

    def _exclusive(self, choices: list[tuple[object, str, str]], slot: object,
                   default: object) -> dict[object, QAction]:
        group = QActionGroup(self)
        actions: dict[object, QAction] = {}
        for value, label, tip in choices:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setChecked(value == default)
            action.triggered.connect(lambda _=False, v=value: slot(v))  # type: ignore[operator]
            group.addAction(action)
            self.toolbar.addAction(action)
            actions[value] = action
        return actions

    # -- state --------------------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """True while the page shows the empty-state message instead of axes."""
        return self.stack.currentWidget() is self.empty_label

    def reload_when_shown(self, *_args: object) -> None:
        """Reload now if the chart can be seen, else when its tab is shown or it is exported
        (ten years of daily logs take ~50 ms to aggregate: not worth it for a hidden tab)."""
        self._deferred.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._deferred.catch_up()

    def reload(self, *_args: object) -> None:
        """Fetch the selected patient's series again and redraw."""
        self._deferred.stale = False
        patient_id = self.ctx.patient_id
        self.data = None
        if patient_id is not None:
            try:
                self.data = load_chart_data(self.ctx.db, patient_id, as_of=self.as_of)
            except NotFoundError:
                self.data = None
        self.redraw()

    def redraw(self) -> None:
        data = self.data
        self.table.set_chart_data(data)
        if data is None or data.is_empty:
            self.empty_label.setText(empty_message(data))
            self.stack.setCurrentWidget(self.empty_label)
            self.export_action.setEnabled(data is not None)
            return
        self.export_action.setEnabled(True)
        self.stack.setCurrentWidget(self.table if self.table_action.isChecked() else self.graphics)
        self._fit()
        self._fill_measure_menu(data)
        self.plots.draw(data, self.current_metric, self.shown_lower_keys)
        self.plots.set_range(self.years)

    @property
    def shown_lower_keys(self) -> tuple[str, ...]:
        """The activity series, plus the chosen measurement series (which the panel then shows)."""
        return self.lower_keys + ((self.lower_measure,) if self.lower_measure else ())

    def _fill_measure_menu(self, data: ChartData) -> None:
        """One choice per measured test, lab test and FRAX, plus going back to the activity."""
        wanted: list[tuple[str | None, str]] = [(None, self.tr("Weekly activity"))]
        wanted += [(m.key, translate("measures", m.label)) for m in data.measures]
        if wanted == self._measure_choices:
            return
        self._measure_choices = wanted
        for action in self.measure_actions.values():
            self.measure_group.removeAction(action)
        self.measure_menu.clear()  # deletes the old actions
        self.measure_actions = {}
        for key, label in wanted:
            action = self.measure_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(key == self.lower_measure)
            action.triggered.connect(lambda _checked=False, k=key: self.set_lower_measure(k))
            self.measure_group.addAction(action)
            self.measure_actions[key] = action
        self.measure_menu.setEnabled(len(wanted) > 1)

    def set_lower_measure(self, key: str | None) -> None:
        """Show one measurement series (``measure:tug``, ``lab:vitamin_d_25oh``, ``frax``) in the
        lower panel, or the weekly activity again with None."""
        self.lower_measure = key
        action = self.measure_actions.get(key)
        if action is not None:
            action.setChecked(True)
        self.redraw()

    def set_metric(self, metric: Metric | str) -> None:
        """Show T-scores (with WHO bands) or BMD (with ± LSC error bars)."""
        self.current_metric = Metric(metric)
        self.metric_actions[self.current_metric].setChecked(True)
        self.redraw()

    def set_range(self, years: float | None) -> None:
        """Show the last ``years`` years up to the projection, or everything for None."""
        self.years = years
        if years in self.range_actions:
            self.range_actions[years].setChecked(True)
        if not self.is_empty:
            self.plots.set_range(years)

    def set_lower_series(self, keys: tuple[str, ...] | list[str]) -> None:
        """Choose the weekly series of the lower panel (keys of ``ACTIVITY_SERIES``)."""
        for key, action in self.series_actions.items():
            action.blockSignals(True)
            action.setChecked(key in keys)
            action.blockSignals(False)
        self.lower_keys = tuple(k for k in ACTIVITY_KEYS if k in keys)
        self.redraw()

    def _series_toggled(self, _checked: bool) -> None:
        self.set_lower_series([k for k, a in self.series_actions.items() if a.isChecked()])

    # -- hover, export, resize ----------------------------------------------------------------

    def hover_text_at(self, scene_pos: QPointF) -> str | None:
        """Tooltip text for a scene position: a scan point, a projection, or a week below."""
        if self.is_empty:
            return None
        return self.plots.hover_text(scene_pos) or self.plots.lower.hover_text(scene_pos)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.hover_text_at(scene_pos)
        if text != self.last_tooltip:
            self.last_tooltip = text
            if text:
                QToolTip.showText(QCursor.pos(), text, self.graphics)
            else:
                QToolTip.hideText()

    def export(self, path: str | Path) -> Path:
        """Save the chart as shown (range, metric, series) to ``path`` (.png or .svg)."""
        self._deferred.catch_up()  # File > Export chart works with the tab hidden: never a stale patient
        target = Path(path)
        if target.suffix.lower() not in FORMATS:
            raise ValueError(f"cannot export {target.name}: use a .png or .svg file name")
        if self.data is None:
            raise ValueError("no patient selected: nothing to export")
        if self.graphics.isVisible() and not self.is_empty:
            return save_widget(self.graphics, target)
        return render_chart(self.data, self.current_metric, *EXPORT_SIZE, target, self.shown_lower_keys)

    def _ask_export(self) -> None:
        self._deferred.catch_up()
        name = self.data.patient_name if self.data else "chart"
        suggested = f"{name} chart.png".replace("/", "-")
        path = save_file(self, "charts", self.tr("Export chart"), suggested, self.tr(
                "PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        try:
            self.export(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export chart"), str(exc))

    def _table_toggled(self, shown: bool) -> None:
        if not self.is_empty:
            self.stack.setCurrentWidget(self.table if shown else self.graphics)
            if shown:
                self.table.setFocus()
            self._fit()

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def _make_toolbar_keyboard_reachable(self) -> None:
        """Toolbar buttons take no keyboard focus by default: give them Tab focus, with their
        text as the name a screen reader says."""
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                if not button.accessibleName():
                    button.setAccessibleName(action.text().replace("&", ""))
                if action.toolTip() and not button.accessibleDescription():
                    button.setAccessibleDescription(action.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and not self._restyle_pending:
            self._restyle_pending = True  # the theme or text size changed: rebuild once
            QTimer.singleShot(0, self, self.restyle)

    def restyle(self) -> None:
        """Rebuild the plots in the current theme's colours and text size."""
        self._restyle_pending = False
        self.graphics.setBackground(style.BACKGROUND)
        self.graphics.ci.clear()
        self.plots = ChartPlots(self.graphics.ci)
        self.plots.set_legends_visible(self.legend_action.isChecked())
        if self.data is not None and not self.data.is_empty:
            self.redraw()

    def _legend_toggled(self, shown: bool) -> None:
        self._legend_chosen = True
        self.plots.set_legends_visible(shown)

    def _fit(self) -> None:
        """Fit the plots to the view; a small chart folds its legends unless the user chose."""
        height = self.graphics.height()
        if not self._legend_chosen and height > 0:
            roomy = height >= COMPACT_HEIGHT
            if self.legend_action.isChecked() != roomy:
                self.legend_action.blockSignals(True)
                self.legend_action.setChecked(roomy)
                self.legend_action.blockSignals(False)
            self.plots.set_legends_visible(roomy)
        self.plots.fit_panels(max(self.graphics.width(), 400), max(height, 300))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.is_empty:
            self._fit()
