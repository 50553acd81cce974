"""Where the database is: ``--db``, else ``BONETRACKER_DATABASE_URL``, else the user data folder.

Kept apart from :mod:`bonetracker.storage.database` (which imports SQLAlchemy, ~0.3 s) so the
entry point can find the file, and start checking it, before anything heavy is imported.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote

import platformdirs

ENV_URL = "BONETRACKER_DATABASE_URL"
APP_NAME = "BoneTracker"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "bonetracker.sqlite3"


class DatabaseChoiceError(ValueError):
    """``--db`` (or the environment variable) names no usable database; the message says why."""


MEMORY_URLS = ("sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://", "sqlite+pysqlite:///:memory:")


def resolve_url(db: str | None = None, environ: dict[str, str] | None = None) -> str:
    """Pick the database: ``--db`` (a path or URL), then the environment variable, then default.

    A plain path is always a path, whatever it holds (``?``, ``#``, ``%20``): only
    ``scheme://...`` is a URL. An empty choice and an in-memory database (everything lost at
    exit) are refused with :class:`DatabaseChoiceError`.
    """
    env = os.environ if environ is None else environ
    if db is not None and not db.strip():
        raise DatabaseChoiceError("--db is empty: give a database file (or a database URL)")
    choice = db or env.get(ENV_URL) or str(default_database_path())
    if "://" in choice:
        bare = choice.split("?", 1)[0].rstrip("/")
        if bare in {u.rstrip("/") for u in MEMORY_URLS} or ":memory:" in choice:
            raise DatabaseChoiceError(
                f"{choice} is an in-memory database: everything would be lost when BoneTracker "
                "exits; give a database file instead")
        return choice
    path = str(Path(choice).expanduser().absolute())
    return "sqlite:///" + quote(path, safe="/\\:")


def sqlite_file_of(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL, or None (other databases, memory, anything
    unusual). A quick reading for the early integrity check only; ``database.sqlite_path`` is
    the authority."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = unquote(url[len(prefix):].split("?", 1)[0])
    return Path(path) if path and path != ":memory:" else None
