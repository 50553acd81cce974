"""Packaging: the desktop entry, AppStream metainfo and icons, the installed command, the bundle.

The bundle test (:func:`test_bundle_self_test`) is marked slow and only runs when it can be honest
without making every test run build a bundle:

- it is skipped when PyInstaller is not installed in the virtualenv;
- with ``BONETRACKER_TEST_BUNDLE=1`` it always builds a fresh bundle into a temporary
  dist/work folder (about a minute) and tests that;
- without it, it tests ``dist/bonetracker/`` from ``make bundle`` when that bundle is newer than
  every source file, and otherwise builds into a temporary folder (so a stale or missing bundle
  never fails or passes the suite). PyInstaller is in the ``dev`` extra, so CI builds it.

Every run of the bundle gets an empty HOME and XDG folders and no virtualenv on its path.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bonetracker import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = PACKAGING / "bonetracker.desktop"
METAINFO_FILE = PACKAGING / "io.github.bonetracker.BoneTracker.metainfo.xml"
SPEC_FILE = PACKAGING / "bonetracker.spec"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
BUNDLE_EXE = ROOT / "dist" / "bonetracker" / "bonetracker"


def clean_env(tmp_path: Path) -> dict[str, str]:
    """An environment like a fresh user's: empty home and data folders, offscreen Qt."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def bonetracker_command() -> list[str]:
    """The installed ``bonetracker`` script of this virtualenv, else ``python -m bonetracker``."""
    script = Path(sys.executable).with_name("bonetracker")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bonetracker"]


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def test_desktop_file_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "BoneTracker"
    assert entry["Exec"] == "bonetracker"
    assert entry["Icon"] == "bonetracker" and (ICONS / "bonetracker.svg").is_file()
    assert entry["Terminal"] == "false"
    assert entry["Comment"]
    categories = entry["Categories"]
    assert categories.endswith(";") and "MedicalSoftware" in categories.split(";")


def test_metainfo_has_the_required_elements() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO_FILE.name.removesuffix(".metainfo.xml")
    for tag in ("name", "summary", "metadata_license", "project_license"):
        assert (root.findtext(tag) or "").strip(), f"<{tag}> is missing"
    assert root.findtext("project_license") == "MIT"
    assert root.findall("description/p")
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    images = [el.text or "" for el in root.findall("screenshots/screenshot/image")]
    assert images and all("/docs/images/" in url and url.endswith(".png") for url in images)
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    assert releases[-1].get("version") == "0.1.0" and releases[-1].get("date") == "2026-11-25"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_pngs_are_rendered_at_their_size(size: int) -> None:
    image = QImage(str(ICONS / f"bonetracker-{size}.png"))
    assert not image.isNull() and (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # transparent corners


def test_icon_svg_is_valid() -> None:
    root = ET.parse(ICONS / "bonetracker.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 256 256"


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    result = run([*bonetracker_command(), "--version"], clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"BoneTracker {__version__}"


@pytest.mark.slow
def test_self_test_passes(tmp_path: Path) -> None:
    if not (ROOT / "bonetracker" / "ui" / "main_window.py").is_file():
        pytest.skip("bonetracker/ui/shell/main_window.py does not exist yet; --self-test renders it")
    result = run([*bonetracker_command(), "--self-test"], clean_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def newest_source_mtime() -> float:
    files = [SPEC_FILE, PACKAGING / "launcher.py"]
    for folder in (ROOT / "bonetracker", ROOT / "resources"):
        files += [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return max(p.stat().st_mtime for p in files)


def build_bundle(tmp_path: Path) -> Path:
    dist, work = tmp_path / "dist", tmp_path / "work"
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC_FILE)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return dist / "bonetracker" / "bonetracker"


def bundle_to_test(tmp_path: Path) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed in the virtualenv (make bundle installs it)")
    if os.environ.get("BONETRACKER_TEST_BUNDLE") == "1":
        return build_bundle(tmp_path)
    if not BUNDLE_EXE.is_file() or BUNDLE_EXE.stat().st_mtime < newest_source_mtime():
        return build_bundle(tmp_path)
    return BUNDLE_EXE


@pytest.mark.slow
def test_bundle_self_test(tmp_path: Path) -> None:
    exe = bundle_to_test(tmp_path)
    internal = exe.parent / "_internal"
    assert (internal / "resources" / "activities.csv").is_file()
    assert (internal / "resources" / "icons" / "bonetracker.svg").is_file()
    assert list((internal / "bonetracker" / "storage" / "migrations" / "versions").glob("*.py"))
    env = clean_env(tmp_path)

    version = run([str(exe), "--version"], env)
    assert version.returncode == 0 and version.stdout.strip() == f"BoneTracker {__version__}", version.stderr

    self_test = run([str(exe), "--self-test"], env)
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert "self-test passed" in self_test.stdout

    # A data command with no --db creates and migrates the database in the user's data folder.
    listing = run([str(exe), "patients", "list"], env)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    assert (Path(env["XDG_DATA_HOME"]) / "BoneTracker" / "bonetracker.sqlite3").is_file()
