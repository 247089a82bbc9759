"""shared mode: issued certificates and idempotent results

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 18:30:00

``issued_certificate`` lists every certificate the installation's CA issued (workstations'
client certificates, servers' TLS certificates), with who issued and who revoked each: the
server accepts a client certificate only while its serial is listed and not revoked.
``idempotent_result`` keeps, per workstation and idempotency key, the answer the server gave to
a write, so a retry after a lost answer never acts twice.

Both are ordinary tables for the application's role (storage/pgroles.py grants them at the next
``authdesk-admin init``); an installation that set up its role already gets the grants here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
_TABLES = ('issued_certificate', 'idempotent_result')


def upgrade() -> None:
    op.create_table(
        'issued_certificate',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('serial', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('name', sa.String(length=128), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('issued_by', sa.BigInteger(), nullable=True),
        sa.Column('not_after', sa.DateTime(), nullable=False),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.Column('revoked_by', sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(['issued_by'], ['staff.id']),
        sa.ForeignKeyConstraint(['revoked_by'], ['staff.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('serial'),
    )
    op.create_index('ix_issued_certificate_name', 'issued_certificate', ['name'])
    op.create_table(
        'idempotent_result',
        sa.Column('workstation', sa.String(length=128), nullable=False),
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('request_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('response', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('workstation', 'key'),
    )
    op.create_index('ix_idempotent_result_created_at', 'idempotent_result', ['created_at'])
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    role = bind.execute(sa.text("SELECT value FROM meta WHERE key = 'app_role'")).scalar()
    if role:
        op.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {", ".join(_TABLES)} '
                   f'TO "{role}"')
        op.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')


def downgrade() -> None:
    op.drop_index('ix_idempotent_result_created_at', table_name='idempotent_result')
    op.drop_table('idempotent_result')
    op.drop_index('ix_issued_certificate_name', table_name='issued_certificate')
    op.drop_table('issued_certificate')
