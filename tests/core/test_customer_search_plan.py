"""On SQLite, every kind of customer search is served by an index: with a million customers a
table scan per search is seconds, not milliseconds (benchmarks/search.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import sqlite

from authdesk.core.customers import _classify
from authdesk.core.desk import Desk
from authdesk.storage.models import Customer


@pytest.mark.parametrize("query", ["C0012345", "C00123", "ヤマダ タ", "やまだ", "山田",
                                   "090-1234-5678", "0312", "12345"])
def test_each_search_kind_uses_an_index(desk: Desk, query: str) -> None:
    if not desk.db.is_sqlite:
        pytest.skip("the plan checked is SQLite's")
    statement = (select(Customer).where(_classify(query, ranged=True).clause)
                 .order_by(Customer.number).limit(20))
    sql = str(statement.compile(dialect=sqlite.dialect(),  # type: ignore[no-untyped-call]
                                compile_kwargs={"literal_binds": True}))
    with desk.kernel.read() as s:
        plan = [row[-1] for row in s.execute(text("EXPLAIN QUERY PLAN " + sql))]
    searches = [step for step in plan if step.startswith("SEARCH customer USING")]
    assert searches and not any(step.startswith("SCAN customer") for step in plan), plan


@pytest.mark.parametrize("query", ["C0012345", "C00123", "ヤマダ タ", "やまだ", "山田",
                                   "090-1234-5678", "0312", "12345"])
def test_each_search_kind_uses_an_index_on_postgresql(desk: Desk, query: str) -> None:
    """PostgreSQL serves ``LIKE 'prefix%'`` from the ``text_pattern_ops`` indexes (migration
    0006) whatever the database's collation; without them a search reads the whole table."""
    if desk.db.is_sqlite:
        pytest.skip("the plan checked is PostgreSQL's")
    statement = (select(Customer).where(_classify(query).clause)
                 .order_by(Customer.number).limit(20))
    with desk.kernel.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: ask for the index
        compiled = statement.compile(dialect=s.get_bind().dialect,
                                     compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[0] for row in s.execute(text("EXPLAIN " + str(compiled))))
    assert "_prefix" in plan and "Index Cond" in plan, plan
