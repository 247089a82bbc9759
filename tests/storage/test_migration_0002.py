"""Migration 0002: stored employee numbers take the canonical form, and the upgrade stops,
changing nothing, when two active accounts would become one person or a number cannot take it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from authdesk.core.errors import DatabaseUpgradeRefused
from authdesk.core.kernel import translate_storage_error
from authdesk.storage.db import Database, StorageError, alembic_config, sqlite_url


def database_at_0001(path: Path) -> Database:
    db = Database(sqlite_url(path))
    with db.engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    assert db.schema_state() == "behind"
    return db


def add_staff(db: Database, username: str, employee_no: str, *, active: bool = True) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO staff (username, display_name, employee_no, roles, password_hash, "
            "totp_confirmed, failed_signins, active, created_at) VALUES (:username, :username, "
            ":employee_no, 'agent', '-', 1, 0, :active, :created_at)"),
            {"username": username, "employee_no": employee_no, "active": active,
             "created_at": datetime(2026, 11, 1)})


def employee_numbers(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT username, employee_no FROM staff")).all()
    return {username: number for username, number in rows}


@pytest.fixture
def old(tmp_path: Path) -> Iterator[Database]:
    db = database_at_0001(tmp_path / "old.db")
    yield db
    db.dispose()


def test_stored_numbers_are_canonicalised(old: Database) -> None:
    add_staff(old, "sato", "ｅ－７００２")
    add_staff(old, "sato.old", "E-7002 ", active=False)  # the same person's disabled login
    add_staff(old, "suzuki", "e-4242")
    add_staff(old, "tanaka", "E0001")
    add_staff(old, "yamada", "\u3000DEMO-0001 ")
    old.migrate()
    assert old.schema_state() == "current"
    assert employee_numbers(old) == {"sato": "E-7002", "sato.old": "E-7002", "suzuki": "E-4242",
                                     "tanaka": "E0001", "yamada": "DEMO-0001"}


def test_two_active_accounts_of_one_person_stop_the_upgrade_with_a_report(old: Database) -> None:
    add_staff(old, "sato.agent", "e-7002")
    add_staff(old, "sato.super", "Ｅ－７００２")
    add_staff(old, "suzuki", "e-4242")
    before = employee_numbers(old)
    with pytest.raises(StorageError) as stopped:
        old.migrate()
    report = stopped.value.reason
    assert stopped.value.kind == "upgrade_refused"
    assert "'sato.agent', 'sato.super'" in report and "are one person, E-7002" in report
    assert "'suzuki'" not in report
    # Nothing changed: not the colliding rows, not the others, not the schema version.
    assert employee_numbers(old) == before
    assert old.schema_state() == "behind"
    # The person running the upgrade reads it as one refusal.
    refusal = translate_storage_error(stopped.value)
    assert isinstance(refusal, DatabaseUpgradeRefused)
    assert refusal.message.startswith("The database was not upgraded, and nothing in it was "
                                      "changed: employee numbers need attention")
    assert "'sato.agent', 'sato.super'" in refusal.message


def test_a_number_that_cannot_be_canonical_stops_the_upgrade(old: Database) -> None:
    add_staff(old, "ghost", "E-70\u200b02", active=False)
    add_staff(old, "dash", "E\u20107003")
    add_staff(old, "suzuki", "e-4242")
    before = employee_numbers(old)
    with pytest.raises(StorageError) as stopped:
        old.migrate()
    report = stopped.value.reason
    assert "account 'ghost' has the employee number 'E-70<U+200B>02'" in report
    assert "account 'dash' has the employee number 'E\u20107003'" in report
    assert "invisible character" in report and "correct it in the staff table" in report
    assert employee_numbers(old) == before
    assert old.schema_state() == "behind"

