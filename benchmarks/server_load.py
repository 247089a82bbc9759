"""Shared mode under load (issue 10): AuthDesk server processes on PostgreSQL, many simulated
agents over HTTPS with client certificates. A script that prints figures, not a timed test:

    AUTHDESK_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test_h8 \\
        uv run python benchmarks/server_load.py [--agents 200] [--seconds 60] [--servers 2]

Set-up (not timed): a new installation in that database (ITS SCHEMA IS DROPPED), a real
application role for the servers, the CA, a server certificate, enrolled workstations, one
staff account per agent and customers with active authenticators; then ``--servers`` processes
of ``authdesk-server``. Each agent signs in, then repeats, as fast as answers come: take a
call, search the customer by number, open the record, start a verification, verify with a real
code (its own authenticator's), open a change request, abandon it, wrap the call up. Every
fifth round it also reads the same code again in a new verification, which must be refused as
a replay.

Prints requests per second, p50/p95/p99 per operation and the error count, then verifies the
audit chain and counts codes accepted twice (two successes of one customer at one time step).
Targets (the issue): 0 errors, 0 double accepts, verify p95 <= 50 ms, >= 1,000 audited actions
per second in total, chain intact.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "server"))

from serverkit import (  # noqa: E402
    HONTEN,
    MUFG,
    PASSWORD,
    Installation,
    installation,
    start_server,
)
from sqlalchemy import func, select  # noqa: E402

from authdesk.client.remote import ClientIdentity, RemoteDesk  # noqa: E402
from authdesk.core.calls import CallOutcome  # noqa: E402
from authdesk.core.factors import ReplayedCode  # noqa: E402
from authdesk.core.roles import Role  # noqa: E402
from authdesk.storage.models import AuditEvent  # noqa: E402

PERIOD = 30


class Agent(threading.Thread):
    def __init__(self, inst: Installation, username: str, urls: list[str],
                 identity: ClientIdentity, customers: list[int], accounts: itertools.count,
                 until: float, lock: threading.Lock) -> None:
        super().__init__(daemon=True)
        self.inst, self.username, self.urls, self.identity = inst, username, urls, identity
        self.customers, self.accounts, self.until, self.lock = customers, accounts, until, lock
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: Counter[str] = Counter()
        self.replays_refused = 0
        self.rounds = 0

    def timed(self, name: str, call, *args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            self.latency[name].append((time.perf_counter() - started) * 1000)

    def run(self) -> None:
        inst = self.inst
        try:
            with RemoteDesk(self.urls, self.identity, timeout=60) as desk:
                # Each key is one agent's own (codes may wait for the next time step).
                code = inst.codes(inst.staff_keys[self.username])
                me = self.timed("sign_in", desk.staff.sign_in, self.username, PASSWORD, code)
                for round_ in itertools.count():
                    if time.monotonic() >= self.until:
                        return
                    customer = self.customers[round_ % len(self.customers)]
                    try:
                        self.one_round(desk, me, customer, replay=round_ % 5 == 4)
                        self.rounds += 1
                    except Exception as exc:
                        self.errors[type(exc).__name__] += 1
                        try:
                            if desk.calls.current(me) is not None:
                                desk.calls.wrap_up(me, CallOutcome.OTHER, "error")
                        except Exception as again:
                            self.errors["recovery:" + type(again).__name__] += 1
        except Exception as exc:
            self.errors["agent:" + type(exc).__name__] += 1

    def one_round(self, desk: RemoteDesk, me, customer: int, *, replay: bool) -> None:  # type: ignore[no-untyped-def]
        inst = self.inst
        self.timed("take_call", desk.calls.take, me)
        self.timed("search", desk.customers.search, me, inst.numbers[customer])
        self.timed("open_customer", desk.customers.view, me, customer)
        started = self.timed("start_verification", desk.factors.start_verification, me,
                             customer)
        code = inst.codes(inst.customer_keys[customer])
        self.timed("verify", desk.factors.verify, me, started.id, code)
        if replay:
            again = self.timed("start_verification", desk.factors.start_verification, me,
                               customer)
            try:
                self.timed("verify", desk.factors.verify, me, again.id, code)
                self.errors["replay accepted"] += 1
            except ReplayedCode:
                self.replays_refused += 1
        number = f"{3000000 + next(self.accounts):07d}"
        draft = self.timed("open_request", desk.requests.create, me, customer,
                           bank_code=MUFG, branch_code=HONTEN, account_type="ordinary",
                           account_number=number, holder="ﾐﾎﾝ ﾀﾛｳ")
        self.timed("cancel_request", desk.requests.cancel, me, draft.id, "load test")
        self.timed("wrap_up", desk.calls.wrap_up, me, CallOutcome.OTHER, "load test")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def double_accepts(inst: Installation, since: int) -> int:
    import json

    seen: Counter[tuple[str, int]] = Counter()
    with inst.owner.kernel.read() as s:
        for e in s.scalars(select(AuditEvent).where(
                AuditEvent.seq > since, AuditEvent.action == "totp.verification.succeeded")):
            ts = e.ts if isinstance(e.ts, datetime) else datetime.fromisoformat(str(e.ts))
            step = int(ts.timestamp()) // PERIOD + int(json.loads(e.details)["drift"])
            seen[(e.subject, step)] += 1
    return sum(n - 1 for n in seen.values() if n > 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--workstations", type=int, default=50,
                        help="enrolled workstations; agents share them round-robin")
    parser.add_argument("--customers-per-agent", type=int, default=4)
    args = parser.parse_args()
    if not os.environ.get("AUTHDESK_TEST_POSTGRES_URL"):
        print("note: AUTHDESK_TEST_POSTGRES_URL is not set: running on SQLite", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="authdesk-server-load-"))
    with installation(folder) as inst:
        t0 = time.monotonic()
        identities = [inst.enroll(f"WS-{i:03d}") for i in range(args.workstations)]
        agents = [inst.staff(f"agent{i:03d}", Role.AGENT) for i in range(args.agents)]
        pools = [[inst.customer() for _ in range(args.customers_per_agent)]
                 for _ in range(args.agents)]
        servers = [start_server(inst, f"server{i}", cache=5) for i in range(args.servers)]
        print(f"set-up: {len(agents)} agents, {sum(map(len, pools))} customers, "
              f"{len(identities)} workstations, {len(servers)} servers "
              f"({time.monotonic() - t0:.0f} s)", flush=True)
        with inst.owner.kernel.read() as s:
            first_seq = int(s.scalar(select(func.max(AuditEvent.seq))) or 0)
        lock = threading.Lock()
        accounts = itertools.count()
        started = time.monotonic()
        until = started + args.seconds
        threads = []
        for i, (name, pool) in enumerate(zip(agents, pools, strict=True)):
            urls = [s.url for s in servers]
            urls = urls[i % len(urls):] + urls[:i % len(urls)]
            threads.append(Agent(inst, name, urls, identities[i % len(identities)], pool,
                                 accounts, until, lock))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        for server in servers:
            server.stop()
        with inst.owner.kernel.read() as s:
            last_seq = int(s.scalar(select(func.max(AuditEvent.seq))) or 0)
        latency: dict[str, list[float]] = defaultdict(list)
        errors: Counter[str] = Counter()
        for t in threads:
            for name, values in t.latency.items():
                latency[name].extend(values)
            errors.update(t.errors)
        requests = sum(len(v) for v in latency.values())
        print(f"\n{len(threads)} agents, {len(servers)} servers, {elapsed:.1f} s: "
              f"{requests:,} requests, {requests / elapsed:,.1f} requests/s, "
              f"{sum(t.rounds for t in threads):,} full rounds")
        print(f"{'operation':<20} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
        for name in ("sign_in", "take_call", "search", "open_customer", "start_verification",
                     "verify", "open_request", "cancel_request", "wrap_up"):
            values = latency.get(name, [])
            if values:
                print(f"{name:<20} {len(values):>7,} {statistics.median(values):>8.1f} "
                      f"{percentile(values, 95):>8.1f} {percentile(values, 99):>8.1f}")
        audited = last_seq - first_seq
        print(f"audited actions: {audited:,} ({audited / elapsed:,.1f}/s)")
        print(f"replays refused: {sum(t.replays_refused for t in threads):,}")
        print(f"errors: {sum(errors.values())} {dict(errors) if errors else ''}")
        print(f"double accepts: {double_accepts(inst, first_seq)}")
        auditor = inst.staff("load.auditor", Role.AUDITOR)
        handle = inst.owner.staff.sign_in(auditor, PASSWORD,
                                          inst.codes(inst.staff_keys[auditor]))
        t1 = time.monotonic()
        verdict = inst.owner.audit.verify(handle)
        print(f"chain: {'intact' if verdict.damage is None else verdict.damage} "
              f"({verdict.events:,} events, verified in {time.monotonic() - t1:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
