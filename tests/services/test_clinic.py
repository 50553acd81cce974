"""Clinic mode: users, roles and signing in (one message whatever was wrong, a growing delay,
disabled users refused), and two workstations writing to one PostgreSQL database."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bonetracker.domain.clinic import Role
from bonetracker.domain.errors import ValidationError
from bonetracker.services import clinic, patients
from bonetracker.services.audit_log import history
from bonetracker.storage.audit import local_actor
from bonetracker.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]


def test_hash_is_scrypt_salted_and_verifies() -> None:
    a, b = clinic.hash_password("a long passphrase"), clinic.hash_password("a long passphrase")
    assert a.startswith("scrypt$16384$8$1$") and a != b
    assert clinic.verify_password("a long passphrase", a)
    assert not clinic.verify_password("a long passphrasE", a)
    assert not clinic.verify_password("anything", "md5$nonsense")


def test_delay_grows_and_is_capped() -> None:
    assert [clinic.delay_for(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert clinic.delay_for(0) == 0.0 and clinic.delay_for(50) == clinic.MAX_DELAY_S


def test_sign_in_reveals_nothing_and_waits_longer_each_time(db: Database) -> None:
    assert not clinic.clinic_enabled(db)
    admin = clinic.enable_clinic(db, "Admin Ann", "correct horse battery")
    assert clinic.clinic_enabled(db) and admin.role is Role.ADMIN
    with pytest.raises(ValidationError, match="already on"):
        clinic.enable_clinic(db, "Other", "correct horse battery")
    clinic.add_user(db, "Kim", "kims password", "clinician", by=admin)
    waits: list[float] = []
    for name, password in (("Kim", "wrong one!"), ("Nobody", "kims password"), ("Kim", "wrong again")):
        with pytest.raises(clinic.SignInError) as err:
            clinic.sign_in(db, name, password, sleep=waits.append)
        assert str(err.value) == clinic.SIGN_IN_FAILED
    assert waits == [0.5, 0.5, 1.0]  # per name: Kim's second failure waits twice as long
    user = clinic.sign_in(db, "kim", "kims password", sleep=waits.append)
    assert user.name == "Kim" and db.actor.user == "Kim"
    clinic.set_disabled(db, "Kim", True, by=admin)
    with pytest.raises(clinic.SignInError, match="Wrong name or password"):
        clinic.sign_in(db, "Kim", "kims password", sleep=waits.append)
    with pytest.raises(clinic.NotAllowedError):
        clinic.add_user(db, "Eve", "eves password", "admin", by=user)
    with pytest.raises(ValidationError) as err:
        clinic.add_user(db, "", "short", "boss", by=admin)
    assert {e.field for e in err.value.errors} == {"name", "password", "role"}
    db.actor = local_actor()


def test_sql_in_a_name_stays_inert(db: Database) -> None:
    admin = clinic.enable_clinic(db, "Admin'; DROP TABLE users; --", "correct horse battery")
    assert [u.name for u in clinic.list_users(db)] == [admin.name]
    with pytest.raises(clinic.SignInError):
        clinic.sign_in(db, "x' OR '1'='1", "' OR '1'='1", sleep=lambda _s: None)
    db.actor = local_actor()


def _cli(url: str, user: str, workstation: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "BONETRACKER_USER": user, "BONETRACKER_PASSWORD": f"{user} password",
           "BONETRACKER_WORKSTATION": workstation, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "bonetracker", *args, "--db", url], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.postgres
def test_two_workstations_see_each_others_edits_with_the_right_user(postgres_database: Database) -> None:
    from tests.conftest import _empty_postgres

    db = postgres_database
    _empty_postgres(db)
    try:
        admin = clinic.enable_clinic(db, "Admin Ann", "Admin Ann password")
        for name in ("Dr Lee", "Dr Roy"):
            clinic.add_user(db, name, f"{name} password", "clinician", by=admin)
        p = patients.add_patient(db, patients.parse_patient({"name": "Shared Pat", "sex": "female",
                                                             "birth_date": "1950-01-01"}))
        today = dt.date.today().isoformat()
        procs = [
            _cli(db.url, "Dr Lee", "room-1", "workouts", "add", "--patient", "Shared Pat", "--date", today,
                 "--activity", "walking", "--minutes", "30"),
            _cli(db.url, "Dr Roy", "room-2", "lifestyle", "add", "--patient", "Shared Pat", "--date", today,
                 "--stress", "4"),
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        env = {**os.environ, "BONETRACKER_USER": "Dr Roy", "BONETRACKER_PASSWORD": "nope"}
        bad = subprocess.run([sys.executable, "-m", "bonetracker", "patients", "list", "--db", db.url],
                             env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert bad.returncode == 2 and "Wrong name or password" in bad.stderr
        assert p.id is not None
        seen = {(e.kind, e.user, e.workstation) for e in history(db, p.id)}
        assert ("workout", "Dr Lee", "room-1") in seen and ("lifestyle", "Dr Roy", "room-2") in seen
        env = {**os.environ, "BONETRACKER_USER": "Dr Lee", "BONETRACKER_PASSWORD": "Dr Lee password"}
        command = [sys.executable, "-m", "bonetracker", "audit", "--patient", "Shared Pat", "--json",
                   "--db", db.url]
        result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        users = {e["user"] for e in json.loads(result.stdout)["entries"]}
        assert {"Dr Lee", "Dr Roy"} <= users
    finally:
        db.actor = local_actor()


def test_in_clinic_mode_only_an_admin_changes_clinic_settings(db: Database) -> None:
    from bonetracker.domain.records import Site
    from bonetracker.services.settings import AdminOnlyError, get_lsc, set_lsc

    set_lsc(db, {Site.FEMORAL_NECK: 0.030})  # clinic mode off: anyone on their own file
    admin = clinic.enable_clinic(db, "Admin Ann", "correct horse battery")
    clinic.add_user(db, "Kim", "kims password", "clinician", by=admin)
    clinic.sign_in(db, "Kim", "kims password", sleep=lambda _s: None)
    with pytest.raises(AdminOnlyError):
        set_lsc(db, {Site.FEMORAL_NECK: 0.040})
    assert get_lsc(db)[Site.FEMORAL_NECK] == 0.030
    clinic.sign_in(db, "Admin Ann", "correct horse battery", sleep=lambda _s: None)
    assert set_lsc(db, {Site.FEMORAL_NECK: 0.040})[Site.FEMORAL_NECK] == 0.040
    db.actor = local_actor()
