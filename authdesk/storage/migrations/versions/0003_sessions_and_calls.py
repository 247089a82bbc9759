"""session handles, staff step-up failures, calls

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 12:00:00

Sessions are found by the SHA-256 of their handle's token; sessions opened before this
revision have none and so can no longer act (their people sign in again). Calls: a
verification is fresh only inside the call it was done in, and a change request names its call.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'customer_call',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('agent_id', _ID, nullable=False),
        sa.Column('session_id', sa.String(length=36), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('customer_id', _ID, nullable=True),
        sa.Column('opened_at', sa.DateTime(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('outcome', sa.String(length=32), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['agent_id'], ['staff.id']),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('customer_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_call_agent_id'), ['agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_call_customer_id'), ['customer_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_customer_call_opened_at'), ['opened_at'],
                              unique=False)

    with op.batch_alter_table('staff_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('token_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('stepup_failures', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('current_call_id', sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f('ix_staff_session_token_hash'), ['token_hash'],
                              unique=True)

    with op.batch_alter_table('verification', schema=None) as batch_op:
        batch_op.add_column(sa.Column('call_id', _ID, nullable=True))
        batch_op.create_index(batch_op.f('ix_verification_call_id'), ['call_id'], unique=False)
        batch_op.create_foreign_key('fk_verification_call_id', 'customer_call', ['call_id'],
                                    ['id'])

    with op.batch_alter_table('change_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('call_id', _ID, nullable=True))
        batch_op.create_foreign_key('fk_change_request_call_id', 'customer_call', ['call_id'],
                                    ['id'])


def downgrade() -> None:
    with op.batch_alter_table('change_request', schema=None) as batch_op:
        batch_op.drop_constraint('fk_change_request_call_id', type_='foreignkey')
        batch_op.drop_column('call_id')
    with op.batch_alter_table('verification', schema=None) as batch_op:
        batch_op.drop_constraint('fk_verification_call_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_verification_call_id'))
        batch_op.drop_column('call_id')
    with op.batch_alter_table('staff_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_session_token_hash'))
        batch_op.drop_column('current_call_id')
        batch_op.drop_column('stepup_failures')
        batch_op.drop_column('token_hash')
    op.drop_table('customer_call')
