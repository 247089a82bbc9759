"""The database: engine set-up for SQLite and PostgreSQL, transactions, and migrations.

SQLite is the embedded default: WAL mode, foreign keys on, and every write transaction starts
with ``BEGIN IMMEDIATE`` under a busy timeout, so that concurrent processes queue for the write
lock at the start instead of failing half way with "database is locked". On PostgreSQL the audit
head row is locked with ``SELECT ... FOR UPDATE``, which serialises writers of the audit chain.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from authdesk.storage.schema import state_of

BUSY_TIMEOUT_MS = 30_000
WRITE_SESSION = "authdesk_write"  # key in Session.info of sessions from Database.write()


class StorageError(Exception):
    """Raised by storage; the core turns it into an AuthDeskError with a readable message."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        # "unreachable", "too_new", "not_initialised", "bad_url", "upgrade_refused" (a
        # migration found data it must not change on its own; the reason says what to do), or
        # "app_role_refused" (PostgreSQL: the application's role cannot be set up as asked)
        self.kind = kind
        self.reason = reason


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is off).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            # WAL with synchronous=FULL: each commit is durable when it returns.
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Straight to the driver: every audited action begins here, and the engine's statement
        # machinery costs more than the BEGIN itself. Its errors (the write lock still busy
        # after the timeout) become SQLAlchemy's, as from the engine.
        statement = ("BEGIN IMMEDIATE" if connection.get_execution_options().get("authdesk_write")
                     else "BEGIN")
        try:
            connection.connection.driver_connection.execute(statement)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(statement, (), exc, sqlite3.Error, hide_parameters=True,
                                      dialect=connection.dialect) from exc


class Database:
    """One database, reached by URL. ``write()`` and ``read()`` give a Session in a transaction."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StorageError("bad_url", f"not a database address: {exc}") from None
        self.url = parsed
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        # hide_parameters: a database error's text (which may reach a log) never carries the
        # bound values: personal data, encrypted seeds, password hashes.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
            kwargs["poolclass"] = NullPool if parsed.database in (None, "", ":memory:") else None
            if kwargs["poolclass"] is None:
                del kwargs["poolclass"]
        else:
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            kwargs["pool_pre_ping"] = True
        try:
            self.engine = create_engine(parsed, **kwargs)
        except Exception as exc:  # a missing driver, a malformed URL
            raise StorageError("bad_url", str(exc)) from None
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self._write_engine = self.engine.execution_options(authdesk_write=True)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False,
                                            info={WRITE_SESSION: True})

    @property
    def kind(self) -> str:
        """'embedded' for SQLite, 'shared' for a server database."""
        return "embedded" if self.is_sqlite else "shared"

    def describe(self) -> str:
        """The URL without a password, for status bars and messages."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: commits on normal exit, rolls back on any exception."""
        with self._session(self._write_sessions) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._session(self._read_sessions) as session:
            yield session
            session.rollback()

    @contextmanager
    def _session(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        try:
            session = factory()
        except OperationalError as exc:
            raise StorageError("unreachable", _short(exc)) from None
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise StorageError("unreachable", _short(exc)) from None
        finally:
            session.close()

    def check_reachable(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
                conn.rollback()
        except OperationalError as exc:
            raise StorageError("unreachable", _short(exc)) from None

    # -- migrations ----------------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the schema to the newest version (Alembic ``upgrade head``). A current schema
        is left alone without importing Alembic."""
        state = self.schema_state()
        if state == "too_new":
            raise StorageError("too_new", "the database schema is newer than this program")
        if state == "current":
            return
        from alembic import command

        with self.engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def schema_state(self) -> str:
        """'current', 'empty', 'behind' or 'too_new' compared with this program's migrations:
        one query of ``alembic_version``, without importing Alembic (``storage/schema.py``)."""
        self.check_reachable()
        return state_of(self._current_revisions())

    def _current_revisions(self) -> set[str]:
        try:
            with self.engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
                conn.rollback()
            return {str(row[0]) for row in rows}
        except DBAPIError:
            # Most likely no such table (a new database); anything else is said by the check.
            if not self.has_table("alembic_version"):
                return set()
            raise

    def has_table(self, name: str) -> bool:
        try:
            with self.engine.connect() as conn:
                return inspect(conn).has_table(name)
        except OperationalError as exc:
            raise StorageError("unreachable", _short(exc)) from None

    def require_current(self) -> None:
        state = self.schema_state()
        if state == "too_new":
            raise StorageError("too_new", "the database schema is newer than this program")
        if state != "current":
            raise StorageError("not_initialised", state)

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()

    def execute_raw(self, sql: str) -> None:
        """Only for tests and the admin CLI's low-level tools."""
        with self.engine.begin() as conn:
            conn.execute(text(sql))


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    location = resources.files("authdesk.storage") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def _short(exc: BaseException) -> str:
    first = str(getattr(exc, "orig", exc)).strip().splitlines()
    return first[0] if first else type(exc).__name__
