"""signing-key hand-overs (key rotation)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09 12:00:00

``audit_key`` keeps each rotation of the audit signing key: the new public key, the previous
one, the hand-over checkpoint and the signatures of both keys over it (core.keys.HandOver).
Verification trusts an old key only through a chain of these hand-overs from the current key.
Append-only like the audit log: the same triggers (0004's functions on PostgreSQL), and the
application's role gets INSERT and SELECT only (storage/pgroles.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
_TABLE = 'audit_key'


def upgrade() -> None:
    op.create_table(
        _TABLE,
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('key_id', sa.String(length=64), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('previous_key_id', sa.String(length=64), nullable=False),
        sa.Column('previous_public_key', sa.String(length=64), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
        sa.Column('head_hash', sa.String(length=64), nullable=False),
        sa.Column('ts', sa.String(length=32), nullable=False),
        sa.Column('signature_previous', sa.String(length=128), nullable=False),
        sa.Column('signature', sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_audit_key_key_id', _TABLE, ['key_id'])
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f'CREATE TRIGGER {_TABLE}_append_only BEFORE UPDATE OR DELETE ON {_TABLE} '
                   'FOR EACH ROW EXECUTE FUNCTION authdesk_refuse_audit_change()')
        op.execute(f'CREATE TRIGGER {_TABLE}_no_truncate BEFORE TRUNCATE ON {_TABLE} '
                   'FOR EACH STATEMENT EXECUTE FUNCTION authdesk_refuse_audit_change()')
        return
    for verb, past in (('UPDATE', 'changed'), ('DELETE', 'deleted')):
        op.execute(f'CREATE TRIGGER {_TABLE}_no_{verb.lower()} BEFORE {verb} ON {_TABLE} '
                   f"BEGIN SELECT RAISE(ABORT, 'the AuthDesk audit table {_TABLE} is "
                   f"append-only: its rows cannot be {past}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f'DROP TRIGGER {_TABLE}_no_truncate ON {_TABLE}')
        op.execute(f'DROP TRIGGER {_TABLE}_append_only ON {_TABLE}')
    op.drop_index('ix_audit_key_key_id', table_name=_TABLE)
    op.drop_table(_TABLE)
