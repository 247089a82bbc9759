"""append-only audit tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 12:00:00

Triggers refuse UPDATE and DELETE (PostgreSQL: and TRUNCATE) of audit events and signed
checkpoints, whoever asks, and let the head row (the writers' lock) only move forward.

On PostgreSQL they back up the grants ``authdesk-admin init --app-role`` gives the
application's role (INSERT and SELECT only on these tables), so a slip in a migration or an
owner's console is refused too. On SQLite they guard against mistakes only: whoever owns the
file can drop them (docs/deployment-database.md).

A later migration that rebuilds one of these tables on SQLite (``batch_alter_table`` copies the
table and drops the old one, with its triggers) must create the triggers again.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_APPEND_ONLY = ('audit_event', 'audit_checkpoint')

_PG_REFUSE = """
CREATE FUNCTION authdesk_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the AuthDesk audit table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$
"""

# The head row may only move forward; the writers update it with every event.
_PG_HEAD = """
CREATE FUNCTION authdesk_audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.seq > OLD.seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the AuthDesk audit head only moves forward: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(_PG_REFUSE)
        op.execute(_PG_HEAD)
        for table in _APPEND_ONLY:
            op.execute(f'CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} '
                       'FOR EACH ROW EXECUTE FUNCTION authdesk_refuse_audit_change()')
            op.execute(f'CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} '
                       'FOR EACH STATEMENT EXECUTE FUNCTION authdesk_refuse_audit_change()')
        op.execute('CREATE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE ON audit_head '
                   'FOR EACH ROW EXECUTE FUNCTION authdesk_audit_head_forward_only()')
        op.execute('CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head '
                   'FOR EACH STATEMENT EXECUTE FUNCTION authdesk_audit_head_forward_only()')
        return
    for table in _APPEND_ONLY:
        for verb, past in (('UPDATE', 'changed'), ('DELETE', 'deleted')):
            op.execute(f'CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} '
                       f"BEGIN SELECT RAISE(ABORT, 'the AuthDesk audit table {table} is "
                       f"append-only: its rows cannot be {past}'); END")
    op.execute('CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head '
               'WHEN NEW.id IS NOT OLD.id OR NEW.seq <= OLD.seq '
               "BEGIN SELECT RAISE(ABORT, 'the AuthDesk audit head only moves forward'); END")
    op.execute('CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head '
               "BEGIN SELECT RAISE(ABORT, 'the AuthDesk audit head only moves forward'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in _APPEND_ONLY:
            op.execute(f'DROP TRIGGER {table}_no_truncate ON {table}')
            op.execute(f'DROP TRIGGER {table}_append_only ON {table}')
        op.execute('DROP TRIGGER audit_head_no_truncate ON audit_head')
        op.execute('DROP TRIGGER audit_head_forward_only ON audit_head')
        op.execute('DROP FUNCTION authdesk_audit_head_forward_only()')
        op.execute('DROP FUNCTION authdesk_refuse_audit_change()')
        return
    for table in _APPEND_ONLY:
        op.execute(f'DROP TRIGGER {table}_no_update')
        op.execute(f'DROP TRIGGER {table}_no_delete')
    op.execute('DROP TRIGGER audit_head_forward_only')
    op.execute('DROP TRIGGER audit_head_no_delete')
