"""Units chosen in Settings: values typed and shown in them, stored in cm, kg, IU and ng/mL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from bonetracker.domain.measures import shown
from bonetracker.services.patients import get_patient, list_patients
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.dialogs.patient import PatientDialog
from bonetracker.ui.dialogs.settings import SettingsDialog
from bonetracker.ui.preferences import UNIT_KEYS, app_settings, default_unit, unit_for

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def choose(**units: str) -> None:
    """Set units as the Settings dialog does: ``choose(height="ft/in", weight="lb")``."""
    for quantity, unit in units.items():
        app_settings().setValue(UNIT_KEYS[quantity], unit)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


def patient_dialog(qtbot, ctx: AppContext, patient=None) -> PatientDialog:
    dialog = PatientDialog(ctx, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_patient(qtbot, dialog: PatientDialog, height: str, weight: str) -> None:
    qtbot.keyClicks(dialog.name, "Ada Pounds")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    qtbot.keyClicks(dialog.birth_date, "1955-03-09")
    qtbot.keyClicks(dialog.height_cm, height)
    qtbot.keyClicks(dialog.weight_kg, weight)


def save(qtbot, dialog: PatientDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_locale_defaults_us_customary_else_metric() -> None:
    us, spain = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), QLocale("es_ES")
    assert (default_unit(shown.HEIGHT, us), default_unit(shown.WEIGHT, us)) == ("ft/in", "lb")
    assert (default_unit(shown.HEIGHT, spain), default_unit(shown.WEIGHT, spain)) == ("cm", "kg")
    assert default_unit(shown.VITAMIN_D, spain) == "IU"


def test_settings_dialog_remembers_the_units(qtbot, db: Database) -> None:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    for quantity, unit in ((shown.HEIGHT, "ft/in"), (shown.WEIGHT, "lb"), (shown.VITAMIN_D, "µg"),
                           (shown.VITAMIN_D_25OH, "nmol/L")):
        dialog.units[quantity].setCurrentIndex(dialog.units[quantity].findData(unit))
    dialog.accept()
    assert [unit_for(q) for q in (shown.HEIGHT, shown.WEIGHT, shown.VITAMIN_D, shown.VITAMIN_D_25OH)] \
        == ["ft/in", "lb", "µg", "nmol/L"]
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.units[shown.HEIGHT].currentText() == "ft and in"
    assert again.load_unit.currentText() == "lb", "training loads follow the weight unit"


def test_patient_typed_in_feet_inches_and_pounds_is_stored_in_cm_and_kg(qtbot, ctx) -> None:
    choose(height="ft/in", weight="lb")
    dialog = patient_dialog(qtbot, ctx)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Height (ft and in)", "Weight (lb)"} <= labels
    type_patient(qtbot, dialog, "5' 7\"", "150.3")
    save(qtbot, dialog)

    [summary] = list_patients(ctx.db)
    stored = get_patient(ctx.db, summary.id)
    assert stored.height_cm == 170.18 and stored.weight_kg == 68.174933211

    reopened = patient_dialog(qtbot, ctx, stored)
    assert (reopened.height_cm.text(), reopened.weight_kg.text()) == ("5 ft 7 in", "150.3")
    save(qtbot, reopened)  # saving untouched values keeps them to the last digit
    assert get_patient(ctx.db, summary.id).height_cm == 170.18

    choose(height="cm", weight="kg")
    metric = patient_dialog(qtbot, ctx, get_patient(ctx.db, summary.id))
    assert (metric.height_cm.text(), metric.weight_kg.text()) == ("170.2", "68.2")


def test_bad_height_in_feet_names_the_field_and_the_range_in_feet(qtbot, ctx) -> None:
    choose(height="ft/in", weight="lb")
    dialog = patient_dialog(qtbot, ctx)
    type_patient(qtbot, dialog, "2 ft", "tons")
    save(qtbot, dialog)
    height_error = dialog.errors.label_for("height_cm").text()
    assert "Height must be from 3 ft 3.4 in to 7 ft 6.5 in" in height_error
    assert "Weight must be a number from 55.2 lb to 661.3 lb" in dialog.errors.label_for("weight_kg").text()
    assert list_patients(ctx.db) == []


@pytest.fixture
def measures_page(qtbot, db: Database):
    from bonetracker.services.patients import add_patient, parse_patient
    from bonetracker.ui.pages.measures.page import MeasuresPage

    p = add_patient(db, parse_patient({"name": "Ada Moreau", "sex": "female", "birth_date": "1950-03-04"}))
    ctx = AppContext(db)
    ctx.select_patient(p.id)
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def cells(section) -> list[list[str]]:
    proxy = section.proxy
    return [[proxy.data(proxy.index(r, c)) for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_height_in_feet_and_inches_is_saved_in_cm_and_read_back(qtbot, measures_page) -> None:
    from bonetracker.services import measures as measure_svc

    choose(height="ft/in")
    s = measures_page.tests
    s.ctx.notify_changed("settings")
    s.kind_combo.setCurrentIndex(s.kind_combo.findData("height"))
    assert s.unit.currentText() == "ft/in"
    retype(qtbot, s.date, "2024-01-10")
    retype(qtbot, s.value, "5' 7\"")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    retype(qtbot, s.date, "2025-01-10")
    retype(qtbot, s.value, "5 ft 6.5 in")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)

    stored = sorted((m.value, m.unit) for m in measure_svc.list_measures(s.ctx.db, s.ctx.patient_id))
    assert stored == [(168.91, "cm"), (170.18, "cm")]
    rows = {r[0]: r for r in cells(s)}
    assert rows["2024-01-10"][2] == "5 ft 7 in"
    assert rows["2025-01-10"][2:4] == ["5 ft 6.5 in", "−0.5 in"]

    choose(height="cm")  # switching the unit shows the same entries converted
    s.ctx.notify_changed("settings")
    s.reload()
    rows = {r[0]: r for r in cells(s)}
    assert rows["2024-01-10"][2] == "170.18 cm" and rows["2025-01-10"][3] == "−1.3 cm"


def test_bad_height_in_feet_is_explained_in_feet(qtbot, measures_page) -> None:
    choose(height="ft/in")
    s = measures_page.tests
    s.ctx.notify_changed("settings")
    s.kind_combo.setCurrentIndex(s.kind_combo.findData("height"))
    s.unit.setCurrentIndex(s.unit.findText("ft/in"))
    retype(qtbot, s.value, "9 ft")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert "Height must be from 1 ft 7.7 in to 8 ft 2.4 in" in s.errors.label_for("value").text()
    assert cells(s) == []


def test_25ohd_in_nmol_per_litre_follows_the_setting(qtbot, measures_page) -> None:
    from bonetracker.services import labs as lab_svc

    s = measures_page.labs
    measures_page.tabs.setCurrentWidget(s)
    s.test.setCurrentIndex(s.test.findData("vitamin_d_25oh"))
    assert s.unit.currentText() == "ng/mL"
    retype(qtbot, s.date, "2024-03-01")
    retype(qtbot, s.value, "30")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert cells(s)[0][2] == "30 ng/mL"

    choose(vitamin_d_25oh="nmol/L")
    s.ctx.notify_changed("settings")
    s.reload()
    assert cells(s)[0][2] == "30 ng/mL (75 nmol/L)", "the entry is shown converted"
    s.test.setCurrentIndex(s.test.findData("vitamin_d_25oh"))
    assert s.unit.currentText() == "nmol/L", "a new result starts in the chosen unit"
    retype(qtbot, s.date, "2025-03-01")
    retype(qtbot, s.value, "80")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert {(r.value, r.unit) for r in lab_svc.list_labs(s.ctx.db, s.ctx.patient_id)} \
        == {(30.0, "ng/mL"), (80.0, "nmol/L")}
    assert [row[2] for row in cells(s)] == ["80 nmol/L", "30 ng/mL (75 nmol/L)"]


def test_vitamin_d_supplement_in_micrograms_is_stored_in_iu(qtbot, db: Database) -> None:
    from bonetracker.services import medications
    from bonetracker.services.patients import add_patient, parse_patient
    from bonetracker.ui.pages.medications.page import MedicationsPage

    choose(vitamin_d="µg")
    p = add_patient(db, parse_patient({"name": "Olga Petrova", "sex": "female", "birth_date": "1949-11-30"}))
    ctx = AppContext(db)
    ctx.select_patient(p.id)
    meds = MedicationsPage(ctx)
    qtbot.addWidget(meds)
    meds.show()
    meds.drug.setCurrentIndex(meds.drug.findText("vitamin D supplement"))
    assert meds.daily_amount.placeholderText() == "µg a day"
    retype(qtbot, meds.start, "2021-01-01")
    retype(qtbot, meds.daily_amount, "0.01")  # 0.4 IU: not a whole IU
    qtbot.mouseClick(meds.save_button, Qt.MouseButton.LeftButton)
    message = meds.errors.label_for("daily_amount").text()
    assert "Daily amount must be from 0.025 µg to 1250 µg a day" in message
    retype(qtbot, meds.daily_amount, "25")
    qtbot.mouseClick(meds.save_button, Qt.MouseButton.LeftButton)

    [course] = medications.list_medications(db, p.id)
    assert course.daily_amount == 1000, "stored in IU"
    assert "25 µg/day" in cells(meds)[0]
    choose(vitamin_d="IU")
    meds.reload()
    assert "1000 IU/day" in cells(meds)[0]


def test_programme_load_typed_in_pounds_is_prescribed_in_kg(qtbot, db: Database) -> None:
    from bonetracker.services import programmes
    from bonetracker.services.patients import add_patient, parse_patient
    from bonetracker.ui.pages.programme.page import ProgrammePage
    from bonetracker.ui.preferences import install_units

    choose(weight="lb")
    install_units()
    p = add_patient(db, parse_patient({"name": "Rosa Diaz", "sex": "female", "birth_date": "1948-05-05"}))
    ctx = AppContext(db)
    ctx.select_patient(p.id)
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.template.setCurrentIndex(page.template.findData("low_bone_mass"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    page.activity.setCurrentIndex(page.activity.findData("Free weights"))
    for edit, text in ((page.sets, "2"), (page.reps, "10"), (page.load, "10"), (page.per_week, "2")):
        retype(qtbot, edit, text)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    version = programmes.require_programme(db, p.id).current
    assert version is not None
    assert (10, 4.5359237) in [(i.reps, i.load_kg) for i in version.items if i.activity == "Free weights"]
    texts = [page.items.item(r, c).text() for r in range(page.items.rowCount())
             for c in range(page.items.columnCount()) if page.items.item(r, c)]
    assert "2 x 10 at 10 lb" in texts


def test_switching_units_in_settings_redisplays_open_pages(qtbot, db: Database, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from bonetracker.services import measures as measure_svc
    from bonetracker.services import workouts as workout_svc
    from bonetracker.services.activities import list_activities
    from bonetracker.services.patients import add_patient, parse_patient
    from bonetracker.ui.shell.main_window import MainWindow

    p = add_patient(db, parse_patient({"name": "Ines Park", "sex": "female", "birth_date": "1952-01-01"}))
    measure_svc.log_measure(db, measure_svc.parse_measure(
        p.id, {"kind": "height", "date": "2024-01-01", "value": "170.18"}))
    workout_svc.log_workout(db, workout_svc.parse_workout(p.id, {
        "date": "2024-01-02", "activity": "Free weights", "minutes": "20", "sets": "2", "reps": "10",
        "load_kg": "4.5359237"}, list_activities(db)))
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    window.ctx.select_patient(p.id)
    measures, workouts = window.pages["Measurements"], window.pages["Workouts"]
    window.show_page(measures)
    assert cells(measures.tests)[0][2] == "170.18 cm"

    def imperial(dialog: SettingsDialog) -> int:
        for quantity, unit in ((shown.HEIGHT, "ft/in"), (shown.WEIGHT, "lb")):
            dialog.units[quantity].setCurrentIndex(dialog.units[quantity].findData(unit))
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", imperial)
    window.open_settings()
    assert cells(measures.tests)[0][2] == "5 ft 7 in"
    window.show_page(workouts)
    section = workouts.section
    qtbot.waitUntil(lambda: bool(cells(section)))
    assert any("10 lb" in cell for cell in cells(section)[0])
