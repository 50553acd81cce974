"""Help → About: version, data folder, database in use (never its password) and the data credits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from bonetracker import __version__
from bonetracker.storage.database import default_data_dir
from bonetracker.ui.dialogs.about import USDA_CREDIT, AboutDialog, application_icon, display_database

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def shown_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def make_dialog(qtbot, url: str) -> AboutDialog:
    dialog = AboutDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_version_data_folder_database_and_credits(qtbot, tmp_path: Path) -> None:
    db_file = tmp_path / "clinic.sqlite3"
    dialog = make_dialog(qtbot, f"sqlite:///{db_file}")
    text = shown_text(dialog)
    assert f"Version {__version__}" in text
    assert dialog.database_label.text() == str(db_file)
    assert dialog.data_dir_label.text() == str(default_data_dir())
    assert USDA_CREDIT in text
    assert "Release 28" in text and "Public domain" in text
    assert "Compendium of Physical Activities" in text and "Ainsworth" in text
    assert "does not diagnose or prescribe" in text
    assert dialog.icon_label.pixmap() is not None and not dialog.icon_label.pixmap().isNull()
    assert not dialog.grab().isNull()


def test_hides_the_password_of_a_postgresql_url(qtbot) -> None:
    dialog = make_dialog(qtbot, "postgresql+psycopg://physio:s3cret-pw@clinic-server:5432/bonetracker")
    assert "s3cret-pw" not in shown_text(dialog)
    assert dialog.database_label.text() == "postgresql+psycopg://physio:***@clinic-server:5432/bonetracker"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://bt@localhost/bt", "postgresql://bt@localhost/bt"),
        ("sqlite:///:memory:", "sqlite:///:memory:"),
        ("weird://user:pa:ss@host", "weird://user:***@host"),
    ],
)
def test_display_database_never_leaks_a_password(url: str, shown: str) -> None:
    assert display_database(url) == shown


def test_application_icon_has_every_packaged_size(qapp) -> None:
    icon = application_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 64, 128, 256}
