"""The app's own preferences (QSettings): where they live and the readers every layer may use.

Kept apart from the Settings dialog (which edits them) so a page or a widget can read a
preference without importing a dialog; clinic-wide settings live in the database instead
(``services.settings``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QProcess, QSettings, QStandardPaths

from bonetracker.domain.measures import shown
from bonetracker.storage.locations import default_data_dir

if TYPE_CHECKING:
    from bonetracker.storage.database import Database

ORGANIZATION = "BoneTracker"
APPLICATION = "BoneTracker"

KEY_SINGLE_PROFILE = "ui/single_profile"
KEY_LOAD_UNIT = "units/load"  # body weight and training loads: one choice, kept under its old key
LOAD_UNITS = ("kg", "lb")
KEY_WEIGHT_UNIT = KEY_LOAD_UNIT
KEY_HEIGHT_UNIT = "units/height"
KEY_VITAMIN_D_UNIT = "units/vitamin_d"
KEY_VITAMIN_D_25OH_UNIT = "units/vitamin_d_25oh"
UNIT_KEYS = {shown.HEIGHT: KEY_HEIGHT_UNIT, shown.WEIGHT: KEY_WEIGHT_UNIT,
             shown.VITAMIN_D: KEY_VITAMIN_D_UNIT, shown.VITAMIN_D_25OH: KEY_VITAMIN_D_25OH_UNIT}
KEY_TEXT_SCALE = "view/text_scale"  # per cent, 100..200
KEY_THEME = "view/theme"
THEME_CHOICES = ("system", "light", "dark", "high_contrast")
KEY_LARGE_PRINT = "report/large_print"
KEY_FOLDER = "folders/{kind}"  # the folder last used for one kind of file (reports, backups...)


def app_settings() -> QSettings:
    """BoneTracker's settings store, by explicit names so it works before a QApplication exists."""
    return QSettings(ORGANIZATION, APPLICATION)


def single_profile_mode() -> bool:
    """True when the user chose to hide the patient list (one person tracking themselves)."""
    return bool(app_settings().value(KEY_SINGLE_PROFILE, False, type=bool))


def default_unit(quantity: str, locale: QLocale | None = None) -> str:
    """The unit a new user sees for ``quantity``: feet and inches and pounds where the locale
    measures in US customary units, else metric; vitamin D in IU and 25(OH)D in ng/mL (the units
    the plan's targets and thresholds are written in) until the user chooses otherwise."""
    system = (locale or QLocale.system()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return {shown.HEIGHT: shown.FEET_INCHES, shown.WEIGHT: "lb"}.get(
            quantity, shown.units_of(quantity)[0])
    return shown.units_of(quantity)[0]


def unit_for(quantity: str) -> str:
    """The unit chosen in Settings for ``quantity`` (``shown.HEIGHT``, ``WEIGHT``, ``VITAMIN_D``,
    ``VITAMIN_D_25OH``), else the locale's default; values are stored canonical either way."""
    unit = str(app_settings().value(UNIT_KEYS[quantity], default_unit(quantity)))
    return unit if unit in shown.units_of(quantity) else default_unit(quantity)


def install_units() -> None:
    """Hand the chosen units to the domain's wording (intake totals and targets); the app calls
    this at start-up and whenever Settings are saved."""
    shown.set_chosen_units({quantity: unit_for(quantity) for quantity in UNIT_KEYS})


def load_unit() -> str:
    """"kg" or "lb": how body weight and training loads are typed and shown (stored in kg)."""
    return unit_for(shown.WEIGHT)


def text_scale_percent() -> int:
    """The chosen text size, 100 to 200 (per cent of the system's font size)."""
    try:
        value = int(str(app_settings().value(KEY_TEXT_SCALE, 100)))
    except ValueError:
        return 100
    return min(max(value, 100), 200)


def theme_choice() -> str:
    """"system" (follow the desktop's colour scheme), "light", "dark" or "high_contrast"."""
    choice = str(app_settings().value(KEY_THEME, "system"))
    return choice if choice in THEME_CHOICES else "system"


def large_print() -> bool:
    """Whether printed and exported reports use large print."""
    return bool(app_settings().value(KEY_LARGE_PRINT, False, type=bool))


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def last_folder(kind: str) -> Path:
    """Where a file dialog for ``kind`` opens: the folder last used for it, else Documents."""
    stored = app_settings().value(KEY_FOLDER.format(kind=kind), "")
    path = Path(str(stored)) if stored else None
    return path if path is not None and path.is_dir() else documents_folder()


def remember_folder(kind: str, chosen: str | Path) -> None:
    """Remember the folder of a path the user chose (a file's folder, or the folder itself)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    app_settings().setValue(KEY_FOLDER.format(kind=kind), str(folder))


DEMO_FILE = "demo.sqlite3"


def demo_path() -> Path:
    """The demo database: its own file in the data folder, never the user's own data."""
    return default_data_dir() / DEMO_FILE


def is_demo(db: Database) -> bool:
    """Whether ``db`` is the demo file (the window then says "Demo")."""
    return db.path is not None and db.path.resolve() == demo_path().resolve()


def launch(database: Path | None) -> bool:
    """Start another BoneTracker window on ``database`` (None: the user's own default)."""
    args = ["-m", "bonetracker"] + (["--db", str(database)] if database is not None else [])
    return bool(QProcess.startDetached(sys.executable, args))
