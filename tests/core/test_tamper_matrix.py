"""Issue 9's tamper matrix: twelve kinds of SQL tampering by an insider who owns the database
(and has no signing key), each found by a fresh verifier that remembers nothing of its own but
reads the witness directory, naming the place and the kind.

Runs on SQLite and, with AUTHDESK_TEST_DATABASE=postgres, on PostgreSQL: the damage is done as
in tests/core/test_audit_damage.py (the owner drops the append-only triggers first).

The log: events 1..CP1 with a signed checkpoint at CP1, more events and a checkpoint at CP2,
then TAIL events after it. Every checkpoint is also in the witness directory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import drop_audit_triggers
from request_fixtures import Kit
from sqlalchemy import func, select

from authdesk.core import audit
from authdesk.core.audit import format_ts
from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database
from authdesk.storage.models import AuditCheckpoint, AuditEvent

Tamper = Callable[..., None]
TAIL = 2


@pytest.fixture
def witness_dir(tmp_path: Path) -> Path:
    return tmp_path / "witness"


@pytest.fixture
def workstation(tmp_path: Path, witness_dir: Path) -> Workstation:
    """The workstation that wrote the log: it writes every checkpoint to the witness."""
    return Workstation("ws-test-01", tmp_path / "workstation-state.json", witness_dir)


@dataclass
class Log:
    desk: Desk
    kit: Kit
    auditor: SessionHandle
    cp1: int
    cp2: int
    last: int


def write_event(desk: Desk, action: str, subject: str = "",
                details: dict[str, object] | None = None) -> None:
    with desk.kernel.write() as s:
        desk.kernel.record(s, desk.kernel.system_actor(), action, subject=subject,
                           details=details)


@pytest.fixture
def log(desk: Desk, clock: FakeClock) -> Log:
    kit = Kit(desk, clock)
    auditor = kit.auditor
    for i in range(3):
        write_event(desk, "test.action", subject=f"customer:C{i:04d}", details={"i": i})
        clock.advance(seconds=7)
    cp1 = desk.audit.checkpoint(auditor).seq
    for i in range(3, 7):
        write_event(desk, "test.action", subject=f"customer:C{i:04d}",
                    details={"i": i, "note": "テスト"})
        clock.advance(seconds=7)
    cp2 = desk.audit.checkpoint(auditor).seq
    for i in range(TAIL):
        write_event(desk, "test.after", details={"i": i})
    return Log(desk, kit, auditor, cp1, cp2, cp2 + TAIL)


@pytest.fixture
def tamper(db: Database) -> Tamper:
    """SQL outside AuthDesk, as the owner of the file or of the tables (triggers dropped)."""

    def run(*statements: str) -> None:
        drop_audit_triggers(db)
        if db.is_sqlite:
            assert db.url.database
            con = sqlite3.connect(db.url.database)
            try:
                for sql in statements:
                    con.execute(sql)
                con.commit()
            finally:
                con.close()
        else:
            with db.engine.begin() as conn:
                for sql in statements:
                    conn.exec_driver_sql(sql)

    return run


def fresh_verifier(log: Log, tmp_path: Path, witness_dir: Path | None) -> Desk:
    """Another workstation: no memory of its own (a new state file), the same witness."""
    workstation = Workstation("ws-fresh", tmp_path / "fresh-state.json", witness_dir)
    return Desk(log.desk.db, log.desk.keys, workstation=workstation, clock=log.desk.clock)


def found(log: Log, tmp_path: Path, witness_dir: Path | None) -> tuple[int, str]:
    result = fresh_verifier(log, tmp_path, witness_dir).audit.verify(log.auditor)
    assert result.damage is not None, "the damage was not detected"
    return result.damage.seq, result.damage.kind


def row(desk: Desk, seq: int) -> dict[str, object]:
    with desk.kernel.read() as s:
        event = s.get(AuditEvent, seq)
        assert event is not None
        values = audit.event_values(event)
        values["hash"] = event.hash
        values["ts_dt"] = event.ts
        return values


def ts_literal(db: Database, moment: datetime) -> str:
    naive = moment.replace(tzinfo=None)
    return f"'{naive:%Y-%m-%d %H:%M:%S.%f}'" if db.is_sqlite else f"TIMESTAMP '{naive}'"


def fix_head(seq: int, digest: object) -> str:
    return f"UPDATE audit_head SET seq = {seq}, hash = '{digest}'"


def renumber_from(seq: int, delta: int) -> tuple[str, str]:
    return (f"UPDATE audit_event SET seq = -(seq + {delta}) WHERE seq >= {seq}",
            "UPDATE audit_event SET seq = -seq WHERE seq < 0")


def insert_sql(db: Database, values: dict[str, object], moment: datetime) -> str:
    """A careful forger fills the customer index column as AuthDesk would."""
    return (
        "INSERT INTO audit_event (seq, ts, actor, role, workstation, action, subject, outcome, "
        f"details, prev_hash, hash, customer) VALUES ({values['seq']}, {ts_literal(db, moment)}, "
        f"'{values['actor']}', '{values['role']}', '{values['workstation']}', "
        f"'{values['action']}', '{values['subject']}', '{values['outcome']}', "
        f"'{values['details']}', '{values['prev_hash']}', '{values['hash']}', 'C0000002')"
    )


def forged_approval(desk: Desk, seq: int) -> tuple[dict[str, object], datetime]:
    """A forged approval with a correct hash, following event ``seq - 1``."""
    before = row(desk, seq - 1)
    moment = before["ts_dt"]
    assert isinstance(moment, datetime)
    values: dict[str, object] = {
        "seq": seq, "ts": format_ts(moment), "actor": "alice", "role": "supervisor",
        "workstation": "ws-01", "action": "request.approved", "subject": "request:99",
        "outcome": "ok", "details": '{"customer":"C0000002"}', "prev_hash": before["hash"],
    }
    values["hash"] = audit.event_hash(values)
    return values, moment


def rechain(desk: Desk, first: int, last: int, edit: dict[int, dict[str, str]],
            prev: object) -> tuple[list[str], object]:
    """UPDATEs that rewrite events first..last (with ``edit``'s changes) into a valid chain."""
    statements = []
    for seq in range(first, last + 1):
        values = row(desk, seq)
        values.update(edit.get(seq, {}))
        values["prev_hash"] = prev
        prev = audit.event_hash(values)
        statements.append(f"UPDATE audit_event SET actor = '{values['actor']}', "
                          f"prev_hash = '{values['prev_hash']}', hash = '{prev}' "
                          f"WHERE seq = {seq}")
    return statements, prev


def test_untouched_log_verifies_with_the_witness(log: Log, tmp_path: Path,
                                                 witness_dir: Path) -> None:
    result = fresh_verifier(log, tmp_path, witness_dir).audit.verify(log.auditor)
    assert result.ok, result.damage
    assert any(f"event {log.cp2}" in note for note in result.notes)


# -- the twelve kinds ---------------------------------------------------------------------------


def test_1_edit(log: Log, tamper: Tamper, tmp_path: Path, witness_dir: Path) -> None:
    seq = log.cp1 + 2
    tamper(f"UPDATE audit_event SET actor = 'mallory' WHERE seq = {seq}")
    assert found(log, tmp_path, witness_dir) == (seq, "edited")


def test_2_edit_with_own_hash_recomputed(log: Log, tamper: Tamper, tmp_path: Path,
                                         witness_dir: Path) -> None:
    seq = log.cp1 + 2
    values = row(log.desk, seq)
    values["actor"] = "mallory"
    tamper(f"UPDATE audit_event SET actor = 'mallory', hash = '{audit.event_hash(values)}' "
           f"WHERE seq = {seq}")
    assert found(log, tmp_path, witness_dir) == (seq, "edited")


def test_3_delete_newest(log: Log, tamper: Tamper, tmp_path: Path, witness_dir: Path) -> None:
    """The head record, left alone, still names the deleted events."""
    tamper(f"DELETE FROM audit_event WHERE seq > {log.last - 3}")
    assert found(log, tmp_path, witness_dir) == (log.last - 2, "truncated")


def test_4_delete_newest_and_fix_head(log: Log, tamper: Tamper, tmp_path: Path,
                                      witness_dir: Path) -> None:
    """The three newest events (the checkpoint event at CP2 among them) and the checkpoint row
    go, the head record is made to agree: only the witness still knows of event CP2."""
    keep = log.last - 3
    tamper(f"DELETE FROM audit_event WHERE seq > {keep}",
           f"DELETE FROM audit_checkpoint WHERE seq > {keep}",
           fix_head(keep, row(log.desk, keep)["hash"]))
    assert found(log, tmp_path, witness_dir) == (keep + 1, "truncated")
    # Without the witness, a fresh verifier would not see it at all (issue 9, finding 1).
    assert fresh_verifier(log, tmp_path, None).audit.verify(log.auditor).ok


def test_5_delete_middle(log: Log, tamper: Tamper, tmp_path: Path, witness_dir: Path) -> None:
    seq = log.cp1 + 1
    tamper(f"DELETE FROM audit_event WHERE seq = {seq}")
    assert found(log, tmp_path, witness_dir) == (seq, "deleted")


def test_6_insert_newest_and_fix_head(log: Log, tamper: Tamper, tmp_path: Path,
                                      witness_dir: Path, db: Database) -> None:
    """A forged approval appended after the newest event with a correct hash, the head record
    fixed: AuthDesk signs every approval in its own transaction, so an unsigned one is forged."""
    seq = log.last + 1
    values, moment = forged_approval(log.desk, seq)
    tamper(insert_sql(db, values, moment), fix_head(seq, values["hash"]))
    assert found(log, tmp_path, witness_dir) == (seq, "inserted")


def test_6_limit_a_lesser_event_forged_into_the_unsigned_tail(
        log: Log, tamper: Tamper, tmp_path: Path, witness_dir: Path, db: Database,
        clock: FakeClock) -> None:
    """Documented limit (docs/audit-format.md §7.3): an event AuthDesk does not sign at once,
    appended after the newest witnessed checkpoint with the head fixed, passes until the tail
    is older than the checkpoint interval plus the grace; then it is named as unsigned."""
    seq = log.last + 1
    values, moment = forged_approval(log.desk, seq)
    values.update(action="customer.viewed", subject="customer:C0000002", details="{}")
    values["hash"] = audit.event_hash(values)
    tamper(insert_sql(db, values, moment), fix_head(seq, values["hash"]))
    assert fresh_verifier(log, tmp_path, witness_dir).audit.verify(log.auditor).ok
    # An hour and eleven minutes later (the walk itself: signing in then would take the
    # interval checkpoint, which signs the forged event along with the rest: also documented).
    with log.desk.kernel.read() as s:
        later = audit.verify_chain(s, public_key_hex=log.desk.keys.public_key_hex,
                                   now=clock.now() + timedelta(minutes=60 + 11),
                                   default_interval_minutes=60)
    assert later.damage is not None
    assert (later.damage.seq, later.damage.kind) == (log.cp2 + 1, "unsigned_tail")


def test_7_insert_middle_with_renumbering(log: Log, tamper: Tamper, tmp_path: Path,
                                          witness_dir: Path, db: Database) -> None:
    seq = log.cp1 + 2
    values, moment = forged_approval(log.desk, seq)
    last = row(log.desk, log.last)["hash"]
    tamper(*renumber_from(seq, +1), insert_sql(db, values, moment),
           "UPDATE audit_checkpoint SET seq = seq + 1 WHERE seq >= " + str(seq),
           fix_head(log.last + 1, last))
    assert found(log, tmp_path, witness_dir) == (seq, "inserted")


def test_8_swap(log: Log, tamper: Tamper, tmp_path: Path, witness_dir: Path) -> None:
    a, b = log.cp1 + 1, log.cp1 + 3
    tamper(f"UPDATE audit_event SET seq = -1 WHERE seq = {a}",
           f"UPDATE audit_event SET seq = {a} WHERE seq = {b}",
           f"UPDATE audit_event SET seq = {b} WHERE seq = -1")
    assert found(log, tmp_path, witness_dir) == (a, "swapped")


def test_9_delete_back_to_a_checkpoint_with_its_rows(log: Log, tamper: Tamper, tmp_path: Path,
                                                     witness_dir: Path) -> None:
    """Everything after CP1 goes, the later checkpoint row too, the head is fixed: the log is
    a consistent, signed log that ends at CP1. The witness holds CP2."""
    tamper(f"DELETE FROM audit_event WHERE seq > {log.cp1}",
           f"DELETE FROM audit_checkpoint WHERE seq > {log.cp1}",
           fix_head(log.cp1, row(log.desk, log.cp1)["hash"]))
    assert found(log, tmp_path, witness_dir) == (log.cp1 + 1, "truncated")
    assert fresh_verifier(log, tmp_path, None).audit.verify(log.auditor).ok


def test_9b_rolled_back_and_regrown(log: Log, tamper: Tamper, tmp_path: Path,
                                    witness_dir: Path) -> None:
    """As 9, then the application writes on past CP2: the length is fine, event CP2 is not
    the one the witness holds."""
    tamper(f"DELETE FROM audit_event WHERE seq > {log.cp1}",
           f"DELETE FROM audit_checkpoint WHERE seq > {log.cp1}",
           fix_head(log.cp1, row(log.desk, log.cp1)["hash"]))
    for i in range(log.last - log.cp1):
        write_event(log.desk, "test.regrown", details={"i": i})
    assert found(log, tmp_path, witness_dir) == (log.cp2, "rewritten")


def test_10_rewrite_all_history_without_checkpoints(log: Log, tamper: Tamper, tmp_path: Path,
                                                    witness_dir: Path) -> None:
    """Who did what is rewritten from the first event on, every hash recomputed, every
    checkpoint row deleted, the head fixed (issue 9, finding 4)."""
    with log.desk.kernel.read() as s:
        first_signed_after = s.scalar(select(func.min(AuditCheckpoint.seq))
                                      .where(AuditCheckpoint.seq >= 3))
    statements, head = rechain(log.desk, 1, log.last, {3: {"actor": "mallory"}},
                               audit.GENESIS_HASH)
    tamper(*statements, "DELETE FROM audit_checkpoint", fix_head(log.last, head))
    # The earliest witnessed checkpoint the rewritten log no longer matches is named.
    assert found(log, tmp_path, witness_dir) == (first_signed_after, "rewritten")


# -- the tables against the log (issue 9 item 3: core/reconcile.py) -------------------------


def test_11_update_customer_account(log: Log, tamper: Tamper, tmp_path: Path,
                                    witness_dir: Path) -> None:
    customer = log.kit.customer()
    with log.desk.kernel.read() as s:
        seq = audit.head(s)[0]
    tamper(f"UPDATE customer SET account_number = '7777777' WHERE id = {customer}")
    damage = fresh_verifier(log, tmp_path, witness_dir).audit.verify(log.auditor).damage
    assert damage is not None
    assert damage.kind == "state_differs"
    assert damage.seq <= seq and "withdrawal account" in damage.detail


def test_12_update_staff_roles(log: Log, tamper: Tamper, tmp_path: Path,
                               witness_dir: Path) -> None:
    log.kit.staff("agent1", Role.AGENT)
    tamper("UPDATE staff SET roles = 'supervisor' WHERE username = 'agent1'")
    damage = fresh_verifier(log, tmp_path, witness_dir).audit.verify(log.auditor).damage
    assert damage is not None and damage.kind == "state_differs"
    assert "agent1" in damage.detail and "roles" in damage.detail


# withdrawal-account lock (issue 11): the lock is security state, replayed like the account.
def test_13_update_withdrawal_lock(log: Log, tamper: Tamper, tmp_path: Path,
                                   witness_dir: Path) -> None:
    agent = log.kit.staff("agent1", Role.AGENT)
    customer = log.kit.customer()
    log.kit.call(agent)
    lock = log.desk.locks.place(agent.handle, customer, "the customer asked")
    tamper(f"UPDATE withdrawal_lock SET lifted_at = locked_at WHERE id = {lock.id}")
    damage = fresh_verifier(log, tmp_path, witness_dir).audit.verify(log.auditor).damage
    assert damage is not None and damage.kind == "state_differs"
    assert "withdrawal-account lock" in damage.detail and lock.customer_number in damage.detail
