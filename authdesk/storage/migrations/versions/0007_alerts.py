"""alerts: the supervisors' queue of misconduct and fraud alerts (issue 12)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 18:10:00

One row per alert of a named rule (core.alerts) about one subject. An ordinary table: on
PostgreSQL the application's role gets SELECT, INSERT, UPDATE, DELETE on it when ``init``
grants it the tables again after the upgrade (storage/pgroles.app_role_statements). The rules
read the audit log through its existing indexes (actor, action, customer, subject by seq), so
no index is added there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'alert',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('rule', sa.String(length=48), nullable=False),
        sa.Column('subject', sa.String(length=128), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('raised_at', sa.DateTime(), nullable=False),
        sa.Column('last_event_at', sa.DateTime(), nullable=False),
        sa.Column('event_seqs', sa.JSON(), nullable=False),
        sa.Column('event_count', sa.Integer(), nullable=False),
        sa.Column('facts', sa.JSON(), nullable=False),
        sa.Column('handled_by', sa.String(length=64), nullable=True),
        sa.Column('handled_at', sa.DateTime(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_alert_rule_subject_status', 'alert', ['rule', 'subject', 'status'])
    op.create_index('ix_alert_status_raised', 'alert', ['status', 'raised_at'])


def downgrade() -> None:
    op.drop_index('ix_alert_status_raised', table_name='alert')
    op.drop_index('ix_alert_rule_subject_status', table_name='alert')
    op.drop_table('alert')
