"""Customer search benchmark: p50/p95 of ``desk.customers.search`` on a large book, beside the
raw SQL query on the same index in the same run.

    uv run python benchmarks/search.py [--rows 1000000] [--searches 200] [--db DIR]

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
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pyotp

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchstaff

from benchstaff import PASSWORD, sign_in  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402

from authdesk.core.customers import _classify  # noqa: E402
from authdesk.core.desk import Desk  # noqa: E402
from authdesk.core.keys import MemoryKeyring  # noqa: E402
from authdesk.core.roles import Role  # noqa: E402
from authdesk.core.workstation import Workstation  # noqa: E402
from authdesk.storage.db import Database, sqlite_url  # noqa: E402
from authdesk.storage.models import Customer  # noqa: E402


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


def measure(folder: Path, rows: int, searches: int) -> list[tuple[str, Any, Any]]:
    bench = _import_benchmark()
    saved = json.loads((folder / "keys.json").read_text())
    keyring = MemoryKeyring()
    for service, username, secret in saved["keyring"]:
        keyring.set_password(service, username, secret)
    db = Database(sqlite_url(folder / "bench.db"))
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
        texts, raw = [], []
        for i in picked:
            family, given = bench.row(i)[2].split()
            text = f"{family} {given[:given_chars]}".strip()
            key = family + given[:given_chars]
            texts.append(text)
            raw.append((key, _after(key), key, _after(key)))
        kinds[name] = (texts, raw)
    phones = [bench.row(i)[6].replace("-", "") for i in picked]
    kinds["phone"] = (phones, [(p, _after(p)) for p in phones])

    raw_db = sqlite3.connect(folder / "bench.db")
    results = []
    for kind, (texts, raw_args) in kinds.items():
        sql = RAW["kana" if kind.startswith("kana") else kind]
        desk.customers.search(agent, texts[0])  # the first call compiles the statement
        service, found = time_each(texts, lambda t: desk.customers.search(agent, t))
        raw_db.execute(sql, raw_args[0]).fetchall()
        by_text = dict(zip(texts, raw_args, strict=True))
        bare, raw_found = time_each(
            texts, lambda t, sql=sql, by_text=by_text: raw_db.execute(sql, by_text[t]).fetchall())
        assert found == raw_found, (kind, found, raw_found)
        # The plan of the query the service itself sends (its clause, rendered for SQLite).
        statement = (select(Customer).where(_classify(texts[0], ranged=True).clause)
                     .order_by(Customer.number).limit(20))
        service_sql = str(statement.compile(dialect=sqlite.dialect(),
                                            compile_kwargs={"literal_binds": True}))
        plan = " / ".join(r[-1] for r in raw_db.execute("EXPLAIN QUERY PLAN " + service_sql))
        results.append((kind, percentiles(service), percentiles(bare), found / len(texts), plan))
    raw_db.close()
    db.dispose()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--db", metavar="DIR", type=Path,
                        help="a folder left by 'import.py --keep DIR' with --rows customers")
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="build the book in DIR and leave it there")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as tmp:
        folder = args.db or args.keep or Path(tmp)
        if args.db is None:
            folder.mkdir(parents=True, exist_ok=True)
            _, built = _import_benchmark().build(folder, args.rows)
            print(f"built {built['rows']:,} customers with the importer in "
                  f"{built['seconds']:.0f} s ({built['rows'] / built['seconds']:,.0f} rows/s, "
                  f"peak RSS {built['rss_mib']:.0f} MiB)")
        results = measure(folder, args.rows, args.searches)
    print(f"AuthDesk search benchmark: {args.rows:,} customers, {args.searches} searches per "
          f"kind, SQLite (WAL, synchronous=FULL), Python {sys.version.split()[0]}")
    print(f"  {'kind':<18} {'service p50':>11} {'p95':>8}   {'raw SQL p50':>11} {'p95':>8}"
          f"   {'rows/search':>11}")
    for kind, (p50, p95), (r50, r95), per, _ in results:
        print(f"  {kind:<18} {p50:>8.2f} ms {p95:>5.2f} ms   {r50:>8.2f} ms {r95:>5.2f} ms"
              f"   {per:>11.1f}")
    for kind, *_, plan in results:
        print(f"  service query plan ({kind}): {plan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
