"""The test runner, driven by a fake clock: stopwatch, chair-stand countdown, tandem stance;
a result is saved (today) only on Save, and Cancel, Escape or closing saves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bonetracker.domain.records import MeasureKind, PatientId
from bonetracker.services import measures as measure_svc
from bonetracker.services.patients import add_patient, parse_patient
from bonetracker.services.validation import today
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext, ChangeKind
from bonetracker.ui.pages.measures.page import MeasuresPage
from bonetracker.ui.pages.measures.runner import TestRunner

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                                       "does not support grabbing", extend=True)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def ctx(db: Database) -> AppContext:
    p = add_patient(db, parse_patient({"name": "Rosa Lind", "sex": "female", "birth_date": "1950-03-04"}))
    context = AppContext(db)
    context.select_patient(p.id)
    return context


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def runner(qtbot, ctx: AppContext, clock: FakeClock, kind: MeasureKind) -> TestRunner:
    dialog = TestRunner(ctx, kind, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(ctx: AppContext) -> list[tuple[str, float, str]]:
    assert ctx.patient_id is not None
    return [(m.kind.value, m.value, m.date.isoformat())
            for m in measure_svc.list_measures(ctx.db, PatientId(ctx.patient_id))]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tug_stopwatch_shows_the_time_against_its_norm_and_saves_on_save(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.TUG)
    assert not d.save_button.isEnabled()
    click(qtbot, d.start_button)
    clock.advance(6.24)
    d.tick()
    assert d.display.text() == "6.2 s"
    assert not d.save_button.isEnabled() and not d.test_combo.isEnabled()
    clock.advance(7.76)
    click(qtbot, d.stop_button)
    assert d.display.text() == "14.0 s"
    assert "14.0 s, outside the norm (12 s or more: increased fall risk)" in d.result_label.text()
    assert stored(ctx) == []  # shown, not saved yet
    with qtbot.waitSignal(ctx.data_changed) as changed:
        click(qtbot, d.save_button)
    assert changed.args == [ChangeKind.MEASURE.value]
    assert stored(ctx) == [("tug", 14.0, today().isoformat())]
    assert not d.isVisible()


def test_sit_to_stand_within_its_norm(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.SIT_TO_STAND_5X)
    click(qtbot, d.start_button)
    clock.advance(11.46)
    click(qtbot, d.stop_button)
    assert "11.5 s, within the norm (15 s or more: increased fall risk)" in d.result_label.text()
    click(qtbot, d.save_button)
    assert stored(ctx) == [("sit_to_stand_5x", 11.5, today().isoformat())]


def test_chair_stand_counts_space_presses_and_stops_by_itself_at_zero(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.CHAIR_STAND_30S)
    with qtbot.waitActive(d):  # Space is a window shortcut: the dialog must be the active window
        d.activateWindow()
    assert d.display.text() == "30 s left"
    click(qtbot, d.start_button)
    assert d.focusWidget() is d.stand_button
    for _ in range(9):
        clock.advance(3.0)
        qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Space)  # where a real key press goes
    d.tick()
    assert d.count_label.text() == "Stands: 9" and d.display.text() == "3 s left"
    clock.advance(3.0)  # 30 s: time is up
    d.tick()
    assert not d.running and not d.timer.isActive()
    qtbot.keyClick(d, Qt.Key.Key_Space)  # a press after 0 is not a stand
    assert d.display.text() == "9 stands"
    assert "9 stands, outside the norm (under 10 stands at" in d.result_label.text()
    click(qtbot, d.save_button)
    assert stored(ctx) == [("chair_stand_30s", 9.0, today().isoformat())]


def test_a_press_after_the_thirty_seconds_before_the_tick_is_not_counted(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.CHAIR_STAND_30S)
    click(qtbot, d.start_button)
    click(qtbot, d.stand_button)
    clock.advance(30.2)
    click(qtbot, d.stand_button)
    assert not d.running and d.measured == 1.0


def test_outside_the_chair_stand_space_presses_the_focused_stop_button(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.TUG)
    with qtbot.waitActive(d):
        d.activateWindow()
    click(qtbot, d.start_button)
    assert d.focusWidget() is d.stop_button  # Start hands the keyboard to Stop
    clock.advance(8.0)
    qtbot.keyClick(d.stop_button, Qt.Key.Key_Space)
    assert not d.running and d.stands == 0 and d.measured == 8.0


def test_tandem_stance_stops_by_itself_at_ten_seconds(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.BALANCE_TANDEM)
    assert "stops by itself at 10 s" in d.instructions.text()
    click(qtbot, d.start_button)
    clock.advance(10.3)
    d.tick()
    assert not d.running and d.display.text() == "10.0 s"
    assert "within the norm" in d.result_label.text()
    click(qtbot, d.save_button)
    assert stored(ctx) == [("balance_tandem", 10.0, today().isoformat())]


def test_tandem_stance_stopped_early_is_outside_the_norm(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.BALANCE_TANDEM)
    click(qtbot, d.start_button)
    clock.advance(6.5)
    click(qtbot, d.stop_button)
    assert "6.5 s, outside the norm (under 10 s in tandem stance" in d.result_label.text()


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_leaving_mid_test_saves_nothing(qtbot, ctx, clock, how: str) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.TUG)
    click(qtbot, d.start_button)
    clock.advance(9.0)
    if how == "cancel":
        click(qtbot, d.cancel_button)
    elif how == "escape":
        qtbot.keyClick(d, Qt.Key.Key_Escape)
    else:
        d.close()
    assert not d.isVisible() and not d.timer.isActive()
    assert stored(ctx) == []


def test_a_finished_result_is_not_saved_without_save(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.TUG)
    click(qtbot, d.start_button)
    clock.advance(9.0)
    click(qtbot, d.stop_button)
    qtbot.keyClick(d, Qt.Key.Key_Return)  # Enter is not Save
    assert stored(ctx) == []
    d.reject()
    assert stored(ctx) == []


def test_a_time_outside_the_physical_range_is_explained_and_not_saved(qtbot, ctx, clock) -> None:
    d = runner(qtbot, ctx, clock, MeasureKind.TUG)
    click(qtbot, d.start_button)
    clock.advance(1.2)  # stopped by mistake: a TUG under 2 s is not a real result
    click(qtbot, d.stop_button)
    click(qtbot, d.save_button)
    assert d.error.isVisibleTo(d) and "the result must be from 2 to 300 s" in d.error.text()
    assert stored(ctx) == []


def test_run_a_test_from_the_page_adds_the_row_and_says_so(qtbot, ctx, clock) -> None:
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    s = page.tests
    s.kind_combo.setCurrentIndex(s.kind_combo.findData("chair_stand_30s"))
    s.runner_clock = clock
    d = s.open_runner()  # a window of the page's (closed and deleted with it)
    assert d is not None and d.kind() is MeasureKind.CHAIR_STAND_30S
    click(qtbot, d.start_button)
    for _ in range(14):
        click(qtbot, d.stand_button)
    clock.advance(30.0)
    d.tick()
    click(qtbot, d.save_button)
    assert stored(ctx) == [("chair_stand_30s", 14.0, today().isoformat())]
    assert s.proxy.rowCount() == 1
    assert "14 stands" in s.saved_label.text() and "within the norm" in s.saved_label.text()
    assert not s.has_unsaved_changes()
