"""Witness benchmark: what the witness directory costs signed changes and verification.

    uv run python benchmarks/witness.py [--changes 500] [--events 20000]

On fresh SQLite files in a temporary folder, in one run:

* signed changes: audited changes that sign the head in their own transaction (as approvals,
  staff and policy changes and sign-outs do), on a workstation without a witness directory
  (the baseline) and on one with it (one more fsynced file and directory entry per change);
* verify: ``AuditService.verify`` of the same log (``--events`` events, every ``--events /
  --changes``-th a signed change, so one witness file per signed change) by a fresh
  workstation without the witness directory (the baseline) and with it (every entry read and
  its signature checked).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchstaff

from benchstaff import auditor_session

from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url


def signed_rate(folder: Path, name: str, changes: int, witness: Path | None) -> float:
    db = Database(sqlite_url(folder / f"{name}.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws", folder / f"{name}.json", witness),
                           keyring_backend=MemoryKeyring())
    actor = replace(desk.kernel.system_actor(), username="bench")
    start = time.perf_counter()
    for i in range(changes):
        with desk.kernel.write() as s:
            desk.kernel.record(s, actor, "policy.changed", subject="policy:benchmark",
                               details={"from": i, "to": i + 1})
            desk.kernel.checkpoint_at_commit(s, actor, "policy.changed")
    rate = changes / (time.perf_counter() - start)
    db.dispose()
    return rate


def verify_times(folder: Path, events: int, changes: int) -> tuple[float, float, int, int]:
    witness = folder / "witness"
    db = Database(sqlite_url(folder / "verify.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws", folder / "v.json", witness),
                           keyring_backend=MemoryKeyring())
    auditor = auditor_session(desk)
    actor = replace(desk.kernel.system_actor(), username="bench")
    every = max(1, events // max(1, changes))
    for i in range(events):
        with desk.kernel.write() as s:
            if i % every == every - 1:
                desk.kernel.record(s, actor, "policy.changed", subject="policy:benchmark",
                                   details={"from": i, "to": i + 1})
                desk.kernel.checkpoint_at_commit(s, actor, "policy.changed")
            else:
                desk.kernel.record(s, actor, "customer.viewed", subject=f"customer:C{i:05d}")
    timings = []
    for name, folder_or_none in (("plain", None), ("witnessed", witness)):
        fresh = Desk(db, desk.keys, workstation=Workstation(
            f"ws-{name}", folder / f"{name}-fresh.json", folder_or_none))
        start = time.perf_counter()
        result = fresh.audit.verify(auditor)
        timings.append(time.perf_counter() - start)
        assert result.ok, result.damage
    files = len(list(witness.glob("*/checkpoint-*.json")))
    db.dispose()
    return timings[0], timings[1], result.events, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as name:
        folder = Path(name)
        plain = signed_rate(folder, "plain", args.changes, None)
        witnessed = signed_rate(folder, "witnessed", args.changes, folder / "w-signed")
        base, with_witness, events, files = verify_times(folder, args.events, args.changes)
    print(f"AuthDesk witness benchmark: SQLite (WAL, synchronous=FULL), "
          f"Python {sys.version.split()[0]}")
    print(f"  signed changes, no witness   {plain:>9,.0f} changes/s")
    print(f"  signed changes, witnessed    {witnessed:>9,.0f} changes/s   "
          f"(the witness file costs x{plain / witnessed:.2f})")
    print(f"  verify, no witness           {events / base:>9,.0f} events/s    "
          f"({events:,} events)")
    print(f"  verify, witnessed            {events / with_witness:>9,.0f} events/s    "
          f"({files:,} witness files read and checked: x{with_witness / base:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
