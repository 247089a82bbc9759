"""Foundation benchmark: how fast the audit log appends (durably) and verifies.

    uv run python benchmarks/foundation.py [--events 20000]

On a fresh SQLite file in a temporary folder (WAL, synchronous=FULL, BEGIN IMMEDIATE: the
settings AuthDesk runs with), it measures, in one run:

* append: audited actions per second, each its own committed (fsynced) transaction through
  ``Kernel.write()`` + ``Kernel.record()`` (head row lock, hash, insert);
* floor append (issue 14): Python's ``sqlite3`` module with the same durability (WAL,
  synchronous=FULL, BEGIN IMMEDIATE, one committed transaction per event) into a table with the
  audit table's very columns and indexes (copied from the database), the same canonical bytes
  and SHA-256 chaining computed in Python, no head row, no SQLAlchemy. The audited writer and
  the floor run in alternating rounds so that a busy machine slows both alike; the goal is at
  least 0.5x the floor;
* baseline append: plain INSERTs into a table of the same shape and indexes, each its own
  committed transaction through the same engine, without the audit writer (no head row, no
  hash, no ORM);
* verify: events per second walked by ``AuditService.verify`` (hash chain, head record,
  signed checkpoints and their events, the unsigned tail);
* baseline read: the same rows read in the same keyset pages without hashing;
* signed append: audited changes per second that sign the head in their own transaction, as
  approvals, staff and policy changes and sign-outs do (``Kernel.checkpoint_at_commit``: one
  more event, one checkpoint row, an Ed25519 signature, the workstation's memory file).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchstaff

from benchstaff import auditor_session

from authdesk.core.audit import GENESIS_HASH, canonical_bytes, details_text, format_ts
from authdesk.core.authority import SYSTEM
from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.models import AuditEvent

DETAILS = {"note": "山田 •••", "phone": "•••-••••-5678", "reason": "benchmark"}
ROUNDS = 4


class Floor:
    """The issue's floor: sqlite3, the same durability and table, SHA-256 chaining in Python."""

    def __init__(self, path: Path, source: Path) -> None:
        with sqlite3.connect(source) as src:
            ddl = [sql for (sql,) in src.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'audit_event' "
                "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC")]
        src.close()
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode = WAL")
        self.con.execute("PRAGMA synchronous = FULL")
        for sql in ddl:
            self.con.execute(sql)
        self.seq, self.prev = 0, GENESIS_HASH

    def append(self, i: int) -> None:
        self.seq += 1
        now = datetime.now(UTC)
        subject = f"customer:C{i % 5000:05d}"
        details = details_text({**DETAILS, "i": i})
        values = {"seq": self.seq, "ts": format_ts(now), "actor": "bench", "role": "system",
                  "workstation": "ws-bench", "action": "customer.viewed", "subject": subject,
                  "outcome": "ok", "details": details, "prev_hash": self.prev}
        digest = hashlib.sha256(canonical_bytes(values)).hexdigest()
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute(
            "INSERT INTO audit_event (seq, ts, actor, role, workstation, action, subject, "
            "outcome, details, prev_hash, hash, customer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (self.seq, now.strftime("%Y-%m-%d %H:%M:%S.%f"), "bench", "system", "ws-bench",
             "customer.viewed", subject, "ok", details, self.prev, digest, subject[9:]))
        self.con.execute("COMMIT")
        self.prev = digest


def measure(events: int, folder: Path) -> dict[str, float]:
    db = Database(sqlite_url(folder / "bench.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws-bench", folder / "ws.json"),
                           keyring_backend=MemoryKeyring())
    auditor = auditor_session(desk)
    # Straight through the kernel's audit writer: the writer is what is measured.
    actor = replace(desk.kernel.system_actor(), username="bench")

    floor = Floor(folder / "floor.db", folder / "bench.db")
    audited_seconds = floor_seconds = 0.0
    per_round = max(1, events // ROUNDS)
    for r in range(ROUNDS):
        start = time.perf_counter()
        for i in range(r * per_round, (r + 1) * per_round):
            floor.append(i)
        floor_seconds += time.perf_counter() - start
        start = time.perf_counter()
        for i in range(r * per_round, (r + 1) * per_round):
            with desk.kernel.write() as s:
                desk.kernel.record(s, actor, "customer.viewed",
                                   subject=f"customer:C{i % 5000:05d}",
                                   details={**DETAILS, "i": i})
        audited_seconds += time.perf_counter() - start
    floor.con.close()
    append = per_round * ROUNDS / audited_seconds
    floor_rate = per_round * ROUNDS / floor_seconds

    # The baseline table has the audit table's shape and indexes, so the ratio is the cost of
    # the audit writer itself (head row, hash, ORM), not of the indexes.
    db.execute_raw("CREATE TABLE bench_plain (id INTEGER PRIMARY KEY, ts DATETIME, actor TEXT, "
                   "role TEXT, workstation TEXT, action TEXT, subject TEXT, outcome TEXT, "
                   "details TEXT, prev_hash TEXT, hash TEXT)")
    for i, cols in enumerate(("ts", "actor, id", "action, id", "subject, id", "outcome, id")):
        db.execute_raw(f"CREATE INDEX ix_bench_{i} ON bench_plain ({cols})")
    payload = json.dumps(DETAILS, ensure_ascii=False)
    start = time.perf_counter()
    for i in range(events):
        with db.write() as s:
            s.execute(text(
                "INSERT INTO bench_plain (ts, actor, role, workstation, action, subject, outcome, "
                "details, prev_hash, hash) VALUES (:ts, 'bench', 'admin,auditor', 'ws-bench', "
                "'customer.viewed', :subject, 'ok', :details, :h, :h)"),
                {"ts": "2026-01-05 09:00:00.000000", "subject": f"customer:C{i % 5000:05d}",
                 "details": payload, "h": "0" * 64})
    plain = events / (time.perf_counter() - start)

    desk.audit.checkpoint(SYSTEM, reason="benchmark")
    start = time.perf_counter()
    result = desk.audit.verify(auditor)
    verify_seconds = time.perf_counter() - start
    assert result.ok, result.damage
    verify = result.events / verify_seconds

    start = time.perf_counter()
    read = after = 0
    with db.read() as s:
        while True:
            rows = s.execute(select(AuditEvent.__table__).where(AuditEvent.seq > after)
                             .order_by(AuditEvent.seq).limit(5000)).all()
            if not rows:
                break
            read += len(rows)
            after = rows[-1].seq
    read_rate = read / (time.perf_counter() - start)

    signed_count = max(1, events // 10)
    start = time.perf_counter()
    for i in range(signed_count):
        with desk.kernel.write() as s:
            desk.kernel.record(s, actor, "policy.changed", subject="policy:benchmark",
                               details={"from": i, "to": i + 1})
            desk.kernel.checkpoint_at_commit(s, actor, "policy.changed")
    signed = signed_count / (time.perf_counter() - start)
    db.dispose()
    return {"append": append, "floor": floor_rate, "plain": plain, "verify": verify,
            "read": read_rate, "verified_events": result.events, "signed": signed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as folder:
        r = measure(args.events, Path(folder))
    print(f"AuthDesk foundation benchmark: {args.events:,} events, SQLite (WAL, synchronous=FULL)"
          f", Python {sys.version.split()[0]}")
    print(f"  durable append, audited   {r['append']:>10,.0f} actions/s")
    print(f"  durable append, floor     {r['floor']:>10,.0f} events/s    "
          f"(sqlite3 + hashlib; audited is {r['append'] / r['floor']:.2f}x the floor, "
          "goal >= 0.5x)")
    print(f"  durable append, plain     {r['plain']:>10,.0f} inserts/s   "
          f"(audit writer costs x{r['plain'] / r['append']:.2f})")
    print(f"  verify                    {r['verify']:>10,.0f} events/s    "
          f"({int(r['verified_events']):,} events)")
    print(f"  read without hashing      {r['read']:>10,.0f} events/s    "
          f"(verify costs x{r['read'] / r['verify']:.2f})")
    print(f"  durable append, signed    {r['signed']:>10,.0f} changes/s   "
          f"(a checkpoint in the change's transaction costs x{r['append'] / r['signed']:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
