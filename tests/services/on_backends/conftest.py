"""Service tests run on every supported database backend (SQLite, and PostgreSQL when a server
is available: ``bash .ci/with-postgres``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from bonetracker.storage.database import Database


@pytest.fixture
def db(backend_db: Database) -> Iterator[Database]:
    yield backend_db
    if not backend_db.is_sqlite:
        # The PostgreSQL database keeps its USDA foods between tests (reseeding is slow), so
        # undo the search boost that logging a meal gives a food; the next test starts as seeded.
        with backend_db.write() as s:
            s.execute(text("UPDATE food_search SET boost = '' WHERE prior <= 0 AND boost <> ''"))
