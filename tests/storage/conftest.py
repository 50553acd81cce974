"""Storage and service tests run on every supported database backend."""

from __future__ import annotations

import pytest

from bonetracker.storage.database import Database


@pytest.fixture
def db(backend_db: Database) -> Database:
    return backend_db
