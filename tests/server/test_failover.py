"""Fault test: two server processes, agents working through both URLs, one server killed with
SIGKILL mid-load. The agents fail over to the other server (sessions live in the database, so
any process serves them), no acknowledged action is lost, and the audit chain verifies."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from serverkit import Installation, RunningServer, installation, start_server
from sqlalchemy import select

from authdesk.client.remote import RemoteDesk
from authdesk.core.calls import CallOutcome
from authdesk.core.remote import AnswerLost, StillRunning
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent

pytestmark = pytest.mark.slow
AGENTS = 6


@pytest.fixture(scope="module")
def inst(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installation]:
    with installation(tmp_path_factory.mktemp("failover")) as made:
        yield made


def test_a_server_killed_mid_load_loses_no_acknowledged_action(inst: Installation,
                                                               tmp_path: Path) -> None:
    first = start_server(inst, "one")
    second = start_server(inst, "two")
    servers: list[RunningServer] = [first, second]
    try:
        identity = inst.enroll("WS-LOAD")
        names = [inst.staff(f"load.agent{i}", Role.AGENT) for i in range(AGENTS)]
        taken: list[int] = []
        closed: list[int] = []
        unknown: list[str] = []  # answers lost at the kill: may or may not have happened
        failures: list[BaseException] = []
        stop = threading.Event()
        lock = threading.Lock()

        def work(username: str) -> None:
            try:
                with RemoteDesk([first.url, second.url], identity, timeout=10) as desk:
                    me = inst.sign_in(desk, username)
                    while not stop.is_set():
                        try:
                            call = desk.calls.take(me)
                            with lock:
                                taken.append(call.id)
                            done = desk.calls.wrap_up(me, CallOutcome.OTHER, "load test")
                            with lock:
                                closed.append(done.id)
                        except (AnswerLost, StillRunning) as lost:
                            with lock:
                                unknown.append(type(lost).__name__)
                            time.sleep(0.2)
                            current = desk.calls.current(me)
                            if current is not None:  # the lost take happened: close it
                                done = desk.calls.wrap_up(me, CallOutcome.OTHER, "recovered")
                                with lock:
                                    closed.append(done.id)
            except BaseException as exc:  # reported below, with the servers' logs
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in names]
        for t in threads:
            t.start()
        time.sleep(3)
        with lock:
            before_kill = len(closed)
        first.process.kill()  # SIGKILL: no graceful anything
        first.process.wait()
        time.sleep(4)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        assert not failures, f"{failures!r}\n{second.log_text()[-3000:]}"
        assert before_kill > 0 and len(closed) > before_kill  # work went on after the kill
        assert len(unknown) <= AGENTS  # at most the one call each had in flight
        with inst.owner.kernel.read() as s:
            rows = [(e.action, json.loads(e.details).get("call"), e.workstation)
                    for e in s.scalars(select(AuditEvent).where(
                        AuditEvent.action.in_(["call.taken", "call.closed"])))]
        logged_taken = {call for action, call, _ in rows if action == "call.taken"}
        logged_closed = {call for action, call, _ in rows if action == "call.closed"}
        assert set(taken) <= logged_taken
        assert set(closed) <= logged_closed
        assert {ws for *_, ws in rows} == {"WS-LOAD"}
        auditor = inst.staff("load.auditor", Role.AUDITOR)
        handle = inst.owner.staff.sign_in(auditor, "a long enough password",
                                          inst.codes(inst.staff_keys[auditor]))
        verdict = inst.owner.audit.verify(handle)
        assert verdict.damage is None, verdict.damage
    finally:
        for server in servers:
            server.stop()
