"""Where the database is: ``--db``, else ``BONETRACKER_DATABASE_URL``, else the user data folder.

Kept apart from :mod:`bonetracker.storage.database` (which imports SQLAlchemy, ~0.3 s) so the
entry point can find the file, and start checking it, before anything heavy is imported.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

import platformdirs

ENV_URL = "BONETRACKER_DATABASE_URL"
APP_NAME = "BoneTracker"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "bonetracker.sqlite3"


def resolve_url(db: str | None = None, environ: dict[str, str] | None = None) -> str:
    """Pick the database: ``--db`` (a path or URL), then the environment variable, then default."""
    env = os.environ if environ is None else environ
    choice = db or env.get(ENV_URL) or str(default_database_path())
    if "://" in choice:
        return choice
    return "sqlite:///" + str(Path(choice).expanduser().absolute())


def sqlite_file_of(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL, or None (other databases, memory, anything
    unusual). A quick reading for the early integrity check only; ``database.sqlite_path`` is
    the authority."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = unquote(url[len(prefix):].split("?", 1)[0])
    return Path(path) if path and path != ":memory:" else None
