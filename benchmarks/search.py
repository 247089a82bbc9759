"""Customer search benchmark: p50/p95 of ``desk.customers.search`` on a large book, beside the
raw SQL query on the same index in the same run.

    uv run python benchmarks/search.py [--rows 1000000] [--searches 200] [--db DIR]
                                       [--postgres URL]

Builds the book once with ``benchmarks/import.py`` (the streaming importer, in a child
process), or reuses a folder that ``import.py --keep DIR`` left. Then, per kind, times
``--searches`` searches as a signed-in agent: each is the whole service call (authorisation,
the query, factor states, and the durable ``customer.searched`` audit event), and beside it the
bare SELECT with sqlite3 on its own connection (the same range on the same index, the same
ORDER BY and LIMIT), so the gap is AuthDesk's own cost:

* number: a whole customer number (C0123456);
* kana: a family name and the first kana of the given name (ヤマダ タ, about 1 in 600 rows);
* kana, family only: a family name alone (about 1 in 32 rows; the widest common search);
* phone: a whole mobile number (09012345678).

With ``--postgres URL`` the book is imported (through the core, as ``import.py --postgres``
does) into that throw-away PostgreSQL database, whose public schema is dropped and made afresh,
and the bare query runs with psycopg on its own connection: the same ranges on the same
indexes. The service sends ``LIKE prefix || '%'`` there (no range: a server's collation need
not order strings by code point); the plan printed is PostgreSQL's for the service's statement
with its parameters bound as the service binds them. A plain b-tree index serves LIKE 'prefix%'
only under the C collation (PostgreSQL 15 does not count libc's C.UTF-8 as C); under any other
the plan shows the number index walked with the LIKE as a filter.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pyotp

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchstaff

from benchstaff import PASSWORD, sign_in  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.dialects import postgresql, sqlite  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from authdesk.core.customers import _classify  # noqa: E402
from authdesk.core.desk import Desk  # noqa: E402
from authdesk.core.keys import MemoryKeyring  # noqa: E402
from authdesk.core.roles import Role  # noqa: E402
from authdesk.core.workstation import Workstation  # noqa: E402
from authdesk.storage.db import Database, sqlite_url  # noqa: E402
from authdesk.storage.models import Customer  # noqa: E402
from authdesk.storage.pgroles import set_up_app_role  # noqa: E402


def _import_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_benchmark", HERE / "import.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _after(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


RAW_COLUMNS = "id, number, name_kanji, name_kana, birth_date, phone, address"
RAW = {
    "number": f"SELECT {RAW_COLUMNS} FROM customer WHERE number >= ? AND number < ? "
              "ORDER BY number LIMIT 20",
    "kana": f"SELECT {RAW_COLUMNS} FROM customer WHERE (search_kana >= ? AND search_kana < ?) "
            "OR (search_kanji >= ? AND search_kanji < ?) ORDER BY number LIMIT 20",
    "phone": f"SELECT {RAW_COLUMNS} FROM customer WHERE phone >= ? AND phone < ? "
             "ORDER BY number LIMIT 20",
}
PG_RAW = {kind: sql.replace("?", "%s") for kind, sql in RAW.items()}  # psycopg's placeholders


def percentiles(times: list[float]) -> tuple[float, float]:
    ms = sorted(t * 1000 for t in times)
    return statistics.median(ms), ms[max(0, int(len(ms) * 0.95) - 1)]


def time_each(queries: list[str], call: Callable[[str], Any]) -> tuple[list[float], int]:
    times, found = [], 0
    for q in queries:
        start = time.perf_counter()
        found += len(call(q))
        times.append(time.perf_counter() - start)
    return times, found


def measure(folder: Path, rows: int, searches: int,
            postgres: str = "") -> list[tuple[str, Any, Any, float, str]]:
    saved = json.loads((folder / "keys.json").read_text())
    keyring = MemoryKeyring()
    for service, username, secret in saved["keyring"]:
        keyring.set_password(service, username, secret)
    with _app_role(postgres) as app_url:
        return _measure(folder, rows, searches, postgres, keyring, saved, app_url)


@contextmanager
def _app_role(postgres: str) -> Iterator[str]:
    """On PostgreSQL the desk refuses a role that could change the audit log (the owner's, a
    superuser's), so the searches run as an application role set up as ``authdesk-admin init``
    does; a fresh one, dropped again at the end."""
    if not postgres:
        yield ""
        return
    role, password = f"authdesk_bench_{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    owner = Database(postgres)
    try:
        set_up_app_role(owner, role, password)
        yield make_url(postgres).set(username=role, password=password).render_as_string(
            hide_password=False)
    finally:
        with owner.engine.begin() as conn:
            if conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'").first():
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
        owner.dispose()


def _measure(folder: Path, rows: int, searches: int, postgres: str, keyring: MemoryKeyring,
             saved: dict[str, Any], app_url: str) -> list[tuple[str, Any, Any, float, str]]:
    bench = _import_benchmark()
    db = Database(app_url or sqlite_url(folder / "bench.db"))
    desk = Desk.open(db, workstation=Workstation("ws-bench", folder / "ws.json"),
                     keyring_backend=keyring)
    # The importer's sign-in used this time step's code; a code is good once, so sign in
    # with the next step's (inside the allowed drift). Searching the same folder again within
    # 30 seconds therefore fails to sign in: wait a moment.
    admin = desk.staff.sign_in("bench.admin", PASSWORD, pyotp.TOTP(saved["bench.admin"]).at(
        desk.clock.now() + timedelta(seconds=30)))
    agent_name = f"bench.agent{time.time_ns() % 10**9}"  # a folder may be searched again
    agent_key = desk.staff.add(admin, username=agent_name, display_name="Benchmark",
                               employee_no=f"BENCH-A{time.time_ns() % 10**6}",
                               roles=frozenset({Role.AGENT}), password=PASSWORD).manual_key
    agent = sign_in(desk, agent_name, agent_key)

    pick = random.Random(14)
    picked = [pick.randrange(rows) for _ in range(searches)]
    kinds: dict[str, tuple[list[str], list[tuple[str, ...]]]] = {}
    numbers = [f"C{i + 1:07d}" for i in picked]
    kinds["number"] = (numbers, [(n, _after(n)) for n in numbers])
    for name, given_chars in (("kana", 1), ("kana, family only", 0)):
        texts: list[str] = []
        raw: list[tuple[str, ...]] = []
        for i in picked:
            family, given = bench.row(i)[2].split()
            text = f"{family} {given[:given_chars]}".strip()
            key = family + given[:given_chars]
            texts.append(text)
            raw.append((key, _after(key), key, _after(key)))
        kinds[name] = (texts, raw)
    phones = [bench.row(i)[6].replace("-", "") for i in picked]
    kinds["phone"] = (phones, [(p, _after(p)) for p in phones])

    bare_db: _PostgresRaw | _SqliteRaw = (_PostgresRaw(postgres) if postgres
                                          else _SqliteRaw(folder / "bench.db"))
    results = []
    for kind, (texts, raw_args) in kinds.items():
        sql = (PG_RAW if postgres else RAW)["kana" if kind.startswith("kana") else kind]
        desk.customers.search(agent, texts[0])  # the first call compiles the statement
        service, found = time_each(texts, lambda t: desk.customers.search(agent, t))
        bare_db.query(sql, raw_args[0])
        by_text = dict(zip(texts, raw_args, strict=True))

        def bare_query(t: str, sql: str = sql,
                       by_text: dict[str, tuple[str, ...]] = by_text) -> list[Any]:
            return bare_db.query(sql, by_text[t])

        bare, raw_found = time_each(texts, bare_query)
        assert found == raw_found, (kind, found, raw_found)
        # The plan of the query the service itself sends (its clause, as it renders it).
        statement = (select(Customer).where(_classify(texts[0], ranged=not postgres).clause)
                     .order_by(Customer.number).limit(20))
        results.append((kind, percentiles(service), percentiles(bare), found / len(texts),
                        bare_db.plan(statement)))
    bare_db.close()
    db.dispose()
    return results


class _SqliteRaw:
    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path)

    def query(self, sql: str, args: tuple[str, ...]) -> list[Any]:
        return self.con.execute(sql, args).fetchall()

    def plan(self, statement: Any) -> str:
        sql = str(statement.compile(dialect=sqlite.dialect(),
                                    compile_kwargs={"literal_binds": True}))
        return " / ".join(r[-1] for r in self.con.execute("EXPLAIN QUERY PLAN " + sql))

    def close(self) -> None:
        self.con.close()


class _PostgresRaw:
    """psycopg on its own connection (autocommit, so each SELECT is its own transaction)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.con = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                                   autocommit=True)
        # A book imported a moment ago has no statistics yet; autovacuum would gather them
        # within a minute or so: gather them now, so the planner sees the real table.
        self.con.execute("ANALYZE customer")

    def query(self, sql: str, args: tuple[str, ...]) -> list[Any]:
        return self.con.execute(sql, args).fetchall()

    def plan(self, statement: Any) -> str:
        # Bound parameters, as the service sends them (a literal pattern would plan otherwise).
        compiled = statement.compile(dialect=postgresql.psycopg.dialect())
        rows = self.con.execute("EXPLAIN " + str(compiled), compiled.params).fetchall()
        return " / ".join(" ".join(r[0].split()) for r in rows)

    def close(self) -> None:
        self.con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--db", metavar="DIR", type=Path,
                        help="a folder left by 'import.py --keep DIR' with --rows customers")
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="build the book in DIR and leave it there")
    parser.add_argument("--postgres", metavar="URL",
                        help="import into and search this throw-away PostgreSQL database (its "
                             "public schema is dropped and made afresh)")
    args = parser.parse_args(argv)
    if args.postgres and args.db:
        parser.error("--db reuses a SQLite folder; --postgres builds its own book")
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as tmp:
        folder = args.db or args.keep or Path(tmp)
        if args.db is None:
            folder.mkdir(parents=True, exist_ok=True)
            _, built = _import_benchmark().build(folder, args.rows, args.postgres or "")
            print(f"built {built['rows']:,} customers with the importer in "
                  f"{built['seconds']:.0f} s ({built['rows'] / built['seconds']:,.0f} rows/s, "
                  f"peak RSS {built['rss_mib']:.0f} MiB)")
        results = measure(folder, args.rows, args.searches, args.postgres or "")
    database = (f"PostgreSQL {_server_version(args.postgres)}" if args.postgres
                else "SQLite (WAL, synchronous=FULL)")
    print(f"AuthDesk search benchmark: {args.rows:,} customers, {args.searches} searches per "
          f"kind, {database}, Python {sys.version.split()[0]}")
    print(f"  {'kind':<18} {'service p50':>11} {'p95':>8}   {'raw SQL p50':>11} {'p95':>8}"
          f"   {'rows/search':>11}")
    for kind, (p50, p95), (r50, r95), per, _ in results:
        print(f"  {kind:<18} {p50:>8.2f} ms {p95:>5.2f} ms   {r50:>8.2f} ms {r95:>5.2f} ms"
              f"   {per:>11.1f}")
    for kind, *_, plan in results:
        print(f"  service query plan ({kind}): {plan}")
    return 0


def _server_version(url: str) -> str:
    """The server's version and the database's collation (LIKE 'prefix%' uses a plain b-tree
    index only under the C collation; PostgreSQL 15 does not count libc's C.UTF-8 as C)."""
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            version, collation = conn.exec_driver_sql(
                "SELECT current_setting('server_version'), datcollate FROM pg_database "
                "WHERE datname = current_database()").one()
    finally:
        db.dispose()
    return f"{version.split()[0]}, collation {collation}"


if __name__ == "__main__":
    sys.exit(main())
