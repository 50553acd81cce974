"""The window in Spanish: every page, dialog and menu shows Spanish text, except names, numbers,
units and data.

How "untranslated" is decided (the allow-list rule)
---------------------------------------------------
The walk collects what a user reads: labels, buttons, group-box titles, tab texts, window titles,
table and tree headers, combo items, placeholders, tooltips, menu actions and the status bar.
Each text is cleaned (HTML tags and ``&`` accelerators removed) and split into words. A word is
*English* when it occurs in an English source text of a catalog (``bonetracker/translations/*.ts``,
or the English stop words below) and in no Spanish translation: "Save", "the" or "Weekly" are
English, "Plan", "Normal" or "DXA" are not (Spanish uses them too). A text with an English word
fails, unless the word is allowed:

- **names**: the patients' names in the database, drug names of the catalogue, words written in
  capitals (acronyms such as FRAX, FHIR, TUG) and the titles of cited publications
  (:data:`CITATIONS`);
- **numbers and units**: digits never count as words, and :data:`UNITS` (kg, cm, g/cm², MET…)
  are allowed;
- **data**: table cells are not walked (they hold the patient's records); combo items that are
  catalogue entries (drugs, activities, foods) are names; file paths and web addresses are data (
          and words joined by ``/`` are units: mg/day);
  widgets in :data:`FILE_FORMAT_WIDGETS` show a file's column names as they are written in it;
- **citations**: the About box's credits (:func:`cited`) are quoted as published;
- **sources**: what follows "Fuente:" names publications, quoted as published, and so does the
  publication in brackets beside a drug's wording (the ``source`` of ``drugs.HOW_TO_TAKE`` and
  ``drugs.RARE_EFFECTS``);
- **activity names** are data (the user's activity catalogue) also where a sentence gives them as
  examples ("por ejemplo, Free weights y Resistance bands").

Domain, service and report wording (site, category, measure and lab labels, caseload flags, FRAX
models, fracture sites, drug texts…) is translated by ``core_es.ts`` where the window shows it, and
the walk checks it like any other text.

The same words in English are shown when no language is installed, which the last tests check:
English stays the default (tests, CLI), and the catalogs are complete and compiled.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

import bonetracker
from bonetracker.domain import i18n as domain_i18n
from bonetracker.domain.errors import ValidationError
from bonetracker.domain.records import PatientId
from bonetracker.storage.database import Database
from bonetracker.ui.context import AppContext
from bonetracker.ui.pages import PAGES
from bonetracker.ui.preferences import KEY_LANGUAGE, app_settings, language_choice
from bonetracker.ui.shell.main_window import MainWindow
from bonetracker.ui.widgets import i18n

PACKAGE = Path(bonetracker.__file__).resolve().parent
TRANSLATIONS = PACKAGE / "translations"

STOP_WORDS = {"the", "and", "of", "to", "with", "your", "you", "is", "are", "was", "were", "for",
              "from", "this", "that", "not", "on", "it", "be", "by", "at", "or", "an", "as", "has",
              "have", "will", "can", "yet", "than", "there", "their", "its", "new", "save", "add"}
UNITS = {"kg", "lb", "cm", "ft", "in", "mm", "g", "mg", "µg", "mcg", "iu", "ng", "ml", "nmol", "l",
         "min", "s", "h", "d", "y", "wk", "yr", "met", "kcal", "mmol", "pmol", "µmol", "dl", "cm²"}
FILE_FORMAT_WIDGETS = {"columns"}  # object names: the import dialog's list of CSV column names
CITATIONS = ("Royal Osteoporosis Society", "Strong, Steady and Straight", "Too Fit To Fracture",
             "Osteoporosis Canada", "Compendium of Physical Activities", "Qt for Python",
             "US Department of Agriculture", "USDA National Nutrient Database")


# -- the catalogs -------------------------------------------------------------------------------
def read_catalog(path: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) of every message of a Qt Linguist ``.ts`` file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            messages.append((name, message.findtext("source") or "", translation.text or "", finished))
    return messages


PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:[’'][^\W\d_]+)?", text)


@cache
def spanish_words() -> frozenset[str]:
    found: set[str] = set()
    for path in TRANSLATIONS.glob("*_es.ts"):
        for _ctx, _source, translation, finished in read_catalog(path):
            if finished:
                found.update(w.casefold() for w in words(PLACEHOLDER.sub(" ", translation)))
    return frozenset(found)


@cache
def english_words() -> frozenset[str]:
    found = set(STOP_WORDS)
    for path in TRANSLATIONS.glob("*_es.ts"):
        for _ctx, source, _translation, _finished in read_catalog(path):
            found.update(w.casefold() for w in words(PLACEHOLDER.sub(" ", source)))
    return frozenset(found - spanish_words() - UNITS)


def cited() -> tuple[str, ...]:
    """CITED: the About box's credits, quoted as published (a citation is not translated)."""
    from bonetracker.ui.dialogs.about import COMPENDIUM_CREDIT, USDA_CREDIT

    return (USDA_CREDIT, COMPENDIUM_CREDIT)


# -- what a user reads --------------------------------------------------------------------------
def clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"&(?=\S)", "", text.replace("&&", "\0")).replace("\0", "&")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what ``root`` and its visible children show."""
    widgets = [root, *[w for w in root.findChildren(QWidget)
                       if w.isVisibleTo(root) and w.objectName() not in FILE_FORMAT_WIDGETS]]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName()!r}"
        if w.isWindow() and w.windowTitle():
            yield f"{where} title", w.windowTitle()
        if w.toolTip():
            yield f"{where} tooltip", w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where} tab", w.tabText(i)
                yield f"{where} tab tooltip", w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item", w.itemText(i)
        elif isinstance(w, QLineEdit):
            yield f"{where} placeholder", w.placeholderText()
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model (completers): no headers
                columns = 0
            for section in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{where} header", value
        for action in w.actions():
            yield from action_texts(action, where)


def action_texts(action, where: str) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    if action.isSeparator():
        return
    yield f"{where} action", action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield f"{where} action tooltip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        for sub in menu.actions():
            yield from action_texts(sub, f"{where} > {action.text()}")


class Checker:
    """Collects untranslated texts; ``names`` are allowed words (patients, drugs, catalogues)."""

    def __init__(self, names: set[str], catalogue_items: set[str], quoted: set[str] | None = None) -> None:
        self.names = {n.casefold() for n in names}
        self.catalogue_items = catalogue_items
        self.quoted = sorted(quoted or (), key=len, reverse=True)  # longest first: "Tai chi" before "Tai"
        self.found: dict[str, str] = {}

    def english_in(self, text: str) -> list[str]:
        text = clean(text)
        if not text.strip() or text.strip() in self.catalogue_items:
            return []
        for citation in (*cited(), *CITATIONS, *self.quoted):
            text = text.replace(citation, " ")
        text = re.sub(r"Fuente: [^\n]*", " ", text)  # a source names publications, as published
        text = re.sub(r"(?:(?<=\s)|^)[~/]\S*|\S*\\\S*", " ", text)  # file paths are data
        text = re.sub(r"\S*/\S*", " ", text)  # web addresses; mg/day, g/cm²: units
        english = english_words()
        return [w for w in words(text)
                if w.casefold() in english and w.casefold() not in self.names and not w.isupper()]

    def check(self, texts: Iterator[tuple[str, str]]) -> None:
        for where, text in texts:
            english = self.english_in(text)
            if english:
                self.found.setdefault(clean(text).strip(), f"{where} ({', '.join(english)})")


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The window in Spanish for one test; English (no translators) again afterwards."""
    assert i18n.install_language("es", qapp) == "es"
    yield
    i18n.install_language("en", qapp)


@pytest.fixture
def demo_db(db: Database) -> tuple[Database, PatientId]:
    """The demo's patients (years of logs on every page); the first vignette is selected."""
    from bonetracker.services import demo

    report = demo.generate(db, patients=3)
    return db, report.patient_ids[0]


def _names(db: Database) -> tuple[set[str], set[str], set[str]]:
    from bonetracker.domain import drugs
    from bonetracker.services import activities
    from bonetracker.services.patients import list_patients
    from bonetracker.storage.repositories.food_seed import read_short_names, usda_dir

    names = {w for p in list_patients(db, include_archived=True) for w in words(p.name)}
    items: set[str] = set()
    quoted: set[str] = set()
    for drug in drugs.catalogue().values():
        names.update(words(drug.name))
        items.add(drug.name)
    for activity in activities.list_activities(db):  # also where a sentence names them as examples
        items.add(activity.name)
        quoted.add(activity.name)
    for text in (*drugs.HOW_TO_TAKE.values(), *drugs.RARE_EFFECTS.values()):
        quoted.add(text.source)  # the publication beside each drug text
    for short in read_short_names(usda_dir()).values():  # the foods the plan names are data
        names.update(words(short))
    return names, items, quoted


@pytest.fixture
def window(qtbot, spanish: None, demo_db: tuple[Database, PatientId]) -> MainWindow:
    db, pid = demo_db
    ctx = AppContext(db)
    ctx.select_patient(pid)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def _report(found: dict[str, str]) -> str:
    return "untranslated:\n" + "\n".join(f"  {text!r}  <- {where}" for text, where in sorted(found.items()))


# -- the walk -----------------------------------------------------------------------------------
def test_every_page_menu_and_the_window_around_them_are_in_spanish(qtbot, window: MainWindow) -> None:
    checker = Checker(*_names(window.ctx.db))
    for title, _spec in PAGES:
        page = window.show_page(title)
        qtbot.wait(5)
        checker.check(shown_texts(page))
        for tabs in page.findChildren(QTabWidget):  # a page's own tabs, each in front in turn
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(1)
                checker.check(shown_texts(page))
    checker.check(shown_texts(window))  # tabs, docks, header, status bar, every menu and action
    for menu in window.menus.values():
        checker.check(action_texts(menu.menuAction(), "menu"))
    assert window.tabs.tabText(0) == "Plan" and window.tabs.tabText(2) == "Densitometrías"
    assert checker.found == {}, _report(checker.found)


def test_every_dialog_is_in_spanish(qtbot, window: MainWindow) -> None:
    from bonetracker.services.medications import list_medications
    from bonetracker.ui.pages.medications.stop_course import StopCourseDialog
    from tests.ui.test_accessibility import _dialogs

    db = window.ctx.db
    checker = Checker(*_names(db))
    pid = window.ctx.patient_id
    assert pid is not None
    dialogs: list[QDialog] = _dialogs(window)
    courses = list_medications(db, pid)
    if courses:
        dialogs.append(StopCourseDialog(window.ctx, courses[0], window))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        checker.check(shown_texts(dialog))
        for tabs in dialog.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                checker.check(shown_texts(dialog))
        dialog.close()
    assert len(dialogs) >= 10
    assert checker.found == {}, _report(checker.found)


def test_the_checker_catches_english_and_allows_names_numbers_and_units() -> None:
    checker = Checker({"Maria", "Santos"}, {"Brisk walking"})
    assert checker.english_in("Save workout") == ["Save", "workout"]
    assert checker.english_in("&Guardar sesión de ejercicio") == []
    assert checker.english_in("Maria Santos, 68 años, 1.2 kg, 0.812 g/cm², FRAX") == []
    assert checker.english_in("Brisk walking") == []
    assert checker.english_in("<b>Last scan</b>") == ["Last", "scan"]


# -- the setting, the defaults and the catalogs ---------------------------------------------------
def test_the_language_setting_is_remembered_and_system_follows_the_locale(qtbot, db: Database,
                                                                          qapp: QApplication) -> None:
    from bonetracker.ui.dialogs.settings import SettingsDialog

    assert language_choice() == "system"
    assert i18n.resolve_language("system", QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) == "es"
    assert i18n.resolve_language("system", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert i18n.resolve_language("fr") == "en"
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_note.isVisibleTo(dialog)  # said plainly: from the next start
    dialog.accept()
    assert app_settings().value(KEY_LANGUAGE) == "es" and language_choice() == "es"
    try:
        assert i18n.install_language(language_choice(), qapp) == "es"
        assert QCoreApplication.translate("pages", "Scans") == "Densitometrías"
        assert domain_i18n.translate("pages", "Scans") == "Densitometrías"  # the domain's hook follows
        again = SettingsDialog(db)
        qtbot.addWidget(again)
        assert again.language.currentData() == "es" and again.windowTitle() == "Ajustes"
    finally:
        assert i18n.install_language("en", qapp) == "en"
    assert QCoreApplication.translate("pages", "Scans") == "Scans"
    assert domain_i18n.translate("pages", "Scans") == "Scans"


def test_english_is_the_default_and_the_cli_loads_no_translation(tmp_path: Path) -> None:
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("pages", "Scans") == "Scans"
    env = {"LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8", "LANGUAGE": "es", "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    probe = ("import sys, runpy\n"
             "sys.argv = ['bonetracker', '--help']\n"
             "try:\n"
             "    runpy.run_module('bonetracker', run_name='__main__')\n"
             "except SystemExit:\n"
             "    pass\n"
             "from bonetracker.ui.widgets import i18n\n"
             "from bonetracker.domain import i18n as d\n"
             "print('LANG', i18n.current_language(), d.translate('pages', 'Scans'))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert "LANG en Scans" in done.stdout, done.stderr
    assert "Densitometr" not in done.stdout


def test_every_catalog_entry_is_finished_and_keeps_its_placeholders() -> None:
    catalogs = sorted(TRANSLATIONS.glob("ui_*.ts"))
    assert catalogs, "no ui catalog"
    for path in catalogs:
        messages = read_catalog(path)
        assert len(messages) > 500
        unfinished = [source for _c, source, _t, finished in messages if not finished]
        assert unfinished == [], f"{path.name}: unfinished {unfinished[:10]}"
        for _context, source, translation, _finished in messages:
            assert sorted(re.findall(r"\{[^{}]*\}", source)) == sorted(re.findall(r"\{[^{}]*\}",
                                                                                  translation)), \
                (path.name, source, translation)


def test_accelerators_are_unique_in_each_spanish_menu(window: MainWindow) -> None:
    for menu in [*window.menus.values(), *window.findChildren(QMenu)]:
        keys = [m.group(1).casefold() for a in menu.actions()
                if (m := re.search(r"&([^&\s])", a.text())) and a.isVisible()]
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    bar = [m.group(1).casefold() for a in window.menuBar().actions() if (m := re.search(r"&(\w)", a.text()))]
    assert len(bar) == len(set(bar)), bar


def test_the_compiled_catalogs_are_up_to_date(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        committed = ts.with_suffix(".qm")
        assert committed.is_file(), f"{committed.name} missing: run make translations"
        rebuilt = tmp_path / committed.name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(rebuilt)], check=True, timeout=120)
        assert rebuilt.read_bytes() == committed.read_bytes(), \
            f"{committed.name} is stale: run make translations"


def test_the_ui_catalog_holds_every_string_of_the_window(tmp_path: Path) -> None:
    """pyside6-lupdate over the window's sources finds no string the committed catalog lacks
    (a string marked for translation without ``make translations`` fails here)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    core = {PACKAGE / "ui" / "report.py", PACKAGE / "ui" / "handout.py"}  # in core_*.ts
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py") if p not in core)
    for committed in sorted(TRANSLATIONS.glob("ui_*.ts")):
        fresh = tmp_path / committed.name
        fresh.write_bytes(committed.read_bytes())
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)], check=True,
                       timeout=300)
        missing = [source for _c, source, _t, finished in read_catalog(fresh) if not finished]
        assert missing == [], f"{committed.name} lacks {missing[:10]}: run make translations"


def test_settings_language_rebuilds_the_window_on_the_same_patient_and_page(
        qtbot, demo_db: tuple[Database, PatientId], qapp: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings > Language applies at once: the window is rebuilt in Spanish on the same patient
    and page, the app follows the new window, and choosing English brings English back."""
    from bonetracker.ui.app import Started, follow
    from bonetracker.ui.dialogs.settings import SettingsDialog

    db, pid = demo_db
    ctx = AppContext(db)
    ctx.select_patient(pid)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("Scans")
    started = Started(qapp, db, ctx, window, None)
    window.replaced.connect(lambda new: follow(started, new))

    def choose(language: str) -> None:
        def exec_(dialog: SettingsDialog) -> int:
            dialog.language.setCurrentIndex(dialog.language.findData(language))
            dialog.accept()
            return int(QDialog.DialogCode.Accepted)
        monkeypatch.setattr(SettingsDialog, "exec", exec_)

    try:
        choose("es")
        window.open_settings()
        spanish = started.window
        qtbot.addWidget(spanish)
        assert spanish is not window and not window.isVisible() and spanish.isVisible()
        assert spanish.ctx.patient_id == pid and started.ctx is spanish.ctx
        assert spanish.tabs.tabText(spanish.tabs.currentIndex()) == "Densitometrías"
        assert spanish.menus["File"].title() == "&Archivo"
        titles = {box.title() for box in spanish.pages["Scans"].findChildren(QGroupBox)}
        assert {"Nueva visita de DXA", "Visitas"} <= titles
        choose("en")
        spanish.open_settings()
        english = started.window
        qtbot.addWidget(english)
        assert english is not spanish
        assert english.tabs.tabText(english.tabs.currentIndex()) == "Scans"
        assert english.menus["File"].title() == "&File" and english.ctx.patient_id == pid
    finally:
        i18n.install_language("en", qapp)


# -- units and dates (issue 21's other half) in Spanish ---------------------------------------------
@pytest.fixture
def imperial_units_and_spanish_dates(qapp: QApplication) -> Iterator[None]:
    """Every unit switched away from the canonical one, dates in Spain's short format."""
    from bonetracker.domain.measures import shown
    from bonetracker.ui.preferences import UNIT_KEYS, install_units
    from bonetracker.ui.widgets.dates import install_date_format

    for quantity, unit in {shown.HEIGHT: shown.FEET_INCHES, shown.WEIGHT: "lb",
                           shown.VITAMIN_D: "µg", shown.VITAMIN_D_25OH: "nmol/L"}.items():
        app_settings().setValue(UNIT_KEYS[quantity], unit)
    install_units()
    install_date_format(QLocale("es_ES"))
    yield  # conftest puts ISO dates and canonical units back


def test_the_units_and_the_date_format_read_in_spanish(
        qtbot, imperial_units_and_spanish_dates: None, window: MainWindow) -> None:
    """With feet and inches, pounds, µg and nmol/L chosen: the Units settings, the unit fields,
    their hints and their messages are Spanish (unit symbols stay), date hints spell the year
    "AAAA", and the walk of every page and dialog finds no English."""
    from bonetracker.ui.dialogs.patient import PatientDialog
    from bonetracker.ui.dialogs.settings import SettingsDialog
    from bonetracker.ui.pages.measures.page import MeasuresPage
    from tests.ui.test_accessibility import _dialogs

    checker = Checker(*_names(window.ctx.db))
    for title, _spec in PAGES:
        page = window.show_page(title)
        qtbot.wait(5)
        checker.check(shown_texts(page))
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(1)
                checker.check(shown_texts(page))
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        checker.check(shown_texts(dialog))
        dialog.close()
    assert checker.found == {}, _report(checker.found)

    settings = SettingsDialog(window.ctx.db, window)
    qtbot.addWidget(settings)
    assert "Unidades" in {box.title() for box in settings.findChildren(QGroupBox)}
    labels = {label.text() for label in settings.findChildren(QLabel)}
    assert {"Talla", "Peso y cargas", "Ingesta de vitamina D", "Nivel de 25(OH)D en sangre"} <= labels
    assert settings.units["height"].currentText() == "ft y in"
    assert settings.units["vitamin_d_25oh"].currentText() == "nmol/L"  # a unit stays a symbol

    dialog = PatientDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.birth_date.placeholderText() == "D/M/AAAA"
    assert dialog.quit_date.placeholderText() == "D/M/AAAA (si se conoce)"
    assert dialog.height_cm.placeholderText() == "p. ej., 5 ft 7 in o 5' 7\""
    assert dialog.weight_kg.toolTip() == "Opcional; de 55.2 lb a 661.3 lb"
    dialog.height_cm.setText("2 ft")
    dialog.weight_kg.setText("toneladas")
    with pytest.raises(ValidationError) as raised:
        dialog.canonical_raw()
    messages = {error.field: error.message for error in raised.value.errors}
    assert messages["height_cm"] == "Talla debe ser de 3 ft 3.4 in a 7 ft 6.5 in (se escribió 2 ft)"
    assert messages["weight_kg"] == "Peso debe ser un número de 55.2 lb a 661.3 lb (se escribió toneladas)"
    for message in messages.values():
        assert checker.english_in(message) == [], message
    dialog.height_cm.clear()  # nothing typed: closing asks nothing
    dialog.weight_kg.clear()

    measures = window.show_page("Measurements")
    assert isinstance(measures, MeasuresPage)
    tests = measures.tests
    tests.kind_combo.setCurrentIndex(tests.kind_combo.findData("height"))
    assert tests.unit.currentText() == "ft/in"
    assert tests.value.toolTip() == "Obligatorio; de 1 ft 7.7 in a 8 ft 2.4 in"
    with pytest.raises(ValidationError) as raised:
        tests.parse(window.ctx.patient_id, {"kind": "height", "unit": "ft/in", "value": "1 ft",
                                            "date": "2026-03-09"}, None)
    assert raised.value.errors[0].message == ("La talla debe ser de 1 ft 7.7 in a 8 ft 2.4 in, "
                                              "p. ej., 5 ft 7 in o 5' 7\" (se escribió 1 ft)")


def test_a_language_rebuild_keeps_the_date_format_and_the_units(
        qtbot, imperial_units_and_spanish_dates: None, demo_db: tuple[Database, PatientId],
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings > Language rebuilds the window; dates stay in the installed format and values in
    the chosen units (the formatter and the units are not the translators')."""
    from bonetracker.domain.measures import shown
    from bonetracker.services.patients import get_patient
    from bonetracker.ui.dialogs.patient import PatientDialog
    from bonetracker.ui.dialogs.settings import SettingsDialog
    from bonetracker.ui.preferences import unit_for

    db, pid = demo_db
    ctx = AppContext(db)
    ctx.select_patient(pid)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def exec_(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    try:
        replaced: list[MainWindow] = []
        window.replaced.connect(replaced.append)
        window.open_settings()
        assert len(replaced) == 1
        spanish = replaced[0]
        qtbot.addWidget(spanish)
        patient = get_patient(db, pid)
        born = f"{patient.birth_date.day}/{patient.birth_date.month}/{patient.birth_date.year}"
        assert f"nacido/a el {born}" in spanish.header.text()
        assert unit_for(shown.HEIGHT) == shown.FEET_INCHES and shown.chosen_unit(shown.VITAMIN_D) == "µg"
        dialog = PatientDialog(spanish.ctx, patient, spanish)
        qtbot.addWidget(dialog)
        assert dialog.birth_date.text() == patient.birth_date.isoformat()  # what the service reads
        assert dialog.birth_date.shown_text() == born
        if patient.height_cm is not None:
            assert dialog.height_cm.text().endswith(" in")
    finally:
        i18n.install_language("en", qapp)
