"""Alerts benchmark (issue 12): what the alert rules add to the audit writer.

    uv run python benchmarks/alerts.py [--events 4000]

On a fresh SQLite file (WAL, synchronous=FULL, as AuthDesk runs), a signed-in agent with no
call open views customers, one committed transaction each (authorisation + ``Kernel.record``
of ``customer.viewed``), one a second on a fake clock, so the record-access rule's window (an
hour) fills with up to 3,600 of the agent's events and its alert is extended on every view:
the rules' worst steady case. Rounds alternate with the kernel's watchers switched off (the
writer alone) and on (the writer plus the rules watching ``customer.viewed``: record access,
working hours), so a busy machine slows both alike. ``benchmarks/foundation.py`` measures the
writer for the system actor, whose events no rule watches.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchstaff

from benchstaff import PASSWORD, sign_in

from authdesk.core.actions import Action
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring
from authdesk.core.roles import Operation, Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url

ROUNDS = 4


def measure(events: int, folder: Path) -> dict[str, float]:
    clock = FakeClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))  # 10:00 in Japan
    db = Database(sqlite_url(folder / "bench.db"))
    desk = Desk.initialise(db, workstation=Workstation("ws-bench", folder / "ws.json"),
                           keyring_backend=MemoryKeyring(), clock=clock)
    admin_key = desk.staff.create_first_admin(username="bench.admin", display_name="Benchmark",
                                              employee_no="BENCH-1", password=PASSWORD).manual_key
    admin = sign_in(desk, "bench.admin", admin_key)
    agent_key = desk.staff.add(admin, username="bench.agent", display_name="Benchmark",
                               employee_no="BENCH-3", roles=frozenset({Role.AGENT}),
                               password=PASSWORD).manual_key
    clock.advance(seconds=30)
    agent = sign_in(desk, "bench.agent", agent_key)
    kernel = desk.kernel
    watchers = dict(kernel.watchers)
    seconds = {"off": 0.0, "on": 0.0}
    per_round = max(1, events // (2 * ROUNDS))
    i = 0
    for _ in range(ROUNDS):
        for mode in ("off", "on"):
            kernel.watchers = watchers if mode == "on" else {}
            start = time.perf_counter()
            for _ in range(per_round):
                clock.advance(seconds=1)
                with kernel.write() as s:
                    actor = kernel.authorize(s, agent, Operation.VIEW_CUSTOMER)
                    kernel.record(s, actor, Action.CUSTOMER_VIEWED,
                                  subject=f"customer:C{i % 5000:07d}")
                i += 1
            seconds[mode] += time.perf_counter() - start
    kernel.watchers = watchers
    db.dispose()
    done = per_round * ROUNDS
    return {"off": done / seconds["off"], "on": done / seconds["on"],
            "events": 2 * done}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=4000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-alerts-") as folder:
        r = measure(args.events, Path(folder))
    print(f"AuthDesk alerts benchmark: {int(r['events']):,} customer.viewed events by one agent, "
          "SQLite (WAL, synchronous=FULL)")
    print(f"  writer alone (watchers off)   {r['off']:8,.0f} actions/s")
    print(f"  writer + alert rules (on)     {r['on']:8,.0f} actions/s    "
          f"(the rules cost x{r['off'] / r['on']:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
