"""A child process for reliability tests: writes entries in a loop and reports each commit.

Usage: python -m tests.helpers.writer DB_URL PREFIX COUNT
Prints ``committed <id>`` after each transaction commits, so a parent can kill it at any moment
and then check that every reported entry is still there.
"""

from __future__ import annotations

import datetime as dt
import sys

from bonetracker.domain.records import Patient, Sex
from bonetracker.services import patients, scans


def main(url: str, prefix: str, count: int) -> int:
    from bonetracker.storage.database import open_database

    db = open_database(url)
    for n in range(count):
        saved = patients.add_patient(
            db, Patient(id=None, name=f"{prefix} {n}", sex=Sex.FEMALE, birth_date=dt.date(1950, 1, 1))
        )
        assert saved.id is not None
        scan = scans.parse_scan(saved.id, {"date": "2020-01-01"},
                                [{"site": "total_hip", "bmd": "0.8"}, {"site": "femoral_neck", "bmd": "0.7"}])
        scans.log_scan(db, scan)
        print(f"committed {saved.id}", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
