"""letter batches for the mail room, and the firm's identity

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 18:20:00

``letter_batch``: one day's letters printed as one PDF and posted together (created, printed,
posted: who and when). ``letter_batch_item`` puts a letter (a ``notification`` row) in a batch;
its unique ``notification_id`` keeps a letter in at most one batch. ``firm_identity`` is one
row: the firm's name, phone number and sender address, shared by every workstation (letters,
e-mail, the issuer of customers' authenticator entries). All ordinary tables: ``authdesk-admin
init`` run again grants them to the application's role (storage/pgroles.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'letter_batch',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('letters', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('printed_at', sa.DateTime(), nullable=True),
        sa.Column('printed_by', sa.String(length=64), nullable=True),
        sa.Column('posted_at', sa.DateTime(), nullable=True),
        sa.Column('posted_by', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_letter_batch_day', 'letter_batch', ['day'])
    op.create_table(
        'letter_batch_item',
        sa.Column('notification_id', _ID, nullable=False),
        sa.Column('batch_id', _ID, nullable=False),
        sa.ForeignKeyConstraint(['notification_id'], ['notification.id']),
        sa.ForeignKeyConstraint(['batch_id'], ['letter_batch.id']),
        sa.PrimaryKeyConstraint('notification_id'),
    )
    op.create_index('ix_letter_batch_item_batch_id', 'letter_batch_item', ['batch_id'])
    op.create_table(
        'firm_identity',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('phone', sa.String(length=32), nullable=False),
        sa.Column('sender', sa.String(length=256), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('firm_identity')
    op.drop_index('ix_letter_batch_item_batch_id', table_name='letter_batch_item')
    op.drop_table('letter_batch_item')
    op.drop_index('ix_letter_batch_day', table_name='letter_batch')
    op.drop_table('letter_batch')
