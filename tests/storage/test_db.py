"""The database layer: SQLite set up for several processes, migrations, readable failures."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from authdesk.storage.db import Database, StorageError, sqlite_url


@pytest.fixture
def lite(tmp_path: Path) -> Database:
    db = Database(sqlite_url(tmp_path / "a.db"))
    db.migrate()
    return db


def test_sqlite_is_in_wal_mode_with_foreign_keys_and_durable_commits(lite: Database) -> None:
    with lite.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_write_transactions_take_the_lock_at_the_start(lite: Database) -> None:
    """BEGIN IMMEDIATE: a second writer waits at its start (busy timeout) instead of failing
    half way with 'database is locked' when it first writes."""
    order: list[str] = []
    first_holds = threading.Event()

    def first() -> None:
        with lite.write() as s:
            s.execute(text("INSERT INTO meta (key, value) VALUES ('a', '1')"))
            first_holds.set()
            time.sleep(0.5)
            order.append("first commits")

    def second() -> None:
        first_holds.wait(5)
        with lite.write() as s:
            # Reads first, as most operations do: with a plain BEGIN this read would run at
            # once and the INSERT below would hit the lock after it.
            s.execute(text("SELECT count(*) FROM meta")).scalar()
            order.append("second reads")
            s.execute(text("INSERT INTO meta (key, value) VALUES ('b', '2')"))

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert order == ["first commits", "second reads"]


def test_migrate_is_idempotent_and_reports_the_schema_state(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "b.db"))
    assert db.schema_state() == "empty"
    db.migrate()
    db.migrate()
    assert db.schema_state() == "current"
    assert {"audit_event", "audit_head", "audit_checkpoint", "staff", "meta"} <= set(
        db.table_names())


def test_a_newer_schema_is_refused(lite: Database) -> None:
    lite.execute_raw("UPDATE alembic_version SET version_num = 'from_the_future'")
    assert lite.schema_state() == "too_new"
    with pytest.raises(StorageError) as info:
        lite.require_current()
    assert info.value.kind == "too_new"


def test_unreachable_and_malformed_addresses_are_storage_errors() -> None:
    with pytest.raises(StorageError) as info:
        Database("postgresql://nobody@127.0.0.1:1/authdesk").check_reachable()
    assert info.value.kind == "unreachable" and "\n" not in info.value.reason
    with pytest.raises(StorageError) as info:
        Database("not a url")
    assert info.value.kind == "bad_url"


def test_database_errors_do_not_carry_the_values(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    db = Database(sqlite_url(tmp_path / "x.db"))
    db.execute_raw("CREATE TABLE t (v TEXT UNIQUE)")
    insert = text("INSERT INTO t VALUES (:v)")
    with db.engine.begin() as conn:
        conn.execute(insert, {"v": "090-1234-5678"})
    with pytest.raises(IntegrityError) as info, db.engine.begin() as conn:
        conn.execute(insert, {"v": "090-1234-5678"})
    assert "UNIQUE" in str(info.value) and "090-1234-5678" not in str(info.value)
    db.dispose()


def test_times_survive_a_postgresql_session_in_japan_time(postgres_url: str) -> None:
    from datetime import UTC, datetime

    from authdesk.storage.models import Base, Meta, PolicySetting

    # libpq's options: this session's TimeZone is Asia/Tokyo, as on a server in Japan.
    db = Database(postgres_url + "?options=-c%20timezone%3DAsia/Tokyo")
    Base.metadata.create_all(db.engine, tables=[PolicySetting.__table__, Meta.__table__])
    moment = datetime(2026, 3, 2, 0, 30, tzinfo=UTC)
    with db.write() as s:
        assert s.execute(text("SHOW timezone")).scalar() == "Asia/Tokyo"
        s.add(PolicySetting(name="x", value=1, updated_at=moment, updated_by="t"))
    with db.read() as s:
        assert s.get(PolicySetting, "x").updated_at == moment  # type: ignore[union-attr]
    db.dispose()
