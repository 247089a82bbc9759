"""Migration 0010 (issue 11, the withdrawal-account lock): an installation upgraded after its
application role was set up gets the same rights on the new table as on the other ordinary
tables, so the app (which never runs as the owner) can lock and unlock. PostgreSQL only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import APP_ROLE_PASSWORD, pg_app_role
from sqlalchemy import text

from authdesk.storage.db import Database, alembic_config
from authdesk.storage.pgroles import set_up_app_role


@pytest.fixture
def app_role(postgres_url: str) -> Iterator[str]:
    with pg_app_role(postgres_url) as name:
        yield name


@pytest.mark.postgres
@pytest.mark.app_role
def test_an_upgrade_grants_the_application_role_the_lock_table(
        postgres_url: str, app_role: str) -> None:
    from alembic import command

    db = Database(postgres_url)
    try:
        with db.engine.begin() as conn:  # an installation of the version before the lock
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0006")
        set_up_app_role(db, app_role, APP_ROLE_PASSWORD)
        db.migrate()
        with db.engine.connect() as conn:
            granted = conn.execute(text(
                "SELECT has_table_privilege(:r, 'withdrawal_lock', 'SELECT, INSERT, UPDATE'), "
                "has_table_privilege(:r, 'withdrawal_lock', 'TRUNCATE'), "
                "has_sequence_privilege(:r, 'withdrawal_lock_id_seq', 'USAGE')"),
                {"r": app_role}).one()
        assert tuple(granted) == (True, False, True)
    finally:
        db.dispose()
