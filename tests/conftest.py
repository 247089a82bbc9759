"""Fixtures shared by every test: a fresh database (SQLite, or PostgreSQL when
AUTHDESK_TEST_DATABASE=postgres), an in-memory keyring, a fake clock, and a ready Desk."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url

POSTGRES_URL = os.environ.get("AUTHDESK_TEST_POSTGRES_URL")
ON_POSTGRES = os.environ.get("AUTHDESK_TEST_DATABASE") == "postgres"


def reset_postgres(url: str) -> None:
    db = Database(url)
    db.execute_raw("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    db.dispose()


@pytest.fixture(autouse=True, scope="module")
def collect_leaks_per_module() -> Iterator[None]:
    """Collect garbage after each test module, so a database connection left open (a
    ResourceWarning from psycopg, an error under ``filterwarnings = error``) fails inside the
    module that leaked it instead of at interpreter exit, where it crashes pytest."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at production cost takes ~50-300 ms a hash; tests create hundreds of staff
    accounts and test the rules, not argon2's cost. Production parameters stay untouched
    (tests/core/test_staff.py::test_passwords_are_stored_as_argon2id checks them)."""
    from argon2 import PasswordHasher

    from authdesk.core import staff

    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                         parallelism=1))


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """The URL of an empty database for this test."""
    if ON_POSTGRES:
        if not POSTGRES_URL:
            pytest.fail("AUTHDESK_TEST_DATABASE=postgres needs AUTHDESK_TEST_POSTGRES_URL")
        reset_postgres(POSTGRES_URL)
        return POSTGRES_URL
    return sqlite_url(tmp_path / "authdesk.db")


@pytest.fixture
def postgres_url() -> str:
    """For tests that must run on PostgreSQL whatever the main database is."""
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need AUTHDESK_TEST_POSTGRES_URL (set by .ci/run)")
    reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture(autouse=True)
def owner_connection_on_postgres(request: pytest.FixtureRequest,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite on PostgreSQL connects as the cluster's superuser: it resets the schema, and
    the tamper tests play the database's owner. The app refuses to start as a role that could
    change the audit log (``Desk.open``); tests marked ``app_role`` check that with a real
    application role (tests/storage/test_append_only.py), the rest of the suite runs past it."""
    if ON_POSTGRES and request.node.get_closest_marker("app_role") is None:
        from authdesk.core import desk

        monkeypatch.setattr(desk, "refuse_writable_audit_log", lambda db: None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workstation(tmp_path: Path) -> Workstation:
    return Workstation("ws-test-01", tmp_path / "workstation-state.json")


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def desk(db: Database, memory_keyring: MemoryKeyring, clock: FakeClock,
         workstation: Workstation) -> Desk:
    """An initialised, empty database with its keys, on a fake clock."""
    return Desk.initialise(db, workstation=workstation, keyring_backend=memory_keyring,
                           clock=clock)
