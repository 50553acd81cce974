"""Help → About: version, where the data lives, the data credits and what the app is not.

Paths are selectable so a user can paste them into a support request; a database URL never
shows its password.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bonetracker import __version__
from bonetracker.resources import resource_path
from bonetracker.storage.database import default_data_dir, display_url
from bonetracker.ui.widgets.i18n import QT_TRANSLATE_NOOP

APP_NAME = "BoneTracker"
ICON_SIZES: tuple[int, ...] = (16, 32, 48, 64, 128, 256)
ICON_PIXELS = 80
DIALOG_WIDTH = 520

USDA_CREDIT = (  # a citation: kept in English, as published
    "US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. "
    "USDA National Nutrient Database for Standard Reference, Release 28. "
    "Version Current: September 2015. Public domain."
)
COMPENDIUM_CREDIT = (  # a citation: kept in English, as published
    "Activity catalogue: MET values from the Compendium of Physical Activities. Ainsworth BE, "
    "Haskell WL, Herrmann SD, et al. 2011 Compendium of Physical Activities: a second update of "
    "codes and MET values. Med Sci Sports Exerc. 2011;43(8):1575-81."
)
DISCLAIMER = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "BoneTracker informs; it does not diagnose or prescribe. "
    "Talk to your doctor about your results and treatment.")



def application_icon() -> QIcon:
    """The app icon from resources/icons (the SVG plus the PNG sizes); empty when not installed."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path(f"icons/bonetracker-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    svg = resource_path("icons/bonetracker.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


def display_database(url: str) -> str:
    """The database as the About box shows it (see ``storage.database.display_url``)."""
    return display_url(url)


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """Modal "About BoneTracker" box for the database at ``db_url``."""

    def __init__(self, db_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setMinimumWidth(DIALOG_WIDTH)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())

        where = QGroupBox(self.tr("Your data"))
        form = QFormLayout(where)
        self.data_dir_label = _selectable(str(default_data_dir()))
        self.database_label = _selectable(display_database(db_url))
        form.addRow(self.tr("Data folder:"), self.data_dir_label)
        form.addRow(self.tr("Database in use:"), self.database_label)
        layout.addWidget(where)

        credits = QGroupBox(self.tr("Data sources"))
        credits_layout = QVBoxLayout(credits)
        self.usda_label = _selectable(self.tr("Food composition: {credit}").format(credit=USDA_CREDIT))
        self.compendium_label = _selectable(COMPENDIUM_CREDIT)
        credits_layout.addWidget(self.usda_label)
        credits_layout.addWidget(self.compendium_label)
        layout.addWidget(credits)

        self.disclaimer_label = QLabel(self.tr(DISCLAIMER))
        self.disclaimer_label.setWordWrap(True)
        self.disclaimer_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.disclaimer_label)
        layout.addSpacing(6)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Word-wrapped labels make the default size hint too tall; size to the wrapped text.
        self.resize(DIALOG_WIDTH, layout.totalHeightForWidth(DIALOG_WIDTH))

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        icon = application_icon()
        self.setWindowIcon(icon)
        self.icon_label = QLabel()
        if not icon.isNull():
            self.icon_label.setPixmap(icon.pixmap(ICON_PIXELS, ICON_PIXELS))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.icon_label)

        text = QVBoxLayout()
        title = QLabel(APP_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.version_label = _selectable(self.tr("Version {version}").format(version=__version__))
        summary = QLabel(self.tr("An offline bone-health tracker for people with osteopenia or osteoporosis "
                                 "and their physiotherapists. MIT licence."))
        summary.setWordWrap(True)
        runtime = QLabel(self.tr("Python {python_version}, Qt for Python {PYSIDE_VERSION}").format(
                python_version=platform.python_version(), PYSIDE_VERSION=PYSIDE_VERSION))
        small = QFont(runtime.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        runtime.setFont(small)
        for widget in (title, self.version_label, summary, runtime):
            text.addWidget(widget)
        header.addLayout(text, 1)
        return header
