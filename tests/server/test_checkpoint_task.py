"""The server's interval checkpoint: signed by the system when one is due, and on PostgreSQL by
exactly one process at a time (a session-level advisory lock, released when its holder goes)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from authdesk.core.actions import Action
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.workstation import Workstation
from authdesk.server.checkpoints import CheckpointTask
from authdesk.storage.models import AuditEvent


def interval_checkpoints(desk: Desk) -> list[tuple[str, str]]:
    with desk.kernel.read() as s:
        rows = s.scalars(select(AuditEvent).where(
            AuditEvent.action == Action.AUDIT_CHECKPOINTED.value))
        return [(e.actor, e.workstation) for e in rows
                if json.loads(e.details).get("reason") == "interval"]


def test_the_system_signs_the_head_when_a_checkpoint_is_due(desk: Desk,
                                                            clock: FakeClock) -> None:
    task = CheckpointTask(desk)
    try:
        assert task.run_once() is False  # just initialised: signed already
        with desk.kernel.write() as s:  # something happens, then time passes
            desk.kernel.record(s, desk.kernel.system_actor(), Action.REQUEST_EXPIRED,
                               subject="request:0")
        assert task.run_once() is False  # not due yet
        clock.advance(timedelta(minutes=desk.kernel.policy().checkpoint_interval_minutes))
        assert task.run_once() is True
        assert interval_checkpoints(desk) == [("system", "ws-test-01")]
        assert task.run_once() is False  # the head is signed now
    finally:
        task.stop()


def test_only_one_process_signs_on_postgresql(desk: Desk, clock: FakeClock,
                                             tmp_path: object) -> None:
    if desk.db.is_sqlite:
        pytest.skip("one SQLite file has one server: there is no lock to share")
    other = Desk(desk.db, desk.keys, workstation=Workstation("other", desk.workstation.state_file),
                 clock=clock)
    first, second = CheckpointTask(desk), CheckpointTask(other)
    try:
        assert first.holds_lock() and not second.holds_lock()
        first.release()  # its process went away: the lock goes with its connection
        assert second.holds_lock() and not first.holds_lock()
    finally:
        first.stop()
        second.stop()
