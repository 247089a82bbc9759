"""How fast the audit log verifies, beside a floor from the same run:

    uv run python benchmarks/verify.py [--events 1000000] [--workers N] [--reconcile]

1. A temporary SQLite file (WAL) gets a desk (its set-up events and checkpoints, a first
   administrator and a signed-in auditor), then N valid hash-chained events inserted straight
   through ``sqlite3.executemany`` (the real canonical encoding and SHA-256 chain), then one
   checkpoint signed by the desk's key through the core, so the log ends signed.
2. It measures, in seconds of wall time:
   * verify: ``AuditService.verify`` as the audit page runs it (authorisation, the chain, the
     head record, every checkpoint's signature and event, the unsigned tail, the recorded
     ``audit.verified``); with ``--workers 1`` the walk stays in one process;
   * verify, one process: the same with the fast walk in this process only;
   * floor: the same rows read with ``sqlite3`` and hashed in Python, in one process (the
     issue's floor: read every column, build the canonical bytes, SHA-256, compare).
   The goal (issue 14) is verify <= 5 s for a million events on this machine.

Issue 7's reconciliation (``authdesk.core.reconcile``) is part of ``AuditService.verify`` once
it exists; ``--no-reconcile`` (the default) also prints the chain alone (``audit.verify_chain``
in a read transaction), ``--reconcile`` the full service call only.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Heavy imports wait for main(): worker processes ('spawn') import this module again.
ROOT = Path(__file__).resolve().parent


def _field(value: object) -> bytes:
    raw = str(value).encode("utf-8")
    return b"%d:%s\n" % (len(raw), raw)


def fake_events(count: int, start_seq: int, prev_hash: str,
                start: datetime) -> Iterator[tuple[object, ...]]:
    """Valid chained events in the stored form. A few in every hundred name their customer in
    the details (not the subject), so the walk's JSON path is exercised too."""
    from authdesk.core import audit

    rng = random.Random(20261203)
    actions = ["customer.viewed"] * 6 + ["customer.searched"] * 3 + ["call.closed"]
    staff = [f"agent{n:02d}" for n in range(40)]
    desks = [f"desk-{n:02d}" for n in range(1, 31)]
    cached: dict[str, bytes] = {}

    def field(text: str) -> bytes:
        encoded = cached.get(text)
        if encoded is None:
            encoded = cached[text] = _field(text)
        return encoded

    actors = rng.choices(staff, k=count)
    picked = rng.choices(actions, k=count)
    places = rng.choices(desks, k=count)
    customers = rng.choices(range(1, 1_000_001), k=count)
    base = start.replace(tzinfo=None)
    for i, seq in enumerate(range(start_seq, start_seq + count)):
        moment = base + timedelta(milliseconds=i)
        stored = moment.isoformat(sep=" ", timespec="microseconds")
        ts = f"{stored[:10]}T{stored[11:]}Z"
        action, number = picked[i], f"C{customers[i]:07d}"
        if action == "call.closed":
            subject = f"call:{seq}"
            details = audit.details_text({"call": seq, "channel": "phone",
                                          "customer": number, "outcome": "resolved"})
        else:
            subject = f"customer:{number}"
            details = '{"note":"山田 •••"}'
        digest = hashlib.sha256(b"".join((
            _field(seq), _field(ts), field(actors[i]), field("agent"), field(places[i]),
            field(action), _field(subject), field("ok"),
            _field(details) if action == "call.closed" else field(details),
            b"64:%s\n" % prev_hash.encode("ascii")))).hexdigest()
        if i < 100 or seq % 10_000 == 0:
            assert digest == audit.event_hash({
                "seq": seq, "ts": ts, "actor": actors[i], "role": "agent",
                "workstation": places[i], "action": action, "subject": subject,
                "outcome": "ok", "details": details, "prev_hash": prev_hash})
        yield (seq, stored, actors[i], "agent", places[i], action, subject, "ok", details,
               prev_hash, digest, number)
        prev_hash = digest


def fill(path: Path, count: int) -> None:
    from authdesk.core import audit

    con = sqlite3.connect(path, isolation_level=None)
    seq, head_hash = con.execute("SELECT seq, hash FROM audit_head").fetchone()
    start = datetime.now(UTC) - timedelta(milliseconds=count + 60_000)
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO audit_event (seq, ts, actor, role, workstation, action, subject, outcome, "
        "details, prev_hash, hash, customer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        fake_events(count, seq + 1, head_hash, start))
    last, last_hash = con.execute(
        "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    con.execute("UPDATE audit_head SET seq = ?, hash = ?", (last, last_hash))
    con.execute("COMMIT")
    con.close()
    assert last == seq + count and audit.GENESIS_HASH


def floor(path: Path) -> int:
    """sqlite3 read of every event and its hash recomputed in Python, in one process."""
    con = sqlite3.connect(path)
    prev, count = "0" * 64, 0
    for (seq, ts, actor, role, workstation, action, subject, outcome, details, prev_hash,
         digest) in con.execute(
            "SELECT seq, ts, actor, role, workstation, action, subject, outcome, details, "
            "prev_hash, hash FROM audit_event ORDER BY seq"):
        canonical = b"".join(_field(v) for v in (
            seq, f"{ts[:10]}T{ts[11:]}Z", actor, role, workstation, action, subject, outcome,
            details, prev_hash))
        assert prev_hash == prev and hashlib.sha256(canonical).hexdigest() == digest, seq
        prev, count = digest, count + 1
    con.close()
    return count


@dataclass
class Timing:
    """Wall time, and CPU time of this process and of its (finished) worker processes: on a
    busy machine the wall time says more about the neighbours than about the walk."""

    wall: float = 0.0
    cpu: float = 0.0
    workers_cpu: float = 0.0

    def __str__(self) -> str:
        return (f"{self.wall:6.2f} s wall, CPU {self.cpu:5.2f} s here + "
                f"{self.workers_cpu:5.2f} s in workers")


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def timed(run: Callable[[], object]) -> Timing:
    wall, cpu, workers = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(
        resource.RUSAGE_CHILDREN)
    run()
    return Timing(time.perf_counter() - wall, _cpu(resource.RUSAGE_SELF) - cpu,
                  _cpu(resource.RUSAGE_CHILDREN) - workers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes for the walk (default: one per CPU)")
    parser.add_argument("--reconcile", action=argparse.BooleanOptionalAction, default=False,
                        help="measure only AuditService.verify, with issue 7's reconciliation")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from benchstaff import auditor_session

    from authdesk.core import audit, auditwalk
    from authdesk.core.authority import SYSTEM
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.policies import SPECS
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    reconcile = importlib.util.find_spec("authdesk.core.reconcile") is not None
    if args.workers is not None:
        auditwalk.WORKERS = args.workers
    with tempfile.TemporaryDirectory(prefix="authdesk-verify-") as folder:
        path = Path(folder) / "bench.db"
        db = Database(sqlite_url(path))
        desk = Desk.initialise(db, workstation=Workstation("ws-bench", Path(folder) / "ws.json"),
                               keyring_backend=MemoryKeyring())
        auditor = auditor_session(desk)
        started = time.perf_counter()
        fill(path, args.events)
        desk.audit.checkpoint(SYSTEM, reason="benchmark")
        filled = time.perf_counter() - started

        counted: list[int] = []
        floor_time = timed(lambda: counted.append(floor(path)))

        def service() -> None:
            result = desk.audit.verify(auditor)
            assert result.ok, result.damage

        def chain(workers: int | None) -> None:
            saved = auditwalk.WORKERS
            auditwalk.WORKERS = workers if workers is not None else saved
            try:
                with desk.kernel.read() as s:
                    result = audit.verify_chain(
                        s, public_key_hex=desk.keys.public_key_hex, now=desk.kernel.now(),
                        default_interval_minutes=SPECS[audit.INTERVAL_POLICY].default)
                assert result.ok, result.damage
                counted.append(result.events)
            finally:
                auditwalk.WORKERS = saved

        full = timed(service)
        chain_only = one_process = None
        if not args.reconcile:
            chain_only = timed(lambda: chain(None))
            one_process = timed(lambda: chain(1))
        db.dispose()

    print(f"AuthDesk verify benchmark: {args.events:,} generated events (+ set-up), SQLite WAL, "
          f"{auditwalk.workers()} worker(s), {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}; filled in {filled:.1f} s")
    print(f"  floor: sqlite3 read + hashlib, one process  {floor_time}  ({counted[0]:,} events)")
    note = "with reconciliation" if reconcile else "no authdesk.core.reconcile in this build"
    print(f"  verify: AuditService.verify ({note})")
    print(f"                                              {full}  "
          f"({full.wall / floor_time.wall:.2f}x the floor's wall time; goal <= 5 s)")
    if chain_only is not None and one_process is not None:
        print(f"  verify, chain only (verify_chain)           {chain_only}  "
              f"({chain_only.wall / floor_time.wall:.2f}x the floor)")
        print(f"  verify, chain only, one process             {one_process}  "
              f"({one_process.wall / floor_time.wall:.2f}x the floor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
