"""``bonetracker clinic enable|status|users``: clinic mode, where each workstation user signs in.

Passwords are read from BONETRACKER_PASSWORD (the new user's: BONETRACKER_NEW_PASSWORD) or typed
at a prompt, never taken as an argument (it would show in the shell history and process list).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from bonetracker.cli.common import add_command, database, print_json
from bonetracker.domain.clinic import Role
from bonetracker.domain.errors import FieldError, ValidationError
from bonetracker.services import clinic


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("clinic", help="clinic mode: users who sign in, roles")
    commands = group.add_subparsers(dest="clinic_command", metavar="ACTION", required=True)
    enable = add_command(
        commands,
        "enable",
        common,
        _enable,
        "turn clinic mode on with its first admin (password: BONETRACKER_NEW_PASSWORD or prompt)",
    )
    enable.add_argument("--admin", required=True, metavar="NAME")
    status = add_command(commands, "status", common, _status, "whether clinic mode is on, and its users")
    status.add_argument("--json", action="store_true", help="print JSON")
    add = add_command(
        commands,
        "add-user",
        common,
        _add_user,
        "add a user (admins; password: BONETRACKER_NEW_PASSWORD or prompt)",
    )
    add.add_argument("--name", required=True)
    add.add_argument("--role", default=Role.CLINICIAN.value, help="clinician | admin")
    for name, help_text in (
        ("disable-user", "stop a user signing in"),
        ("enable-user", "let a user sign in again"),
    ):
        cmd = add_command(
            commands, name, common, _disable if name == "disable-user" else _reenable, help_text
        )
        cmd.add_argument("--name", required=True)


def _new_password() -> str:
    password = os.environ.get("BONETRACKER_NEW_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass("New password: ")
        if getpass.getpass("Again: ") != password:
            raise ValidationError([FieldError("password", "the two passwords differ")])
    if password is None:
        raise ValidationError([FieldError("password", "set BONETRACKER_NEW_PASSWORD or run in a terminal")])
    return password


def _enable(args: argparse.Namespace) -> int:
    with database(args) as db:
        user = clinic.enable_clinic(db, args.admin, _new_password())
    print(f"Clinic mode is on; {user.name} is its first admin. Every workstation now signs in.")
    return 0


def _status(args: argparse.Namespace) -> int:
    with database(args) as db:
        on, users = clinic.clinic_enabled(db), clinic.list_users(db)
    if args.json:
        print_json(
            {
                "clinic_mode": on,
                "users": [{"name": u.name, "role": u.role.value, "disabled": u.disabled} for u in users],
            }
        )
        return 0
    print(f"Clinic mode is {'on' if on else 'off'}.")
    for u in users:
        print(f"  {u.name:<24} {u.role.value:<10} {'disabled' if u.disabled else ''}")
    return 0


def _signed_in(db: Any) -> Any:
    name = db.actor.user
    return next((u for u in clinic.list_users(db) if u.name == name), None)


def _add_user(args: argparse.Namespace) -> int:
    with database(args) as db:
        user = clinic.add_user(db, args.name, _new_password(), args.role, by=_signed_in(db))
    print(f"Added {user.role.value} {user.name}.")
    return 0


def _set_disabled(args: argparse.Namespace, disabled: bool) -> int:
    with database(args) as db:
        user = clinic.set_disabled(db, args.name, disabled, by=_signed_in(db))
    print(f"{user.name} can {'no longer' if disabled else 'again'} sign in.")
    return 0


def _disable(args: argparse.Namespace) -> int:
    return _set_disabled(args, True)


def _reenable(args: argparse.Namespace) -> int:
    return _set_disabled(args, False)
