"""prefix-search indexes for customers on PostgreSQL

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 16:40:00

Customer search is a prefix match (``LIKE 'C00123%'``) on the number, the phone and the
search keys of the name. PostgreSQL serves such a match from a b-tree only when the index
compares bytes: under any collation but ``C``/``POSIX`` by name (``C.UTF-8`` included) the
plain indexes cannot, and a search read the whole customer table (1M customers: p95 684 ms by
number, 812 ms by phone, benchmarks/search.py --postgres). ``text_pattern_ops`` indexes serve
the prefix in every collation (0.04–0.07 ms). SQLite needs none: its search uses ranges
(core.customers._prefix) that its own indexes serve.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("number", "phone", "search_kana", "search_kanji")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.create_index(f"ix_customer_{column}_prefix", "customer", [column],
                        postgresql_ops={column: "text_pattern_ops"})


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_customer_{column}_prefix", table_name="customer")
