"""The window's language: Qt translators for BoneTracker's catalogs and Qt's own, installed at start.

Every user-visible string in the window goes through Qt's translation system: ``self.tr("…")`` in a
QObject subclass, :func:`translate` (``translate("Context", "…")``) elsewhere, and
``QT_TRANSLATE_NOOP("Context", "…")`` in module-level tables translated where they are shown. The
catalogs are ``bonetracker/translations/*_<lang>.ts`` (``make translations`` updates them with
``pyside6-lupdate`` and compiles the ``.qm`` files beside them, which are committed).

:func:`install_language` loads every ``*_<lang>.qm`` of the package plus Qt's own ``qtbase_<lang>``
(standard dialog buttons), and points the domain's hook (:mod:`bonetracker.domain.i18n`) at Qt, so
the plan's guidance and validation messages follow. English is the source language: choosing it
removes every translator and the domain's hook goes back to English. The CLI never calls this.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

import bonetracker
from bonetracker.domain import i18n as domain_i18n

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
"""Each language in its own words, as a language menu shows it (never translated)."""

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the ``context`` catalog and return it unchanged (a table's label,
    translated where it is shown); Qt's own returns ``object`` to type checkers."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (``QCoreApplication.translate``); write ``text`` as a
    literal at the call so ``pyside6-lupdate`` finds it, and fill placeholders afterwards."""
    return QCoreApplication.translate(context, text)


SEX_LABELS = {"female": QT_TRANSLATE_NOOP("sex", "female"), "male": QT_TRANSLATE_NOOP("sex", "male")}


def sex_label(value: str) -> str:
    """A patient's sex (the stored ``"female"``/``"male"``) in the window's language."""
    return translate("sex", SEX_LABELS.get(value, value))


def day_text(day: dt.date) -> str:
    """A day with its weekday and month names in the window's language ("Fri 04 Dec 2026",
    "vie 04 dic 2026")."""
    if _current == SOURCE_LANGUAGE:
        return day.strftime("%a %d %b %Y")
    return QLocale(_current).toString(QDate(day.year, day.month, day.day), "ddd dd MMM yyyy")


def translations_dir() -> Path:
    """Where the package's ``.ts`` and ``.qm`` catalogs live."""
    return Path(bonetracker.__file__).resolve().parent / "translations"


def available_languages() -> list[str]:
    """English plus every language with a compiled catalog, e.g. ``["en", "es"]``."""
    found = {path.stem.rsplit("_", 1)[-1] for path in translations_dir().glob("*_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a Language setting: ``"system"`` is the desktop's language
    (``QLocale.system()``) when BoneTracker has it, else English; an unknown choice is English."""
    if choice == "system":
        locale = QLocale.system() if system is None else system
        choice = locale.name().split("_")[0]
    return choice if choice in available_languages() else SOURCE_LANGUAGE


def current_language() -> str:
    """The language installed by the last :func:`install_language` (English before any)."""
    return _current


def _qt_translations() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(choice: str, app: QCoreApplication | None = None) -> str:
    """Show the window in ``choice`` (``"system"``, ``"en"``, ``"es"``…) from now on; returns the
    language used. Widgets already built keep their texts: build (or rebuild) them afterwards."""
    global _current
    app = app or QCoreApplication.instance()
    language = resolve_language(choice)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language == SOURCE_LANGUAGE or app is None:
        domain_i18n.set_translator(None)
        return language
    catalogs = sorted(translations_dir().glob(f"*_{language}.qm"))
    qt_own = _qt_translations() / f"qtbase_{language}.qm"
    if qt_own.is_file():
        catalogs.append(qt_own)
    for path in catalogs:
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    domain_i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    return language
