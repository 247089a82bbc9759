"""Every signature and checkpoint accounted for (issue 9, item 2).

The core signs the head in the same transaction as every approval, every request taking effect,
every staff, role or policy change and every sign-out. Verification, on a workstation that
remembers nothing, requires each ``audit.checkpointed`` event to have its signed row and each
row its event, and fails when events have gone unsigned for longer than the checkpoint interval
plus ``UNSIGNED_GRACE``.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import drop_audit_triggers
from request_fixtures import Kit
from sqlalchemy import select

from authdesk.core import audit
from authdesk.core.audit import UNSIGNED_GRACE, CheckpointInfo
from authdesk.core.authority import SYSTEM, SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.keys import key_id_of
from authdesk.core.roles import Role
from authdesk.core.staff import AccountLocked, SignInFailed
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database
from authdesk.storage.models import AuditEvent


@pytest.fixture
def kit(desk: Desk, clock: FakeClock) -> Kit:
    return Kit(desk, clock)


def forgetful(desk: Desk, tmp_path: Path) -> Desk:
    """The same database seen from a workstation that remembers no checkpoint."""
    return Desk(desk.db, desk.keys, workstation=Workstation("elsewhere", tmp_path / "new.json"),
                clock=desk.clock)


def tamper(db: Database, *statements: str) -> None:
    """SQL as the database's owner, who drops the append-only triggers first."""
    drop_audit_triggers(db)
    with db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)


def damage(desk: Desk, handle: SessionHandle) -> tuple[int, str]:
    result = desk.audit.verify(handle)
    assert result.damage is not None, "the damage was not detected"
    return result.damage.seq, result.damage.kind


def events(desk: Desk) -> list[Any]:
    """Every event as a plain row (its attributes named like AuditEvent's)."""
    with desk.kernel.read() as s:
        return list(s.execute(select(*AuditEvent.__table__.columns).order_by(AuditEvent.seq)))


def checkpointed_seqs(desk: Desk) -> list[int]:
    return [e.seq for e in events(desk) if e.action == audit.CHECKPOINTED]


def signed_head(desk: Desk) -> tuple[Any, CheckpointInfo | None]:
    """The newest event and the newest checkpoint."""
    with desk.kernel.read() as s:
        newest = s.execute(select(*AuditEvent.__table__.columns)
                           .order_by(AuditEvent.seq.desc()).limit(1)).one()
        return newest, audit.latest_checkpoint(s)


def unsigned_from(desk: Desk) -> int:
    """The first event after the newest checkpoint."""
    latest = signed_head(desk)[1]
    assert latest is not None
    return latest.seq + 1


def assert_head_signed_for(desk: Desk, reason: str) -> Any:
    """The newest event is a checkpoint event giving ``reason``, its signed row covers exactly
    it, and this workstation remembers that row."""
    newest, latest = signed_head(desk)
    assert newest.action == audit.CHECKPOINTED, newest.action
    assert latest is not None and latest.seq == newest.seq, "the head is not signed"
    assert reason in json.loads(newest.details)["reason"].split(","), newest.details
    assert desk.workstation.seen_checkpoint(desk.installation_id) == latest
    return newest


# -- a fresh checkpoint after every change that matters ---------------------------------------


def test_setting_up_signs_the_first_event(desk: Desk) -> None:
    assert_head_signed_for(desk, "init")
    assert checkpointed_seqs(desk) == [2]


def test_staff_changes_each_leave_a_fresh_checkpoint(kit: Kit) -> None:
    desk, admin = kit.desk, kit.admin
    desk.staff.add(admin, username="agent1", display_name="Agent One", employee_no="E-A1",
                   roles=frozenset({Role.AGENT}), password="a long test password")
    assert_head_signed_for(desk, "staff.added")
    for change, reason in (
        (lambda: desk.staff.set_roles(admin, "agent1", frozenset({Role.SUPERVISOR})),
         "staff.roles_changed"),
        (lambda: desk.staff.unlock(admin, "agent1"), "staff.unlocked"),
        (lambda: desk.staff.reset_password(admin, "agent1", "another long password"),
         "staff.password_reset"),
        (lambda: desk.staff.reset_totp(admin, "agent1"), "staff.totp_reset"),
        (lambda: desk.staff.disable(admin, "agent1"), "staff.disabled"),
    ):
        change()
        checkpoint = assert_head_signed_for(desk, reason)
        assert checkpoint.actor == "it.admin"


def test_a_role_change_is_signed_with_the_sessions_it_ends(kit: Kit) -> None:
    """One checkpoint, taken last in the transaction, covers the change and the sign-outs it
    causes."""
    agent = kit.staff("agent1", Role.AGENT)
    kit.desk.staff.set_roles(kit.admin, agent.username, frozenset({Role.AUDITOR}))
    assert [e.action for e in events(kit.desk)[-3:]] == [
        "staff.roles_changed", "staff.signed_out", "audit.checkpointed"]
    assert_head_signed_for(kit.desk, "staff.roles_changed")


def test_a_policy_change_leaves_a_fresh_checkpoint(kit: Kit) -> None:
    kit.desk.policies.set(kit.admin, "staff_idle_minutes", 20)
    assert_head_signed_for(kit.desk, "policy.changed")


def test_a_lockout_leaves_a_fresh_checkpoint_taken_by_the_system(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    for _ in range(4):
        with pytest.raises(SignInFailed):
            kit.desk.staff.sign_in(agent.username, "not the password at all", "000000")
    with pytest.raises(AccountLocked):
        kit.desk.staff.sign_in(agent.username, "not the password at all", "000000")
    checkpoint = assert_head_signed_for(kit.desk, "staff.locked")
    assert (checkpoint.actor, checkpoint.role) == ("system", "system")


def test_sign_out_leaves_a_fresh_checkpoint(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    kit.desk.staff.sign_out(agent.handle)
    assert assert_head_signed_for(kit.desk, "sign-out").actor == agent.username


def test_an_approval_and_its_effect_each_leave_a_fresh_checkpoint(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    pending = kit.pending(agent, kit.customer())
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, pending.id)
    assert assert_head_signed_for(kit.desk, "request.approved").actor == "super1"
    kit.notices_out(pending.id)  # issue 11: the cooling-off runs from the notices going out
    kit.clock.advance(hours=72)
    assert kit.desk.requests.apply_due(SYSTEM) == [pending.id]
    assert assert_head_signed_for(kit.desk, "request.effective").actor == "system"


def test_with_no_cooling_off_the_effect_is_signed_once_when_the_notices_went_out(
        kit: Kit) -> None:
    """Cooling-off 0: approval alone changes nothing (issue 11: notices gate the change); once
    the notices went out, the effect is carried out and signed by one checkpoint."""
    kit.desk.policies.set(kit.admin, "cooling_off_hours", 0)
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    pending = kit.pending(agent, kit.customer())
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, pending.id)
    assert kit.desk.requests.apply_due(SYSTEM) == []
    kit.notices_out(pending.id)
    before = len(checkpointed_seqs(kit.desk))
    assert kit.desk.requests.apply_due(SYSTEM) == [pending.id]
    assert len(checkpointed_seqs(kit.desk)) == before + 1
    checkpoint = assert_head_signed_for(kit.desk, "request.effective")
    assert json.loads(checkpoint.details)["reason"] == "request.effective"


def test_a_refused_change_signs_nothing(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    _, before = signed_head(kit.desk)
    with pytest.raises(PermissionDenied):
        kit.desk.policies.set(agent.handle, "staff_idle_minutes", 20)
    assert signed_head(kit.desk)[1] == before
    assert kit.desk.workstation.seen_checkpoint(kit.desk.installation_id) == before


def test_a_sign_in_signs_what_was_left_unsigned_past_the_interval(kit: Kit) -> None:
    """A workstation cut off mid-interval, or failed sign-ins while nobody worked, leave events
    unsigned; the next sign-in after the interval signs them."""
    agent = kit.staff("agent1", Role.AGENT)
    kit.desk.calls.take(agent.handle)  # an event after the newest checkpoint
    kit.clock.advance(minutes=61)
    kit.sign_in_again(agent)
    assert_head_signed_for(kit.desk, "interval")
    kit.clock.advance(minutes=1)
    kit.sign_in_again(agent)  # not due: this sign-in stays unsigned for now
    newest, latest = signed_head(kit.desk)
    assert newest.action == "staff.signed_in"
    assert latest is not None and latest.seq == newest.seq - 1


# -- every checkpoint event has its row, every row its event ----------------------------------


def test_an_intact_log_accounts_for_every_checkpoint(kit: Kit, tmp_path: Path) -> None:
    kit.staff("agent1", Role.AGENT)
    result = forgetful(kit.desk, tmp_path).audit.verify(kit.auditor)
    assert result.ok, result.damage
    assert result.checkpoints == len(checkpointed_seqs(kit.desk)) >= 4


@pytest.mark.parametrize("which", [1, -1], ids=["an-older-row", "the-newest-row"])
def test_a_deleted_checkpoint_row_is_named(kit: Kit, tmp_path: Path, which: int) -> None:
    """Deleting the newest row would widen the unsigned tail; its event stays behind."""
    auditor = kit.auditor
    kit.staff("agent1", Role.AGENT)
    seq = checkpointed_seqs(kit.desk)[which]
    tamper(kit.desk.db, f"DELETE FROM audit_checkpoint WHERE seq = {seq}")
    assert damage(forgetful(kit.desk, tmp_path), auditor) == (seq, "checkpoint_missing")


def test_a_checkpoint_row_without_its_event_is_named(kit: Kit, tmp_path: Path) -> None:
    """A row signed with the real key over a head that is not a checkpoint event: only a
    holder of the key working around AuthDesk could make one."""
    desk, auditor = kit.desk, kit.auditor
    with desk.kernel.write() as s:
        desk.kernel.record(s, desk.kernel.system_actor(), "test.action", subject="x")
        seq, _ = audit.head(s)
        audit.add_checkpoint(s, at=desk.clock.now(), sign=desk.keys.sign,
                             key_id=key_id_of(desk.keys.public_key_hex))
    assert damage(forgetful(desk, tmp_path), auditor) == (seq, "checkpoint_unrecorded")


def ts_literal(moment: datetime) -> str:
    return f"'{moment.replace(tzinfo=None):%Y-%m-%d %H:%M:%S.%f}'"


def rewrite_history(desk: Desk, *, drop_checkpoint_events: bool) -> None:
    """Issue 9, case 4: every event rewritten (who approved), the chain recomputed and
    renumbered, the head fixed, and every checkpoint row deleted (a new one needs the key)."""
    old = events(desk)
    statements = ["DELETE FROM audit_event", "DELETE FROM audit_checkpoint"]
    prev, seq = audit.GENESIS_HASH, 0
    for event in old:
        if drop_checkpoint_events and event.action == audit.CHECKPOINTED:
            continue
        seq += 1
        values = audit.event_values(event, seq=seq)
        values["prev_hash"] = prev
        if values["action"] in ("request.approved", "staff.added"):
            values["actor"] = "mallory"
        prev = audit.event_hash(values)
        statements.append(
            "INSERT INTO audit_event (seq, ts, actor, role, workstation, action, subject, "
            f"outcome, details, prev_hash, hash, customer) VALUES ({seq}, {ts_literal(event.ts)}, "
            f"'{values['actor']}', '{values['role']}', '{values['workstation']}', "
            f"'{values['action']}', '{values['subject']}', '{values['outcome']}', "
            f"'{values['details']}', '{values['prev_hash']}', '{prev}', "
            + (f"'{event.customer}'" if event.customer else "NULL") + ")")
    statements.append(f"UPDATE audit_head SET seq = {seq}, hash = '{prev}'")
    tamper(desk.db, *statements)


@pytest.fixture
def tight(kit: Kit) -> Kit:
    """A 5-minute checkpoint interval and a 2-hour idle lock: a session outlives the unsigned
    allowance (5 + 10 minutes) without a new sign-in, which would sign the tail."""
    kit.desk.policies.set(kit.admin, "checkpoint_interval_minutes", 5)
    kit.desk.policies.set(kit.admin, "staff_idle_minutes", 120)
    return kit


def test_rewritten_history_with_every_checkpoint_row_deleted_is_detected(
        kit: Kit, tmp_path: Path) -> None:
    """Before issue 9 a fresh workstation said "intact, 0 signed checkpoints verified"."""
    auditor = kit.auditor
    kit.staff("agent1", Role.AGENT)
    first = checkpointed_seqs(kit.desk)[0]
    rewrite_history(kit.desk, drop_checkpoint_events=False)
    assert damage(forgetful(kit.desk, tmp_path), auditor) == (first, "checkpoint_missing")


def test_rewritten_history_without_its_checkpoint_events_fails_as_unsigned(
        tight: Kit, tmp_path: Path) -> None:
    """A forger who also leaves out every checkpoint event leaves a log no checkpoint covers:
    it fails once its first event is older than the interval and the grace."""
    auditor = tight.auditor
    tight.staff("agent1", Role.AGENT)
    rewrite_history(tight.desk, drop_checkpoint_events=True)
    tight.clock.advance(minutes=16)
    assert damage(forgetful(tight.desk, tmp_path), auditor) == (1, "unsigned_tail")


# -- events left unsigned too long ------------------------------------------------------------


def test_a_stale_unsigned_tail_fails_and_a_fresh_one_passes(tight: Kit, tmp_path: Path) -> None:
    auditor = tight.auditor
    agent = tight.staff("agent1", Role.AGENT)
    tight.desk.calls.take(agent.handle)  # the agent's sign-in and this call stay unsigned
    first_unsigned = unsigned_from(tight.desk)
    assert signed_head(tight.desk)[0].seq == first_unsigned + 1
    elsewhere = forgetful(tight.desk, tmp_path)
    tight.clock.advance(timedelta(minutes=5) + UNSIGNED_GRACE - timedelta(seconds=30))
    result = elsewhere.audit.verify(auditor)
    assert result.ok, result.damage
    assert any("after the newest checkpoint" in note for note in result.notes)
    tight.clock.advance(seconds=31)
    assert damage(elsewhere, auditor) == (first_unsigned, "unsigned_tail")
    # Signing the tail (the interval timer, a sign-in) ends the finding: it is about events
    # nobody signed in time, which a fresh checkpoint covers.
    tight.desk.audit.checkpoint(SYSTEM, reason="interval")
    assert elsewhere.audit.verify(auditor).ok


def test_the_interval_is_read_from_the_log_not_the_policy_table(
        tight: Kit, tmp_path: Path) -> None:
    """The application's role may write the policy table: raising the interval there behind
    the log's back does not widen what verification allows."""
    auditor = tight.auditor
    agent = tight.staff("agent1", Role.AGENT)
    tight.desk.calls.take(agent.handle)
    first_unsigned = unsigned_from(tight.desk)
    tamper(tight.desk.db, "UPDATE policy_setting SET value = 1440 "
                          "WHERE name = 'checkpoint_interval_minutes'")
    tight.clock.advance(minutes=16)
    assert damage(forgetful(tight.desk, tmp_path), auditor) == (first_unsigned, "unsigned_tail")
