"""Customer import benchmark: rows per second and peak memory of the streaming CSV import.

    uv run python benchmarks/import.py [--rows 1000000] [--keep DIR] [--postgres URL]

Generates a deterministic file of valid customers (real Zengin bank and branch codes, unique
numbers, phones and accounts; about 200 bytes a row), then runs each measurement in its own
child process, so the generator's memory does not count, and reads the child's peak RSS
(``ru_maxrss`` from ``wait4``):

* import: ``csvimport.import_customers`` as the signed-in administrator, on a fresh SQLite
  file (WAL, synchronous=FULL, one transaction), the audit events included (one
  ``customer.batch.imported`` per 1,000 rows with each row's keyed fingerprint, for
  ``core.reconcile``); with
  ``--postgres URL`` the same into that (throw-away) PostgreSQL database;
* floor, read: Python's csv module reading the same file and doing nothing with the rows;
* floor, write: the same rows, unvalidated, inserted with sqlite3 ``executemany`` (batches of
  1,000, one transaction, the importer's page cache size) into a table of the same shape and
  indexes.

``--keep DIR`` leaves the imported database there (with its throw-away keys) for
``benchmarks/search.py``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchstaff

FAMILIES = [
    ("山田", "ヤマダ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"),
    ("田中", "タナカ"), ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("中村", "ナカムラ"),
    ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山本", "ヤマモト"),
    ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"),
    ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"),
    ("橋本", "ハシモト"), ("阿部", "アベ"), ("石川", "イシカワ"), ("前田", "マエダ"),
    ("藤田", "フジタ"), ("小川", "オガワ"), ("岡田", "オカダ"), ("後藤", "ゴトウ"),
    ("長谷川", "ハセガワ"), ("村上", "ムラカミ"), ("近藤", "コンドウ"), ("石井", "イシイ"),
]
GIVEN = [
    ("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("京子", "キョウコ"),
    ("健", "ケン"), ("美咲", "ミサキ"), ("翔太", "ショウタ"), ("陽子", "ヨウコ"),
    ("大輔", "ダイスケ"), ("由美", "ユミ"), ("誠", "マコト"), ("愛", "アイ"),
    ("拓也", "タクヤ"), ("直美", "ナオミ"), ("浩", "ヒロシ"), ("恵", "メグミ"),
    ("隆", "タカシ"), ("裕子", "ユウコ"), ("修", "オサム"), ("真理", "マリ"),
]
PREFECTURES = ["東京都千代田区千代田", "大阪府大阪市北区梅田", "北海道札幌市中央区北1条",
               "愛知県名古屋市中区栄", "福岡県福岡市博多区博多駅前"]
# Real Zengin codes (the ones the tests use): bank, branch.
BRANCHES = [("0001", "001"), ("0005", "001"), ("0009", "001"), ("0005", "002")]
HEADER = ["number", "name_kanji", "name_kana", "birth_date", "postal_code", "address", "phone",
          "email", "bank_code", "branch_code", "account_type", "account_number",
          "account_holder"]


def row(i: int) -> list[str]:
    """Customer ``i`` (0-based): a valid, unique record that depends on ``i`` only."""
    family, family_kana = FAMILIES[(i * 7) % len(FAMILIES)]
    given, given_kana = GIVEN[(i // len(FAMILIES) + i) % len(GIVEN)]
    born = date(1940, 1, 1) + timedelta(days=(i * 7919) % 25_000)
    phone = f"{(i * 7919 + 12_345) % 100_000_000:08d}"  # 7919 is prime to 10^8: unique
    postal = f"{(i * 37) % 10_000_000:07d}"
    has_account = i % 5 != 4
    bank_code, branch_code = BRANCHES[i % len(BRANCHES)]
    return [
        f"C{i + 1:07d}", f"{family} {given}", f"{family_kana} {given_kana}", born.isoformat(),
        f"{postal[:3]}-{postal[3:]}",
        f"{PREFECTURES[i % len(PREFECTURES)]}{i % 9 + 1}-{i % 50 + 1}-{i % 30 + 1}",
        f"090-{phone[:4]}-{phone[4:]}", f"user{i}@example.jp" if i % 3 == 0 else "",
        *((bank_code, branch_code, "ordinary", f"{i // len(BRANCHES) % 10_000_000:07d}",
           f"{family_kana} {given_kana}") if has_account else ("", "", "", "", "")),
    ]


def generate(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow(row(i))


# --- what each child process does --------------------------------------------------------------


def child_import(folder: Path, csv_path: Path, url: str = "") -> dict[str, Any]:
    from benchstaff import PASSWORD, sign_in

    from authdesk.core.csvimport import import_customers
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    keyring = MemoryKeyring()
    if url:  # a throw-away PostgreSQL database: its public schema is made afresh
        fresh = Database(url)
        fresh.execute_raw("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
        fresh.dispose()
    db = Database(url or sqlite_url(folder / "bench.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws-bench", folder / "ws.json"),
                           keyring_backend=keyring)
    admin_key = desk.staff.create_first_admin(username="bench.admin", display_name="Benchmark",
                                              employee_no="BENCH-1", password=PASSWORD).manual_key
    admin = sign_in(desk, "bench.admin", admin_key)
    start, cpu_start = time.perf_counter(), time.process_time()
    report = import_customers(desk.kernel, admin, csv_path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    assert report.ok, report.errors[:5]
    # Throw-away keys of a benchmark database, kept so search.py can open it again.
    (folder / "keys.json").write_text(json.dumps({
        "keyring": [[*k, v] for k, v in keyring._store.items()], "bench.admin": admin_key}))
    db.dispose()
    return {"rows": report.imported, "seconds": seconds, "work_cpu_s": cpu}


def child_read(csv_path: Path) -> dict[str, Any]:
    start, cpu_start = time.perf_counter(), time.process_time()
    n = 0
    with csv_path.open(encoding="utf-8", newline="") as f:
        for _ in csv.reader(f):
            n += 1
    return {"rows": n - 1, "seconds": time.perf_counter() - start,
            "work_cpu_s": time.process_time() - cpu_start}


def child_write(folder: Path, csv_path: Path) -> dict[str, Any]:
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from authdesk.core.csvimport import IMPORT_CACHE_KIB
    from authdesk.storage.models import Customer

    table = Customer.__table__
    con = sqlite3.connect(folder / "floor.db", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")  # the importer's, to be fair
    con.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))  # type: ignore[arg-type]
    for index in table.indexes:  # type: ignore[attr-defined]
        con.execute(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
    sql = ("INSERT INTO customer (number, name_kanji, name_kana, search_kanji, search_kana, "
           "birth_date, postal_code, address, phone, email, bank_code, branch_code, "
           "account_type, account_number, account_holder, created_at) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'2026-01-05 09:00:00.000000')")
    start, cpu_start = time.perf_counter(), time.process_time()
    n = 0
    con.execute("BEGIN IMMEDIATE")
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        batch: list[tuple[str | None, ...]] = []
        for r in reader:
            batch.append((r[0], r[1], r[2], r[1], r[2], *r[3:7], r[7] or None,
                          *(v or None for v in r[8:])))
            if len(batch) == 1000:
                con.executemany(sql, batch)
                n += len(batch)
                batch = []
        con.executemany(sql, batch)
        n += len(batch)
    con.execute("COMMIT")
    con.close()
    return {"rows": n, "seconds": time.perf_counter() - start,
            "work_cpu_s": time.process_time() - cpu_start}


def run_child(*args: str) -> dict[str, Any]:
    """Run this file as a child with ``args``; its result plus its peak RSS in MiB."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[0]} failed with exit code {proc.returncode}")
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["rss_mib"] = usage.ru_maxrss / 1024  # Linux: KiB
    # CPU time beside wall time: on a shared machine the gap is the wait for a core.
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    return result


def build(folder: Path, rows: int, url: str = "") -> tuple[Path, dict[str, Any]]:
    """Generate the file and import it into ``folder`` (used by search.py too), or into the
    throw-away PostgreSQL database at ``url`` (its keys still in ``folder``)."""
    csv_path = folder / "customers.csv"
    generate(csv_path, rows)
    return csv_path, run_child("import", str(folder), str(csv_path), *([url] if url else []))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        kind, *rest = argv[1:]
        paths = [Path(p) for p in rest]
        result = {"import": lambda: child_import(paths[0], paths[1], *rest[2:]),
                  "read": lambda: child_read(*paths),
                  "write": lambda: child_write(*paths)}[kind]()
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="build the database in DIR and leave it there")
    parser.add_argument("--postgres", metavar="URL",
                        help="also import into this throw-away PostgreSQL database (its public "
                             "schema is dropped and made afresh)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        csv_path = folder / "customers.csv"
        generate(csv_path, args.rows)
        generated = time.perf_counter() - start
        size = csv_path.stat().st_size / 2**20
        imported = run_child("import", str(folder), str(csv_path))
        read = run_child("read", str(csv_path))
        write = run_child("write", str(folder), str(csv_path))
        on_postgres = (run_child("import", str(folder), str(csv_path), args.postgres)
                       if args.postgres else None)
        if not args.keep:
            csv_path.unlink()
    print(f"AuthDesk import benchmark: {args.rows:,} customers, {size:,.0f} MiB of CSV "
          f"(generated in {generated:.0f} s), Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    print("  the import includes each row's keyed fingerprint and the audit events that carry "
          "them; targets: >= 5,000 rows/s, peak <= 300 MB")
    print("  rows/s is wall time; rows/CPU-s is the same work per second of CPU the process "
          "got (on a shared machine the gap is the wait for a core)")
    lines = [("import, SQLite (WAL, sync=FULL)", imported),
             ("floor: csv module, read only", read),
             ("floor: sqlite3 executemany", write)]
    if on_postgres is not None:
        lines.insert(1, ("import, PostgreSQL", on_postgres))
    for label, r in lines:
        cpu = r["work_cpu_s"]
        print(f"  {label:<34} {r['rows'] / r['seconds']:>9,.0f} rows/s  "
              f"{r['rows'] / cpu:>9,.0f} rows/CPU-s  {r['seconds']:>7.1f} s  "
              f"peak RSS {r['rss_mib']:>5.0f} MiB")
    ratio = (write["rows"] / write["seconds"]) / (imported["rows"] / imported["seconds"])
    print(f"  the SQLite import takes x{ratio:.2f} the executemany floor's time "
          f"(x{imported['work_cpu_s'] / write['work_cpu_s']:.2f} its CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
