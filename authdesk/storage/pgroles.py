"""PostgreSQL roles: what the connected role may do to the audit tables, and setting up the
application's own role.

The tables belong to the role that runs the migrations (the owner, ``authdesk-admin init
--owner-url``). The application connects as a separate role that may only add and read audit
events and checkpoints; the head row, the writers' lock, it may read and move forward
(``UPDATE`` of its two value columns). docs/deployment-database.md lists the SQL; keep the two
in step. Storage reports what the database says; the core decides what to refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from authdesk.storage.db import Database, StorageError

# Append-only for the application: INSERT and SELECT only.
APPEND_ONLY_TABLES = ("audit_event", "audit_checkpoint", "audit_key")
HEAD_TABLE = "audit_head"
SCHEMA_VERSION_TABLE = "alembic_version"
APP_ROLE_KEY = "app_role"  # in the meta table
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class AuditRoleFacts:
    """What the connected role may do to the audit tables, as PostgreSQL answers it."""

    role: str
    superuser: bool
    # Owns the audit tables or may SET ROLE to their owner (membership, with or without
    # INHERIT): it could drop the triggers or grant itself anything.
    owner_member: bool
    # "UPDATE audit_event", "TRUNCATE audit_checkpoint", "DELETE audit_head", ... (table-level
    # privileges held directly, through PUBLIC or through an inherited role).
    can_change: tuple[str, ...]


def _checks() -> list[tuple[str, str]]:
    pairs = [(priv, table) for table in APPEND_ONLY_TABLES
             for priv in ("UPDATE", "DELETE", "TRUNCATE")]
    return [*pairs, ("DELETE", HEAD_TABLE), ("TRUNCATE", HEAD_TABLE)]


def audit_role_facts(db: Database) -> AuditRoleFacts | None:
    """None on SQLite (one file, one owner: no roles to check)."""
    if db.is_sqlite:
        return None
    checks = _checks()
    columns = ", ".join(f"has_table_privilege(current_user, '{table}', '{priv}')"
                        for priv, table in checks)
    try:
        with db.engine.connect() as conn:
            row = conn.execute(text(
                "SELECT current_user, r.rolsuper, "
                "pg_has_role(current_user, c.relowner, 'MEMBER'), " + columns +
                " FROM pg_roles r, pg_class c WHERE r.rolname = current_user "
                "AND c.oid = to_regclass('audit_event')")).one_or_none()
            conn.rollback()
    except Exception as exc:  # unreachable, or a catalogue query refused
        raise StorageError("unreachable", _first_line(exc)) from None
    if row is None:
        raise StorageError("not_initialised", "the audit tables are missing")
    granted = row[3:]
    return AuditRoleFacts(
        role=str(row[0]), superuser=bool(row[1]), owner_member=bool(row[2]),
        can_change=tuple(f"{priv} {table}" for (priv, table), held in zip(checks, granted,
                                                                          strict=True) if held))


# -- setting up the application's role (authdesk-admin init) ----------------------------------


class AppRoleRefused(StorageError):
    """The application role cannot be set up as asked; ``reason`` says why and what to do."""

    def __init__(self, reason: str) -> None:
        super().__init__("app_role_refused", reason)


def valid_role_name(name: str) -> bool:
    """Lower-case letters, digits and '_' (no quoting surprises, no case folding)."""
    return bool(_ROLE_NAME.fullmatch(name))


def remembered_app_role(db: Database) -> str | None:
    """The application role an earlier init set up, if any."""
    with db.engine.connect() as conn:
        role = conn.execute(text("SELECT value FROM meta WHERE key = :key"),
                            {"key": APP_ROLE_KEY}).scalar_one_or_none()
        conn.rollback()
    return role


def role_exists(db: Database, name: str) -> bool:
    with db.engine.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        exists = found.first() is not None
        conn.rollback()
    return exists


def app_role_statements(tables: list[str], role: str) -> list[str]:
    """The grants, in order, for ``role`` on a schema holding ``tables``. Re-running them
    resets the role's table privileges to exactly these."""
    quoted = f'"{role}"'
    ordinary = sorted(t for t in tables
                      if t not in (*APPEND_ONLY_TABLES, HEAD_TABLE, SCHEMA_VERSION_TABLE))
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {quoted}",  # see set_up_app_role
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {quoted}",
    ]
    if ordinary:
        statements.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {', '.join(ordinary)} "
                          f"TO {quoted}")
    statements += [
        f"GRANT SELECT, INSERT ON TABLE {', '.join(APPEND_ONLY_TABLES)} TO {quoted}",
        f"GRANT SELECT, UPDATE (seq, hash) ON TABLE {HEAD_TABLE} TO {quoted}",
        f"GRANT SELECT ON TABLE {SCHEMA_VERSION_TABLE} TO {quoted}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
    ]
    return statements


def _create_role(conn: Connection, role: str, password: str) -> None:
    """CREATE ROLE with the password as a SCRAM-SHA-256 verifier computed here by libpq (as
    psql's \\password does), so the password itself never reaches the server or its logs."""
    pgconn = conn.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode("utf-8"), role.encode("utf-8"),
                                       b"scram-sha-256").decode("ascii")
    if "'" in verifier:  # a verifier is base64 and '$', ':'; never quoted text
        raise AppRoleRefused("the password could not be encoded")
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                f"PASSWORD '{verifier}'")
    except Exception as exc:
        raise AppRoleRefused(
            f"the role {role} could not be created ({_first_line(exc)}); have a database "
            f"administrator create it (CREATE ROLE {role} LOGIN PASSWORD '...'), then run init "
            "again") from None


def set_up_app_role(db: Database, role: str, password: str | None) -> list[str]:
    """Create ``role`` if it does not exist (``password`` is then needed) and grant it what the
    application needs, in one transaction on the owner's connection. Returns the grants run.
    Refuses a role that could change the audit log whatever its grants."""
    if db.is_sqlite:
        raise AppRoleRefused("an application role exists only on PostgreSQL")
    if not valid_role_name(role):
        raise AppRoleRefused(f"{role!r} is not a usable role name (use lower-case letters, "
                             "digits and '_', starting with a letter)")
    try:
        with db.engine.begin() as conn:
            owner = conn.execute(text(
                "SELECT pg_get_userbyid(relowner) FROM pg_class "
                "WHERE oid = to_regclass('audit_event')")).scalar_one_or_none()
            if owner is None:
                raise AppRoleRefused("the database has no audit tables yet")
            me = conn.execute(text("SELECT current_user")).scalar_one()
            if me != owner:
                raise AppRoleRefused(f"connect as the owner of the tables ({owner}), not as {me}")
            found = conn.execute(text(
                "SELECT rolsuper, pg_has_role(rolname, :owner, 'MEMBER') FROM pg_roles "
                "WHERE rolname = :role"), {"owner": owner, "role": role}).one_or_none()
            if found is None:
                if password is None:
                    raise AppRoleRefused(f"the role {role} does not exist and no password was "
                                         "given for it")
                _create_role(conn, role, password)
            elif found[0] or found[1]:
                why = "a superuser" if found[0] else f"the owner {owner} or a member of it"
                raise AppRoleRefused(f"the role {role} is {why}, so it could change the audit "
                                     "log; choose a role of its own for the application")
            tables = list(conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
            statements = app_role_statements(tables, role)
            # PUBLIC may use the schema by default; only a hardened database needs the grant,
            # and only the schema's owner may give it.
            if conn.execute(text("SELECT has_schema_privilege(:role, 'public', 'USAGE')"),
                            {"role": role}).scalar_one():
                statements = statements[1:]
            for sql in statements:
                conn.exec_driver_sql(sql)
            # Whatever other grantors or PUBLIC gave stays after our REVOKE: check the result.
            left = [f"{priv} {table}" for priv, table in _checks() if conn.execute(
                text("SELECT has_table_privilege(:role, :table, :priv)"),
                {"role": role, "table": table, "priv": priv}).scalar_one()]
            if left:
                raise AppRoleRefused(
                    f"the role {role} keeps {', '.join(left)} through grants this owner did "
                    "not give; revoke them (docs/deployment-database.md), then run init again")
            # Remembered, so that init after an upgrade grants the new tables too.
            conn.execute(text(
                "INSERT INTO meta (key, value) VALUES (:key, :role) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {"key": APP_ROLE_KEY, "role": role})
    except AppRoleRefused:
        raise
    except Exception as exc:
        raise AppRoleRefused(_first_line(exc)) from None
    return statements


def _first_line(exc: BaseException) -> str:
    lines = str(getattr(exc, "orig", exc)).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
