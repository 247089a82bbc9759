"""withdrawal-account lock

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 18:15:00

``withdrawal_lock``: a customer's lock on changes of their withdrawal account (issue 11). A lock
is active while ``lifted_at`` is empty; lifting it records the unlock request, the document
check, the call-back and the supervisor who approved. The lock is security state: every event
that changes a row records what it holds after (core.accountlock, core.reconcile). On
PostgreSQL the application role, if one was set up, gets the same rights as on the other
ordinary tables (storage/pgroles.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
_TABLE = 'withdrawal_lock'


def upgrade() -> None:
    op.create_table(
        _TABLE,
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('customer_id', _ID, nullable=False),
        sa.Column('locked_at', sa.DateTime(), nullable=False),
        sa.Column('locked_by', _ID, nullable=False),
        sa.Column('lock_call_id', _ID, nullable=True),
        sa.Column('lock_reason', sa.Text(), nullable=True),
        sa.Column('unlock_requested_at', sa.DateTime(), nullable=True),
        sa.Column('unlock_requested_by', _ID, nullable=True),
        sa.Column('unlock_reason', sa.Text(), nullable=True),
        sa.Column('unlock_document_id', _ID, nullable=True),
        sa.Column('callback_at', sa.DateTime(), nullable=True),
        sa.Column('callback_by', _ID, nullable=True),
        sa.Column('callback_note', sa.Text(), nullable=True),
        sa.Column('lifted_at', sa.DateTime(), nullable=True),
        sa.Column('lifted_by', _ID, nullable=True),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id']),
        sa.ForeignKeyConstraint(['locked_by'], ['staff.id']),
        sa.ForeignKeyConstraint(['lock_call_id'], ['customer_call.id']),
        sa.ForeignKeyConstraint(['unlock_requested_by'], ['staff.id']),
        sa.ForeignKeyConstraint(['unlock_document_id'], ['document_check.id']),
        sa.ForeignKeyConstraint(['callback_by'], ['staff.id']),
        sa.ForeignKeyConstraint(['lifted_by'], ['staff.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_withdrawal_lock_customer_id', _TABLE, ['customer_id'])
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    role = bind.execute(sa.text("SELECT value FROM meta WHERE key = 'app_role'")).scalar()
    if role:  # a name pgroles.valid_role_name accepted when init stored it
        op.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {_TABLE} TO "{role}"')
        op.execute(f'GRANT USAGE, SELECT ON SEQUENCE {_TABLE}_id_seq TO "{role}"')


def downgrade() -> None:
    op.drop_index('ix_withdrawal_lock_customer_id', table_name=_TABLE)
    op.drop_table(_TABLE)
