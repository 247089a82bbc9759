"""A damaged workstation memory is reported, never read as "nothing remembered", and never
overwritten: someone who rolls the database back could spoil the file too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import Staffing
from sqlalchemy import select

from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.workstation import Workstation, WorkstationMemoryDamaged
from authdesk.storage.models import AuditEvent

DAMAGED = [
    pytest.param(b"{not json", id="not-json"),
    pytest.param(b"\xff\xfe\x00garbage", id="not-utf8"),
    pytest.param(b"[1, 2, 3]", id="not-an-object"),
    pytest.param(None, id="entry-missing-fields"),
]


@pytest.fixture
def cli(desk: Desk, clock: FakeClock) -> SessionHandle:
    """An auditor, signed in (verify needs an auditor or a supervisor)."""
    return Staffing(desk, clock).auditor


def spoil(desk: Desk, content: bytes | None) -> bytes:
    """Write damaged content (None: valid JSON whose entry for this database lacks fields)."""
    if content is None:
        content = json.dumps({desk.installation_id: {"seq": 3}}).encode()
    desk.workstation.state_file.write_bytes(content)
    return content


def last_verified(desk: Desk) -> tuple[str, dict[str, object]]:
    """The outcome and details of the newest ``audit.verified`` event."""
    with desk.kernel.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "audit.verified")
                          .order_by(AuditEvent.seq.desc()).limit(1)).one()
        return event.outcome, json.loads(event.details)


def test_a_missing_file_means_nothing_remembered_yet(desk: Desk, cli: SessionHandle,
                                                    tmp_path: Path) -> None:
    elsewhere = Desk(desk.db, desk.keys, clock=desk.clock,
                     workstation=Workstation("ws-new", tmp_path / "never-written.json"))
    assert not elsewhere.workstation.state_file.exists()
    assert elsewhere.audit.verify(cli).ok
    elsewhere.audit.checkpoint(cli)
    assert elsewhere.workstation.seen_checkpoint(desk.installation_id) is not None


@pytest.mark.parametrize("content", DAMAGED)
def test_verify_says_the_rollback_check_could_not_run(desk: Desk, cli: SessionHandle,
                                                      content: bytes | None) -> None:
    desk.audit.checkpoint(cli)
    spoil(desk, content)
    result = desk.audit.verify(cli)
    assert result.damage is None  # the events themselves are intact
    assert not result.ok
    assert isinstance(result.memory_error, WorkstationMemoryDamaged)
    assert "cannot be ruled out" in result.memory_error.message
    assert str(desk.workstation.state_file) in result.memory_error.message
    outcome, details = last_verified(desk)
    assert outcome == "failed"
    assert details["workstation_memory"] == "damaged"


@pytest.mark.parametrize("content", DAMAGED)
def test_a_checkpoint_leaves_a_damaged_file_as_it_is(desk: Desk, cli: SessionHandle,
                                                     content: bytes | None) -> None:
    written = spoil(desk, content)
    desk.audit.checkpoint(cli)  # the checkpoint itself is taken and signed in the database
    assert desk.workstation.state_file.read_bytes() == written
    with pytest.raises(WorkstationMemoryDamaged):
        desk.workstation.seen_checkpoint(desk.installation_id)


def test_deleting_the_damaged_file_starts_a_new_record(desk: Desk, cli: SessionHandle) -> None:
    spoil(desk, b"{not json")
    desk.workstation.state_file.unlink()
    info = desk.audit.checkpoint(cli)
    assert desk.workstation.seen_checkpoint(desk.installation_id) == info
    assert desk.audit.verify(cli).ok
