"""Foundation benchmark: how fast the audit log appends (durably) and verifies.

    uv run python benchmarks/foundation.py [--events 20000]

On a fresh SQLite file in a temporary folder (WAL, synchronous=FULL, BEGIN IMMEDIATE: the
settings AuthDesk runs with), it measures, in one run:

* append: audited actions per second, each its own committed (fsynced) transaction through
  ``Kernel.write()`` + ``Kernel.record()`` (head row lock, hash, insert);
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
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchstaff

from benchstaff import auditor_session

from authdesk.core.authority import SYSTEM
from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.models import AuditEvent

DETAILS = {"note": "山田 •••", "phone": "•••-••••-5678", "reason": "benchmark"}


def measure(events: int, folder: Path) -> dict[str, float]:
    db = Database(sqlite_url(folder / "bench.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws-bench", folder / "ws.json"),
                           keyring_backend=MemoryKeyring())
    auditor = auditor_session(desk)
    # Straight through the kernel's audit writer: the writer is what is measured.
    actor = replace(desk.kernel.system_actor(), username="bench")

    start = time.perf_counter()
    for i in range(events):
        with desk.kernel.write() as s:
            desk.kernel.record(s, actor, "customer.viewed", subject=f"customer:C{i % 5000:05d}",
                               details={**DETAILS, "i": i})
    append = events / (time.perf_counter() - start)

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
    return {"append": append, "plain": plain, "verify": verify, "read": read_rate,
            "verified_events": result.events, "signed": signed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as folder:
        r = measure(args.events, Path(folder))
    print(f"AuthDesk foundation benchmark: {args.events:,} events, SQLite (WAL, synchronous=FULL)"
          f", Python {sys.version.split()[0]}")
    print(f"  durable append, audited   {r['append']:>10,.0f} actions/s")
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
