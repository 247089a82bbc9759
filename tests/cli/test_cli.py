"""``authdesk-admin``: commands, exit codes (0 ok, 1 check failed, 2 usage or environment),
one sentence on stderr and never a traceback, secrets never on the command line, and every
command that reads or changes data acting only as the person named by ``--user`` after that
person signed in with password and code.

The commands run in-process through ``main(argv)`` with the in-memory keyring set as the
process keyring (the memory_keyring fixture) and the core's clock replaced by the fake clock,
which moves 30 seconds after every command: each sign-in then uses a new TOTP time step, as a
person signing in once per command would (a code is accepted once). The codes are computed
with pyotp from the manual key the command printed. One test runs the real program in a
subprocess.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pyotp
import pytest
from helpers import DROP_SQLITE_AUDIT_TRIGGERS
from sqlalchemy import MetaData, select
from sqlalchemy.engine import make_url

from authdesk.cli.main import build_parser, main
from authdesk.core import kernel as kernel_module
from authdesk.core.clock import FakeClock
from authdesk.core.keys import MemoryKeyring
from authdesk.storage.db import Database
from authdesk.storage.models import AuditEvent

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough password"
PASSPHRASE = "correct horse battery staple"
ADMIN, AUDITOR, SUPERVISOR, AGENT = "admin", "audrey", "suzuki", "tanaka"
_MANUAL_KEY = re.compile(r"Give (\S+) these once.*?manual key:\s+(\S+)", re.S)


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """Runs ``authdesk-admin --db <test database> ARGS``. With ``user=`` it adds ``--user`` and
    puts that person's password and current code first on standard input (the CLI reads the
    sign-in before any other secret); ``stdin`` follows. Remembers every manual key a command
    prints, so later sign-ins can compute the code as the person's authenticator app would."""

    def __init__(self, database_url: str, clock: FakeClock) -> None:
        self.database_url = database_url
        self.clock = clock
        self.keys: dict[str, str] = {}

    def code(self, username: str) -> str:
        return pyotp.TOTP(self.keys[username]).at(int(self.clock.now().timestamp()))

    def sign_in_lines(self, username: str, *, password: str = PASSWORD,
                      code: str | None = None) -> str:
        return f"{password}\n{self.code(username) if code is None else code}\n"

    def __call__(self, *args: str, stdin: str = "", db: str | bool | None = True,
                 user: str | None = None, password: str = PASSWORD,
                 code: str | None = None) -> Run:
        url = self.database_url if db is True else db or None
        argv = (["--db", url] if url else []) + list(args)
        if user is not None:
            argv += ["--user", user]
            stdin = self.sign_in_lines(user, password=password, code=code) + stdin
        out, err = io.StringIO(), io.StringIO()
        code_ = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
        run = Run(code_, out.getvalue(), err.getvalue())
        self._learn(run)
        self.clock.advance(seconds=30)  # the next sign-in is in the next time step
        return run

    def _learn(self, run: Run) -> None:
        if run.code != 0:
            return
        try:
            data = json.loads(run.out)
        except ValueError:
            self.keys.update(_MANUAL_KEY.findall(run.out))
            return
        enrolled = data.get("admin", data) if isinstance(data, dict) else None
        if isinstance(enrolled, dict) and "manual_key" in enrolled:
            self.keys[enrolled["username"]] = enrolled["manual_key"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No user config, a private data folder (workstation memory), a fixed workstation."""
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "WS-CLI-01")
    monkeypatch.delenv("AUTHDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("AUTHDESK_DEBUG", raising=False)
    return tmp_path


@pytest.fixture
def cli(env: Path, database_url: str, memory_keyring: MemoryKeyring, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    # The CLI opens its desk without a clock, so the kernel makes a SystemClock: that one
    # becomes the fake clock.
    monkeypatch.setattr(kernel_module, "SystemClock", lambda: clock)
    return Cli(database_url, clock)


def one_sentence(run: Run) -> str:
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("authdesk-admin: ") and "Traceback" not in run.err
    return lines[0]


def init(cli: Cli, db: str | bool = True, username: str = ADMIN,
         employee_no: str = "E001") -> Run:
    done = cli("init", stdin=f"{username}\nAdmin Person\n{employee_no}\n{PASSWORD}\n", db=db)
    assert done.code == 0, done.err
    assert username in cli.keys
    return done


def add_staff(cli: Cli, username: str, *roles: str, employee_no: str,
              db: str | bool = True) -> Run:
    role_args = [arg for role in roles for arg in ("--role", role)]
    done = cli("staff", "add", "--username", username, "--name", username.title(),
               "--employee-no", employee_no, *role_args, user=ADMIN, stdin=PASSWORD + "\n",
               db=db)
    assert done.code == 0, done.err
    assert username in cli.keys
    return done


def init_with_auditor(cli: Cli) -> Run:
    """The usual set-up: the first administrator, and an auditor who may verify and export."""
    done = init(cli)
    add_staff(cli, AUDITOR, "auditor", employee_no="E002")
    return done


def export_events(cli: Cli, env: Path, user: str = AUDITOR) -> list[dict[str, Any]]:
    out = env / "all.jsonl"
    done = cli("audit", "export", "--out", str(out), "--force", user=user)
    assert done.code == 0, done.err
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def db_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read past the application."""
    db = Database(url)  # only for its engine (the driver it picks for PostgreSQL)
    try:
        tables = MetaData()
        tables.reflect(db.engine)
        with db.engine.connect() as conn:
            return {t.name: sorted((tuple(r) for r in conn.execute(select(t))), key=repr)
                    for t in tables.sorted_tables}
    finally:
        db.dispose()


def files_in(folder: Path) -> dict[str, str]:
    """The files under ``folder`` and their digests, the database's own files left out (their
    rows are compared instead)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".db" not in p.name}


@dataclass
class State:
    rows: dict[str, list[tuple[Any, ...]]]
    keyring: dict[tuple[str, str], str]
    files: dict[str, str]


def state(cli: Cli, env: Path, memory_keyring: MemoryKeyring) -> State:
    return State(db_rows(cli.database_url), dict(memory_keyring._store), files_in(env))


def new_rows(before: State, after: State) -> dict[str, list[tuple[Any, ...]]]:
    return {name: [r for r in rows if r not in before.rows.get(name, [])]
            for name, rows in after.rows.items() if rows != before.rows.get(name, [])}


# -- init and staff ------------------------------------------------------------------------------


def test_init_creates_the_first_admin_and_shows_the_key_once(cli: Cli) -> None:
    first = init(cli)
    assert first.out.count("otpauth://totp/AuthDesk:admin?") == 1
    assert "manual key:" in first.out
    assert PASSWORD not in first.out + first.err
    # Checking a database in use is an administrator's act: no second administrator, no key
    # shown again.
    again = cli("init", user=ADMIN)
    assert again.code == 0, again.err
    assert "otpauth://" not in again.out and "Staff accounts exist already" in again.out
    listed = cli("--json", "staff", "list", user=ADMIN).json
    assert isinstance(listed, list) and listed[0]["username"] == ADMIN
    assert listed[0]["roles"] == ["admin"]


def test_init_json_carries_the_enrollment(cli: Cli) -> None:
    done = cli("init", "--json", "--admin-username", "root1", "--admin-name", "Root One",
               "--admin-employee-no", "E010", stdin=PASSWORD + "\n")
    assert done.code == 0, done.err
    data = done.json
    assert data["admin"]["otpauth_uri"].startswith("otpauth://totp/AuthDesk:root1?")
    assert data["key_id"] and data["created"] is True
    # The key it printed is the one the sign-in checks.
    assert cli("staff", "list", user="root1").code == 0


def test_init_without_a_password_on_stdin_is_a_usage_error(cli: Cli) -> None:
    done = cli("init", stdin="admin\nAdmin\nE001\n")
    assert done.code == 2
    assert "password" in one_sentence(done).lower()


def test_passwords_are_never_taken_from_argv(cli: Cli) -> None:
    init(cli)
    done = cli("staff", "add", "--username", "bob", "--name", "Bob", "--employee-no", "E2",
               "--role", "agent", "--password", PASSWORD, user=ADMIN)
    assert done.code == 2 and "unrecognized arguments" in one_sentence(done)


def test_staff_lifecycle(cli: Cli) -> None:
    init(cli)
    added = cli("--json", "staff", "add", "--username", "sato", "--name", "佐藤 花子",
                "--employee-no", "E100", "--role", "agent", "--role", "supervisor",
                stdin=PASSWORD + "\n", user=ADMIN)
    assert added.code == 0, added.err
    first_key = added.json["manual_key"]
    rows = {r["username"]: r for r in cli("--json", "staff", "list", user=ADMIN).json}
    assert rows["sato"]["roles"] == ["agent", "supervisor"] and rows["sato"]["active"]
    assert cli("policy", "show", user="sato").code == 0  # sato signs in with the printed key
    reset = cli("--json", "staff", "reset-totp", "sato", user=ADMIN)
    assert reset.code == 0 and reset.json["manual_key"] != first_key
    assert cli.keys["sato"] == reset.json["manual_key"]
    assert cli("policy", "show", user="sato").code == 0  # and now with the new one
    assert cli("staff", "unlock", "sato", user=ADMIN).code == 0
    assert cli("staff", "disable", "sato", user=ADMIN).code == 0
    rows = {r["username"]: r for r in cli("--json", "staff", "list", user=ADMIN).json}
    assert not rows["sato"]["active"]
    gone = cli("policy", "show", user="sato")
    assert gone.code == 1 and "disabled" in one_sentence(gone)


def test_reset_password(cli: Cli) -> None:
    init(cli)
    add_staff(cli, SUPERVISOR, "supervisor", employee_no="E003")
    new = "another long enough password"
    done = cli("--json", "staff", "reset-password", SUPERVISOR, user=ADMIN, stdin=new + "\n")
    assert done.code == 0, done.err
    assert done.json == {"username": SUPERVISOR, "password_reset": True}
    assert new not in done.out + done.err
    old = cli("policy", "show", user=SUPERVISOR)
    assert old.code == 1 and "not correct" in one_sentence(old)
    assert cli("policy", "show", user=SUPERVISOR, password=new).code == 0
    weak = cli("staff", "reset-password", SUPERVISOR, user=ADMIN, stdin="short\n")
    assert weak.code == 2 and "12 characters" in one_sentence(weak)


def test_rule_refusals_exit_1_and_bad_input_exits_2(cli: Cli) -> None:
    init(cli)
    duplicate = cli("staff", "add", "--username", "admin2", "--name", "Other",
                    "--employee-no", "E001", "--role", "auditor", stdin=PASSWORD + "\n",
                    user=ADMIN)
    assert duplicate.code == 1
    assert "E001 already has an active account" in one_sentence(duplicate)
    weak = cli("staff", "add", "--username", "x1", "--name", "X", "--employee-no", "E5",
               "--role", "agent", stdin="short\n", user=ADMIN)
    assert weak.code == 2 and "12 characters" in one_sentence(weak)
    missing = cli("staff", "disable", "nobody", user=ADMIN)
    assert missing.code == 2 and "nobody" in one_sentence(missing)


def test_the_system_is_not_a_role_anyone_can_be_given(cli: Cli) -> None:
    init(cli)
    done = cli("staff", "add", "--username", "robot", "--name", "Robot", "--employee-no",
               "E9", "--role", "system", stdin=PASSWORD + "\n", user=ADMIN)
    assert done.code == 2 and "invalid choice: 'system'" in one_sentence(done)


# -- signing in: the rule ------------------------------------------------------------------------

# Arguments that make each data command do its work once signed in. A command added to the
# parser without an entry here fails test_every_data_command_is_covered.
_ARGS: dict[tuple[str, ...], list[str]] = {
    ("staff", "add"): ["--username", "newbie", "--name", "New", "--employee-no", "E900",
                       "--role", "admin"],
    ("staff", "list"): [],
    ("staff", "disable"): [AUDITOR],
    ("staff", "unlock"): [AUDITOR],
    ("staff", "reset-totp"): [AUDITOR],
    ("staff", "reset-password"): [AUDITOR],
    ("audit", "verify"): [],
    ("audit", "checkpoint"): [],
    ("audit", "baseline"): [],
    ("audit", "export"): ["--out", "{tmp}/export.jsonl"],
    ("audit", "verify-export"): ["{tmp}/export.jsonl.manifest.json"],
    ("policy", "show"): [],
    ("policy", "set"): ["staff_idle_minutes", "20"],
    ("keys", "status"): [],
    ("keys", "export"): ["--out", "{tmp}/keys.authdesk-keys"],
    ("keys", "import"): ["{tmp}/moved.authdesk-keys"],
    ("keys", "rotate"): [],
    ("customers", "import"): ["{tmp}/customers.csv"],
    # the look-back report (issue 12)
    ("report", "lookback"): ["--from", "2026-01-01", "--to", "2026-01-31", "--out",
                             "{tmp}/lookback.csv"],
    # issue 12, evidence pack
    ("report", "evidence"): ["1", "--out", "{tmp}/pack.pdf"],
    # issue 11, letters
    ("outbox", "print"): ["--out", "{tmp}/letters.pdf"],
    ("outbox", "printed"): ["1"],
    ("outbox", "posted"): ["1"],
    ("outbox", "batches"): [],
    ("firm", "show"): [],
    ("firm", "set"): ["--phone", "0120-000-000"],
    # Issue 11, e-mail notices
    ("outbox", "send"): [],
    ("outbox", "smtp-password"): [],
    # shared mode (issue 10): the CA and the certificates
    ("ca", "init"): [],
    ("workstation", "enroll"): ["WS-CLI", "--out", "{tmp}"],
    ("workstation", "revoke"): ["WS-CLI"],
    ("workstation", "list"): [],
    ("server", "certificate"): ["srv", "--host", "localhost", "--out", "{tmp}"],
}
# Without a signed-in person only these run, and only on an empty database.
_EXEMPT = {("init",), ("demo-seed",),
           # shared mode (issue 10): on a workstation, its own key's passphrase into its own
           # keyring; no database is opened (tests/server/test_server.py)
           ("workstation", "install")}


def _leaf_commands() -> Iterator[tuple[str, ...]]:
    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        if parser.get_default("handler") is not None:
            yield path
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, (*path, name))

    return walk(build_parser(), ())


COMMANDS = sorted(set(_leaf_commands()) - _EXEMPT)


def test_every_data_command_is_covered() -> None:
    assert set(_leaf_commands()) >= _EXEMPT
    assert set(COMMANDS) == set(_ARGS), "give the new command its arguments in _ARGS"


def _argv(command: tuple[str, ...], env: Path) -> list[str]:
    return [*command, *(arg.replace("{tmp}", str(env)) for arg in _ARGS[command])]


@pytest.fixture
def in_use(cli: Cli, env: Path) -> Cli:
    """A database in use: an administrator, an auditor and a key file to import."""
    init_with_auditor(cli)
    done = cli("keys", "export", "--out", str(env / "moved.authdesk-keys"), user=ADMIN,
               stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    return cli


# Enough lines for whatever else a command reads (a new password, a passphrase).
_OTHER_SECRETS = f"{PASSPHRASE}\n" * 4


@pytest.mark.parametrize("command", COMMANDS, ids=["-".join(c) for c in COMMANDS])
def test_without_user_a_data_command_exits_2_and_changes_nothing(
        in_use: Cli, env: Path, memory_keyring: MemoryKeyring, command: tuple[str, ...]) -> None:
    before = state(in_use, env, memory_keyring)
    done = in_use(*_argv(command, env), stdin=_OTHER_SECRETS)
    assert done.code == 2, done.err
    assert "add --user NAME" in one_sentence(done) and done.out == ""
    assert state(in_use, env, memory_keyring) == before  # not even an audit event


def test_without_user_the_json_error_names_the_refusal(in_use: Cli) -> None:
    done = in_use("--json", "policy", "set", "staff_idle_minutes", "20")
    assert done.code == 2
    assert done.json["error"] == "SignInNeeded" and "--user" in done.json["message"]


@pytest.mark.parametrize("wrong", ["password", "code"])
@pytest.mark.parametrize("command", [("policy", "set"), ("staff", "add"), ("keys", "export"),
                                     ("audit", "checkpoint")], ids="-".join)
def test_a_wrong_sign_in_exits_1_and_writes_only_its_audit_event(
        in_use: Cli, env: Path, memory_keyring: MemoryKeyring, command: tuple[str, ...],
        wrong: str) -> None:
    before = state(in_use, env, memory_keyring)
    code = in_use.code(ADMIN)
    bad_code = f"{(int(code) + 1) % 1_000_000:06d}"
    done = in_use(*_argv(command, env), user=ADMIN, stdin=_OTHER_SECRETS,
                  password="not the password" if wrong == "password" else PASSWORD,
                  code=bad_code if wrong == "code" else code)
    assert done.code == 1, done.err
    assert "not correct" in one_sentence(done)
    after = state(in_use, env, memory_keyring)
    assert after.keyring == before.keyring and after.files == before.files
    added = new_rows(before, after)
    # The failed sign-in's event (and the audit head it moves), and the failure counted
    # toward the lockout on the staff row: nothing else.
    assert set(added) == {"audit_event", "audit_head", "staff"}, added
    (event,) = added["audit_event"]
    assert "staff.sign_in.failed" in event and "refused" in event
    details = [json.loads(v) for v in event if isinstance(v, str) and v.startswith("{")]
    assert f"staff:{ADMIN}" in event and details == [{"reason": wrong, "failures": 1}]
    (changed,) = added["staff"]
    assert ADMIN in changed


def test_five_wrong_codes_lock_the_account(in_use: Cli) -> None:
    for _ in range(5):
        assert in_use("policy", "show", user=ADMIN, code="000000").code == 1
    locked = in_use("policy", "show", user=ADMIN)  # the right code, too late
    assert locked.code == 1 and "locked" in one_sentence(locked)


# -- each person acts with their own roles -------------------------------------------------------


def test_an_agent_cannot_add_staff_or_set_policy(in_use: Cli) -> None:
    add_staff(in_use, AGENT, "agent", employee_no="E004")
    added = in_use("staff", "add", "--username", "crony", "--name", "Crony",
                   "--employee-no", "E777", "--role", "supervisor", user=AGENT,
                   stdin=PASSWORD + "\n")
    assert added.code == 1
    assert "Your role does not allow this: staff.manage" in one_sentence(added)
    policy = in_use("policy", "set", "cooling_off_hours", "0", user=AGENT)
    assert policy.code == 1
    assert "Your role does not allow this: policy.change" in one_sentence(policy)
    rows = {r["username"] for r in in_use("--json", "staff", "list", user=ADMIN).json}
    assert "crony" not in rows


def test_an_auditor_verifies_and_exports_but_cannot_set_policy(in_use: Cli, env: Path) -> None:
    verified = in_use("audit", "verify", user=AUDITOR)
    assert verified.code == 0, verified.err
    assert "Audit log intact" in verified.out
    exported = in_use("audit", "export", "--out", str(env / "a.jsonl"), user=AUDITOR)
    assert exported.code == 0, exported.err
    policy = in_use("policy", "set", "staff_idle_minutes", "20", user=AUDITOR)
    assert policy.code == 1
    assert "Your role does not allow this: policy.change" in one_sentence(policy)
    shown = {r["name"]: r for r in in_use("--json", "policy", "show", user=AUDITOR).json}
    assert shown["staff_idle_minutes"]["value"] == 30
    keys = in_use("keys", "export", "--out", str(env / "k"), user=AUDITOR,
                  stdin=PASSPHRASE + "\n")
    assert keys.code == 1 and "keys.transfer" in one_sentence(keys)
    assert not (env / "k").exists()


def test_an_administrator_does_not_read_the_audit_log(in_use: Cli, env: Path) -> None:
    done = in_use("audit", "verify", user=ADMIN)
    assert done.code == 1 and "audit.verify" in one_sentence(done)


def test_cli_events_name_the_signed_in_person(in_use: Cli, env: Path) -> None:
    cli = in_use
    add_staff(cli, SUPERVISOR, "supervisor", employee_no="E003")
    for args, user in (
        (["policy", "set", "staff_idle_minutes", "25"], ADMIN),
        (["staff", "unlock", SUPERVISOR], ADMIN),
        (["staff", "reset-totp", SUPERVISOR], ADMIN),
        (["audit", "checkpoint"], SUPERVISOR),
        (["audit", "verify"], AUDITOR),
        (["keys", "status"], ADMIN),
    ):
        assert cli(*args, user=user).code == 0
    assert cli("staff", "reset-password", SUPERVISOR, user=ADMIN,
               stdin="a brand new password\n").code == 0
    assert cli("staff", "disable", SUPERVISOR, user=ADMIN).code == 0
    events = export_events(cli, env)
    system = [e for e in events if e["actor"] == "system"]
    # Only the set-up is the system's: the database and its first administrator, each signed
    # by a checkpoint as it commits (the first one anchors the log).
    assert [e["action"] for e in system] == ["system.initialised", "audit.checkpointed",
                                             "staff.added", "audit.checkpointed"]
    assert system[2]["subject"] == f"staff:{ADMIN}"
    assert [json.loads(e["details"])["reason"] for e in system[1::2]] == ["init", "staff.added"]
    people = {e["actor"] for e in events} - {"system"}
    assert people == {ADMIN, AUDITOR, SUPERVISOR}
    assert all(e["workstation"] == "WS-CLI-01" for e in events)
    by = {(e["action"], e["actor"]) for e in events}
    for action, actor in (
        ("staff.added", ADMIN), ("keys.exported", ADMIN), ("policy.changed", ADMIN),
        ("staff.unlocked", ADMIN), ("staff.totp_reset", ADMIN),
        ("staff.password_reset", ADMIN), ("staff.disabled", ADMIN),
        ("audit.checkpointed", SUPERVISOR), ("audit.verified", AUDITOR),
        ("staff.signed_in", ADMIN), ("staff.signed_out", ADMIN),
        ("staff.signed_in", AUDITOR), ("staff.signed_out", AUDITOR),
    ):
        assert (action, actor) in by, (action, actor)
    assert not any(e["actor"].startswith("cli:") for e in events)


# -- init and demo-seed: the exceptions ----------------------------------------------------------


def test_init_on_a_database_with_an_admin_needs_an_admin(in_use: Cli, env: Path,
                                                        memory_keyring: MemoryKeyring) -> None:
    before = state(in_use, env, memory_keyring)
    anonymous = in_use("init", stdin=f"mallory\nMallory\nE666\n{PASSWORD}\n")
    assert anonymous.code == 2 and "add --user NAME" in one_sentence(anonymous)
    assert state(in_use, env, memory_keyring) == before
    auditor = in_use("init", user=AUDITOR, stdin=f"mallory\nMallory\nE666\n{PASSWORD}\n")
    assert auditor.code == 1 and "Your role does not allow this" in one_sentence(auditor)
    rows = {r["username"] for r in in_use("--json", "staff", "list", user=ADMIN).json}
    assert rows == {ADMIN, AUDITOR}


def test_init_without_an_admin_yet_creates_one(cli: Cli) -> None:
    assert cli("init", "--no-admin").code == 0
    again = init(cli)  # still nobody to sign in: the first administrator is created
    assert "Administrator admin created." in again.out


def test_init_as_admin_signs_out_again(in_use: Cli, env: Path) -> None:
    assert in_use("init", user=ADMIN).code == 0
    events = export_events(in_use, env)
    ins = [e for e in events if e["actor"] == ADMIN and e["action"] == "staff.signed_in"]
    outs = [e for e in events if e["actor"] == ADMIN and e["action"] == "staff.signed_out"]
    assert len(ins) == len(outs)


def test_demo_seed_fills_an_empty_database(cli: Cli) -> None:
    assert cli("init", "--no-admin").code == 0
    done = cli("--json", "demo-seed")
    assert done.code == 0, done.err
    staff = done.json["result"]["staff"]
    assert {s["username"] for s in staff} >= {"demo.admin"}
    # The demo's people sign in like anyone else.
    demo_admin = next(s for s in staff if s["username"] == "demo.admin")
    cli.keys["demo.admin"] = demo_admin["manual_key"]
    assert cli("staff", "list", user="demo.admin", password=demo_admin["password"]).code == 0


def test_demo_seed_refuses_a_database_in_use(in_use: Cli, env: Path,
                                            memory_keyring: MemoryKeyring) -> None:
    before = state(in_use, env, memory_keyring)
    for user in (None, ADMIN):
        done = in_use("demo-seed", user=user)
        assert done.code == 1 and "only be added to an empty database" in one_sentence(done)
    assert state(in_use, env, memory_keyring) == before


def test_demo_seed_on_a_database_with_only_an_admin_is_refused(cli: Cli) -> None:
    init(cli)
    done = cli("demo-seed")
    assert done.code == 1 and "1 staff accounts" in one_sentence(done)


def test_demo_seed_calls_the_demo_module(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("init", "--no-admin").code == 0
    calls: list[object] = []

    def seed(desk: object) -> dict[str, int]:
        calls.append(desk)
        return {"staff": 3}

    fake = types.ModuleType("authdesk.demo")
    fake.seed = seed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "authdesk.demo", fake)
    done = cli("--json", "demo-seed")
    assert done.code == 0, done.err
    assert len(calls) == 1 and type(calls[0]).__name__ == "Desk"
    assert done.json == {"seeded": True, "result": {"staff": 3}}


# -- audit ---------------------------------------------------------------------------------------


def test_verify_an_untouched_log(cli: Cli) -> None:
    init_with_auditor(cli)
    done = cli("audit", "verify", user=AUDITOR)
    assert done.code == 0, done.err
    assert "Audit log intact" in done.out and done.err == ""
    data = cli("audit", "verify", "--json", user=AUDITOR).json  # --json after the command too
    assert data["ok"] is True and data["damage"] is None


def test_verify_names_a_table_row_changed_behind_the_log(cli: Cli) -> None:
    """Issue 9: an agent made supervisor with SQL, no audit row touched."""
    init_with_auditor(cli)
    add_staff(cli, "sato", "agent", employee_no="E003")
    db = Database(cli.database_url)
    try:
        db.execute_raw("UPDATE staff SET roles = 'supervisor' WHERE username = 'sato'")
    finally:
        db.dispose()
    done = cli("audit", "verify", user=AUDITOR)
    assert done.code == 1
    assert "staff sato: roles differ from the log since event #" in one_sentence(done)
    assert "1 table row(s) disagree with the log" in done.out
    data = cli("--json", "audit", "verify", user=AUDITOR).json
    assert data["ok"] is False and data["damage"]["kind"] == "state_differs"
    (mismatch,) = data["mismatches"]
    assert (mismatch["table"], mismatch["key"], mismatch["field"]) == ("staff", "sato", "roles")
    assert data["damage"]["seq"] == mismatch["since"] > 0


OLD_ROWS = (  # rows as a version before reconciliation left them: no event says what they hold
    "INSERT INTO customer (number, name_kanji, name_kana, search_kanji, search_kana, birth_date, "
    "postal_code, address, phone, created_at) VALUES ('C0000099', '見本 太郎', 'ミホン タロウ', "
    "'x', 'x', '1970-01-01', '100-0001', '東京都', '0300000000', '2026-01-01 00:00:00')",
    "INSERT INTO staff (username, display_name, employee_no, roles, password_hash, "
    "totp_confirmed, failed_signins, active, created_at) VALUES ('old.agent', 'Old Agent', "
    "'E000777', 'agent', 'x', false, 0, true, '2026-01-01 00:00:00')",
    "INSERT INTO policy_setting (name, value, updated_at, updated_by) VALUES "
    "('request_expiry_days', 3, '2026-01-01 00:00:00', 'setup')",
)


def raw_sql(cli: Cli, *statements: str) -> None:
    db = Database(cli.database_url)
    try:
        for statement in statements:
            db.execute_raw(statement)
    finally:
        db.dispose()


def baselined_events(cli: Cli) -> int:
    db = Database(cli.database_url)
    try:
        with db.read() as s:
            return len(s.execute(select(AuditEvent.seq)
                                 .where(AuditEvent.action == "state.baselined")).all())
    finally:
        db.dispose()


def test_audit_baseline_after_an_upgrade_then_verify_is_clean(cli: Cli) -> None:
    init_with_auditor(cli)
    raw_sql(cli, *OLD_ROWS)
    before = cli("--json", "audit", "verify", user=AUDITOR).json
    assert {m["problem"] for m in before["mismatches"]} == {"no_event"}
    assert len(before["mismatches"]) == 3
    refused = cli("audit", "baseline", user=AUDITOR)  # an administrator's step
    assert refused.code == 1 and "audit.baseline" in one_sentence(refused)
    done = cli("audit", "baseline", user=ADMIN)
    assert done.code == 0, done.err
    assert ("Recorded the state of 3 table row(s) that had no event behind them: 1 "
            "customer(s), 0 authenticator(s), 1 staff, 1 policy value(s)") in done.out
    assert "  staff old.agent: roles agent, active, employee number E000777\n" in done.out
    assert "  policy request_expiry_days = 3\n" in done.out
    assert baselined_events(cli) == 3
    assert cli("audit", "verify", user=AUDITOR).code == 0
    again = cli("--json", "audit", "baseline", user=ADMIN)
    assert again.code == 0 and again.json["rows"] == 0 and again.json["events"] == []
    assert cli("audit", "baseline", user=ADMIN).out.startswith(
        "Every table row already has an event behind it; nothing was recorded.")
    assert baselined_events(cli) == 3


def test_audit_baseline_refuses_a_row_that_differs_from_its_event(cli: Cli) -> None:
    init_with_auditor(cli)
    add_staff(cli, "sato", "agent", employee_no="E003")
    raw_sql(cli, *OLD_ROWS, "UPDATE staff SET roles = 'supervisor' WHERE username = 'sato'")
    done = cli("audit", "baseline", user=ADMIN)
    assert done.code == 1
    sentence = one_sentence(done)
    assert "Nothing was recorded: 1 table row(s) differ from the events behind them" in sentence
    assert "staff sato: roles differ from the log since event #" in sentence
    assert baselined_events(cli) == 0
    data = cli("--json", "audit", "baseline", user=ADMIN).json
    assert data["ok"] is False and data["error"] == "BaselineRefused"
    assert baselined_events(cli) == 0


def test_verify_fails_when_the_workstation_memory_is_damaged(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    assert cli("audit", "checkpoint", user=AUDITOR).code == 0
    state_file = env / "data" / "workstation-state.json"
    assert state_file.exists()
    state_file.write_text("{ half a file", encoding="utf-8")
    done = cli("audit", "verify", user=AUDITOR)
    assert done.code == 1
    assert "is damaged, so deleting the newest events cannot be ruled out" in one_sentence(done)
    assert "Audit log intact" not in done.out and "rollback check could not run" in done.out
    data = cli("--json", "audit", "verify", user=AUDITOR).json
    assert data["ok"] is False and data["damage"] is None
    assert data["workstation_memory"] == "damaged"
    assert state_file.read_text(encoding="utf-8") == "{ half a file"  # left for whoever looks


def test_verify_after_an_edit_with_the_sqlite3_tool(cli: Cli, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("edits the SQLite file; the PostgreSQL equivalents are in "
                    "tests/core/test_audit_damage.py")
    tool = shutil.which("sqlite3")
    if tool is None:
        pytest.skip("the sqlite3 command-line tool is not installed (apt-get install sqlite3)")
    init_with_auditor(cli)
    for i in range(3):
        assert cli("policy", "set", "staff_idle_minutes", str(20 + i), user=ADMIN).code == 0
    assert cli("audit", "verify", user=AUDITOR).code == 0
    path = make_url(database_url).database
    assert path
    # The file's owner drops the append-only triggers first: they only guard against mistakes.
    subprocess.run([tool, path, DROP_SQLITE_AUDIT_TRIGGERS
                    + "UPDATE audit_event SET actor = 'mallory' WHERE seq = 3;"],
                   check=True, timeout=60)
    done = cli("audit", "verify", user=AUDITOR)
    assert done.code == 1
    assert "event 3 (edited)" in one_sentence(done)
    assert "first bad event 3" in done.out
    data = cli("--json", "audit", "verify", user=AUDITOR).json
    assert data["damage"]["seq"] == 3


def test_verify_notices_a_deleted_row(cli: Cli, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("edits the SQLite file")
    init_with_auditor(cli)
    for i in range(3):
        assert cli("policy", "set", "staff_idle_minutes", str(20 + i), user=ADMIN).code == 0
    path = make_url(database_url).database
    assert path
    with sqlite3.connect(path) as con:
        con.executescript(DROP_SQLITE_AUDIT_TRIGGERS)  # as the file's owner can
        con.execute("DELETE FROM audit_event WHERE seq = 4")
    con.close()
    done = cli("audit", "verify", user=AUDITOR)
    assert done.code == 1 and "event 4 (deleted)" in one_sentence(done)


def test_checkpoint_and_export(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    cp = cli("--json", "audit", "checkpoint", user=AUDITOR)
    assert cp.code == 0 and cp.json["seq"] > 0
    out = env / "audit.jsonl"
    done = cli("audit", "export", "--out", str(out), user=AUDITOR)
    assert done.code == 0, done.err
    assert out.exists() and (env / "audit.jsonl.manifest.json").exists()
    checked = subprocess.run([sys.executable, str(ROOT / "docs" / "verify_export.py"), str(out)],
                             capture_output=True, text=True, timeout=120, check=False)
    assert checked.returncode == 0, checked.stdout
    again = cli("audit", "export", "--out", str(out), user=AUDITOR)
    assert again.code == 2 and "exists already" in one_sentence(again)
    assert cli("audit", "export", "--out", str(out), "--force", user=AUDITOR).code == 0


def test_verify_export_by_an_auditor_not_an_administrator(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    out = env / "audit.jsonl"
    assert cli("audit", "export", "--out", str(out), user=AUDITOR).code == 0
    manifest = str(env / "audit.jsonl.manifest.json")
    done = cli("audit", "verify-export", manifest, user=AUDITOR)
    assert done.code == 0, done.err
    assert "complete export" in done.out and done.err == ""
    refused = cli("audit", "verify-export", manifest, user=ADMIN)
    assert refused.code == 1 and "audit.verify" in one_sentence(refused)
    # Relabelled: exit 1, the finding on stdout, one sentence on stderr.
    m = json.loads(Path(manifest).read_text(encoding="utf-8"))
    m["exported_by"] = "someone.else"
    Path(manifest).write_text(json.dumps(m), encoding="utf-8")
    relabelled = cli("audit", "verify-export", manifest, user=AUDITOR)
    assert relabelled.code == 1
    assert relabelled.out.startswith("FAILED: relabelled: ")
    assert "the export does not verify: relabelled" in one_sentence(relabelled)
    missing = cli("audit", "verify-export", str(env / "none.manifest.json"), user=AUDITOR)
    assert missing.code == 2 and "cannot be read" in one_sentence(missing)


def test_filtered_csv_export(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    out = env / "policy.csv"
    done = cli("--json", "audit", "export", "--out", str(out), "--action", "policy",
               "--outcome", "ok", "--since", "2000-01-01", "--until", "2100-01-01T00:00+09:00",
               user=AUDITOR)
    assert done.code == 0, done.err
    manifest = done.json
    assert manifest["file_format"] == "csv" and manifest["complete"] is False
    assert manifest["filter"]["action"] == "policy" and manifest["count"] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert cli("policy", "set", "staff_idle_minutes", "20", user=ADMIN).code == 0
    done = cli("--json", "audit", "export", "--out", str(out), "--force", "--action", "policy",
               user=AUDITOR)
    assert done.code == 0 and done.json["count"] == 1


def test_bad_export_arguments_are_usage_errors(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    bad_time = cli("audit", "export", "--out", str(env / "x.jsonl"), "--since", "last week",
                   user=AUDITOR)
    assert bad_time.code == 2 and "not a date" in one_sentence(bad_time)
    no_folder = cli("audit", "export", "--out", str(env / "missing" / "x.jsonl"), user=AUDITOR)
    assert no_folder.code == 2 and "does not exist" in one_sentence(no_folder)


# -- policy --------------------------------------------------------------------------------------


def test_policy_show_and_set(cli: Cli) -> None:
    init(cli)
    shown = {r["name"]: r for r in cli("--json", "policy", "show", user=ADMIN).json}
    assert shown["staff_lockout_failures"]["value"] == 5
    assert shown["staff_idle_minutes"]["value"] == 30
    assert cli("policy", "set", "staff_lockout_failures", "6", user=ADMIN).code == 0
    shown = {r["name"]: r for r in cli("--json", "policy", "show", user=ADMIN).json}
    assert shown["staff_lockout_failures"]["value"] == 6
    assert "(default 5)" in cli("policy", "show", user=ADMIN).out
    out_of_range = cli("policy", "set", "staff_lockout_failures", "1", user=ADMIN)
    assert out_of_range.code == 2 and "between 3 and 100" in one_sentence(out_of_range)
    assert cli("policy", "set", "no_such_policy", "1", user=ADMIN).code == 2
    assert cli("policy", "set", "staff_lockout_failures", "six", user=ADMIN).code == 2


# -- keys ----------------------------------------------------------------------------------------


def test_keys_status(cli: Cli) -> None:
    data = init(cli)
    status = cli("--json", "keys", "status", user=ADMIN).json
    assert status["key_check"] == "ok"
    assert status["key_id"] in data.out
    assert status["keyring"].endswith("MemoryKeyring")


def test_keys_rotate(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    before = cli("--json", "keys", "status", user=ADMIN).json
    refused = cli("keys", "rotate", user=AUDITOR)
    assert refused.code == 1 and "keys.rotate" in one_sentence(refused)
    done = cli("--json", "keys", "rotate", user=ADMIN)
    assert done.code == 0, done.err
    rotated = done.json
    assert rotated["previous_key_id"] == before["key_id"] != rotated["key_id"]
    after = cli("--json", "keys", "status", user=ADMIN).json
    assert after["key_id"] == rotated["key_id"]
    assert [h["previous_key_id"] for h in after["handovers"]] == [before["key_id"]]
    assert after["handovers"][0]["seq"] == rotated["handover_seq"]
    assert cli("audit", "verify", user=AUDITOR).code == 0
    events = export_events(cli, env)
    assert ("keys.rotated", ADMIN) in {(e["action"], e["actor"]) for e in events}


def test_a_witness_directory_from_the_environment(cli: Cli, env: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    witness = env / "witness"
    monkeypatch.setenv("AUTHDESK_WITNESS_DIR", str(witness))
    init_with_auditor(cli)
    assert cli("audit", "checkpoint", user=AUDITOR).code == 0
    files = sorted(witness.glob("*/checkpoint-*.json"))
    assert len(files) >= 3  # init, the auditor added, the checkpoint asked for
    verified = cli("--json", "audit", "verify", user=AUDITOR)
    assert verified.code == 0, verified.err
    assert any("witness directory checked" in n for n in verified.json["notes"])


def test_keys_move_to_a_second_workstation(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    key_file = env / "keys.authdesk-keys"
    exported = cli("keys", "export", "--out", str(key_file), user=ADMIN,
                   stdin=PASSPHRASE + "\n")
    assert exported.code == 0, exported.err
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert PASSPHRASE not in key_file.read_text(encoding="utf-8")
    # The second workstation: an empty keyring.
    second = MemoryKeyring()
    keyring.set_keyring(second)
    missing = cli("audit", "verify", user=AUDITOR)
    assert missing.code == 2 and "keys import" in one_sentence(missing)
    # The key file's passphrase comes first (the sign-in needs the keys), then the sign-in.
    wrong = cli("keys", "import", str(key_file), "--user", ADMIN,
                stdin="not the passphrase\n" + cli.sign_in_lines(ADMIN))
    assert wrong.code == 2 and "passphrase does not open" in one_sentence(wrong)
    assert second._store == {}  # nothing stored
    done = cli("keys", "import", str(key_file), "--user", ADMIN,
               stdin=PASSPHRASE + "\n" + cli.sign_in_lines(ADMIN))
    assert done.code == 0, done.err
    assert len(second._store) == 2
    assert cli("audit", "verify", user=AUDITOR).code == 0
    events = export_events(cli, env)
    moved = {(e["action"], e["actor"]) for e in events}
    assert {("keys.exported", ADMIN), ("keys.imported", ADMIN)} <= moved


def test_keys_import_with_a_wrong_admin_code_leaves_no_keys(cli: Cli, env: Path) -> None:
    init_with_auditor(cli)
    key_file = env / "keys.authdesk-keys"
    assert cli("keys", "export", "--out", str(key_file), user=ADMIN,
               stdin=PASSPHRASE + "\n").code == 0
    second = MemoryKeyring()
    keyring.set_keyring(second)
    for stdin in (PASSPHRASE + "\n" + cli.sign_in_lines(ADMIN, code="000000"),
                  PASSPHRASE + "\n" + cli.sign_in_lines(ADMIN, password="not the password")):
        done = cli("keys", "import", str(key_file), "--user", ADMIN, stdin=stdin)
        assert done.code == 1 and "not correct" in one_sentence(done)
        assert second._store == {}
    no_user = cli("keys", "import", str(key_file), stdin=PASSPHRASE + "\n")
    assert no_user.code == 2 and "add --user NAME" in one_sentence(no_user)
    assert second._store == {}
    # An auditor signs in fine but may not take the keys: removed again too.
    auditor = cli("keys", "import", str(key_file), "--user", AUDITOR,
                  stdin=PASSPHRASE + "\n" + cli.sign_in_lines(AUDITOR))
    assert auditor.code == 1 and "keys.transfer" in one_sentence(auditor)
    assert second._store == {}
    assert cli("audit", "verify", user=AUDITOR).code == 2  # still no keys here


def test_a_failed_key_import_keeps_keys_the_workstation_had(
        cli: Cli, env: Path, memory_keyring: MemoryKeyring) -> None:
    """Re-importing on a workstation that holds the keys already: a failed sign-in must not
    take away the keys it had before (every later command would stop)."""
    init_with_auditor(cli)
    key_file = env / "keys.authdesk-keys"
    assert cli("keys", "export", "--out", str(key_file), user=ADMIN,
               stdin=PASSPHRASE + "\n").code == 0
    had = dict(memory_keyring._store)
    done = cli("keys", "import", str(key_file), "--user", ADMIN,
               stdin=PASSPHRASE + "\n" + cli.sign_in_lines(ADMIN, code="000000"))
    assert done.code == 1
    assert memory_keyring._store == had
    assert cli("audit", "verify", user=AUDITOR).code == 0


def test_key_file_of_another_database_is_refused(cli: Cli, env: Path) -> None:
    init(cli)
    other = f"sqlite:///{env / 'other.db'}"
    init(cli, db=other, username="root2", employee_no="E050")
    key_file = env / "other.keys"
    assert cli("keys", "export", "--out", str(key_file), db=other, user="root2",
               stdin=PASSPHRASE + "\n").code == 0
    done = cli("keys", "import", str(key_file), "--user", ADMIN,
               stdin=PASSPHRASE + "\n" + cli.sign_in_lines(ADMIN))
    assert done.code == 2 and "not of this database" in one_sentence(done)


def test_short_key_file_passphrase_is_refused(cli: Cli, env: Path) -> None:
    init(cli)
    done = cli("keys", "export", "--out", str(env / "k"), user=ADMIN, stdin="short\n")
    assert done.code == 2 and "passphrase" in one_sentence(done)
    assert not (env / "k").exists()


# -- environment errors: exit 2, one sentence, no traceback --------------------------------------


def test_missing_keyring_is_refused(cli: Cli) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    done = cli("init", "--no-admin")
    assert done.code == 2 and "No secure credential store" in one_sentence(done)


def test_wrong_key_is_refused(cli: Cli, env: Path, memory_keyring: MemoryKeyring) -> None:
    init_with_auditor(cli)
    other = f"sqlite:///{env / 'other.db'}"
    init(cli, db=other, username="root2", employee_no="E050")
    mine = cli("--json", "keys", "status", user=ADMIN).json["database_id"]
    theirs = cli("--json", "keys", "status", db=other, user="root2").json["database_id"]
    # This workstation's keyring now holds the other database's keys under this one's name.
    for what in ("data-key", "signing-key"):
        memory_keyring.set_password("AuthDesk", f"{mine}:{what}",
                                    memory_keyring.get_password("AuthDesk", f"{theirs}:{what}")
                                    or "")
    done = cli("audit", "verify", user=AUDITOR)
    assert done.code == 2 and "do not belong to this database" in one_sentence(done)


def test_unreachable_database(cli: Cli) -> None:
    done = cli("audit", "verify", db="postgresql://nobody@127.0.0.1:1/authdesk", user=None)
    assert done.code == 2 and "cannot be reached" in one_sentence(done)


def test_database_not_initialised_is_not_created(cli: Cli, env: Path) -> None:
    path = env / "typo.db"
    done = cli("audit", "verify", db=f"sqlite:///{path}")
    assert done.code == 2 and "authdesk-admin init" in one_sentence(done)
    assert not path.exists()


def test_corrupt_config_file(cli: Cli, env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = env / "config.toml"
    config.write_text('database_url = "sqlite:///x.db\n', encoding="utf-8")
    monkeypatch.setenv("AUTHDESK_CONFIG", str(config))
    done = cli("audit", "verify", db=None)
    assert done.code == 2 and "configuration file" in one_sentence(done)


@pytest.mark.parametrize("argv", [[], ["audit"], ["audit", "frobnicate"], ["--bogus", "init"],
                                  ["--user"]])
def test_usage_errors(cli: Cli, argv: list[str]) -> None:
    done = cli(*argv, db=None)
    assert done.code == 2
    one_sentence(done)


def test_json_errors_are_json(cli: Cli) -> None:
    done = cli("--json", "audit", "verify", db="postgresql://nobody@127.0.0.1:1/authdesk")
    data = done.json
    assert data == {"ok": False, "error": "DatabaseUnavailable", "message": data["message"],
                    "exit": 2}


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_need_no_sign_in(cli: Cli, flag: str) -> None:
    done = cli(flag, db=None)
    assert done.code == 0


def test_default_database_comes_from_the_data_folder(cli: Cli, env: Path) -> None:
    assert cli("init", "--no-admin", db=None).code == 0
    assert (env / "data" / "authdesk.db").exists()


def test_the_real_program_without_a_keyring(env: Path) -> None:
    """A separate process, the way IT runs it: no OS keyring means exit 2, one sentence, no
    traceback, and no database file left behind."""
    path = env / "authdesk.db"
    done = subprocess.run(
        [sys.executable, "-m", "authdesk.cli.main", "--db", f"sqlite:///{path}", "init"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert done.returncode == 2
    assert one_sentence(Run(done.returncode, done.stdout, done.stderr))
    assert "No secure credential store" in done.stderr
    assert not path.exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_prompts_stay_off_stdout(cli: Cli,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone at a terminal types the password (hidden) and the code; the --json document on
    stdout must not carry the prompts."""
    init(cli)
    asked: list[str] = []

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", getpass)
    terminal = _Terminal(cli.code(ADMIN) + "\n")
    monkeypatch.setattr(sys, "stdin", terminal)  # input() reads sys.stdin
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", cli.database_url, "--json", "staff", "list", "--user", ADMIN],
                stdin=terminal, stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert [r["username"] for r in json.loads(out.getvalue())] == [ADMIN]
    assert asked == [f"Password of {ADMIN}: "]
    assert "Code from your authenticator app: " in err.getvalue()


# -- customers import ----------------------------------------------------------------------------

_CUSTOMER_HEADER = ("number,name_kanji,name_kana,birth_date,postal_code,address,phone,email,"
                    "bank_code,branch_code,account_type,account_number,account_holder")
_CUSTOMERS = [
    "C0000001,山田 太郎,ヤマダ タロウ,1980-04-01,100-0001,東京都千代田区千代田1-1,090-1234-5678,"
    ",0001,001,ordinary,1234567,ﾔﾏﾀﾞ ﾀﾛｳ",
    "C0000002,山本 花子,ヤマモト ハナコ,1975-12-24,530-0001,大阪府大阪市北区梅田1-2-3,06-6123-4567,"
    ",,,,,",
    "C0000003,佐藤 京子,サトウ キョウコ,1990-07-07,060-0001,北海道札幌市中央区北1条,011-222-3333,"
    ",0005,001,普通,7654321,ｻﾄｳ ｷﾖｳｺ",
]


def _customer_file(env: Path, *rows: str) -> str:
    path = env / "customers.csv"
    path.write_text("\n".join((_CUSTOMER_HEADER, *rows)) + "\n", encoding="utf-8")
    return str(path)


def _customer_numbers(url: str) -> list[str]:
    return sorted(r[1] for r in db_rows(url).get("customer", []))


def test_an_administrator_imports_customers(cli: Cli, env: Path, database_url: str) -> None:
    init(cli)
    done = cli("customers", "import", _customer_file(env, *_CUSTOMERS), user=ADMIN)
    assert done.code == 0, done.err
    assert done.out == f"Imported 3 customers from {env / 'customers.csv'}.\n"
    assert _customer_numbers(database_url) == ["C0000001", "C0000002", "C0000003"]
    again = cli("--json", "customers", "import", _customer_file(env, _CUSTOMERS[0]), user=ADMIN)
    assert again.code == 1
    assert again.json["errors"] == [
        {"line": 2, "reason": "customer number C0000001 is already registered"}]


def test_bad_rows_exit_1_with_one_sentence_and_every_row_error(cli: Cli, env: Path,
                                                               database_url: str) -> None:
    init(cli)
    bad_date = _CUSTOMERS[1].replace("1975-12-24", "1975-13-24")
    done = cli("customers", "import",
               _customer_file(env, _CUSTOMERS[0], bad_date, _CUSTOMERS[2], _CUSTOMERS[0]),
               user=ADMIN)
    assert done.code == 1
    assert one_sentence(done) == "authdesk-admin: 2 of 4 rows are bad; no customer was imported."
    assert done.out.splitlines() == ["line 3: birth date: there is no such date",
                                     "line 5: customer number C0000001 is also on line 2"]
    assert _customer_numbers(database_url) == []


def test_only_an_administrator_imports_customers(cli: Cli, env: Path,
                                                 database_url: str) -> None:
    init_with_auditor(cli)
    add_staff(cli, SUPERVISOR, "supervisor", "agent", employee_no="E003")
    path = _customer_file(env, *_CUSTOMERS)
    for user in (AUDITOR, SUPERVISOR):
        done = cli("customers", "import", path, user=user)
        assert done.code == 1
        assert "Your role does not allow this: customer.import" in one_sentence(done)
    nobody = cli("customers", "import", path)
    assert nobody.code == 2 and "--user" in one_sentence(nobody)
    assert _customer_numbers(database_url) == []


def test_an_unreadable_customer_file_exits_2(cli: Cli, env: Path) -> None:
    init(cli)
    done = cli("customers", "import", str(env / "missing.csv"), user=ADMIN)
    assert done.code == 2 and "cannot be read" in one_sentence(done)


def test_the_row_count_is_drawn_on_a_terminal_only(cli: Cli, env: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal stderr counts the rows read; piped, stderr has only the sentence. The
    result and the errors on stdout are the same either way."""
    init(cli)
    bad_date = _CUSTOMERS[1].replace("1975-12-24", "1975-13-24")
    path = _customer_file(env, _CUSTOMERS[0], bad_date)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    outputs = []
    for err in (_Terminal(), io.StringIO()):
        terminal = _Terminal(cli.code(ADMIN) + "\n")
        monkeypatch.setattr(sys, "stdin", terminal)
        out = io.StringIO()
        code = main(["--db", cli.database_url, "customers", "import", path, "--user", ADMIN],
                    stdin=terminal, stdout=out, stderr=err)
        assert code == 1
        outputs.append((out.getvalue(), err.getvalue()))
        cli.clock.advance(seconds=30)  # the next sign-in needs a fresh code
    (tty_out, tty_err), (piped_out, piped_err) = outputs
    assert tty_out == piped_out == "line 3: birth date: there is no such date\n"
    assert "\rRows read: 2\n" in tty_err and "Rows read" not in piped_err
    assert tty_err.endswith("1 of 2 rows are bad; no customer was imported.\n")
    assert piped_err.endswith("1 of 2 rows are bad; no customer was imported.\n")


# -- outbox (issue 11: e-mail notices) -----------------------------------------------------------


def _queue_email_notice(url: str) -> None:
    """A customer with an e-mail address and a queued e-mail notice, as the services leave one
    (written past the application: the CLI only sends)."""
    from datetime import UTC, datetime

    from authdesk.storage.models import Customer, Notification

    db = Database(url)
    try:
        with db.write() as s:
            customer = Customer(number="C0000001", name_kanji="見本 太郎",
                                name_kana="ミホン タロウ", search_kanji="見本太郎",
                                search_kana="ﾐﾎﾝﾀﾛｳ", birth_date=datetime(1980, 4, 1).date(),
                                postal_code="100-0001", address="東京都千代田区見本町1-1",
                                phone="09000000001", email="taro@example.com",
                                created_at=datetime(2026, 1, 1, tzinfo=UTC))
            s.add(customer)
            s.flush()
            s.add(Notification(customer_id=customer.id, request_id=None, channel="email",
                               kind="contact.changed", status="queued", attempts=0,
                               created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    finally:
        db.dispose()


def _smtp_config(env: Path, port: int, *, user: str | None = None) -> None:
    lines = ['smtp_host = "127.0.0.1"', f'smtp_port = "{port}"',
             f'smtp_security = "{"starttls" if user else "none"}"']
    if user:
        lines.append(f'smtp_user = "{user}"')
    (env / "no-config.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_outbox_send_delivers_the_due_email_as_a_supervisor(
        cli: Cli, env: Path, database_url: str) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "core"))
    from smtp_server import smtp_server

    init(cli)
    add_staff(cli, SUPERVISOR, "supervisor", employee_no="E003")
    _queue_email_notice(database_url)
    nothing = cli("outbox", "send", user=SUPERVISOR)  # no SMTP server configured
    assert nothing.code == 2 and "No SMTP server is configured" in one_sentence(nothing)
    with smtp_server() as (handler, port):
        _smtp_config(env, port)
        no_sender = cli("outbox", "send", user=SUPERVISOR)
        assert no_sender.code != 0 and "sender address" in one_sentence(no_sender)
        assert cli("firm", "set", "--name", "見本証券株式会社", "--phone", "0120-000-000",
                   "--sender", "notice@mihon.example.jp", user=ADMIN).code == 0
        refused = cli("outbox", "send", user=ADMIN)
        assert refused.code == 1 and "notification.send" in one_sentence(refused)
        done = cli("--json", "outbox", "send", user=SUPERVISOR)
    assert done.code == 0, done.err
    assert done.json == {"attempted": 1, "sent": [1], "retrying": [], "failed": []}
    (received,) = handler.received
    assert received.rcpt_tos == ["taro@example.com"]
    assert "ご登録の連絡先を変更しました" in received.message["Subject"]
    again = cli("outbox", "send", user=SUPERVISOR)
    assert again.code == 0 and again.out.startswith("0 e-mail notice(s) due")


def test_the_smtp_password_goes_to_the_keyring_only(
        cli: Cli, env: Path, memory_keyring: MemoryKeyring) -> None:
    init(cli)
    _smtp_config(env, 587, user="notices")
    done = cli("outbox", "smtp-password", user=ADMIN, stdin="smtp secret 1\n")
    assert done.code == 0, done.err
    assert memory_keyring.get_password("AuthDesk", "smtp:notices@127.0.0.1") == "smtp secret 1"
    assert "smtp secret 1" not in done.out + done.err
    assert "smtp secret 1" not in (env / "no-config.toml").read_text(encoding="utf-8")
    (event,) = [e for e in export_events_as(cli, env, ADMIN)
                if e["action"] == "email.smtp_password.stored"]
    assert "smtp secret 1" not in json.dumps(event)


def export_events_as(cli: Cli, env: Path, user: str) -> list[dict[str, Any]]:
    add_staff(cli, AUDITOR, "auditor", employee_no="E002")
    return export_events(cli, env, AUDITOR)
