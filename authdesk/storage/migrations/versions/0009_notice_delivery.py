"""notices that go out: previous contact details, e-mail attempts, failure reasons

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:20:00

Issue 11 (e-mail notices, the right people told, notices gate the change):

- ``contact_change.previous_value``: the value a contact change replaced, so a notice within
  ``contact_change_window_days`` also goes to the previous address or e-mail. Rows written
  before keep NULL (the previous value was never stored; nothing can be sent there).
- ``notification.recipient``: NULL for the customer's registered address or e-mail; the
  previous value for a notice to a contact that changed recently.
- ``notification.attempts`` / ``next_attempt_at``: e-mail delivery attempts and when the next
  one is due (exponential backoff, policy ``email_attempts`` and ``email_retry_first_minutes``).
- ``notification.failure_reason``: why the notice could not go out, for the supervisor's outbox.

Additive only; table-level grants of the application role (storage/pgroles.py) cover the new
columns.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('contact_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_value', sa.Text(), nullable=True))
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipient', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('next_attempt_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('failure_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_column('failure_reason')
        batch_op.drop_column('next_attempt_at')
        batch_op.drop_column('attempts')
        batch_op.drop_column('recipient')
    with op.batch_alter_table('contact_change', schema=None) as batch_op:
        batch_op.drop_column('previous_value')
