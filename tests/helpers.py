"""Staff who really sign in, for every test folder.

There is no unnamed administrator any more: a test that needs one creates the first
administrator with ``create_first_admin`` and signs them in, like the admin CLI's ``init`` and
then ``--user``. ``Staffing`` does this once per database and keeps the sessions it opened, and
``Codes`` gives authenticator codes that never reuse a time step on the fake clock (the core
refuses a replayed step, for staff and customers alike).
"""

from __future__ import annotations

import re
import secrets
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp

from authdesk.core.authority import SessionHandle
from authdesk.core.calls import CallInfo, CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.storage.db import Database

PASSWORD = "a long test password"
PERIOD = 30
ADMIN = "it.admin"
AUDITOR = "it.auditor"
# A session that has been left this long may have locked (idle) or ended (absolute limit), with
# the default policy; the housekeeping people then sign in again before they act.
_IDLE_MARGIN = timedelta(minutes=25)
_ABSOLUTE_MARGIN = timedelta(hours=11)


def employee_no_for(username: str) -> str:
    """A canonical employee number (upper-case ASCII letters, digits and '-') for a username."""
    return "E-" + re.sub(r"[^A-Z0-9]+", "-", username.upper()).strip("-")


class Codes:
    """Codes from an authenticator app at the fake clock's time, each time step used once per
    key, within ±1 step of now (the clock moves on when a key has used up the window)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_steps: dict[str, int] = {}

    def __call__(self, key: str) -> str:
        now_step = int(self.clock.now().timestamp()) // PERIOD
        step = max(self.last_steps.get(key, now_step - 2) + 1, now_step - 1)
        if step > now_step + 1:
            self.clock.advance(seconds=PERIOD * (step - now_step - 1))
        self.last_steps[key] = step
        return pyotp.TOTP(key).at(step * PERIOD)


@dataclass(eq=False)
class Person:
    """A signed-in member of staff: what the GUI or the CLI would hold (the handle), and what
    their phone holds (the TOTP key)."""

    username: str
    key: str
    handle: SessionHandle
    signed_in_at: datetime
    last_used: datetime


class Staffing:
    """The people of one test database: the first administrator, staff added by them, and an
    auditor for checking the log, each signed in with password and code."""

    def __init__(self, desk: Desk, clock: FakeClock, codes: Codes | None = None) -> None:
        self.desk = desk
        self.clock = clock
        self.codes = codes or Codes(clock)
        self.people: dict[str, Person] = {}

    # -- signing in ----------------------------------------------------------------------------

    def sign_in(self, username: str, key: str, *, at: Desk | None = None) -> Person:
        """A new session, on this desk's workstation or on the one of ``at``."""
        handle = (at or self.desk).staff.sign_in(username, PASSWORD, self.codes(key))
        now = self.clock.now()
        person = Person(username, key, handle, now, now)
        self.people[username] = person
        return person

    def sign_in_again(self, person: Person, *, at: Desk | None = None) -> Person:
        """A new session for ``person`` (after a long wait, or after their session ended); the
        same object now holds the new handle."""
        fresh = self.sign_in(person.username, person.key, at=at)
        person.handle, person.signed_in_at, person.last_used = (
            fresh.handle, fresh.signed_in_at, fresh.last_used)
        self.people[person.username] = person
        return person

    def again(self, username: str, *, call: bool = False,
              at: Desk | None = None) -> SessionHandle:
        """A new session for the person called ``username`` (optionally on a new call)."""
        person = self.sign_in_again(self.people[username], at=at)
        if call:
            (at or self.desk).calls.take(person.handle)
        return person.handle

    def step_up(self, person: Person) -> None:
        self.desk.staff.step_up(person.handle, self.codes(person.key))

    # -- the housekeeping people ---------------------------------------------------------------

    def _housekeeper(self, username: str, role: Role) -> SessionHandle:
        person = self.people.get(username)
        now = self.clock.now()
        if person is None:
            person = self._create(username, role)
        elif (now - person.last_used >= _IDLE_MARGIN
              or now - person.signed_in_at >= _ABSOLUTE_MARGIN):
            self.sign_in_again(person)
        person.last_used = self.clock.now()
        return person.handle

    def _create(self, username: str, role: Role) -> Person:
        if role is Role.ADMIN:
            enrol = self.desk.staff.create_first_admin(
                username=username, display_name="IT administrator",
                employee_no=employee_no_for(username), password=PASSWORD)
        else:
            enrol = self.desk.staff.add(self.admin, username=username, display_name=username,
                                        employee_no=employee_no_for(username),
                                        roles=frozenset({role}), password=PASSWORD)
        return self.sign_in(username, enrol.manual_key)

    @property
    def admin(self) -> SessionHandle:
        """The first administrator's session (created on first use, signed in again when it
        may have timed out)."""
        return self._housekeeper(ADMIN, Role.ADMIN)

    @property
    def auditor(self) -> SessionHandle:
        """An auditor's session, for verifying and reading the log."""
        return self._housekeeper(AUDITOR, Role.AUDITOR)

    # -- staff -----------------------------------------------------------------------------------

    def add(self, username: str, *roles: Role, employee_no: str | None = None,
            call: bool = False) -> Person:
        """A new member of staff added by the administrator, signed in (and with ``call`` on
        a call)."""
        enrol = self.desk.staff.add(self.admin, username=username, display_name=username,
                                    employee_no=employee_no or employee_no_for(username),
                                    roles=frozenset(roles), password=PASSWORD)
        person = self.sign_in(username, enrol.manual_key)
        if call:
            self.desk.calls.take(person.handle)
        return person

    # -- calls -----------------------------------------------------------------------------------

    def on_call(self, person: Person | SessionHandle, channel: str = "phone") -> CallInfo:
        """The person's open call, taken now if there is none (or if it is on another
        channel: that one is wrapped up first)."""
        handle = person.handle if isinstance(person, Person) else person
        current = self.desk.calls.current(handle)
        if current is not None and current.channel == channel:
            return current
        if current is not None:
            self.desk.calls.wrap_up(handle, CallOutcome.TRANSFERRED, "Handed to the next item")
        return self.desk.calls.take(handle, channel)

    def new_call(self, person: Person | SessionHandle, channel: str = "phone") -> CallInfo:
        """The next caller: the open call (if any) is wrapped up and a new one taken."""
        handle = person.handle if isinstance(person, Person) else person
        if self.desk.calls.current(handle) is not None:
            self.desk.calls.wrap_up(handle, CallOutcome.RESOLVED, "Done")
        return self.desk.calls.take(handle, channel)


# -- an attacker who owns the database -------------------------------------------------------

# The triggers that keep the audit tables append-only (migration 0004), as SQL for the sqlite3
# command-line tool.
SQLITE_AUDIT_TRIGGERS = (
    "audit_event_no_update", "audit_event_no_delete", "audit_checkpoint_no_update",
    "audit_checkpoint_no_delete", "audit_key_no_update", "audit_key_no_delete",
    "audit_head_forward_only", "audit_head_no_delete",
)
DROP_SQLITE_AUDIT_TRIGGERS = "".join(f"DROP TRIGGER IF EXISTS {name};"
                                     for name in SQLITE_AUDIT_TRIGGERS)


def drop_audit_triggers(db: Database) -> None:
    """What someone who owns the SQLite file, or the tables on PostgreSQL, does before editing
    the audit log with SQL: drop the append-only triggers. They stop mistakes and (with the
    grants) the application's own database role, not the owner; tamper tests play the owner."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            names = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name IN ('audit_event', 'audit_checkpoint', 'audit_key', "
                "'audit_head')").scalars()
            for name in list(names):
                conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        else:
            rows = conn.exec_driver_sql(
                "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal "
                "AND tgrelid::regclass::text IN ('audit_event', 'audit_checkpoint', 'audit_key', "
                "'audit_head')").all()
            for name, table in rows:
                conn.exec_driver_sql(f'DROP TRIGGER "{name}" ON {table}')


# -- PostgreSQL: the application's own role -------------------------------------------------

APP_ROLE_PASSWORD = "app role password for the tests"


@contextmanager
def pg_app_role(owner_url: str) -> Iterator[str]:
    """A fresh role name for a PostgreSQL application role (roles are cluster-wide: the name
    is this test's own), dropped again at the end whatever happened. The test sets it up with
    ``pgroles.set_up_app_role``."""
    name = f"authdesk_test_app_{secrets.token_hex(4)}"
    try:
        yield name
    finally:
        owner = Database(owner_url)
        try:
            with owner.engine.begin() as conn:
                if conn.exec_driver_sql(
                        f"SELECT 1 FROM pg_roles WHERE rolname = '{name}'").first():
                    conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
                    conn.exec_driver_sql(f'DROP ROLE "{name}"')
        finally:
            owner.dispose()


def url_as(url: str, role: str, password: str = APP_ROLE_PASSWORD) -> str:
    """``url`` connecting as ``role``."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=role, password=password).render_as_string(
        hide_password=False)


def pdf_text(data: bytes) -> str:
    """The text of a PDF as ``pdftotext`` (poppler-utils) reads it, NFKC-normalised: Qt's PDF
    writer maps some kanji to their compatibility code points (⾦ for 金)."""
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                         check=True)
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def pdf_page_texts(data: bytes) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return pdf_text(data).split("\f")[:-1] or [""]
