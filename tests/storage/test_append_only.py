"""Append-only audit tables, enforced by the database (issue 9, item 1).

SQLite: triggers refuse UPDATE and DELETE of audit events and checkpoints, and let the head row
only move forward; a guard against mistakes (whoever owns the file can drop them).

PostgreSQL (AUTHDESK_TEST_POSTGRES_URL, skipped without it): the same triggers plus TRUNCATE,
refusing even the owner; the application's role, set up by ``authdesk-admin init --owner-url
--app-role``, holds INSERT and SELECT only on the audit tables; the app refuses to start as a
role that could change them. Roles are cluster-wide: each test makes its own, with a name no
one else uses, and drops it at the end.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
from helpers import APP_ROLE_PASSWORD, Staffing, pg_app_role, url_as
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

from authdesk.cli.main import main
from authdesk.core import kernel as kernel_module
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import AuditLogWritable
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.pgroles import audit_role_facts, set_up_app_role


@pytest.fixture
def lite(tmp_path: Path, memory_keyring: MemoryKeyring, clock: FakeClock) -> Iterator[Desk]:
    db = Database(sqlite_url(tmp_path / "a.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws", tmp_path / "ws.json"),
                           keyring_backend=memory_keyring, clock=clock)
    yield desk
    db.dispose()


# -- SQLite ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("sql, message", [
    ("UPDATE audit_event SET actor = 'mallory' WHERE seq = 1",
     "audit table audit_event is append-only: its rows cannot be changed"),
    ("DELETE FROM audit_event WHERE seq = 1",
     "audit table audit_event is append-only: its rows cannot be deleted"),
    ("UPDATE audit_checkpoint SET seq = 1",
     "audit table audit_checkpoint is append-only: its rows cannot be changed"),
    ("DELETE FROM audit_checkpoint",
     "audit table audit_checkpoint is append-only: its rows cannot be deleted"),
    ("UPDATE audit_head SET seq = 1", "audit head only moves forward"),
    ("DELETE FROM audit_head", "audit head only moves forward"),
])
def test_sqlite_refuses_changes_to_audit_rows(lite: Desk, sql: str, message: str) -> None:
    with pytest.raises(IntegrityError) as refused:
        lite.db.execute_raw(sql)
    assert message in str(refused.value)
    with lite.db.read() as s:
        assert s.execute(text("SELECT actor FROM audit_event WHERE seq = 1")).scalar() == "system"
        assert s.execute(text("SELECT count(*) FROM audit_checkpoint")).scalar() == 1
        assert s.execute(text("SELECT seq FROM audit_head")).scalar() == 2


def test_sqlite_still_appends(lite: Desk) -> None:
    with lite.kernel.write() as s:
        lite.kernel.record(s, lite.kernel.system_actor(), "test.action")
    with lite.db.read() as s:
        assert s.execute(text("SELECT seq, action FROM audit_event ORDER BY seq DESC LIMIT 1")
                         ).one() == (3, "test.action")


def test_sqlite_has_no_roles_to_check(lite: Desk, memory_keyring: MemoryKeyring) -> None:
    assert audit_role_facts(lite.db) is None
    Desk.open(lite.db, workstation=lite.workstation, keyring_backend=memory_keyring)


# -- PostgreSQL -----------------------------------------------------------------------------------


@pytest.fixture
def app_role(postgres_url: str) -> Iterator[str]:
    """A role name of this test's own; dropped afterwards wherever the test stopped."""
    with pg_app_role(postgres_url) as name:
        yield name


@pytest.fixture
def pg_desk(postgres_url: str, memory_keyring: MemoryKeyring, clock: FakeClock,
            tmp_path: Path) -> Iterator[Desk]:
    """A database set up as the owner (the test cluster's superuser here)."""
    db = Database(postgres_url)
    desk = Desk.initialise(db, workstation=Workstation("ws-owner", tmp_path / "owner.json"),
                           keyring_backend=memory_keyring, clock=clock)
    yield desk
    db.dispose()


@pytest.mark.postgres
@pytest.mark.app_role
@pytest.mark.parametrize("sql", [
    "UPDATE audit_event SET actor = 'mallory' WHERE seq = 1",
    "DELETE FROM audit_event WHERE seq = 1",
    "TRUNCATE audit_event",
    "UPDATE audit_checkpoint SET seq = 1",
    "DELETE FROM audit_checkpoint",
    "TRUNCATE audit_checkpoint",
    "UPDATE audit_key SET seq = 1",
    "DELETE FROM audit_key",
    "TRUNCATE audit_key",
    "DELETE FROM audit_head",
    "TRUNCATE audit_head",
    "UPDATE audit_head SET id = 2",
])
def test_the_application_role_is_refused_changes_to_audit_rows(
        pg_desk: Desk, postgres_url: str, app_role: str, sql: str) -> None:
    set_up_app_role(pg_desk.db, app_role, APP_ROLE_PASSWORD)
    app = Database(url_as(postgres_url, app_role))
    try:
        with pytest.raises(DBAPIError) as refused, app.engine.begin() as conn:
            conn.exec_driver_sql(sql)
        assert "permission denied" in str(refused.value)
    finally:
        app.dispose()
    with pg_desk.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM audit_checkpoint")).scalar() == 1


@pytest.mark.postgres
@pytest.mark.parametrize("sql", [
    "UPDATE audit_event SET actor = 'mallory' WHERE seq = 1",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
    "UPDATE audit_checkpoint SET seq = 1",
    "DELETE FROM audit_checkpoint",
    "TRUNCATE audit_checkpoint",
    "TRUNCATE audit_key",
    "UPDATE audit_head SET seq = 1",
    "DELETE FROM audit_head",
    "TRUNCATE audit_head",
])
def test_the_triggers_refuse_even_the_owner(pg_desk: Desk, sql: str) -> None:
    """A slip at the owner's console is refused too; the owner can drop the triggers, and the
    application refuses to start as a role that could (see below)."""
    with pytest.raises(IntegrityError) as refused:
        pg_desk.db.execute_raw(sql)
    assert "append-only" in str(refused.value) or "only moves forward" in str(refused.value)


@pytest.mark.postgres
@pytest.mark.app_role
def test_the_app_refuses_an_over_privileged_role_and_starts_with_the_app_role(
        pg_desk: Desk, postgres_url: str, app_role: str, memory_keyring: MemoryKeyring,
        clock: FakeClock, tmp_path: Path) -> None:
    workstation = Workstation("ws-app", tmp_path / "app.json")
    with pytest.raises(AuditLogWritable) as refused:  # connected as the superuser
        Desk.open(pg_desk.db, workstation=workstation, keyring_backend=memory_keyring)
    assert "superuser" in refused.value.message and "--app-role" in refused.value.message

    set_up_app_role(pg_desk.db, app_role, APP_ROLE_PASSWORD)
    app_db = Database(url_as(postgres_url, app_role))
    try:
        desk = Desk.open(app_db, workstation=workstation, keyring_backend=memory_keyring,
                         clock=clock)
        # It works: people are added, sign in, and the log is appended to and verified.
        staffing = Staffing(desk, clock)
        result = desk.audit.verify(staffing.auditor)
        assert result.ok, result.damage
        assert result.checkpoints >= 3

        # A grant slipped in by hand is refused at the next start, naming it.
        pg_desk.db.execute_raw(f'GRANT DELETE ON audit_checkpoint TO "{app_role}"')
        with pytest.raises(AuditLogWritable) as slipped:
            Desk.open(app_db, workstation=workstation, keyring_backend=memory_keyring)
        assert "DELETE audit_checkpoint" in slipped.value.message
        # So is membership of the tables' owner (it could drop the triggers).
        pg_desk.db.execute_raw(f'REVOKE DELETE ON audit_checkpoint FROM "{app_role}"')
        owner = make_url(postgres_url).username
        pg_desk.db.execute_raw(f'GRANT "{owner}" TO "{app_role}"')
        with pytest.raises(AuditLogWritable) as member:
            Desk.open(app_db, workstation=workstation, keyring_backend=memory_keyring)
        assert "owner of the audit tables" in member.value.message or \
            "superuser" in member.value.message
    finally:
        app_db.dispose()


@pytest.mark.postgres
@pytest.mark.app_role
def test_init_sets_up_the_app_role_and_the_cli_then_works_as_it(
        postgres_url: str, app_role: str, memory_keyring: MemoryKeyring, clock: FakeClock,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``authdesk-admin init --owner-url URL --app-role NAME``: schema, keys and grants as the
    owner, the role's password from standard input; then the CLI connected as the app role
    works, and connected as the owner it refuses with one sentence."""
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "WS-PG-01")
    monkeypatch.delenv("AUTHDESK_DATABASE_URL", raising=False)
    monkeypatch.setattr(kernel_module, "SystemClock", lambda: clock)

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
        clock.advance(seconds=30)
        return code, out.getvalue(), err.getvalue()

    password = "a long enough password"
    code, out, err = run("--json", "init", "--owner-url", postgres_url, "--app-role", app_role,
                         stdin=f"{APP_ROLE_PASSWORD}\nadmin\nAdmin Person\nE001\n{password}\n")
    assert code == 0, err
    data = json.loads(out)
    assert data["app_role"] == app_role
    assert ("GRANT SELECT, INSERT ON TABLE audit_event, audit_checkpoint, audit_key "
            f'TO "{app_role}"') in data["app_role_grants"]
    key = data["admin"]["manual_key"]

    def sign_in() -> str:
        return f"{password}\n{pyotp.TOTP(key).at(int(clock.now().timestamp()))}\n"

    app_url = url_as(postgres_url, app_role)
    code, out, err = run("--db", app_url, "--user", "admin", "staff", "list", stdin=sign_in())
    assert code == 0, err
    code, out, err = run("--db", postgres_url, "--user", "admin", "staff", "list",
                         stdin=sign_in())
    assert code == 2 and err.count("\n") == 1 and "--app-role" in err, err

    # Again after an upgrade: the role is remembered, no password is asked, the grants hold.
    code, out, err = run("--json", "init", "--owner-url", postgres_url, "--user", "admin",
                         stdin=sign_in())
    assert code == 0, err
    assert json.loads(out)["app_role"] == app_role
    code, out, err = run("--db", app_url, "--user", "admin", "audit", "checkpoint",
                         stdin=sign_in())
    assert code == 0, err
